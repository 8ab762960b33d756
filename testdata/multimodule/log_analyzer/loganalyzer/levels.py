LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40, "CRITICAL": 50}


def at_least(level, minimum):
    return LEVELS[level] >= LEVELS[minimum]
