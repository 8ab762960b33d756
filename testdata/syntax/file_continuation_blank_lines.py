\
def fib(n):
    \
'''Print a Fibonacci series up to n.'''
    \
a, b = 0, 1
