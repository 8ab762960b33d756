# os.path's pure string functions on the cases scripts meet: trailing
# slashes, dots, absolute parts, empty strings.
import os
import os.path
from os import path as osp

print(os.sep, repr(os.linesep), os.path.sep, os.curdir, os.pardir, os.extsep, os.name)
print(os.path is osp, os.path.__name__)

joins = [("a", "b"), ("a/", "b"), ("a", "/b"), ("", "b"), ("a", ""), ("a", "b", "c.txt"),
         ("/usr", "lib", "/etc", "x"), ("a//", "b"), (".", "x")]
for parts in joins:
    print("join", parts, "->", repr(os.path.join(*parts)))

paths = ["", "/", "a", "a/", "/a/b", "a/b/", "//x/y", "a/b/c.tar.gz", ".bashrc", "dir/.hidden",
         "..", "x/..", "file.", "a.b/c", "/a//b///c", "./rel/./p.py", "a/../../b"]
for p in paths:
    print(f"{p!r:18} split={os.path.split(p)!r:22} ext={os.path.splitext(p)!r:28} "
          f"base={os.path.basename(p)!r:10} dir={os.path.dirname(p)!r:8} norm={os.path.normpath(p)!r} "
          f"abs={os.path.isabs(p)}")

print(os.path.commonprefix(["/usr/lib/python", "/usr/lib/perl", "/usr/local"]))
print(repr(os.path.commonprefix([])), os.path.commonprefix(["abc"]), repr(os.path.commonprefix(["x", "y"])))
print(os.path.commonpath(["/usr/lib/python", "/usr/lib/perl"]), os.path.commonpath(["a/b/c", "a/b/d", "a/bx"]))

print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/a/b"))
print(os.path.relpath("/a/b", "/a/b"), os.path.relpath("a/b", "a"), os.path.relpath("/a/./b/../c", "/a"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError:", e)

os.environ["HOME"] = "/home/tester"
print(os.path.expanduser("~"), os.path.expanduser("~/notes.txt"), os.path.expanduser("a/~"),
      os.path.expanduser("~x"[:1] + "/y"))

cwd = os.getcwd()
print(os.path.abspath("sub/../f.txt") == os.path.join(cwd, "f.txt"), os.path.abspath("/q/./r/..") )
print(os.path.abspath(".") == cwd, os.path.isabs(os.path.abspath("x")))
print(os.path.join(*["p", "q", "r"]), os.path.splitext(os.path.join("logs", "2024.01.log")))
for bad in [None, 3]:
    try:
        os.path.join("a", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.path.basename(7)
except TypeError as e:
    print("TypeError:", e)

print(type(os.cpu_count()).__name__, os.cpu_count() > 0, type(os.getpid()).__name__, os.getpid() > 0)
