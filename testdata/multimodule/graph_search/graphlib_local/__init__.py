from .graph import Graph
