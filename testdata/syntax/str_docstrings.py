def f():
    """Doc."""
    return 1
class C:
    """Class doc.

    More.
    """
