#!/usr/bin/env python3
"""References for the entropies of Poisson and binomial distributions.

The entropy H = −Σ p(k) log p(k) is summed from its definition with mpmath
at 50 digits (log p(k) from loggamma, over the mean ± 50 standard
deviations, beyond which the terms are below 1e-500). For parameters too
large to sum, the reference is the asymptotic series

  Poisson(λ):     H = ½ log(2πeλ) − 1/(12λ) − 1/(24λ²) − 19/(360λ³) − 9/(80λ⁴) − 863/(2520λ⁵) − …
  Binomial(n, p): H = ½ log(2πe npq) + Σ_k P_k(p)/(d_k (pq)^k n^k)

whose coefficients come from Stirling's series for log x! and the central
moments of the distribution (`--derive` recomputes them with sympy), and
which is first checked here against the sums where both are available: the
difference must be below the last term used.

Writes dist/testdata/discrete_refs.json for dist/discrete_test.go.
Run:  python3 testdata/refs/discrete_refs.py [--derive]
"""

import json
import os
import sys

import mpmath
from mpmath import mp, mpf

mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "dist", "testdata", "discrete_refs.json")

POISSON = [(1, 12), (1, 24), (19, 360), (9, 80), (863, 2520)]  # H = ½ log(2πeλ) − Σ c_k/λ^k
BINOMIAL = [  # P_k(p), constant term first, over d_k (pq)^k n^k
    ([-1, 4, -4], 12),
    ([-1, 4, -6, 4, -2], 24),
    ([-19, 102, -222, 244, -132, 12, -4], 360),
    ([-27, 184, -536, 864, -830, 472, -148, -8, 2], 240),
]


def derive():
    """Recompute the series coefficients with sympy (a few minutes)."""
    import sympy as sp
    # Poisson: E[log x!] with x = λ(1 + u), Stirling's series, E[u^m] = μ_m/λ^m.
    L, s, u, t = sp.symbols("L s u t", positive=True)
    M, K = 5, 14
    ser = sp.series(sp.exp(L * (sp.exp(s) - 1 - s)), s, 0, K + 1).removeO()
    mu = [sp.expand(ser.coeff(s, m) * sp.factorial(m)) for m in range(K + 1)]
    E = lambda f: sum(sp.series(f, u, 0, K + 1).removeO().coeff(u, m) * mu[m] / L ** m for m in range(K + 1))
    H = L * E((1 + u) * sp.log(1 + u)) + E(sp.log(1 + u)) / 2
    for j in range(1, M + 2):
        H += sp.bernoulli(2 * j) / (2 * j * (2 * j - 1)) * L ** (1 - 2 * j) * E((1 + u) ** (1 - 2 * j))
    Hs = sp.series(sp.expand(H.subs(L, 1 / t)), t, 0, M + 1).removeO()
    print("Poisson:", [Hs.coeff(t, k) for k in range(1, M + 1)])
    # Binomial: central moments by μ_{k+1} = pq (n k μ_{k−1} + dμ_k/dp).
    n, p, Q = sp.symbols("n p Q")
    q = 1 - p
    M, K = 4, 12
    mu = [sp.Integer(1), sp.Integer(0)]
    for k in range(1, K):
        mu.append(sp.expand(p * q * (n * k * mu[k - 1] + sp.diff(mu[k], p))))
    coef = {
        "xlogx": lambda m, j: 0 if m == 0 else (1 if m == 1 else sp.Rational((-1) ** m, m * (m - 1))),
        "log": lambda m, j: 0 if m == 0 else sp.Rational((-1) ** (m + 1), m),
        "pow": lambda m, j: sp.binomial(1 - 2 * j, m),
    }
    EY = lambda kind, scale, sign, j=0: sum(coef[kind](m, j) * sign ** m * mu[m] / scale ** m for m in range(K + 1))
    a, b = n * p, n * Q
    H = a * EY("xlogx", a, 1) + b * EY("xlogx", b, -1) + (EY("log", a, 1) + EY("log", b, -1)) / 2
    for j in range(1, M + 2):
        c = sp.bernoulli(2 * j) / (2 * j * (2 * j - 1))
        H += c * (a ** (1 - 2 * j) * EY("pow", a, 1, j) + b ** (1 - 2 * j) * EY("pow", b, -1, j) - n ** (1 - 2 * j))
    H = sp.expand(sp.expand(H).subs(n, 1 / t))
    for k in range(1, M + 1):
        print("Binomial", k, sp.factor(sp.together(H.coeff(t, k).subs(Q, q))))


def poisson_sum(lam):
    lam = mpf(lam)
    sd = mp.sqrt(lam)
    lo, hi = max(0, int(lam - 50 * sd - 50)), int(lam + 50 * sd + 50)
    ll = mp.log(lam)
    tot = mpf(0)
    for k in range(lo, hi + 1):
        lp = k * ll - lam - mp.loggamma(k + 1)
        tot -= mp.exp(lp) * lp
    return tot


def poisson_series(lam):
    lam = mpf(lam)
    terms = [-mpf(a) / b / lam ** (k + 1) for k, (a, b) in enumerate(POISSON)]
    return mp.log(2 * mp.pi * mp.e * lam) / 2 + mp.fsum(terms), abs(terms[-1])


def binomial_sum(n, p):
    n, p = int(n), mpf(p)
    q = 1 - p
    sd = mp.sqrt(n * p * q)
    lo, hi = max(0, int(n * p - 50 * sd - 50)), min(n, int(n * p + 50 * sd + 50))
    lp_, lq_ = mp.log(p), mp.log(q)
    lnf = mp.loggamma(n + 1)
    tot = mpf(0)
    for k in range(lo, hi + 1):
        lp = lnf - mp.loggamma(k + 1) - mp.loggamma(n - k + 1) + k * lp_ + (n - k) * lq_
        tot -= mp.exp(lp) * lp
    return tot


def binomial_series(n, p):
    n, p = mpf(n), mpf(p)
    q = 1 - p
    terms = []
    for k, (poly, d) in enumerate(BINOMIAL, 1):
        terms.append(mp.fsum(c * p ** j for j, c in enumerate(poly)) / (d * (p * q) ** k * n ** k))
    return mp.log(2 * mp.pi * mp.e * n * p * q) / 2 + mp.fsum(terms), abs(terms[-1])


def check(series, exact, what):
    value, bound = series
    if abs(value - exact) > bound:
        sys.exit(f"self-check failed: {what}: series {value} vs sum {exact}, bound {bound}")


def main():
    if "--derive" in sys.argv:
        derive()
        return
    cases = []

    def add(family, params, ref, method):
        cases.append({"family": family, "params": params, "ref": mp.nstr(ref, 40), "method": method})

    for lam in ["0.001", "0.5", "1", "3", "80", "999", "1000", "10000", "100000"]:
        s = poisson_sum(mpf(lam))
        if mpf(lam) >= 1000:
            check(poisson_series(mpf(lam)), s, f"Poisson({lam})")
        add("Poisson", [lam], s, "sum")
    for lam in ["1e6", "1e10", "1e15"]:
        add("Poisson", [lam], poisson_series(mpf(lam))[0], "series")
    sums = [("10", "0.3"), ("100", "0.01"), ("1000", "0.5"), ("1000000000000000", "1e-12"),
            ("40000", "0.5"), ("40000", "0.25"), ("400000", "0.5"), ("1000000", "0.01"),
            ("1000", "0.7"), ("1000000000000000", "0.999999999999"), ("1000000", "0.99")]
    for n, p in sums:
        s = binomial_sum(int(n), mpf(p))
        if int(n) * mpf(p) * (1 - mpf(p)) >= 10000:
            check(binomial_series(int(n), mpf(p)), s, f"Binomial({n}, {p})")
        add("Binomial", [n, p], s, "sum")
    for n, p in [("1000000000", "0.5"), (str(2 ** 31), "1/3"), ("1000000000000000", "0.5"),
                 ("1000000000000000", "0.3"), ("1000000000000000", "0.9999")]:
        add("Binomial", [n, p], binomial_series(int(n), mpf(mpmath.fraction(1, 3)) if p == "1/3" else mpf(p))[0], "series")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        header = json.dumps({"generator": "testdata/refs/discrete_refs.py", "mpmath": mpmath.__version__, "dps": mp.dps})
        f.write(header[:-1] + ', "cases": [\n' + ",\n".join(json.dumps(c) for c in cases) + "\n]}\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
