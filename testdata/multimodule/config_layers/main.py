import settings
from settings import get, override
print(get("db.host"), get("db.port"), get("debug"))
with override(debug=True, **{"db.port": 6543}):
    print(get("db.port"), get("debug"))
print(get("db.port"), settings.layers())
