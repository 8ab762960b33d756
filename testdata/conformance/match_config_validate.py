# Validating a nested configuration with match: mapping, class and sequence patterns together.
class Port:
    __match_args__ = ("number", "proto")

    def __init__(self, number, proto="tcp"):
        self.number, self.proto = number, proto

    def __repr__(self):
        return f"Port({self.number}, {self.proto!r})"

def check_service(name, spec):
    problems = []
    match spec:
        case {"image": str(image), "ports": [*ports], **rest}:
            for p in ports:
                match p:
                    case Port(int(n), "tcp" | "udp") if 0 < n < 65536:
                        pass
                    case Port(int(n), proto) if 0 < n < 65536:
                        problems.append(f"port {n}: unknown protocol {proto!r}")
                    case Port(n):
                        problems.append(f"port {n!r} out of range")
                    case int(n):
                        problems.append(f"bare int {n}: wrap it in Port()")
                    case other:
                        problems.append(f"not a port: {other!r}")
            match rest:
                case {"replicas": int(r)} if r < 1:
                    problems.append(f"replicas must be >= 1, got {r}")
                case {"replicas": int()} | {}:
                    pass
                case {"replicas": r}:
                    problems.append(f"replicas must be an int, got {type(r).__name__}")
            if ":" not in image:
                problems.append(f"image {image!r} has no tag")
        case {"image": _}:
            problems.append("ports must be a list")
        case {}:
            problems.append("missing image")
        case _:
            problems.append(f"spec must be a mapping, got {type(spec).__name__}")
    return problems

services = {
    "web": {"image": "nginx:1.25", "ports": [Port(80), Port(443)], "replicas": 3},
    "db": {"image": "postgres", "ports": [Port(5432, "sctp"), 6379], "replicas": 0},
    "cache": {"image": "redis:7", "ports": [Port(70000), "6379/tcp"], "replicas": "two"},
    "worker": {"image": "app:latest", "ports": ()},
    "broken": {"image": "x:1", "ports": "80"},
    "empty": {},
    "wrong": ["image", "ports"],
}
for name, spec in services.items():
    problems = check_service(name, spec)
    status = "ok" if not problems else f"{len(problems)} problem(s)"
    print(f"{name:<7} {status}")
    for p in problems:
        print(f"        - {p}")
