def load():
    return {"db.host": "db.internal"}
