COUNT = 0
print("loading", __name__)


def bump():
    global COUNT
    COUNT += 1
