import statistics
import textwrap
from string import Template

ROW = Template("$name: mean=$mean median=$median sd=$sd")


def render(title, scores, width):
    lines = [title.upper().center(width, "=")]
    for name in sorted(scores):
        xs = scores[name]
        row = ROW.substitute(name=name.capitalize(), mean=statistics.mean(xs), median=statistics.median(xs),
                             sd=round(statistics.stdev(xs), 3))
        lines.extend(textwrap.wrap(row, width=width, subsequent_indent="    "))
    best = max(scores, key=lambda n: statistics.fmean(scores[n]))
    lines.append(textwrap.shorten(f"Best overall is {best} with scores {scores[best]}", width=width))
    return "\n".join(lines)
