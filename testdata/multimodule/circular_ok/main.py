import a
print(a.describe())
import b
print(b.NAME, b.a_name(), a.b.NAME)
