"""A command-line log analyzer: options come from sys.argv (a default set
is used when the program runs without arguments), the parsing, statistics
and report live in the loganalyzer package."""
import sys

from loganalyzer import SAMPLE_LOG, __version__
from loganalyzer.cli import parse_args, UsageError
from loganalyzer.parser import parse_lines
from loganalyzer import stats
from loganalyzer.report import render

argv = sys.argv[1:] or ["--top", "3", "--level", "WARNING", "--since", "2024-03-01T10:00:00", "--width", "60"]
try:
    opts = parse_args(argv)
except UsageError as e:
    print(f"usage error: {e}", file=sys.stderr)
    sys.exit(2)

print(f"loganalyzer {__version__} options={sorted(opts.items())}")
records, rejected = parse_lines(SAMPLE_LOG.splitlines(), since=opts["since"])
print(f"parsed {len(records)} records, rejected {len(rejected)}: {rejected}")
summary = stats.summarize(records, min_level=opts["level"], top=opts["top"])
print(render(summary, width=opts["width"]))

for bad in (["--top"], ["--top", "x"], ["--level", "LOUD"], ["--frobnicate"]):
    try:
        parse_args(bad)
    except UsageError as e:
        print(f"{' '.join(bad)!r}: {e}")
