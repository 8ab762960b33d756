# An uncaught exception whose __str__ itself fails prints a placeholder message.
class ReportError(Exception):
    def __init__(self, report):
        super().__init__(report)
        self.report = report

    def __str__(self):
        return "report failed: " + self.report["title"]

def publish(report):
    if not report.get("ready"):
        raise ReportError(report)
    return f"published {report['title']}"

print(publish({"title": "Q1", "ready": True}))
queue = [{"title": "Q3", "ready": True}, {"title": "Q4"}, {"title": "Q5", "ready": True}]
published, failed = [], []
for report in queue:
    try:
        published.append(publish(report))
    except ReportError as exc:
        failed.append(str(exc))
print(published, failed)
try:
    publish({"title": "Q2"})
except ReportError as exc:
    print("caught:", exc)
print(publish({"ready": False}))
