import json

from ..base import Exporter, ExportError

DESCRIPTION = "JSON lines"


class JsonExporter(Exporter, fmt="json"):
    def export(self, rows):
        try:
            return "\n".join(json.dumps(r, sort_keys=True) for r in rows)
        except TypeError as e:
            raise ExportError("row is not JSON serializable") from e
