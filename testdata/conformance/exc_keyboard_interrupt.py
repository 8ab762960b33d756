# KeyboardInterrupt is a BaseException: "except Exception" does not catch it.
def long_job(steps, interrupt_at):
    done = []
    for step in range(steps):
        if step == interrupt_at:
            raise KeyboardInterrupt
        done.append(step)
    return done

print(long_job(5, 99))
try:
    long_job(5, 2)
except Exception:
    print("not reached")
except KeyboardInterrupt as exc:
    print("caught KeyboardInterrupt, args:", exc.args, "is Exception:", isinstance(exc, Exception))

def cleanup_demo():
    try:
        long_job(10, 3)
    finally:
        print("cleanup ran")

try:
    cleanup_demo()
except BaseException as exc:
    print("BaseException handler:", type(exc).__name__)

print([cls.__name__ for cls in KeyboardInterrupt.__mro__])
print(issubclass(KeyboardInterrupt, BaseException), issubclass(GeneratorExit, Exception),
      issubclass(StopIteration, Exception), issubclass(SystemExit, Exception))
print("now an uncaught KeyboardInterrupt", flush=True)
long_job(3, 1)
