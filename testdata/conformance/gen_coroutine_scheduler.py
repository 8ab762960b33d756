# A round-robin scheduler of generator-based tasks that communicate through send.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.mailboxes = {}
        self.log = []
        self.tick = 0

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
        self.mailboxes[name] = []

    def run(self):
        while self.ready:
            self.tick += 1
            name, gen, value = self.ready.pop(0)
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.log.append(f"t{self.tick} {name} finished -> {stop.value!r}")
                continue
            except Exception as exc:
                self.log.append(f"t{self.tick} {name} crashed: {type(exc).__name__}: {exc}")
                continue
            match request:
                case ("send", target, message):
                    self.mailboxes[target].append((name, message))
                    self.ready.append((name, gen, True))
                case ("recv",):
                    box = self.mailboxes[name]
                    self.ready.append((name, gen, box.pop(0) if box else None))
                case ("sleep",) | None:
                    self.ready.append((name, gen, None))
                case other:
                    gen.throw(ValueError(f"bad request {other!r}"))

def producer(items):
    for item in items:
        yield ("send", "consumer", item)
        yield ("sleep",)
    yield ("send", "consumer", "STOP")
    return f"sent {len(items)} items"

def consumer():
    received = []
    while True:
        msg = yield ("recv",)
        if msg is None:
            continue
        sender, payload = msg
        if payload == "STOP":
            return received
        received.append(payload * 2)

def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield
    return total

def crasher():
    yield ("sleep",)
    raise RuntimeError("task blew up")

def bad_requester():
    try:
        yield ("launch", "rockets")
    except ValueError as exc:
        print("bad_requester saw:", exc)
        yield ("sleep",)
    return "recovered"

sched = Scheduler()
sched.spawn("producer", producer([1, 2, 3]))
sched.spawn("consumer", consumer())
sched.spawn("counter", counter(4))
sched.spawn("crasher", crasher())
sched.spawn("bad", bad_requester())
sched.run()
for entry in sched.log:
    print(entry)
print("ticks:", sched.tick)
