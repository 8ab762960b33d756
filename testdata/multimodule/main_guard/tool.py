import heapq
import bisect


def run(xs):
    h = list(xs)
    heapq.heapify(h)
    out = []
    while h:
        bisect.insort(out, heapq.heappop(h) * 2)
    return out


if __name__ == "__main__":
    print("tool run directly")
else:
    print("tool imported as", __name__)
