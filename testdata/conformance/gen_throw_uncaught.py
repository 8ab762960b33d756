# A generator rethrows a thrown exception; the traceback shows the generator frame.
def reader(records):
    count = 0
    for record in records:
        try:
            yield record
            count += 1
        except KeyError as exc:
            print(f"  reader skipped {record!r} because of {exc}")
        except ValueError:
            print(f"  reader cannot recover at record {count}")
            raise
    return count

def consume(records):
    gen = reader(records)
    for record in gen:
        if "id" not in record:
            gen.throw(KeyError("id"))
        elif record["id"] < 0:
            gen.throw(ValueError(f"negative id {record['id']}"))
        else:
            print("processed", record["id"])

consume([{"id": 1}, {"name": "x"}, {"id": 2}])
print("first batch done")
consume([{"id": 3}, {"id": -4}, {"id": 5}])
