import registry
from plugins import alpha, beta
print(sorted(registry.REGISTRY), registry.REGISTRY["alpha"](), registry.REGISTRY["beta"]())
