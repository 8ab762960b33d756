import random
from sim import Simulation
random.seed(7)
sim = Simulation(servers=2)
for t in range(20):
    sim.arrive(t, random.expovariate(1.0))
print(sim.report())
