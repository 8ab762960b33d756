from .report import analyze, compare

__all__ = ["analyze", "compare"]
