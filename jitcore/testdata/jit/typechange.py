def mixed(n):
    x = 0
    for i in range(n):
        if i == 2000:
            x = 0.5
        x = x + 1
    return x


def back(n):
    y = 1.5
    k = 0
    while k < n:
        k += 1
        if k % 1000 == 0:
            y = 3
        else:
            y = y * 1.0001
    return y, k


print(mixed(3000))
print(back(3500))
