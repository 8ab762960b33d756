"""Regenerate the expected outputs of the conformance programs with CPython 3.11.

Usage: python3 testdata/conformance/regen.py [NAME...]

With no NAME, every NAME.py in this directory (except this script) is run;
otherwise only the named programs ("NAME" or "NAME.py"). Each program is run
as `python3 /abs/dir/NAME.py ARGS` with this directory as the working
directory, PYTHONHASHSEED=0, PYTHONIOENCODING unset, LC_ALL=C.UTF-8, stdin
from NAME.stdin (empty when absent) and one argument per line of NAME.args.

Written beside each program, with "/abs/dir/" removed from the text:
  NAME.stdout  always (may be empty)
  NAME.stderr  only when the program wrote to stderr
  NAME.status  only when the exit status is not 0 (the number and a newline)
A stale NAME.stderr or NAME.status is deleted. One summary line is printed.
"""

import os
import subprocess
import sys

TIMEOUT_SECONDS = 20
SELF = os.path.basename(__file__)


def conformance_dir():
    return os.path.dirname(os.path.abspath(__file__))


def program_names(directory, requested):
    if requested:
        names = []
        for arg in requested:
            name = os.path.basename(arg)
            if name.endswith(".py"):
                name = name[:-3]
            if not os.path.isfile(os.path.join(directory, name + ".py")):
                sys.exit(f"regen: no program {name}.py in {directory}")
            names.append(name)
        return names
    return sorted(
        entry[:-3]
        for entry in os.listdir(directory)
        if entry.endswith(".py") and entry != SELF
    )


def read_args(path):
    """One argument per line; the final newline does not start an argument."""
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text else []


def child_environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["LC_ALL"] = "C.UTF-8"
    return env


def write_or_remove(path, data, keep):
    if keep:
        with open(path, "wb") as f:
            f.write(data)
    elif os.path.exists(path):
        os.remove(path)


def regenerate(directory, name, env):
    """Runs one program and writes its expected files; returns (stderr?, status)."""
    base = os.path.join(directory, name)
    stdin = b""
    if os.path.exists(base + ".stdin"):
        with open(base + ".stdin", "rb") as f:
            stdin = f.read()
    argv = [sys.executable, base + ".py"] + read_args(base + ".args")
    proc = subprocess.run(
        argv,
        input=stdin,
        capture_output=True,
        cwd=directory,
        env=env,
        timeout=TIMEOUT_SECONDS,
    )
    prefix = (directory + os.sep).encode()
    out = proc.stdout.replace(prefix, b"")
    err = proc.stderr.replace(prefix, b"")
    write_or_remove(base + ".stdout", out, True)
    write_or_remove(base + ".stderr", err, bool(err))
    status = proc.returncode
    write_or_remove(base + ".status", f"{status}\n".encode(), status != 0)
    return bool(err), status


def main():
    if sys.version_info[:2] != (3, 11):
        version = ".".join(map(str, sys.version_info[:3]))
        sys.exit(f"regen: needs CPython 3.11 (this is {version}); run it with python3.11")
    directory = conformance_dir()
    names = program_names(directory, sys.argv[1:])
    env = child_environment()
    with_stderr = nonzero = 0
    failed = []
    for name in names:
        try:
            has_err, status = regenerate(directory, name, env)
        except subprocess.TimeoutExpired:
            failed.append(name)
            continue
        with_stderr += has_err
        nonzero += status != 0
    for name in failed:
        print(f"regen: {name}.py timed out after {TIMEOUT_SECONDS}s", file=sys.stderr)
    print(
        f"regen: {len(names) - len(failed)} programs regenerated "
        f"({with_stderr} with stderr, {nonzero} with nonzero status, {len(failed)} failed)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
