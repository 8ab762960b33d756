@decorator(
    arg,
)
@ other . attr
def f(
    a,
    b,
):
    pass
