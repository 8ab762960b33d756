"""A downloads-folder organizer: files are sorted into folders by kind,
duplicates (same content) are detected, names are cleaned, and a dry run
plan is printed before the real moves. Works in a temporary folder."""
import tempfile
from pathlib import Path

from organizer.rules import kind_of, clean_name
from organizer.scan import scan, find_duplicates
from organizer.plan import make_plan, apply_plan, tree

FILES = {
    "IMG_0001.JPG": b"\xff\xd8 photo one",
    "holiday photo (1).jpg": b"\xff\xd8 photo one",
    "report FINAL v2.PDF": b"%PDF-1.4 report",
    "notes.txt": b"remember the milk\n",
    "song.mp3": b"ID3 music",
    "archive.tar.gz": b"\x1f\x8b packed",
    "script.py": b"print('hi')\n",
    "README": b"no extension here",
    "sub/nested data.csv": b"a,b\n1,2\n",
    "sub/deeper/photo.png": b"\x89PNG pixels",
}

with tempfile.TemporaryDirectory(prefix="downloads-") as tmp:
    root = Path(tmp)
    for rel, data in FILES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    files = scan(root)
    print(f"{len(files)} files, {sum(f.stat().st_size for f in files)} bytes")
    for f in files:
        print(f"  {str(f.relative_to(root)):24} kind={kind_of(f):9} clean={clean_name(f.name)}")
    dups = find_duplicates(files)
    print("duplicates:", [[str(p.relative_to(root)) for p in group] for group in dups])

    plan = make_plan(root, files, dups)
    print("plan:")
    for src, dst in plan:
        print(f"  {str(src.relative_to(root)):24} -> {dst.relative_to(root) if dst else 'DELETE'}")
    moved, removed = apply_plan(plan, root)
    print(f"moved {moved}, removed {removed}")
    print(tree(root))
    print(sorted(p.name for p in root.glob("*/*.jpg")), [p.suffix for p in sorted(root.rglob("*.*"))][:4])
    print((root / "documents").is_dir(), (root / "sub").exists(), Path(tmp).name.startswith("downloads-"))
print(root.exists())
