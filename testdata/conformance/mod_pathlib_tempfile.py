# Files under a temporary directory: pathlib.Path, os and os.path, os.walk
# pruning, tempfile's directories and files (everything is cleaned up).
import os
import tempfile
from pathlib import Path, PurePath

p = Path("a/b") / "c.tar.gz"
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, list(p.parents), p.parts, p.with_suffix(".zip"), p.with_name("d.txt"))
print(Path("/usr/lib/python3") .relative_to("/usr"), Path("x//y/./z"), Path(""), Path("/a").is_absolute(), repr(Path("/")), Path("a") == Path("a/"), sorted([Path("b"), Path("a/c"), Path("a")]))
try:
    Path("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "sub" / "deep").mkdir(parents=True)
    (root / "sub").mkdir(exist_ok=True)
    print((root / "notes.txt").write_text("line1\nline2\n"), (root / "data.bin").write_bytes(b"\x00\x01"))
    (root / "sub" / "x.py").write_text("print(1)\n")
    (root / "sub" / "deep" / "y.py").write_text("")
    print((root / "notes.txt").read_text().splitlines(), (root / "data.bin").read_bytes(), (root / "notes.txt").stat().st_size)
    print(sorted(q.name for q in root.iterdir()), sorted(str(q.relative_to(root)) for q in root.rglob("*.py")), sorted(q.name for q in root.glob("*.txt")))
    print((root / "notes.txt").exists(), (root / "nope").exists(), (root / "sub").is_dir(), (root / "sub").is_file())
    os.makedirs(os.path.join(tmp, "m", "n"), exist_ok=True)
    try:
        os.makedirs(os.path.join(tmp, "m"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    os.rename(os.path.join(tmp, "notes.txt"), os.path.join(tmp, "renamed.txt"))
    print(sorted(os.listdir(tmp)))
    for dirpath, dirnames, filenames in os.walk(tmp):
        dirnames.sort()
        if "m" in dirnames:
            dirnames.remove("m")
        print(os.path.relpath(dirpath, tmp), dirnames, sorted(filenames))
    print(os.path.getsize(os.path.join(tmp, "renamed.txt")), os.path.normpath("a/./b/../c"), os.path.split("/x/y/z.txt"), os.path.splitext("f.tar.gz"), os.path.basename("/q/r"), os.path.isabs("/q"))
    (root / "renamed.txt").unlink()
    (root / "gone").unlink(missing_ok=True)
    os.rmdir(os.path.join(tmp, "m", "n"))
    with tempfile.NamedTemporaryFile("w", suffix=".csv", dir=tmp, delete=False) as f:
        f.write("a,b\n")
        name = f.name
    print(name.endswith(".csv"), os.path.dirname(name) == tmp, open(name).read())
    fd, path = tempfile.mkstemp(prefix="pre_", dir=tmp)
    os.close(fd)
    print(os.path.basename(path).startswith("pre_"), os.path.exists(path))
    d2 = tempfile.mkdtemp(dir=tmp)
    print(os.path.isdir(d2))
print(os.path.exists(tmp), tempfile.gettempdir() == "/tmp", isinstance(os.getpid(), int))
