from dataclasses import dataclass, field
from typing import List


@dataclass
class Database:
    host: str = "localhost"
    port: int = 5432
    name: str = "app"


@dataclass
class Settings:
    debug: bool = False
    workers: int = 4
    timeout: float = 30.0
    log_level: str = "info"
    allowed_hosts: List[str] = field(default_factory=list)
    database: Database = field(default_factory=Database)
