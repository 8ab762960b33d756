a is not b
a not in b
not a is b
a < b is not c not in d
