match = 1
case = 2
_ = 3
match(x)
match[1]
match.a = case
print(match, case)
match x:
    case match: pass
