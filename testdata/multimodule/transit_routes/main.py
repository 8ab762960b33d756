"""Route planning on a small transit network loaded from JSON: Dijkstra by
travel time (heapq), fewest transfers by BFS (deque), reachability within a
budget, and itineraries printed with typing.NamedTuple legs."""
from transit.network import load_network
from transit.routing import fastest, fewest_stops, within
from transit.itinerary import describe, Leg
from transit import NETWORK_JSON

net = load_network(NETWORK_JSON)
print(f"{len(net.stations)} stations, {net.edge_count()} connections, lines={sorted(net.lines)}")
for a, b in [("Airport", "Harbor"), ("Museum", "Stadium"), ("Harbor", "Harbor"), ("Depot", "Airport")]:
    r = fastest(net, a, b)
    if r is None:
        print(f"{a} -> {b}: unreachable")
        continue
    minutes, legs = r
    print(f"{a} -> {b}: {minutes} min, {len(legs)} legs")
    for line in describe(legs):
        print("   ", line)
print("fewest stops Airport->Stadium:", fewest_stops(net, "Airport", "Stadium"))
print("within 15 min of Central:", within(net, "Central", 15))
leg = Leg("Central", "Park", "green", 4)
print(leg, leg._asdict(), leg._replace(minutes=5).minutes, Leg._fields)
try:
    fastest(net, "Atlantis", "Central")
except KeyError as e:
    print("KeyError:", e)
