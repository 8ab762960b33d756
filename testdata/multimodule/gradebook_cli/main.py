"""A gradebook command: main() parses sys.argv (defaults when none are
given), computes weighted grades and statistics, prints a formatted table
and curve, and ends with sys.exit(main()) reporting failing students
through the exit status and a message on stderr."""
import sys

from gradebook.data import load_scores, WEIGHTS
from gradebook.grading import weighted, letter, curve
from gradebook.table import render_table, histogram


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    opts = {"pass": 60.0, "curve": "none", "sort": "name"}
    for arg in argv or ["--pass=70", "--curve=sqrt", "--sort=grade"]:
        key, _, value = arg.lstrip("-").partition("=")
        if key not in opts:
            print(f"unknown option {arg!r}", file=sys.stderr)
            return 2
        opts[key] = float(value) if key == "pass" else value
    students = load_scores()
    rows = []
    for name, scores in students.items():
        raw = weighted(scores, WEIGHTS)
        final = curve(raw, opts["curve"])
        rows.append({"name": name, "raw": raw, "final": final, "letter": letter(final), **scores})
    key = (lambda r: -r["final"]) if opts["sort"] == "grade" else (lambda r: r["name"])
    rows.sort(key=key)
    print(render_table(rows, ["name", "hw", "midterm", "final_exam", "raw", "final", "letter"]))
    print(histogram([r["letter"] for r in rows]))
    failing = [r["name"] for r in rows if r["final"] < opts["pass"]]
    if failing:
        print(f"{len(failing)} student(s) below {opts['pass']:g}: {', '.join(failing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    print("unknown option check:", main(["--frobnicate=1"]))
    sys.exit(main())
