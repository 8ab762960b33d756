try:
    try:
        pass
    finally:
        pass
except (A, B):
    pass
else:
    pass
