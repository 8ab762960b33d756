# A library lending system with custom exceptions; the last loan is uncaught.

class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, title, holder):
        super().__init__(f"{title!r} is on loan to {holder}")
        self.title = title
        self.holder = holder


class LimitReached(LibraryError):
    pass


class Library:
    LIMIT = 2

    def __init__(self, titles):
        self.on_loan = {}
        self.catalog = sorted(titles)
        self.log = []

    def lend(self, title, member):
        if title not in self.catalog:
            raise KeyError(title)
        if title in self.on_loan:
            raise NotAvailable(title, self.on_loan[title])
        held = [t for t, m in self.on_loan.items() if m == member]
        if len(held) >= self.LIMIT:
            raise LimitReached(f"{member} already holds {len(held)} books: {', '.join(sorted(held))}")
        self.on_loan[title] = member
        self.log.append(("lend", title, member))

    def give_back(self, title):
        member = self.on_loan.pop(title)
        self.log.append(("return", title, member))
        return member


lib = Library(["Dune", "Emma", "Ulysses", "Beloved", "Middlemarch"])
requests = [("Dune", "ann"), ("Emma", "ann"), ("Dune", "bob"), ("Ulysses", "ann"),
            ("Persuasion", "bob"), ("Beloved", "bob")]
for title, member in requests:
    try:
        lib.lend(title, member)
        print(f"lent {title} to {member}")
    except NotAvailable as e:
        print("not available:", e, "| holder attr:", e.holder)
    except LibraryError as e:
        print(type(e).__name__ + ":", e)
    except KeyError as e:
        print("unknown title", e, repr(e), e.args)
print("returned by", lib.give_back("Dune"))
lib.lend("Dune", "bob")
print(sorted(lib.on_loan.items()))
print([entry for entry in lib.log if entry[0] == "return"], len(lib.log))
print(issubclass(NotAvailable, LibraryError), isinstance(NotAvailable("t", "h"), Exception))
lib.lend("Middlemarch", "bob")
