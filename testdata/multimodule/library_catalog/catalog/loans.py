from collections import OrderedDict, deque


class LoanDesk:
    def __init__(self, capacity):
        self.capacity = capacity
        self.loans = OrderedDict()
        self.recent = deque(maxlen=4)

    def lend(self, who, title):
        self.recent.appendleft(who)
        if title in self.loans:
            self.loans.move_to_end(title)
            return f"renewed for {self.loans[title]}"
        if len(self.loans) >= self.capacity:
            returned, by = self.loans.popitem(last=False)
            self.loans[title] = who
            return f"ok after recalling {returned} from {by}"
        self.loans[title] = who
        return "ok"

    def active(self):
        return list(self.loans.items())
