LEVELS = ("debug", "info", "warning", "error")


def problems(s):
    found = []
    if not 1 <= s.workers <= 64:
        found.append(f"workers out of range: {s.workers}")
    if s.log_level not in LEVELS:
        found.append(f"log_level must be one of {LEVELS}, got {s.log_level!r}")
    if not 0 < s.database.port < 65536:
        found.append(f"database.port invalid: {s.database.port}")
    if s.debug and s.allowed_hosts:
        found.append("debug with public hosts")
    return found
