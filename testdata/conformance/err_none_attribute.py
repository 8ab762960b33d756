# A lookup that returns None is used as an object: AttributeError on NoneType.

class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

    def domain(self):
        return self.email.split("@")[1]


USERS = [User("ann", "ann@alpha.org"), User("bo", "bo@beta.net"), User("cat", "cat@alpha.org")]


def find_user(name):
    for u in USERS:
        if u.name == name:
            return u
    return None


by_domain = {}
for u in USERS:
    by_domain.setdefault(u.domain(), []).append(u.name)
print(by_domain)
for name in ("bo", "ann"):
    user = find_user(name)
    print(name, "->", user.email, user.domain())
missing = find_user("dan")
print("found:", missing)
print("dan's domain:", missing.domain())
