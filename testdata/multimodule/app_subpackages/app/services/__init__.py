from .accounts import signup
from .mail import notify, outbox
from . import registry

__all__ = ["signup", "notify"]


def _audit():
    return "hidden"
