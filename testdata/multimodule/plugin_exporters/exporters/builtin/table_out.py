from ..base import Exporter

DESCRIPTION = "aligned text table"


class TableExporter(Exporter, fmt="table"):
    def export(self, rows):
        cols = self.columns(rows)
        cells = [[str(c) for c in cols]] + [["-" if r.get(c) is None else str(r[c]) for c in cols] for r in rows]
        widths = [max(len(row[i]) for row in cells) for i in range(len(cols))]
        return "\n".join(" | ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells)
