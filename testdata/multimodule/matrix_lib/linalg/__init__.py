from .matrix import Matrix, identity
