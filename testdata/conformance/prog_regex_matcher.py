# A tiny regular-expression matcher (literals, ., *, +, ?, ^, $, character classes), by hand.
def parse(pattern):
    tokens, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "[":
            end = pattern.index("]", i)
            body, negate = pattern[i + 1:end], False
            if body.startswith("^"):
                body, negate = body[1:], True
            chars = set()
            j = 0
            while j < len(body):
                if j + 2 < len(body) and body[j + 1] == "-":
                    chars.update(chr(c) for c in range(ord(body[j]), ord(body[j + 2]) + 1))
                    j += 3
                else:
                    chars.add(body[j])
                    j += 1
            atom = ("class", frozenset(chars), negate)
            i = end + 1
        elif ch == "\\":
            atom = ("lit", pattern[i + 1])
            i += 2
        else:
            atom = ("any",) if ch == "." else ("lit", ch)
            i += 1
        if i < len(pattern) and pattern[i] in "*+?":
            tokens.append((pattern[i], atom))
            i += 1
        else:
            tokens.append(("one", atom))
    return tokens

def atom_matches(atom, ch):
    match atom:
        case ("any",):
            return True
        case ("lit", c):
            return c == ch
        case ("class", chars, negate):
            return (ch in chars) != negate

def match_here(tokens, text, anchored_end):
    if not tokens:
        return not anchored_end or not text
    (kind, atom), rest = tokens[0], tokens[1:]
    if kind == "one":
        return bool(text) and atom_matches(atom, text[0]) and match_here(rest, text[1:], anchored_end)
    if kind == "?":
        if text and atom_matches(atom, text[0]) and match_here(rest, text[1:], anchored_end):
            return True
        return match_here(rest, text, anchored_end)
    minimum = 1 if kind == "+" else 0
    count = 0
    while count < len(text) and atom_matches(atom, text[count]):
        count += 1
    for n in range(count, minimum - 1, -1):  # greedy, then backtrack
        if match_here(rest, text[n:], anchored_end):
            return True
    return False

def search(pattern, text):
    start_anchor = pattern.startswith("^")
    end_anchor = pattern.endswith("$") and not pattern.endswith("\\$")
    core = pattern[1 if start_anchor else 0: -1 if end_anchor else None]
    tokens = parse(core)
    starts = [0] if start_anchor else range(len(text) + 1)
    return any(match_here(tokens, text[s:], end_anchor) for s in starts)

CASES = [
    ("abc", "xxabcxx"), ("^abc", "xxabc"), ("abc$", "xxabc"), ("a.c", "abc"), ("a.c", "ac"),
    ("ab*c", "ac"), ("ab*c", "abbbbc"), ("ab+c", "ac"), ("colou?r", "color"), ("colou?r", "colour"),
    ("^[0-9]+$", "12345"), ("^[0-9]+$", "12a45"), ("^[a-z_][a-z0-9_]*$", "snake_case1"),
    ("^[a-z_][a-z0-9_]*$", "9lives"), ("[^aeiou]+", "aeiou"), ("\\.py$", "main.py"), ("\\.py$", "mainpy"),
    ("^.*$", ""), ("a*a*a*b", "aaaaaaaaaaaaaaaaaaaa"), ("^(no groups)$", "(no groups)"),
]
for pattern, text in CASES:
    print(f"{pattern:<20} {text!r:<24} {search(pattern, text)}")
