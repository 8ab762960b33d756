# Removing expired sessions while iterating the dict: RuntimeError.

sessions = {
    "s1": {"user": "ann", "age": 5},
    "s2": {"user": "bo", "age": 50},
    "s3": {"user": "cy", "age": 12},
    "s4": {"user": "di", "age": 75},
}
LIMIT = 30

expired = [sid for sid, info in sessions.items() if info["age"] > LIMIT]
print("expired:", expired)
alive = {sid: info for sid, info in sessions.items() if info["age"] <= LIMIT}
print("alive:", sorted(alive))
for sid in list(sessions):
    sessions[sid]["age"] += 1
print({sid: info["age"] for sid, info in sessions.items()})
snapshot = dict(sessions)
for sid in list(snapshot):
    if snapshot[sid]["age"] > LIMIT:
        del snapshot[sid]
print("snapshot after safe delete:", sorted(snapshot))
for sid, info in sessions.items():
    info["seen"] = True
print(all(info["seen"] for info in sessions.values()))
for sid, info in sessions.items():
    if info["age"] > LIMIT:
        print("removing", sid)
        del sessions[sid]
print("not reached")
