# Edge cases of split, rsplit, splitlines, partition and join on a log-parsing task.

log = "2024-01-05 10:00:01 INFO  user=ann  action=login\t ip=10.0.0.1\n" \
      "2024-01-05 10:02:17 WARN  user=bob action=retry  attempts=3\r\n" \
      "\n" \
      "2024-01-05 10:05:59 ERROR user=cy action=crash code=E42 msg=disk full\x0b" \
      "trailing"
print(log.splitlines())
print(log.split("\n"))
print(len(log.splitlines(keepends=True)), [l[-2:] for l in log.splitlines(True)])
for line in log.splitlines():
    if len(line.split()) < 4:
        print("short line:", repr(line))
        continue
    date, time, level, rest = line.split(None, 3)
    fields = dict(pair.split("=", 1) for pair in rest.split() if "=" in pair)
    print(date, time, f"{level:<5}", fields)
print("a b  c   d".split(" "), "a b  c   d".split(), "a b  c   d".split(None, 1), "a b  c   d".rsplit(None, 1))
print("  lead and trail  ".split(), "  lead and trail  ".split(" "), "".split(), "".split(","), " ".split())
print("a,b,c".split(",", 0), "a,b,c".split(",", -1), "a,b,c".rsplit(",", 1), ",a,".split(","), "a".split("a"))
print("one\ttwo\nthree\x0cfour\x1cfive\u2028six\x85seven".split())
print("one\ttwo\nthree\x0cfour\x1cfive\u2028six\x85seven".splitlines())
print("x\r\ny\n\rz\r".splitlines(), "x\r\ny\n\rz\r".split("\r"), "\n".splitlines(), "".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("path/to/file.tar.gz".rsplit(".", 2), "path/to/file.tar.gz".rpartition("/")[2].split(".", 1))
print("::".join(["a", "", "b"]), "".join("abc"), "-".join(str(i) for i in range(5)), ", ".join({"k": 1}))
print("ab".join("xyz"), "\n".join(["line"]) + "|", repr(" ".join([])))
print("a--b---c".split("--"), "aaaa".split("aa"), "abcabc".split("abc"), "mississippi".split("ss"))
for bad in [lambda: "a".split(""), lambda: "a b".split(maxsplit="1"), lambda: ",".join([1, 2]),
            lambda: "a".partition(""), lambda: "x".rsplit(sep=3)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
