# A scratch folder managed with os: directories, files, renames, stat, and
# the errors with CPython's messages. Runs inside a temporary folder and
# always goes back to where it started.
import os
import tempfile

start = os.getcwd()
scratch = tempfile.mkdtemp(prefix="jl_os_")
os.chdir(scratch)
try:
    print(os.getcwd() == scratch, os.path.samefile(os.getcwd(), scratch))
    os.mkdir("data")
    os.makedirs("data/raw/2024/01")
    os.makedirs("data/raw/2024/01", exist_ok=True)
    os.makedirs("out/", exist_ok=False)
    for name, text in [("data/a.txt", "alpha\n"), ("data/b.csv", "x,y\n1,2\n"), ("data/raw/r1.log", "r" * 100)]:
        with open(name, "w") as f:
            f.write(text)
    print(sorted(os.listdir("data")), sorted(os.listdir()), os.listdir("out"))
    print(sorted(os.listdir(".")) == sorted(os.listdir(os.getcwd())))

    def attempt(label, fn, *args, **kwargs):
        try:
            r = fn(*args, **kwargs)
            print(f"{label}: ok {r!r}")
        except OSError as e:
            print(f"{label}: {type(e).__name__}: {e} | errno={e.errno} strerror={e.strerror!r} "
                  f"filename={e.filename!r} filename2={e.filename2!r} isOSError={isinstance(e, OSError)}")
        except (TypeError, ValueError) as e:
            print(f"{label}: {type(e).__name__}: {e}")

    attempt("mkdir existing", os.mkdir, "data")
    attempt("mkdir no parent", os.mkdir, "nope/child")
    attempt("makedirs existing", os.makedirs, "data/raw")
    attempt("makedirs on file", os.makedirs, "data/a.txt", exist_ok=True)
    attempt("makedirs under file", os.makedirs, "data/a.txt/sub")
    attempt("remove missing", os.remove, "ghost.txt")
    attempt("unlink folder", os.unlink, "out")
    attempt("rmdir non-empty", os.rmdir, "data")
    attempt("rmdir file", os.rmdir, "data/a.txt")
    attempt("rmdir missing", os.rmdir, "ghost")
    attempt("rename missing", os.rename, "ghost.txt", "other.txt")
    attempt("rename file onto folder", os.rename, "data/a.txt", "out")
    attempt("listdir missing", os.listdir, "ghost")
    attempt("listdir file", os.listdir, "data/b.csv")
    attempt("chdir missing", os.chdir, "ghost")
    attempt("stat missing", os.stat, "ghost")
    attempt("getsize missing", os.path.getsize, "ghost")
    attempt("open missing", open, "ghost/file.txt")
    attempt("mkdir bad type", os.mkdir, 42.5)
    attempt("remove None", os.remove, None)

    st = os.stat("data/b.csv")
    print(st.st_size, st[6], os.path.getsize("data/raw/r1.log"), type(st.st_mtime).__name__,
          type(st.st_mtime_ns).__name__, st.st_mtime == os.path.getmtime("data/b.csv"), len(st))
    print(type(st).__name__, isinstance(st, tuple), os.stat("data").st_size >= 0)
    print(oct(st.st_mode & 0o170000), oct(os.stat("data").st_mode & 0o170000))

    os.rename("data/a.txt", "data/alpha.txt")
    os.replace("data/b.csv", "out/b.csv")
    with open("out/new.csv", "w") as f:
        f.write("new\n")
    os.replace("out/new.csv", "out/b.csv")
    with open("out/b.csv") as f:
        print("replaced:", f.read().strip())
    print(sorted(os.listdir("data")), sorted(os.listdir("out")))
    print(os.path.exists("data/a.txt"), os.path.isfile("data/alpha.txt"), os.path.isdir("data/raw"),
          os.path.isdir("data/alpha.txt"), os.path.exists("ghost"), os.path.isfile("data"))

    os.remove("out/b.csv")
    os.rmdir("out")
    os.unlink("data/alpha.txt")
    os.removedirs("data/raw/2024/01")
    print(sorted(os.listdir()), sorted(os.listdir("data")))

    os.chdir("data")
    print(os.path.basename(os.getcwd()), os.path.relpath(os.getcwd(), scratch))
    os.chdir("..")
    print(os.getcwd() == scratch)
finally:
    os.chdir(start)
    for root, dirs, files in os.walk(scratch, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(scratch)
print(os.getcwd() == start, os.path.exists(scratch))
