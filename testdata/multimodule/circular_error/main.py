print("start")
import shapes
print("never")
