# The smallest program: what profiling costs a run that does nothing.
print(1)
