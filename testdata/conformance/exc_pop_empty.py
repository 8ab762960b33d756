# A bracket matcher with a stack: unmatched closers raise IndexError from pop(), uncaught.
PAIRS = {")": "(", "]": "[", "}": "{"}

def check(text):
    stack = []
    for i, ch in enumerate(text):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if stack and stack[-1][0] == PAIRS[ch]:
                stack.pop()
            elif stack:
                return f"mismatch: {stack[-1][0]!r} at {stack[-1][1]} closed by {ch!r} at {i}"
            else:
                return f"unexpected {ch!r} at {i}"
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "balanced"

for text in ["(a[b]{c})", "(]", "((", "x)", "{[()()]}", ""]:
    print(f"{text!r:<12} {check(text)}")

def depth_profile(text):
    stack, profile = [], []
    for ch in text:
        if ch == "(":
            stack.append(ch)
        elif ch == ")":
            stack.pop()
        profile.append(len(stack))
    return profile

print(depth_profile("(()(()))"))
print(depth_profile("())("))
