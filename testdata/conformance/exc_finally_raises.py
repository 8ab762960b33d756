# An exception raised inside finally replaces the one in flight; the traceback shows both.
class Connection:
    def __init__(self, name, fail_on_close=False):
        self.name = name
        self.fail_on_close = fail_on_close
        self.open = True

    def query(self, sql):
        if "DROP" in sql:
            raise PermissionError(f"{self.name}: refusing {sql!r}")
        return f"{self.name}: {len(sql)} chars ok"

    def close(self):
        self.open = False
        if self.fail_on_close:
            raise ConnectionError(f"{self.name}: close failed")
        print(f"  {self.name} closed")

def run(conn, statements):
    try:
        for sql in statements:
            print(" ", conn.query(sql))
    finally:
        conn.close()

run(Connection("primary"), ["SELECT 1", "UPDATE t SET x = 1"])
try:
    run(Connection("replica"), ["SELECT 2", "DROP TABLE t"])
except PermissionError as exc:
    print("caught:", exc)
try:
    run(Connection("flaky", fail_on_close=True), ["SELECT 3"])
except ConnectionError as exc:
    print("caught:", exc, "| context:", exc.__context__)
run(Connection("doomed", fail_on_close=True), ["SELECT 4", "DROP TABLE users"])
