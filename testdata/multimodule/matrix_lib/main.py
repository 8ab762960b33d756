from linalg import Matrix, identity
from linalg.ops import det
m = Matrix([[2, 1], [1, 3]])
print(m * identity(2) == m, det(m), m.transpose())
print(det(Matrix([[1, 2, 3], [0, 1, 4], [5, 6, 0]])))
