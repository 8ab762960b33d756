import re
from pathlib import PurePath

KINDS = {
    "images": {".jpg", ".jpeg", ".png", ".gif"},
    "documents": {".pdf", ".txt", ".csv", ".md"},
    "audio": {".mp3", ".wav"},
    "archives": {".gz", ".zip", ".tar"},
    "code": {".py", ".js"},
}


def kind_of(path):
    suffix = PurePath(path).suffix.lower()
    for kind, suffixes in KINDS.items():
        if suffix in suffixes:
            return kind
    return "other"


def clean_name(name):
    p = PurePath(name)
    suffixes = "".join(p.suffixes).lower()
    stem = name[: len(name) - len(suffixes)] if suffixes else name
    stem = re.sub(r"\s*\(\d+\)$", "", stem)
    stem = re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_").lower()
    return stem + suffixes
