#!/usr/bin/env python3
"""Regenerate the expected output of the multi-module programs.

Each folder NAME/ holds main.py and its own helper modules and packages.
The program runs as `python3 /abs/NAME/main.py` from NAME/ with
PYTHONHASHSEED=0, LC_ALL=C.UTF-8 and no other PYTHON* variable; its stdout
goes to NAME/expected.stdout, stderr (when any) to NAME/expected.stderr and
a nonzero exit status to NAME/expected.status. The absolute folder path
followed by "/" is removed from both streams.

    python3 testdata/multimodule/regen.py            # every program
    python3 testdata/multimodule/regen.py NAME ...   # only these
"""
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("regen.py must run under Python 3.11")
here = os.path.dirname(os.path.abspath(__file__))
names = sys.argv[1:] or sorted(d for d in os.listdir(here) if os.path.isfile(os.path.join(here, d, "main.py")))
env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
env.update(PYTHONHASHSEED="0", LC_ALL="C.UTF-8", PYTHONDONTWRITEBYTECODE="1")
for name in names:
    d = os.path.join(here, name)
    r = subprocess.run([sys.executable, os.path.join(d, "main.py")], cwd=d, env=env, capture_output=True, timeout=60)
    prefix = (d + "/").encode()
    out, err = r.stdout.replace(prefix, b""), r.stderr.replace(prefix, b"")
    with open(os.path.join(d, "expected.stdout"), "wb") as f:
        f.write(out)
    for suffix, data in (("stderr", err), ("status", b"%d\n" % r.returncode if r.returncode else b"")):
        p = os.path.join(d, "expected." + suffix)
        if data:
            with open(p, "wb") as f:
                f.write(data)
        elif os.path.exists(p):
            os.remove(p)
print("regen: %d programs" % len(names))
