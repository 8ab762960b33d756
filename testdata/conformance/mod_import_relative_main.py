# A relative import in the main script: it has no parent package.
import sys
print(__name__, __package__)
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
from .helpers import tool
