DEFAULTS = {"db.host": "localhost", "db.port": 5432, "debug": False}
