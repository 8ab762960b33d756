# In-memory files: StringIO and BytesIO used as files.
import io

buf = io.StringIO()
print("header", file=buf)
for i in range(3):
    print(f"row {i}", i * i, sep="\t", file=buf)
buf.write("no newline at end")
print(repr(buf.getvalue()), buf.tell())

buf.seek(0)
print(repr(buf.readline()), repr(buf.readline(3)), repr(buf.read(5)))
print(buf.readlines())
print(repr(buf.read()), repr(buf.readline()))
buf.seek(0)
print([line.rstrip("\n") for line in buf])

text = io.StringIO("línea uno\nlínea dos\n")
print(text.read(5), text.tell(), repr(text.read()))
text.seek(0)
text.write("LÍNEA")
print(repr(text.getvalue()))
text.seek(0, io.SEEK_END)
text.write("tres\n")
print(repr(text.getvalue()), text.truncate(9), repr(text.getvalue()))

with io.StringIO("context") as f:
    print(f.read(), f.closed, f.readable(), f.writable(), f.seekable())
print(f.closed)
try:
    f.getvalue()
except ValueError as e:
    print("ValueError:", e)

data = io.BytesIO()
data.write(b"\x00\x01binary\xff")
data.writelines([b"-a", b"-b"])
print(data.getvalue(), data.tell())
data.seek(2)
print(data.read(6), data.read(), data.read())
data.seek(-3, 2)
print(data.read())
data.seek(0)
print(data.readline(), list(io.BytesIO(b"l1\nl2\nl3")))
for bad in [lambda: data.write("text"), lambda: io.StringIO().write(b"bytes"), lambda: io.StringIO(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    io.StringIO("abc").seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
print(type(buf).__name__, type(data).__name__, isinstance(buf, io.StringIO))
