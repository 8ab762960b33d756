"""An application laid out as a package with subpackages: relative imports
across levels, package __init__ re-exports, `import a.b.c as d`, star
imports with __all__, and the module cache."""
import os
import sys

import app
import app.models.user as user_mod
from app import services
from app.services import *  # noqa: F401,F403  (brings in __all__ only)
from app.util import text as text_util

print(app.__name__, app.__package__, app.VERSION, os.path.basename(app.__file__))
print(user_mod.__name__, user_mod.__package__, os.path.relpath(user_mod.__file__, os.path.dirname(app.__file__)))
print(sorted(n for n in sys.modules if n == "app" or n.startswith("app.")))
print("signup" in dir(), "notify" in dir(), "_audit" in dir(), services.__all__)

alice = signup("Alice Liddell", "alice@example.org")
bob = signup("Bob  O'Brien", "BOB@Example.org ")
print(alice, bob, sep="\n")
print(app.models.User is user_mod.User, app.models.user.User.count, text_util.slug("  Hello, World!  "))
for bad in ["no-at-sign", "two@@example.org", ""]:
    try:
        signup("X", bad)
    except app.errors.ValidationError as e:
        print(f"{type(e).__module__}.{type(e).__qualname__}: {e} (field={e.field})")
print(services.outbox)
print(services.registry.summary())
print(app.util.__name__, hasattr(app.util, "numbers"), sys.modules.get("app.util.numbers") is None)
from app.util import numbers  # noqa: E402  (imported late on purpose)
print(hasattr(app.util, "numbers"), numbers.percent(1, 3), app.util.numbers is numbers)
