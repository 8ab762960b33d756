# A script that needs a configuration variable nobody set: os.environ
# raises KeyError from inside os (a frozen module in CPython, whose frame
# the traceback shows without source text), and the script ends with it.
import os


def database_url():
    host = os.environ.get("JLTEST_DB_HOST", "localhost")
    port = int(os.getenv("JLTEST_DB_PORT", "5432"))
    name = os.environ["JLTEST_DB_NAME_NOT_SET"]
    return f"postgres://{host}:{port}/{name}"


print("connecting...")
print(database_url())
