#!/usr/bin/env python3
"""References for dist/family_extra_test.go: Kumaraswamy and NegativeBinomial
(and the other families of family_extra_test.go), from their textbook
densities with mpmath at 50 digits: quadrature for moments and entropies,
direct sums (plus an Euler-Maclaurin tail where the pmf is smooth and long)
for the negative binomial. Inputs are float64 values written with repr.
Writes families_extra_refs.json next to this file. Run: python3 families_extra_refs.py
"""
import json
import os

from mpmath import mp, mpf

mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))


def s(x):
    return mp.nstr(x, 40)


# Kumaraswamy(a, b): log p = log(ab) + (a-1) log x + (b-1) log(1 - x^a).
def kuma_logp(a, b):
    a, b = mpf(a), mpf(b)
    return lambda x: mp.log(a * b) + (a - 1) * mp.log(x) + (b - 1) * mp.log(1 - x ** a)


def kuma_cases():
    out = []
    for a, b in [(2.0, 3.0), (0.5, 0.5), (5.0, 0.25), (0.3, 7.0), (1.0, 1.0)]:
        lp = kuma_logp(a, b)
        A, B = mpf(a), mpf(b)

        def rt(t):  # log p at x = 1 - t, with 1 - x^a = -expm1(a log1p(-t)) exact near x = 1
            return mp.log(A * B) + (A - 1) * mp.log1p(-t) + (B - 1) * mp.log(-mp.expm1(A * mp.log1p(-t)))

        n, m = int(mp.ceil(1 / A)) + 1, int(mp.ceil(1 / B)) + 1

        def integral(g):
            """∫₀¹ g(x, log p(x)) dx, split at ½, with x = wⁿ on the left and
            1 − x = wᵐ on the right, which smooth the endpoint singularities."""
            left = mp.quad(lambda w: g(w ** n, lp(w ** n)) * n * w ** (n - 1), [0, mpf(1) / 2 ** (mpf(1) / n)])
            right = mp.quad(lambda w: g(1 - w ** m, rt(w ** m)) * m * w ** (m - 1), [0, mpf(1) / 2 ** (mpf(1) / m)])
            return left + right

        ent = integral(lambda x, v: -mp.exp(v) * v)
        closed = (1 - 1 / B) + (1 - 1 / A) * (mp.digamma(B + 1) + mp.euler) - mp.log(A * B)
        assert abs(ent - closed) < mpf(10) ** -40, (a, b, ent, closed)
        m1 = integral(lambda x, v: x * mp.exp(v))
        m2 = integral(lambda x, v: x * x * mp.exp(v))
        assert abs(m1 - B * mp.beta(1 + 1 / A, B)) < mpf(10) ** -40
        xs = [0.01, 0.3, 0.9, 0.999]
        us = [1e-10, 0.25, 0.5, 0.99, 1 - 1e-12]
        out.append({
            "family": "Kumaraswamy", "theta": [a, b],
            "entropy": s(ent), "mean": s(m1), "var": s(m2 - m1 ** 2),
            "x": xs, "logpdf": [s(lp(mpf(x))) for x in xs],
            "cdf": [s(1 - (1 - mpf(x) ** A) ** B) for x in xs],
            "u": us, "quantile": [s((1 - (1 - mpf(u)) ** (1 / B)) ** (1 / A)) for u in us],
        })
    return out


def nb_logp(r, p):
    r, p = mpf(r), mpf(p)
    q = 1 - p
    return lambda k: mp.loggamma(k + r) - mp.loggamma(r) - mp.loggamma(k + 1) + r * mp.log(p) + k * mp.log(q)


def nb_entropy(r, p):
    """−Σ p(k) log p(k): summed directly over the first K terms, and beyond
    them by Euler–Maclaurin (mp.sumem), where the terms vary slowly; two
    choices of K must agree."""
    lp = nb_logp(r, p)

    def f(k):
        v = lp(k)
        return -mp.exp(v) * v

    r, p = mpf(r), mpf(p)
    var = r * (1 - p) / p ** 2
    if var < 1e4:
        total, k = mpf(0), 0
        mode = max(0, int((r - 1) * (1 - p) / p))
        while True:
            t = f(k)
            total += t
            if k > mode and abs(t) < mpf(10) ** -45:
                return total
            k += 1
    mode = max(0, (r - 1) * (1 - p) / p)
    sd = mp.sqrt(var)
    res = []
    for K in (2000, 5000):
        head = mp.fsum(f(k) for k in range(K))
        # The integral for the Euler–Maclaurin formula, split around the mode
        # so that quadrature sees the peak.
        pts = [K] + [x for x in (mode - 30 * sd, mode - 5 * sd, mode, mode + 5 * sd, mode + 30 * sd) if x > K] + [mp.inf]
        res.append(head + mp.sumem(f, [K, mp.inf], integral=mp.quad(f, pts)))
    assert abs(res[0] - res[1]) < mpf(10) ** -25, res
    return res[1]


def nb_cases():
    out = []
    for r, p in [(3.0, 0.4), (0.5, 0.01), (2.5, 1e-4), (40.0, 0.9), (1.0, 0.5), (0.1, 0.3), (1000.0, 0.002)]:
        R, P = mpf(r), mpf(p)
        lp = nb_logp(r, p)
        ks = [0, 1, 7, 1000]
        out.append({
            "family": "NegativeBinomial", "theta": [r, p],
            "entropy": s(nb_entropy(r, p)),
            "mean": s(R * (1 - P) / P), "var": s(R * (1 - P) / P ** 2),
            "x": ks, "logpdf": [s(lp(k)) for k in ks],
            "cdf": [s(mp.betainc(R, k + 1, 0, P, regularized=True)) for k in ks],
        })
    return out


def main():
    cases = kuma_cases() + nb_cases()
    with open(os.path.join(HERE, "families_extra_refs.json"), "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
