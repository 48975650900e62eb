#!/usr/bin/env python3
"""Write a statcalc batch file with two d-dimensional normals and each
divergence once: python3 scripts/mvn_batch.py [d] [--rows] > /tmp/mvn500.sc
With --rows each covariance row is on a line of its own, so that a
statement runs over d lines.

The covariances are symmetric and strictly diagonally dominant with a
positive diagonal, hence positive definite (Gershgorin)."""
import random
import sys

args = [a for a in sys.argv[1:] if a != "--rows"]
rows = "--rows" in sys.argv[1:]
d = int(args[0]) if args else 500
rng = random.Random(1)


def spd():
    a = [[0.0] * d for _ in range(d)]
    for i in range(d):
        for j in range(i + 1, d):
            a[i][j] = a[j][i] = rng.uniform(-1, 1) / d
    for i in range(d):
        a[i][i] = 1 + sum(abs(x) for x in a[i]) + rng.random()
    return a


def vec(v):
    return "[" + ", ".join(repr(x) for x in v) + "]"


for name in ("p", "q"):
    mu = [rng.gauss(0, 1) for _ in range(d)]
    sep = ",\n      " if rows else ", "
    print("%s = N(%s, [%s])" % (name, vec(mu), sep.join(vec(r) for r in spd())))
for stmt in ("kl(p, q)", "bhattacharyya(p, q)", "hellinger(p, q)", "renyi(p, q, 0.5)",
             "w2(p, q)", "cross_entropy(p, q)", "entropy(p)", "mahalanobis(mean(q), p)"):
    print(stmt)
