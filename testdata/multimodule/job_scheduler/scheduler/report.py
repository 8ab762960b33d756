def timeline(runs, origin, scale_minutes=10):
    lines = []
    for r in runs:
        offset = int((r.start - origin).total_seconds() // 60 // scale_minutes)
        length = max(1, int((r.end - r.start).total_seconds() // 60 // scale_minutes))
        bar = " " * offset + "#" * length
        lines.append(f"{r.name:<13} w{r.worker} {r.start:%H:%M}-{r.end:%H:%M} {r.priority.name:<8} |{bar}")
    return lines


def lateness(runs):
    late = {r.name: r.end - r.deadline for r in runs if r.deadline and r.end > r.deadline}
    on_time = [r.name for r in runs if r.deadline and r.end <= r.deadline]
    return {"late": {k: str(v) for k, v in late.items()}, "on_time": on_time}
