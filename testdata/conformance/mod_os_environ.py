# Configuration from the environment: os.environ as a mapping, os.getenv,
# defaults, type errors and KeyError. Every variable it sets is removed at
# the end.
import os

PREFIX = "JLTEST_"
print(type(os.environ).__name__, "PATH" in os.environ, isinstance(os.environ["PATH"], str))
print(os.getenv("JLTEST_NOPE"), os.getenv("JLTEST_NOPE", "fallback"), os.environ.get("JLTEST_NOPE", 7))

os.environ["JLTEST_MODE"] = "debug"
os.environ["JLTEST_WORKERS"] = "4"
os.environ.update({"JLTEST_A": "1", "JLTEST_B": "2"}, JLTEST_C="3")
print(os.environ["JLTEST_MODE"], os.getenv("JLTEST_WORKERS"), int(os.environ["JLTEST_WORKERS"]) * 2)
print(os.environ.setdefault("JLTEST_MODE", "release"), os.environ.setdefault("JLTEST_LEVEL", "info"))
ours = {k: v for k, v in os.environ.items() if k.startswith(PREFIX)}
print(sorted(ours.items()))
print(sorted(k for k in os.environ if k.startswith(PREFIX)), len(ours))
print(sorted(k for k in os.environ.keys() if k.startswith(PREFIX))[:2],
      sorted(v for k, v in os.environ.items() if k.startswith("JLTEST_") and v.isdigit()))
snapshot = os.environ.copy()
print(type(snapshot).__name__, snapshot["JLTEST_C"], snapshot == dict(os.environ))
merged = os.environ | {"JLTEST_X": "x"}
print(type(merged).__name__, merged["JLTEST_X"], "JLTEST_X" in os.environ)

for key in ["JLTEST_MISSING", 3]:
    try:
        print(os.environ[key])
    except KeyError as e:
        print("KeyError:", e)
    except TypeError as e:
        print("TypeError:", e)
for key, value in [("JLTEST_N", 5), (5, "v"), ("", "v"), ("JL=X", "v"), ("JLTEST_Z", "a\0b")]:
    try:
        os.environ[key] = value
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
try:
    os.getenv(12)
except TypeError as e:
    print("TypeError:", e)
for key in [12, None]:
    try:
        print(key in os.environ)
    except TypeError as e:
        print("TypeError:", e)

print(os.environ.pop("JLTEST_A"), os.environ.pop("JLTEST_A", "gone"))
try:
    os.environ.pop("JLTEST_A")
except KeyError as e:
    print("KeyError:", e)
del os.environ["JLTEST_B"]
try:
    del os.environ["JLTEST_B"]
except KeyError as e:
    print("KeyError:", e)

config = {
    "mode": os.getenv("JLTEST_MODE", "release"),
    "workers": int(os.getenv("JLTEST_WORKERS", "1")),
    "verbose": os.getenv("JLTEST_VERBOSE", "0") == "1",
    "home_known": os.path.expanduser("~") != "~",
}
print(config)

os.environ["JLTEST_ROOT"] = "/srv/app"
print(os.path.expandvars("$JLTEST_ROOT/logs/${JLTEST_MODE}.log"), os.path.expandvars("$JLTEST_UNSET/x"),
      os.path.expandvars("cost: $5"))
old_home = os.environ.get("HOME")
os.environ["HOME"] = "/home/jl"
print(os.path.expanduser("~/cfg"))
if old_home is None:
    del os.environ["HOME"]
else:
    os.environ["HOME"] = old_home

for key in [k for k in os.environ if k.startswith(PREFIX)]:
    del os.environ[key]
print(sorted(k for k in os.environ if k.startswith(PREFIX)))
