# Every list method on a to-do queue, plus slice assignment.

todo = ["write tests", "fix bug", "review"]
todo.append("deploy")
todo.insert(0, "plan")
todo.insert(100, "celebrate")
todo.insert(-1, "retro")
print(todo, len(todo))
todo.extend(("email", "lunch"))
todo.extend(x for x in ["nap"])
print(todo.index("review"), todo.index("email", 3), todo.count("fix bug"))
done = todo.pop(1)
last = todo.pop()
print(done, last, todo)
todo.remove("lunch")
todo.reverse()
print(todo)
snapshot = todo.copy()
todo.sort()
print(todo)
print(snapshot)
todo.sort(key=len, reverse=True)
print(todo)
todo.clear()
print(todo, snapshot[1:3])

nums = list(range(10))
nums[2:5] = ["a", "b"]
print(nums)
nums[1:1] = [100, 200, 300]
print(nums)
nums[::3] = ["X"] * len(nums[::3])
print(nums)
del nums[::2]
print(nums)
nums[-2:] = []
print(nums)
nums[:] = "xyz"
print(nums, nums * 2, [0] * 0, 2 * [None])
nums += range(3)
print(nums, nums[::-1], nums[-2::-2])

stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
print("rpn result", stack)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [3] > [2, 9], [] < [0])
print(list("abc"), list((1, 2)), list({3: 0, 1: 0}), list(range(3, 0, -1)), list())
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3),
            lambda: [1, 2].index(9), lambda: [1][1], lambda: [1, "a"].sort(),
            lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [9])]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
