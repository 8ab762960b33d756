import json
from collections import defaultdict


class Network:
    def __init__(self, transfer):
        self.adj = defaultdict(list)   # station -> [(neighbor, line, minutes)]
        self.stations = set()
        self.lines = set()
        self.transfer = transfer

    def connect(self, a, b, line, minutes):
        for x, y in ((a, b), (b, a)):
            self.adj[x].append((y, line, minutes))
        self.stations |= {a, b}
        self.lines.add(line)

    def edge_count(self):
        return sum(len(v) for v in self.adj.values()) // 2

    def neighbors(self, station):
        if station not in self.stations:
            raise KeyError(station)
        return self.adj[station]


def load_network(text):
    doc = json.loads(text)
    net = Network(doc["transfer_minutes"])
    for line, spec in sorted(doc["lines"].items()):
        stops, minutes = spec["stops"], spec["minutes"]
        for a, b, m in zip(stops, stops[1:], minutes):
            net.connect(a, b, line, m)
    net.stations.update(doc.get("closed", []))
    return net
