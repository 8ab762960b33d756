from .matrix import Matrix, identity

__all__ = ["Matrix", "identity"]
