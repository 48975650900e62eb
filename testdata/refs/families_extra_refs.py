"""References for testdata/families_extra.sc: NegativeBinomial, Kumaraswamy,
TruncatedNormal and VonMises, with mpmath at 50 digits: sums of the
negative binomial's pmf, quadrature of the other densities as written in
their textbooks, and mpmath's besseli (imported by golden_refs.py).
The sums and quadratures of dist/testdata/families_extra_refs.py are reused
for the negative binomial's entropy.
"""

import os
import sys

from mpmath import mp, mpf

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dist", "testdata"))
import families_extra_gen as fx  # noqa: E402

F = "testdata/families_extra.sc"
P40 = [":precision 40"]


def quad_e(lp, g, pts):
    return mp.quad(lambda x: mp.exp(lp(x)) * g(x), pts)


def nb_kl(r, p, q):
    lp, lq = fx.nb_logp(r, p), fx.nb_logp(r, q)
    total, k = mpf(0), 0
    while True:
        t = mp.exp(lp(k)) * (lp(k) - lq(k))
        total += t
        if k > 50 and abs(t) < mpf(10) ** -55:
            return total
        k += 1


def tn(m, v, a, b):
    """log-density of N(m, v) restricted to [a, b], normalised by quadrature
    (relative to the density's value at the point of [a, b] nearest m, so
    that a window far in a tail does not underflow), and its break points."""
    m, v, a, b = mpf(m), mpf(v), mpf(a), mpf(b)
    s = mp.sqrt(v)
    lo, hi = max(a, m - 80 * s), min(b, m + 80 * s)
    pts = sorted(set([lo, hi] + [x for x in (m - 5 * s, m, m + 5 * s, lo + s / 100, hi - s / 100) if lo < x < hi]))
    x0 = min(max(m, lo), hi)

    def g(x):
        return -(x - m) ** 2 / (2 * v) + (x0 - m) ** 2 / (2 * v)

    logz = mp.log(mp.quad(lambda x: mp.exp(g(x)), pts))
    return (lambda x: g(x) - logz), pts


def vm(mu, k):
    mu, k = mpf(mu), mpf(k)
    c = mp.log(2 * mp.pi * mp.besseli(0, k))
    pts = sorted(set([-mp.pi, mp.pi] + [x for x in (mu - 2 * mp.pi, mu, mu + 2 * mp.pi) if -mp.pi < x < mp.pi]))
    return (lambda x: k * mp.cos(x - mu) - c), pts


def kuma(a, b):
    return fx.kuma_logp(a, b)


def add_cases(case, close, M):
    # NegativeBinomial(r, p)
    lp = fx.nb_logp(3, mpf("0.4"))
    case(F, "entropy(NegativeBinomial(3, 0.4))", fx.nb_entropy(3, mpf("0.4")))
    case(F, "mean(NegativeBinomial(3, 0.4))", mpf(3) * mpf("0.6") / mpf("0.4"))
    case(F, "var(NegativeBinomial(3, 0.4))", mpf(3) * mpf("0.6") / mpf("0.4") ** 2)
    case(F, "logpdf(NegativeBinomial(3, 0.4), 2)", lp(2))
    kl = nb_kl(3, mpf("0.4"), mpf("0.5"))
    case(F, "kl(NegativeBinomial(3, 0.4), NegativeBinomial(3, 0.5))", kl)
    case(F, "kl(NegativeBinomial(3, 0.4), NegativeBinomial(3, 0.5))", kl, P40, nth=2)
    case(F, "entropy(NegativeBinomial(3, 0.4))", fx.nb_entropy(3, mpf("0.4")), P40, nth=2)
    case(F, "entropy(NegativeBinomial(0.5, 0.01))", fx.nb_entropy(mpf("0.5"), mpf("0.01")))
    case(F, "entropy(NegativeBinomial(2.5, 0.0001))", fx.nb_entropy(mpf("2.5"), mpf("0.0001")))
    case(F, "entropy(NegativeBinomial(1000, 0.002))", fx.nb_entropy(1000, mpf("0.002")))
    case(F, "entropy(NegativeBinomial(30, 3e-14))", fx.nb_entropy(30, mpf("3e-14")))  # mean 1e15
    case(F, "entropy(NegativeBinomial(0.1, 1e-15))", fx.nb_entropy(mpf("0.1"), mpf("1e-15")))

    # Kumaraswamy(a, b): quadrature on (0, 1), split at 1/2.
    u = [0, mpf(1) / 2, 1]
    k23 = kuma(2, 3)
    h = quad_e(k23, lambda x: -k23(x), u)
    close(h, (1 - mpf(1) / 3) + (1 - mpf(1) / 2) * (mp.digamma(4) + mp.euler) - mp.log(6), 1e-40,
          "entropy of Kumaraswamy, closed form")
    case(F, "entropy(Kumaraswamy(2, 3))", h)
    case(F, "entropy(Kumaraswamy(2, 3))", h, P40, nth=2)
    m1 = quad_e(k23, lambda x: x, u)
    case(F, "mean(Kumaraswamy(2, 3))", m1)
    case(F, "var(Kumaraswamy(2, 3))", quad_e(k23, lambda x: (x - m1) ** 2, u))
    case(F, "logpdf(Kumaraswamy(2, 3), 0.5)", k23(mpf("0.5")))
    case(F, "kl(Kumaraswamy(2, 3), Kumaraswamy(2, 5))", quad_e(k23, lambda x: k23(x) - kuma(2, 5)(x), u))
    case(F, "kl(Kumaraswamy(2, 3), Kumaraswamy(3, 5))", quad_e(k23, lambda x: k23(x) - kuma(3, 5)(x), u))
    beta23 = lambda x: mp.log(x) + 2 * mp.log(1 - x) - mp.log(mp.beta(2, 3))  # noqa: E731
    case(F, "kl(Kumaraswamy(2, 3), Beta(2, 3))", quad_e(k23, lambda x: k23(x) - beta23(x), u),
         rtol=1e-9, why="numeric route: tanh-sinh quadrature with its error estimate")

    # TruncatedNormal(m, v, a, b)
    t, pts = tn(0, 1, -1, 2)
    m1 = quad_e(t, lambda x: x, pts)
    case(F, "entropy(TruncatedNormal(0, 1, -1, 2))", quad_e(t, lambda x: -t(x), pts))
    case(F, "mean(TruncatedNormal(0, 1, -1, 2))", m1)
    case(F, "var(TruncatedNormal(0, 1, -1, 2))", quad_e(t, lambda x: (x - m1) ** 2, pts))
    case(F, "logpdf(TruncatedNormal(0, 1, -1, 2), 0.5)", t(mpf("0.5")))
    p, pp = tn(0, 1, -1, 1)
    q, _ = tn("0.5", 2, -1, 1)
    case(F, "kl(TruncatedNormal(0, 1, -1, 1), TruncatedNormal(0.5, 2, -1, 1))", quad_e(p, lambda x: p(x) - q(x), pp))
    q2, _ = tn("0.5", 2, -2, 1)
    case(F, "kl(TruncatedNormal(0, 1, -1, 1), TruncatedNormal(0.5, 2, -2, 1))", quad_e(p, lambda x: p(x) - q2(x), pp))
    case(F, "kl(TruncatedNormal(0, 1, -1, 1), Uniform(-1, 1))", quad_e(p, lambda x: p(x) + mp.log(2), pp),
         rtol=1e-9, why="numeric route: tanh-sinh quadrature with its error estimate")
    t, pts = tn(0, 1, 10, mpf("1e300"))
    m1 = quad_e(t, lambda x: x, pts)
    case(F, "entropy(TruncatedNormal(0, 1, 10, 1e300))", quad_e(t, lambda x: -t(x), pts))
    case(F, "mean(TruncatedNormal(0, 1, 10, 1e300))", m1)
    case(F, "var(TruncatedNormal(0, 1, 10, 1e300))", quad_e(t, lambda x: (x - m1) ** 2, pts))
    t, pts = tn(2, 4, mpf("-1e300"), -20)
    m1 = quad_e(t, lambda x: x, pts)
    case(F, "var(TruncatedNormal(2, 4, -1e300, -20))", quad_e(t, lambda x: (x - m1) ** 2, pts))
    t, pts = tn(0, 1, 10, mpf("10.001"))
    m1 = quad_e(t, lambda x: x, pts)
    case(F, "var(TruncatedNormal(0, 1, 10, 10.001))", quad_e(t, lambda x: (x - m1) ** 2, pts))

    # VonMises(mu, kappa) on [−π, π)
    v, pts = vm(0, 2)
    h = quad_e(v, lambda x: -v(x), pts)
    close(h, mp.log(2 * mp.pi * mp.besseli(0, 2)) - 2 * mp.besseli(1, 2) / mp.besseli(0, 2), 1e-40,
          "entropy of von Mises, closed form")
    case(F, "entropy(VonMises(0, 2))", h)
    case(F, "entropy(VonMises(0, 2))", h, P40, nth=2)
    w, _ = vm(1, 3)
    kl = quad_e(v, lambda x: v(x) - w(x), pts)
    case(F, "kl(VonMises(0, 2), VonMises(1, 3))", kl)
    case(F, "kl(VonMises(0, 2), VonMises(1, 3))", kl, P40, nth=2)
    case(F, "logpdf(VonMises(0.5, 2), 1)", vm("0.5", 2)[0](mpf(1)))
    # Fisher information E[s sᵀ], s = (κ sin(x − μ), cos(x − μ) − ∂κ log(2π I₀(κ))).
    mu, k = mpf("0.3"), mpf(2)
    v3, pts3 = vm(mu, k)
    dk = mp.diff(lambda kk: mp.log(mp.besseli(0, kk)), k)
    s1 = lambda x: k * mp.sin(x - mu)  # noqa: E731
    s2 = lambda x: mp.cos(x - mu) - dk  # noqa: E731
    case(F, "fisher(VonMises(0.3, 2))", M([[quad_e(v3, lambda x: s1(x) ** 2, pts3), quad_e(v3, lambda x: s1(x) * s2(x), pts3)],
                                           [quad_e(v3, lambda x: s1(x) * s2(x), pts3), quad_e(v3, lambda x: s2(x) ** 2, pts3)]]))
    big = mpf("1e6")
    case(F, "entropy(VonMises(0, 1e6))", mp.log(2 * mp.pi * mp.besseli(0, big)) - big * mp.besseli(1, big) / mp.besseli(0, big))
    n01 = lambda x: -x ** 2 / 2 - mp.log(2 * mp.pi) / 2  # noqa: E731
    case(F, "kl(VonMises(0, 2), N(0, 1))", quad_e(v, lambda x: v(x) - n01(x), pts),
         rtol=1e-9, why="numeric route: tanh-sinh quadrature with its error estimate")
    case(F, "logbesseli0(2)", mp.log(mp.besseli(0, 2)))
    case(F, "besselratio(2)", mp.besseli(1, 2) / mp.besseli(0, 2))
    case(F, "logbesseli0(800)", mp.log(mp.besseli(0, 800)))
