"""References for testdata/crossfamily.sc: divergences between members of two
families, KL(p‖q) = ∫ p log(p/q) by mpmath quadrature of the textbook densities
at 30 digits (imported by golden_refs.py). Where the literature has a closed
form (KL(Exponential(1)‖Gamma(2, 1)) = γ), it is compared first.
"""

from mpmath import mp, mpf

import anypair_refs as ap
import families_more_refs as fm

F = "testdata/crossfamily.sc"
POS = [0, mpf(1) / 4, 1, 4, 16, 64, mp.inf]
UNIT = [0, mpf(1) / 2, 1]
LINE = [-mp.inf, -64, -16, -4, -1, 0, 1, 4, 16, 64, mp.inf]


def chi2(k):
    k = mpf(k)
    return lambda x: (k / 2 - 1) * mp.log(x) - x / 2 - (k / 2) * mp.log(2) - mp.loggamma(k / 2)


def lognormal(m, v):
    m, v = mpf(m), mpf(v)
    return lambda x: -mp.log(x) - (mp.log(x) - m) ** 2 / (2 * v) - mp.log(2 * mp.pi * v) / 2


def uniform01(x):
    return mpf(0)


def add_cases(case, close, M):
    mp.dps = 30
    try:
        _add_cases(case, close)
    finally:
        mp.dps = 50


def _add_cases(case, close):
    e1, g21 = ap.exponential(1), ap.gamma_rate(2, 1)
    k = fm.kl(e1, g21, POS)
    close(k, mp.euler, 1e-25, "KL(Exponential(1)‖Gamma(2, 1)) = γ")
    case(F, "kl(Exponential(1), Gamma(2, 1))", k)
    case(F, "kl(Exponential(1), Gamma(2, 1))", k, setup=[":steps on"], nth=2)
    case(F, "kl(Exponential(1), Gamma(2, 1))", k, setup=[":precision 30"], nth=3, rtol=1e-15,
         why="the JSON value is a float64, within an ulp of the 30 digits printed")
    k2 = fm.kl(g21, e1, POS)
    close(k2, 1 - mp.euler, 1e-25, "KL(Gamma(2, 1)‖Exponential(1)) = ψ(2) = 1 − γ")
    case(F, "kl(Gamma(2, 1), Exponential(1))", k2)
    case(F, "skl(Exponential(1), Gamma(2, 1))", k + k2)
    case(F, "cross_entropy(Exponential(2), Gamma(2, 1))", fm.expect(ap.exponential(2), lambda x: -g21(x), POS))
    case(F, "kl(Beta(2, 3), Uniform(0, 1))", fm.kl(ap.beta(2, 3), uniform01, UNIT))
    case(F, "kl(Weibull(2, 1), Exponential(3))", fm.kl(fm.weibull(2, 1), ap.exponential(3), POS))
    case(F, "kl(HalfNormal(1), Exponential(1))", fm.kl(fm.half_normal(1), e1, POS))
    case(F, "kl(Gamma(2, 3), LogNormal(0, 1))", fm.kl(ap.gamma_rate(2, 3), lognormal(0, 1), POS))
    case(F, "kl(Gamma(2, 3), Weibull(2, 1))", fm.kl(ap.gamma_rate(2, 3), fm.weibull(2, 1), POS))
    case(F, "kl(Pareto(1, 3), Exponential(1))", fm.kl(fm.pareto(1, 3), e1, [1, 2, 4, 16, 64, mp.inf]))
    n01 = ap.normal(0, 1)
    kg = fm.kl(fm.gumbel(0, 1), n01, fm.GUMBEL)
    case(F, "kl(Gumbel(0, 1), N(0, 1))", kg)
    case(F, "kl(Gumbel(0, 1), N(0, 1))", kg, setup=[":precision 30"], nth=2, rtol=1e-15,
         why="the JSON value is a float64, within an ulp of the 30 digits printed")
    case(F, "kl(Logistic(0, 1), N(0, 1))", fm.kl(fm.logistic(0, 1), n01, LINE))
    case(F, "kl(StudentT(5, 0, 1), N(0, 1))", fm.kl(fm.student(5, 0, 1), n01, LINE))
    case(F, "kl(Laplace(0, 1), N(0, 1))", fm.kl(ap.laplace(0, 1), n01, LINE))
    kp = fm.kl(fm.pareto(3, 4), fm.pareto(1, 2), [3, 4, 16, 64, mp.inf])
    close(kp, mp.log(mpf(4) / 2) + 2 * mp.log(mpf(3)) + mpf(2) / 4 - 1, 1e-25,
          "KL(Pareto(3, 4)‖Pareto(1, 2)) = log(α_p/α_q) + α_q log(x_p/x_q) + α_q/α_p − 1")
    case(F, "kl(Pareto(3, 4), Pareto(1, 2))", kp)
    z1 = mp.ncdf(1) - mp.ncdf(-1)
    close(fm.kl(lambda x: n01(x) - mp.log(z1), n01, [-1, 0, 1]), -mp.log(z1), 1e-25, "KL(TN‖N) = −log Z")
    case(F, "kl(TruncatedNormal(0, 1, -1, 1), N(0, 1))", -mp.log(z1))
    z2 = mp.ncdf(2) - mp.ncdf(-2)
    case(F, "kl(Uniform(-1, 1), TruncatedNormal(0, 1, -2, 2))",
         fm.kl(lambda x: -mp.log(2), lambda x: n01(x) - mp.log(z2), [-1, 0, 1]))
    vm = lambda x: 2 * mp.cos(x) - mp.log(2 * mp.pi * mp.besseli(0, 2))  # noqa: E731
    case(F, "kl(VonMises(0, 2), Uniform(-pi, pi))", fm.kl(vm, lambda x: -mp.log(2 * mp.pi), [-mp.pi, 0, mp.pi]))
    # Equal distributions written in two families.
    close(fm.kl(chi2(3), ap.gamma_rate(mpf("1.5"), mpf("0.5")), POS), 0, 1e-25, "Chi2(3) is Gamma(1.5, 0.5)")
    case(F, "kl(Chi2(3), Gamma(1.5, 0.5))", mpf(0))
    case(F, "kl(Uniform(0, 1), Beta(1, 1))", mpf(0))
    close(fm.kl(fm.weibull(1, 2), ap.exponential(mpf("0.5")), POS), 0, 1e-25, "Weibull(1, 2) is Exponential(0.5)")
    case(F, "kl(Weibull(1, 2), Exponential(0.5))", mpf(0))
