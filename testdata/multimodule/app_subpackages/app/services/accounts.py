from ..models import User
from . import mail
from .registry import record


def signup(name, email):
    user = User(name, email)
    mail.notify(user.email, f"Welcome, {user.name}!")
    record("signup", user.handle)
    return user
