# Reads student scores from stdin and prints a gradebook with statistics.
import sys

weights = {"hw": 0.3, "midterm": 0.3, "final": 0.4}
students = []
errors = []
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, *scores = [part.strip() for part in line.split(";")]
    try:
        hw, midterm, final = (float(s) for s in scores)
    except ValueError as e:
        errors.append(f"line {lineno}: {name}: {e}")
        continue
    total = hw * weights["hw"] + midterm * weights["midterm"] + final * weights["final"]
    students.append({"name": name, "hw": hw, "midterm": midterm, "final": final, "total": total})


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


students.sort(key=lambda s: (-s["total"], s["name"]))
print(f"{'#':>2} {'name':<12}{'hw':>6}{'mid':>6}{'final':>7}{'total':>8} grade")
for rank, s in enumerate(students, 1):
    print(f"{rank:>2} {s['name']:<12}{s['hw']:>6.1f}{s['midterm']:>6.1f}{s['final']:>7.1f}"
          f"{s['total']:>8.2f}   {letter(s['total'])}")
totals = [s["total"] for s in students]
mean = sum(totals) / len(totals)
ordered = sorted(totals)
mid = len(ordered) // 2
median = ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
std = (sum((t - mean) ** 2 for t in totals) / len(totals)) ** 0.5
print(f"n={len(totals)} mean={mean:.3f} median={median:.3f} std={std:.3f} "
      f"min={min(totals):.2f} max={max(totals):.2f}")
dist = {}
for s in students:
    dist[letter(s["total"])] = dist.get(letter(s["total"]), 0) + 1
for grade in "ABCDF":
    print(f"{grade}: {'#' * dist.get(grade, 0):<6} {dist.get(grade, 0)}")
best_final = max(students, key=lambda s: s["final"])
print("best final:", best_final["name"], best_final["final"])
print("improved on final:", sorted(s["name"] for s in students if s["final"] > s["midterm"]))
for e in errors:
    print("skipped", e, file=sys.stderr)
