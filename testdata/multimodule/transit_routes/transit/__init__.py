NETWORK_JSON = """
{
  "lines": {
    "red":   {"stops": ["Airport", "Central", "Museum", "Harbor"], "minutes": [12, 5, 7]},
    "green": {"stops": ["Central", "Park", "University", "Stadium"], "minutes": [4, 6, 9]},
    "blue":  {"stops": ["Museum", "University", "Harbor"], "minutes": [3, 8]},
    "night": {"stops": ["Airport", "Stadium"], "minutes": [35]}
  },
  "transfer_minutes": 3,
  "closed": ["Depot"]
}
"""
