#!/usr/bin/env python3
"""Reference values for the float64 functions of package special.

Every argument is a float64 (written with repr, so it parses back exactly)
and every reference is computed by mpmath from that exact binary value. Each
value is computed twice, at two working precisions far apart, and must agree
to 30 significant digits; 25 are written. Where cancellation is inherent
(negative arguments, near roots) a "scale" is written too: the sum of the
magnitudes of the terms a reflection formula adds, which bounds what any
float64 algorithm can achieve.

Run from sym/special:  python3 testdata/gen_refs.py  (writes testdata/refs.json)
"""
import json
import math
import random

from mpmath import mp, mpf, psi, loggamma, log, log1p, pi, cot, sin, findroot, fabs, re, nstr

rng = random.Random(20240611)


def agree(f, *args, dps=40):
    """Evaluate f at dps and dps+40 digits; insist on 30 agreeing digits."""
    while True:
        mp.dps = dps
        a = f(*args)
        mp.dps = dps + 40
        b = f(*args)
        if a == b or (b != 0 and fabs((a - b) / b) < mpf(10) ** -30):
            mp.dps = dps + 40
            return b
        dps *= 2
        if dps > 5000:
            raise RuntimeError(f"no agreement for {f.__name__}{args}")


def s(v):
    return nstr(v, 25, min_fixed=1, max_fixed=0) if v != 0 else "0"


def uniform(a, b, n):
    return [rng.uniform(a, b) for _ in range(n)]


def logspace(lo, hi, n):
    return [10 ** rng.uniform(lo, hi) for _ in range(n)]


def ulps_around(x, k):
    out = []
    for i in range(-k, k + 1):
        y = x
        for _ in range(abs(i)):
            y = math.nextafter(y, math.inf if i > 0 else -math.inf)
        out.append(y)
    return out


mp.dps = 50
X0 = findroot(lambda t: psi(0, t), mpf("1.4616"))
x0f = float(X0)

# Arguments for ψ, ψ₁ and ln Γ.
positive = (
    logspace(-300, 6, 300)
    + uniform(0, 10, 400)
    + logspace(6, 300, 30)
    + [float(k) for k in range(1, 21)]
    + [k + 0.5 for k in range(0, 20)]
    + [1.0, 2.0, 0.5, 1e-8, 9.999999999999998, 10.0, 10.000000000000002]
)
near_root = ulps_around(x0f, 20) + [x0f + sgn * 10.0 ** -j for j in range(1, 16) for sgn in (1, -1)]
negative = (
    [-x for x in uniform(0, 50.5, 400)]
    + [-(k + 0.5) for k in range(0, 51)]
    + [-k + sgn * 10.0 ** -j for k in (1, 2, 5, 30) for j in (3, 8, 13) for sgn in (1, -1)]
    + [-1e-10, -1e-300]
)
negative = [x for x in negative if x != math.floor(x)]


def exact(x):
    return mpf(x)


def digamma_ref(x):
    return psi(0, exact(x))


def trigamma_ref(x):
    return psi(1, exact(x))


def lgamma_ref(x):
    return re(loggamma(exact(x)))


refs = {}

rows = []
for x in positive + near_root:
    rows.append([repr(x), s(agree(digamma_ref, x))])
for x in negative:
    v = agree(digamma_ref, x)
    xm = exact(x)
    scale = fabs(psi(0, 1 - xm)) + fabs(pi * cot(pi * xm))
    rows.append([repr(x), s(v), s(scale)])
refs["digamma"] = rows

rows = []
for x in positive:
    rows.append([repr(x), s(agree(trigamma_ref, x))])
for x in negative:
    v = agree(trigamma_ref, x)
    xm = exact(x)
    scale = fabs(psi(1, 1 - xm)) + pi**2 / sin(pi * xm) ** 2
    rows.append([repr(x), s(v), s(scale)])
refs["trigamma"] = rows

rows = []
for n in (2, 3, 4, 5, 10, 20):
    for x in logspace(-5, 5, 25) + uniform(0, 5, 10) + [-x for x in uniform(0, 20, 15)] + [1.0, 0.5, -0.5, -2.25]:
        if x == math.floor(x) and x <= 0:
            continue
        v = agree(lambda t: psi(n, exact(t)), x)
        rows.append([n, repr(x), s(v)])
refs["polygamma"] = rows

rows = []
lg_pos = positive + [1 + sgn * 10.0 ** -j for j in range(1, 16) for sgn in (1, -1)] + [
    2 + sgn * 10.0 ** -j for j in range(1, 16) for sgn in (1, -1)
]
for x in lg_pos:
    rows.append([repr(x), s(agree(lgamma_ref, x))])
for x in negative:
    v = agree(lgamma_ref, x)
    xm = exact(x)
    scale = fabs(log(pi)) + fabs(log(fabs(sin(pi * xm)))) + fabs(loggamma(1 - xm))
    rows.append([repr(x), s(v), s(scale)])
refs["lgamma"] = rows


def lbeta_ref(a, b):
    a, b = exact(a), exact(b)
    return loggamma(a) + loggamma(b) - loggamma(a + b)


rows = []
pairs = (
    [(rng.uniform(0, 10), rng.uniform(0, 10)) for _ in range(100)]
    + [(10 ** rng.uniform(-5, 8), 10 ** rng.uniform(-5, 8)) for _ in range(200)]
    + [(10 ** rng.uniform(1, 300), 10 ** rng.uniform(1, 300)) for _ in range(50)]
    + [(10 ** rng.uniform(-300, 1), 10 ** rng.uniform(1, 300)) for _ in range(50)]
    + [(1e6, 1e6), (1e6, 1e6 + 1), (10.0, 10.0), (9.99, 10.01), (0.5, 0.5), (1.0, 1.0), (1.0, 2.0), (1e-300, 1e-300)]
)
for a, b in pairs:
    # The terms are up to (a+b)·ln(a+b); raise the precision by their digits.
    extra = int(math.log10(max(a + b, 10) * max(math.log(a + b + 1), 1))) + 20
    v = agree(lbeta_ref, a, b, dps=40 + extra)
    # Sensitivity to relative changes of a and b (the condition number times
    # |ln B|): what half an ulp of rounding in the arguments alone costs.
    am, bm = exact(a), exact(b)
    scale = fabs(am * (psi(0, am) - psi(0, am + bm))) + fabs(bm * (psi(0, bm) - psi(0, am + bm)))
    rows.append([repr(a), repr(b), s(v), s(scale)])
refs["lbeta"] = rows


def log1pmx_ref(x):
    x = exact(x)
    return log1p(x) - x


rows = []
xs = (
    [sgn * 10.0 ** -k for k in range(0, 301, 3) for sgn in (1, -1)]
    + uniform(-1, 3, 400)
    + logspace(0, 300, 40)
    + [-2.0 / 3, -0.6666666666666667, 2.0, 2.0000000000000004, -0.5, 0.5, -0.999999999999, -1 + 2.0**-52]
)
for x in xs:
    if x <= -1:
        continue
    digits = max(0, -math.floor(math.log10(abs(x)))) if x != 0 else 0
    rows.append([repr(x), s(agree(log1pmx_ref, x, dps=40 + 2 * digits))])
refs["log1pmx"] = rows


def xm1mlog_ref(x):
    x = exact(x)
    return x - 1 - log(x)


rows = []
xs = (
    [1 + sgn * 2.0**-k for k in range(1, 53) for sgn in (1, -1)]
    + uniform(0, 5, 400)
    + logspace(-300, 300, 60)
    + [1.0 / 3, 0.3333333333333333, 3.0, 3.0000000000000004, 0.5, 2.0, 4.0]
)
for x in xs:
    d = abs(x - 1)
    digits = max(0, -math.floor(math.log10(d))) if d else 0
    rows.append([repr(x), s(agree(xm1mlog_ref, x, dps=40 + 2 * digits))])
refs["xm1mlog"] = rows

with open("testdata/refs.json", "w") as f:
    f.write("{\n")
    for i, (name, rows) in enumerate(refs.items()):
        f.write(json.dumps(name) + ": [\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]")
        f.write(",\n" if i < len(refs) - 1 else "\n")
    f.write("}\n")
print({k: len(v) for k, v in refs.items()})
