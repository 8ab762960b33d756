# An error raised inside a lambda used as a sort key, through sorted(), uncaught.
employees = [
    {"name": "ana", "dept": "eng", "salary": 120},
    {"name": "bo", "dept": "ops", "salary": 95},
    {"name": "cy", "dept": "eng", "salary": 101},
    {"name": "di", "dept": "sales", "salary": 88},
]

by_dept = {}
for e in employees:
    by_dept.setdefault(e["dept"], []).append(e)

for dept, people in sorted(by_dept.items()):
    ranked = sorted(people, key=lambda p: -p["salary"])
    print(dept, [p["name"] for p in ranked], sum(p["salary"] for p in people))

def top_earner(people):
    return max(people, key=lambda p: p["salary"])["name"]

print("top:", top_earner(employees))
print("by name length:", [p["name"] for p in sorted(employees, key=lambda p: (len(p["name"]), p["name"]))])
payroll = sum(map(lambda p: p["salary"], employees))
print("payroll:", payroll, "mean:", payroll / len(employees))
raises = {"ana": 1.05, "bo": 1.10, "cy": 1.03}
adjusted = sorted(employees, key=lambda p: p["salary"] * raises[p["name"]])
print([p["name"] for p in adjusted])
