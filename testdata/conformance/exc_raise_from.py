# Uncaught exception with an explicit cause: "The above exception was the direct cause..."
class StorageError(Exception):
    pass

class Store:
    def __init__(self):
        self.data = {"users": ["ann", "bob"]}

    def read(self, table, index):
        try:
            return self.data[table][index]
        except (KeyError, IndexError) as exc:
            raise StorageError(f"cannot read {table}[{index}]") from exc

store = Store()
print(store.read("users", 1))
for table, index in [("users", 5), ("orders", 0)]:
    try:
        store.read(table, index)
    except StorageError as exc:
        print(f"{exc} <- {type(exc.__cause__).__name__}: {exc.__cause__}")
        print("  suppress_context:", exc.__suppress_context__, "context is cause:", exc.__context__ is exc.__cause__)

def service(name):
    return store.read(name, 0)

service("invoices")
