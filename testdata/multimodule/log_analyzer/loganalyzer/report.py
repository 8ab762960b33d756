import textwrap


def render(summary, width=70):
    out = ["=" * width, f"{'LOG SUMMARY':^{width}}", "=" * width]
    out.append(f"records: {summary['count']}  span: {summary['span']}  mean duration: {summary['mean_ms']:.1f} ms")
    for level, n in summary["levels"]:
        out.append(f"  {level:<9}{'#' * n} {n}")
    sources = ", ".join(f"{k}={v}" for k, v in summary["sources"].items())
    out.extend(textwrap.wrap(f"sources: {sources}", width=width, subsequent_indent="    "))
    out.append(f"slowest: {summary['slowest_ms']}")
    minutes = " ".join(f"{m}:{n}" for m, n in summary["per_minute"].items())
    out.extend(textwrap.wrap("per minute: " + minutes, width=width // 2, subsequent_indent="  "))
    for message, n in summary["repeated"]:
        out.append(f"  x{n} {textwrap.shorten(message, width=30, placeholder=' ...')}")
    return "\n".join(out)
