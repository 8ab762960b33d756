# Writing to stdout and stderr through print, write and writelines; return values of write.
import sys

out, err = sys.stdout, sys.stderr
print("start", file=out)
n = out.write("written with write\n")
m = err.write("error stream line 1\n")
print("write returned", n, "and", m)
out.writelines(["a\n", "b\n", "c"])
out.write("\n")
err.writelines(("warn: x\n", "warn: y\n"))
lines = ["alpha", "beta", "gamma"]
for i, line in enumerate(lines):
    stream = err if i % 2 else out
    print(f"{i}:{line}", file=stream)
print("flush returns", out.flush(), err.flush())
print("unicode ok: é € 😀", file=err)
print(*["multi", "arg"], sep="|", end="!\n", file=err)
print("writable", out.writable(), err.writable(), "readable", out.readable())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, out.closed, out.encoding)
try:
    out.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    out.write(5)
except TypeError as e:
    print(type(e).__name__, e)
print("end")
