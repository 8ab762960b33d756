# CSV in memory: writer quoting rules and \r\n terminators, reader edge cases,
# DictReader/DictWriter, dialects.
import csv, io
rows = [["name", "qty", "note"], ["apple", 3, 'says "hi"'], ["pear", 2.5, "a,b"], ["fig", None, "multi\nline"], ["", "", ""], [""], [], ["x y", True, " lead"]]
buf = io.StringIO()
w = csv.writer(buf)
for r in rows:
    print(w.writerow(r))
text = buf.getvalue()
print(repr(text))
print(list(csv.reader(io.StringIO(text, newline=""))))
print(list(csv.reader(text.splitlines(keepends=True))))
print(list(csv.reader(['a,"b', 'c",d', 'e, f', ' "q" , z'], skipinitialspace=True)))
b2 = io.StringIO()
csv.writer(b2, quoting=csv.QUOTE_ALL).writerow([1, "a", None])
csv.writer(b2, quoting=csv.QUOTE_NONNUMERIC).writerow([1, "a", 2.0, None])
csv.writer(b2, delimiter=";", lineterminator="\n").writerows([["a;b", "c"], ["d", "e"]])
csv.writer(b2, dialect="unix").writerow(["u", 1])
csv.writer(b2, dialect="excel-tab").writerow(["t", "a\tb"])
print(repr(b2.getvalue()))
print(list(csv.reader(io.StringIO('1,"a",2.5\n'), quoting=csv.QUOTE_NONNUMERIC)))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
data = "id,name,score\n1,Ann,90\n2,Bob,85\n\n3,Cy\n4,Di,70,extra\n"
r = csv.DictReader(io.StringIO(data))
print(r.fieldnames)
for row in r:
    print(row, r.line_num)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], restval="?")
dw.writeheader()
dw.writerow({"id": 1, "name": "A"})
dw.writerows([{"id": 2}, {"name": "C", "id": 3}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 1, "bad": 2})
except ValueError as e:
    print("ValueError:", e)
rd = csv.reader(io.StringIO('a,b\n"c\nd",e\nf,g\n'))
for row in rd:
    print(row, rd.line_num)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, sorted(csv.list_dialects()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
b3 = io.StringIO()
csv.writer(b3, "pipes").writerow(["a|b", "c"])
print(repr(b3.getvalue()), list(csv.reader(["x|'y|z'"], delimiter="|", quotechar="'")))
