"""References for testdata/discrete_cross.sc: divergences between two discrete
families, summed from the probability mass functions with mpmath at 30 digits
(imported by golden_refs.py). The sums run far past where the terms matter:
to 400 for Poisson(≤ 4) and Geometric(0.5), whose tails fall geometrically.
"""

from mpmath import mp, mpf, binomial, exp, factorial, log, sqrt

F = "testdata/discrete_cross.sc"


def poisson(lam):
    lam = mpf(lam)
    return lambda k: exp(-lam) * lam ** k / factorial(k)


def binom(n, p):
    p = mpf(p)
    return lambda k: binomial(n, k) * p ** k * (1 - p) ** (n - k) if 0 <= k <= n else mpf(0)


def geometric(p):
    p = mpf(p)
    return lambda k: p * (1 - p) ** (k - 1) if k >= 1 else mpf(0)


def categorical(ps):
    ps = [mpf(x) for x in ps]
    return lambda k: ps[k - 1] if 1 <= k <= len(ps) else mpf(0)


KS = range(0, 401)


def kl(p, q):
    return sum(p(k) * log(p(k) / q(k)) for k in KS if p(k) > 0)


def add_cases(case, close, M):
    mp.dps = 30
    try:
        _add_cases(case, close)
    finally:
        mp.dps = 50


def _add_cases(case, close):
    b, pz = binom(10, "0.3"), poisson(3)
    k = kl(b, pz)
    case(F, "kl(Binomial(10, 0.3), Poisson(3))", k)
    case(F, "kl(Binomial(10, 0.3), Poisson(3))", k, setup=[":steps on"], nth=2)
    bern = lambda k: {0: mpf("0.7"), 1: mpf("0.3")}.get(k, mpf(0))  # noqa: E731
    close(kl(bern, binom(1, "0.4")), mpf("0.3") * log(mpf(3) / 4) + mpf("0.7") * log(mpf(7) / 6), 1e-25,
          "Bernoulli against Binomial(1, ·), written out")
    case(F, "kl(Bernoulli(0.3), Binomial(1, 0.4))", kl(bern, binom(1, "0.4")))
    case(F, "kl(Geometric(0.5), Poisson(2))", kl(geometric("0.5"), poisson(2)))
    case(F, "kl(Categorical([0.2, 0.3, 0.5]), Geometric(0.4))", kl(categorical(["0.2", "0.3", "0.5"]), geometric("0.4")))
    m = lambda k: (pz(k) + b(k)) / 2  # noqa: E731
    case(F, "js(Poisson(3), Binomial(10, 0.3))", (kl(pz, m) + kl(b, m)) / 2)
    case(F, "tv(Poisson(3), Binomial(10, 0.3))", sum(abs(pz(k) - b(k)) for k in KS) / 2)
    bc = sum(sqrt(pz(k) * b(k)) for k in KS)
    case(F, "hellinger(Poisson(3), Binomial(10, 0.3))", sqrt(1 - bc))
    case(F, "bhattacharyya(Poisson(3), Binomial(10, 0.3))", -log(bc))
    case(F, "pearson(Binomial(10, 0.3), Poisson(3))", sum((b(k) - pz(k)) ** 2 / pz(k) for k in KS))
    b40, p4 = binom(40, "0.1"), poisson(4)
    case(F, "tv(Binomial(40, 0.1), Poisson(4))", sum(abs(b40(k) - p4(k)) for k in KS) / 2)
    # Binomial(10⁶, ½) against Poisson(5·10⁵): by the normal approximation to
    # both, checked against a sum over ±12 standard deviations.
    n, lam = 10 ** 6, mpf(500000)
    lo, hi = 500000 - 6000, 500000 + 6000
    s = mpf(0)
    for j in range(lo, hi + 1):
        lb = mp.loggamma(n + 1) - mp.loggamma(j + 1) - mp.loggamma(n - j + 1) - n * log(2)
        lp = -lam + j * log(lam) - mp.loggamma(j + 1)
        s += exp(lb) * (lb - lp)
    case(F, "kl(Binomial(1000000, 0.5), Poisson(500000))", s, rtol=1e-10,
         why="the reference sums ±12 standard deviations, leaving about 1e-30 out; 1e-10 covers the float64 log-probabilities of gonum at k ≈ 5e5")
