# An HTTP-like request router using match on tuples of method and split path.
USERS = {1: "ann", 2: "bob"}
POSTS = {1: ["hello", "again"], 2: []}

def route(method, path, body=None):
    parts = [p for p in path.split("/") if p]
    match method, parts:
        case "GET", []:
            return 200, "index"
        case "GET", ["users"]:
            return 200, sorted(USERS.values())
        case "GET", ["users", uid] if uid.isdigit() and int(uid) in USERS:
            return 200, USERS[int(uid)]
        case "GET", ["users", uid, "posts"] if uid.isdigit():
            posts = POSTS.get(int(uid))
            return (200, posts) if posts is not None else (404, f"no user {uid}")
        case "GET", ["users", _]:
            return 404, "no such user"
        case "POST", ["users"]:
            match body:
                case {"name": str(name)} if name:
                    uid = max(USERS) + 1
                    USERS[uid] = name
                    POSTS[uid] = []
                    return 201, uid
                case _:
                    return 400, "name required"
        case "POST", ["users", uid, "posts"] if uid.isdigit() and int(uid) in POSTS:
            POSTS[int(uid)].append(str(body))
            return 201, len(POSTS[int(uid)])
        case "DELETE", ["users", uid] if uid.isdigit() and int(uid) in USERS:
            del USERS[int(uid)]
            return 204, None
        case ("PUT" | "PATCH") as verb, ["users", *_]:
            return 501, f"{verb} not implemented"
        case "GET" | "POST" | "DELETE", ["static", *rest] if rest:
            return 200, "file:" + "/".join(rest)
        case _, ["admin", *_]:
            return 403, "forbidden"
        case method, _:
            return 405 if method not in ("GET", "POST", "DELETE") else 404, f"{method} {path}"

requests = [
    ("GET", "/"), ("GET", "/users"), ("GET", "/users/2"), ("GET", "/users/9"), ("GET", "/users/x"),
    ("GET", "/users/1/posts"), ("GET", "/users/7/posts"), ("POST", "/users", {"name": "cy"}),
    ("POST", "/users", {"name": ""}), ("POST", "/users/3/posts", "first!"), ("GET", "/users/3/posts"),
    ("DELETE", "/users/2"), ("GET", "/users"), ("PATCH", "/users/1"), ("GET", "/static/css/site.css"),
    ("GET", "/static"), ("POST", "/admin/reset"), ("OPTIONS", "/users"), ("GET", "/nowhere"),
]
for method, path, *body in requests:
    status, payload = route(method, path, *body)
    print(f"{method:<7} {path:<22} {status} {payload!r}")
