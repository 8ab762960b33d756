VERSION = "0.9.1"

from . import errors
from .models import User
