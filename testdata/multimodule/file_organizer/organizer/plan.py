import os

from .rules import clean_name, kind_of


def make_plan(root, files, duplicates):
    drop = {p for group in duplicates for p in group[1:]}
    plan = []
    taken = set()
    for f in files:
        if f in drop:
            plan.append((f, None))
            continue
        target = root / kind_of(f) / clean_name(f.name)
        n = 1
        while target in taken:
            target = target.with_name(f"{target.stem}_{n}{target.suffix}")
            n += 1
        taken.add(target)
        plan.append((f, target))
    return plan


def apply_plan(plan, root):
    moved = removed = 0
    for src, dst in plan:
        if dst is None:
            src.unlink()
            removed += 1
            continue
        dst.parent.mkdir(exist_ok=True)
        src.rename(dst)
        moved += 1
    # bottom-up, so a folder emptied by removing its subfolders goes too
    for folder, dirs, files in os.walk(root, topdown=False):
        if not os.listdir(folder):
            os.rmdir(folder)
    return moved, removed


def tree(root):
    lines = [root.name[:10] + "/"]
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        lines.append(f"  {folder.name}/")
        for f in sorted(folder.iterdir()):
            lines.append(f"    {f.name} ({f.stat().st_size} B)")
    return "\n".join(lines)
