def percent(part, whole, digits=1):
    return f"{100 * part / whole:.{digits}f}%"
