from app.core.engine import run
from app import VERSION
import app.util.text as text
print(VERSION, run([3, 1, 2]))
print(text.shout("done"), text.__name__, text.__package__)
