# A classic: a lookup returns None and an attribute access on it fails.
class User:
    def __init__(self, name, manager=None):
        self.name = name
        self.manager = manager

    def __repr__(self):
        return f"User({self.name!r})"

class Directory:
    def __init__(self):
        self.users = {}

    def add(self, name, manager_name=None):
        self.users[name] = User(name, self.users.get(manager_name))

    def find(self, name):
        return self.users.get(name)

    def chain_of_command(self, name):
        user = self.find(name)
        chain = []
        while user is not None:
            chain.append(user.name)
            user = user.manager
        return chain

d = Directory()
d.add("ceo")
d.add("cto", "ceo")
d.add("dev", "cto")
d.add("intern", "dev")
print(d.chain_of_command("intern"))
print(d.chain_of_command("nobody"))
print(d.find("dev").manager.manager.name)
print(d.find("cto").manager.manager.name)
