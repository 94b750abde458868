# Prints primes up to a limit with a sieve, plus a few statistics about them.
import math
import sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
sieve = bytearray([1]) * (limit + 1)
sieve[0:2] = b"\x00\x00"
for n in range(2, math.isqrt(limit) + 1):
    if sieve[n]:
        sieve[n * n::n] = bytearray(len(range(n * n, limit + 1, n)))

primes = [n for n in range(limit + 1) if sieve[n]]
twins = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
gaps = [b - a for a, b in zip(primes, primes[1:])]

print(f"{len(primes)} primes up to {limit}")
print(f"largest: {primes[-1]}, twin pairs: {twins}, largest gap: {max(gaps, default=0)}")
print(", ".join(map(str, primes[:30])), "...")
