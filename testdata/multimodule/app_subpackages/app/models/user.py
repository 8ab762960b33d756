from ..errors import ValidationError
from ..util.text import slug, normalize_email


class User:
    count = 0

    def __init__(self, name, email):
        email = normalize_email(email)
        if not email:
            raise ValidationError("email", "is required")
        local, sep, domain = email.partition("@")
        if not sep or not local or "@" in domain or "." not in domain:
            raise ValidationError("email", f"{email!r} is not an address")
        self.name = " ".join(name.split())
        self.email = email
        self.handle = slug(self.name)
        User.count += 1
        self.id = User.count

    def __repr__(self):
        return f"User(id={self.id}, handle={self.handle!r}, email={self.email!r})"
