# Coroutine-style generators: send, throw, close, GeneratorExit and cleanup.
def accumulator(name):
    total = 0
    print(f"[{name}] started")
    try:
        while True:
            try:
                value = yield total
            except ValueError as exc:
                print(f"[{name}] rejected: {exc}")
                continue
            total += value
    except GeneratorExit:
        print(f"[{name}] closing with total {total}")
        raise
    finally:
        print(f"[{name}] cleanup")

acc = accumulator("A")
print(next(acc))
print(acc.send(5), acc.send(7))
print(acc.throw(ValueError("negative amount")))
print(acc.send(1))
acc.close()
acc.close()  # closing twice is harmless
try:
    acc.send(1)
except StopIteration:
    print("send after close -> StopIteration")

fresh = accumulator("B")
try:
    fresh.send(3)
except TypeError as exc:
    print("TypeError:", exc)
print(fresh.send(None))
try:
    fresh.throw(KeyError("unhandled"))
except KeyError as exc:
    print("KeyError propagated:", exc)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing to die"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(next(s, "stubborn finished"))

def returns_on_throw():
    try:
        yield "ready"
    except IndexError:
        return "handled index error"

r = returns_on_throw()
next(r)
try:
    r.throw(IndexError)
except StopIteration as stop:
    print("StopIteration value:", stop.value)

def never_started():
    print("body never runs")
    yield

ns = never_started()
ns.close()
print("closing an unstarted generator runs nothing")

def state_machine():
    state = "idle"
    while True:
        event = yield state
        transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                       ("paused", "start"): "running", ("running", "stop"): "idle"}
        state = transitions.get((state, event), state)

sm = state_machine()
print([next(sm)] + [sm.send(e) for e in ["start", "pause", "stop", "start", "stop"]])
