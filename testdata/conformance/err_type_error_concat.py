# Building a label from mixed data; str + int raises TypeError with a caret line.

inventory = [
    {"sku": "A-1", "name": "bolt", "count": 120},
    {"sku": "B-7", "name": "nut", "count": 75},
    {"sku": "C-3", "name": "washer", "count": 0},
]


def status(item):
    if item["count"] == 0:
        return "out of stock"
    if item["count"] < 100:
        return "low"
    return "ok"


for item in inventory:
    print(f"{item['sku']:<5}{item['name']:<8}{item['count']:>5}  {status(item)}")

labels = []
for item in inventory:
    labels.append(item["sku"] + ":" + item["name"])
print(labels)
total = sum(item["count"] for item in inventory)
print("total units", total)
print("summary: " + total + " units")
