# Walking a small project tree with os.walk (top-down with pruning,
# bottom-up) and os.scandir. Directory order is the file system's, so the
# program sorts what it prints, as portable scripts do.
import os
import tempfile

layout = {
    "proj/README.md": "# demo\n",
    "proj/setup.cfg": "[metadata]\nname = demo\n",
    "proj/src/app/__init__.py": "",
    "proj/src/app/core.py": "def run():\n    return 42\n",
    "proj/src/app/util/strings.py": "X = 'x' * 10\n",
    "proj/tests/test_core.py": "import app\n",
    "proj/.git/HEAD": "ref: refs/heads/main\n",
    "proj/build/lib/app.so": "\0" * 64,
}

start = os.getcwd()
base = tempfile.mkdtemp()
os.chdir(base)
try:
    for rel, text in layout.items():
        os.makedirs(os.path.dirname(rel), exist_ok=True)
        with open(rel, "w") as f:
            f.write(text)
    os.makedirs("proj/empty")

    print("== top-down, pruning hidden and build folders")
    for root, dirs, files in os.walk("proj"):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "build")
        print(f"{root:22} dirs={dirs} files={sorted(files)}")

    print("== bottom-up")
    seen = []
    for root, dirs, files in os.walk("proj", topdown=False):
        seen.append(root)
    # every folder comes after all of its subfolders
    print(all(seen.index(a) < seen.index(b) for a in seen for b in seen if a.startswith(b + "/")))
    print(sorted(seen))

    print("== sizes per top-level folder")
    totals = {}
    for root, dirs, files in os.walk("proj"):
        top = root.split(os.sep)[1] if os.sep in root else "."
        for name in files:
            totals[top] = totals.get(top, 0) + os.path.getsize(os.path.join(root, name))
    for top in sorted(totals):
        print(f"  {top:8} {totals[top]:4d}")

    print("== scandir")
    with os.scandir("proj") as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        kind = "dir " if e.is_dir() else "file" if e.is_file() else "other"
        size = e.stat().st_size if e.is_file() else "-"
        print(f"  {kind} {e.name:10} {e.path:18} {size} {e.is_symlink()} {os.fspath(e)}")
    print(repr(entries[0]), type(entries[0]).__name__)
    names = sorted(e.name for e in os.scandir("proj/src/app"))
    print(names, sorted(e.path for e in os.scandir("proj/src/app/")))
    it = os.scandir("proj/tests")
    print(next(it).name)
    it.close()
    print(list(it))

    print("== walk of a missing folder, with and without onerror")
    print(list(os.walk("missing")))
    errors = []
    print(list(os.walk("missing", onerror=errors.append)), [(type(e).__name__, e.filename) for e in errors])
    print("== py files via walk + splitext")
    found = []
    for root, dirs, files in os.walk("proj"):
        dirs.sort()
        for name in sorted(files):
            stem, ext = os.path.splitext(name)
            if ext == ".py":
                found.append(os.path.relpath(os.path.join(root, name), "proj"))
    print(found)
finally:
    os.chdir(start)
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(base)
print(os.path.exists(base))
