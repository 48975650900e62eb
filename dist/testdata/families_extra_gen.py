#!/usr/bin/env python3
"""References for dist/family_extra_test.go: Kumaraswamy and NegativeBinomial
(and the other families of family_extra_test.go), from their textbook
densities with mpmath at 50 digits: quadrature for moments and entropies,
direct sums (plus an Euler-Maclaurin tail where the pmf is smooth and long)
for the negative binomial. Inputs are float64 values written with repr.
Writes families_extra_refs.json next to this file. Run: python3 families_extra_gen.py
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
    for r, p in [(3.0, 0.4), (0.5, 0.01), (2.5, 1e-4), (40.0, 0.9), (1.0, 0.5), (0.1, 0.3), (1000.0, 0.002),
                 (2.0, 1e-12), (0.1, 1e-15), (30.0, 3e-14), (1e10, 0.5)]:
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


def tn_cases():
    """TruncatedNormal(m, v, a, b): quadrature of the normal density over
    [a, b] (split around the mode), normalised by its own integral, checked
    against the closed forms through erfc."""
    out = []
    # The calculator's numbers are finite: ±1e300 stands for an open end,
    # and is integrated as one.
    inf = 1e300
    for m, v, a, b in [(0.0, 1.0, -1.0, 2.0), (0.5, 2.0, -1.0, 3.0), (0.0, 1.0, 10.0, inf), (0.0, 1.0, 10.0, 20.0),
                       (1.0, 0.25, -inf, -3.0), (0.0, 1.0, 10.0, 10.5), (0.0, 4.0, -inf, 3.0), (0.0, 1.0, -0.001, 0.002),
                       (0.0, 1.0, 38.0, inf), (3.0, 9.0, -inf, inf),
                       (0.0, 1.0, 2.5, 4.0), (0.0, 1.0, 0.7, inf), (0.0, 1.0, -inf, -2.2),
                       (0.0, 1.0, 10.0, 10.001), (0.0, 1.0, 0.5, 0.501), (2.0, 4.0, -3.0, -1.5)]:
        M, V, A, B = mpf(m), mpf(v), mpf(a), mpf(b)
        s_ = mp.sqrt(V)
        lo = A if a > -inf else M - 60 * s_
        hi = B if b < inf else max(A, M) + 60 * s_
        pts = sorted(set([lo, hi] + [x for x in (M - 5 * s_, M, M + 5 * s_, A + s_ / 100, B - s_ / 100) if lo < x < hi]))

        def g(x):  # unnormalised log density
            return -(x - M) ** 2 / (2 * V)

        # mass relative to exp(g(x0)), x0 the point of [a, b] nearest m, to avoid underflow
        x0 = min(max(M, lo), hi)
        g0 = g(x0)
        Z = mp.quad(lambda x: mp.exp(g(x) - g0), pts)
        def lp(x):
            return g(x) - g0 - mp.log(Z)

        m1 = mp.quad(lambda x: x * mp.exp(lp(x)), pts)
        var = mp.quad(lambda x: (x - m1) ** 2 * mp.exp(lp(x)), pts)
        ent = mp.quad(lambda x: -mp.exp(lp(x)) * lp(x), pts)
        # closed form: Z_true = Phi(beta) - Phi(alpha) via erfc in the tail
        al, be = (A - M) / s_, (B - M) / s_
        al, be = max(al, mpf(-1e6)), min(be, mpf(1e6))  # ±1e300: no mass beyond either way
        Zc = (mp.erfc(al / mp.sqrt(2)) - mp.erfc(be / mp.sqrt(2))) / 2 if al > 0 else (mp.erf(be / mp.sqrt(2)) - mp.erf(al / mp.sqrt(2))) / 2
        logZ = mp.log(Zc)
        # the density normalised two ways must agree: log p(x0) = -(x0-m)^2/(2v) - log(sqrt(2 pi v) Z)
        assert abs(lp(x0) - (g0 - mp.log(mp.sqrt(2 * mp.pi * V)) - logZ)) < mpf(10) ** -30
        lo_x = a if a > -inf else min(b, m) - 3 * float(s_)
        hi_x = b if b < inf else max(a, m) + 3 * float(s_)
        xs = [lo_x + (hi_x - lo_x) * 0.001, lo_x + (hi_x - lo_x) * 0.4]

        def cdf(x):
            return mp.quad(lambda t: mp.exp(lp(t)), [lo] + [p_ for p_ in pts if p_ < x] + [mpf(x)]) if x > lo else mpf(0)

        out.append({
            "family": "TruncatedNormal", "theta": [m, v, a, b],
            "entropy": s(ent), "mean": s(m1), "var": s(var),
            "x": xs, "logpdf": [s(g(mpf(x)) - mp.log(mp.sqrt(2 * mp.pi * V)) - logZ) for x in xs],
            "cdf": [s(cdf(mpf(x))) for x in xs],
        })
    return out


def bisect(f, lo, hi):
    """The root of an increasing f in [lo, hi], to 2^-70 of the interval."""
    for _ in range(70):
        mid = (lo + hi) / 2
        if f(mid) < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def vm_cases():
    """VonMises(mu, kappa) on [-pi, pi): quadrature of exp(kappa cos(x - mu)),
    normalised by its own integral; the entropy is compared with
    log(2 pi I0) - kappa I1/I0."""
    out = []
    for mu, k in [(0.0, 2.0), (1.0, 3.0), (0.5, 0.001), (-2.5, 50.0), (3.0, 1000.0), (0.0, 1e-9)]:
        MU, K = mpf(mu), mpf(k)
        c = mp.log(2 * mp.pi * mp.besseli(0, K)) if k > 1e-6 else mp.log(2 * mp.pi) + mp.log1p(K * K / 4 + K ** 4 / 64)

        def lp(x):
            return K * mp.cos(x - MU) - c

        pts = sorted(set([-mp.pi, mp.pi] + [x for x in (MU - 2 * mp.pi, MU, MU + 2 * mp.pi, MU - 2 * mp.pi + 0.01, MU - 0.01, MU + 0.01, MU + 2 * mp.pi - 0.01) if -mp.pi < x < mp.pi]))
        Z = mp.quad(lambda x: mp.exp(lp(x)), pts)
        assert abs(Z - 1) < mpf(10) ** -30, (mu, k, Z)
        ent = mp.quad(lambda x: -mp.exp(lp(x)) * lp(x), pts)
        closed = c - K * mp.besseli(1, K) / mp.besseli(0, K)
        assert abs(ent - closed) < mpf(10) ** -30, (mu, k, ent, closed)
        xs = [-3.0, 0.0, 1.0, 3.1]

        def cdf(x):
            return mp.quad(lambda t: mp.exp(lp(t)), [p_ for p_ in pts if p_ < x] + [mpf(x)])

        us = [0.01, 0.5, 0.99]
        out.append({
            "family": "VonMises", "theta": [mu, k], "entropy": s(ent),
            "meancos": s(mp.quad(lambda x: mp.cos(x - MU) * mp.exp(lp(x)), pts)),
            "x": xs, "logpdf": [s(lp(mpf(x))) for x in xs], "cdf": [s(cdf(mpf(x))) for x in xs],
            "u": us, "quantile": [s(bisect(lambda x: cdf(x) - u, -mp.pi, mp.pi)) for u in us],
        })
    return out


def main():
    cases = kuma_cases() + nb_cases() + tn_cases() + vm_cases()
    for c in cases:  # as strings: JSON has no infinity, and Go's ParseFloat reads "inf"
        c["theta"] = [repr(float(t)) for t in c["theta"]]
    with open(os.path.join(HERE, "families_extra_refs.json"), "w") as f:
        json.dump(cases, f, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
