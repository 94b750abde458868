# Compares the speed of three ways to build a list, using perf_counter and timeit with callables.
import timeit
from time import perf_counter


def with_loop(n=10_000):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def with_comprehension(n=10_000):
    return [i * i for i in range(n)]


def with_map(n=10_000):
    return list(map(lambda i: i * i, range(n)))


start = perf_counter()
for fn in (with_loop, with_comprehension, with_map):
    best = min(timeit.repeat(fn, number=200, repeat=5))
    print(f"{fn.__name__:<20} {best * 1000 / 200:.3f} ms per call")
print(f"total {perf_counter() - start:.2f} s")
