"""References for testdata/cdf.sc: cdf and quantile of the families of one
variable, by mpmath at 50 digits (imported by golden_refs.py). The cdf is
mpmath's erfc, gammainc, betainc and atan, or an exact sum of the pmf (the
forms of cdf_grid.py); for the continuous families it is compared first with
the quadrature of the textbook density. A quantile is the root of
F(x) = u found by mpmath's findroot, compared with the textbook inverse where
there is one.
"""

from mpmath import mp, mpf

import cdf_grid as g

F = "testdata/cdf.sc"
R = mpf


def by_quad(pdf, lo, x):
    return mp.quad(pdf, [lo, x])


def normal(m, v):
    return lambda x: g.ncdf((x - m) / mp.sqrt(v))


def normal_pdf(m, v):
    return lambda x: mp.exp(-(x - m) ** 2 / (2 * v)) / mp.sqrt(2 * mp.pi * v)


def quantile(cdf, u, x0):
    return mp.findroot(lambda x: cdf(x) - u, x0)


def add_cases(case, close, M):
    n01 = normal(0, 1)
    for x in [1, -3, -30, -40, 8]:
        v = n01(R(x))
        if x > -30:
            close(v, by_quad(normal_pdf(0, 1), -mp.inf, x), 1e-30, f"Φ({x}) by quadrature")
        case(F, f"cdf(N(0, 1), {x})", v)
    case(F, "cdf(N(3, 0.25), 4)", normal(3, R(1) / 4)(4))
    q = quantile(n01, R("0.975"), 2)
    close(q, mp.sqrt(2) * mp.erfinv(2 * R("0.975") - 1), 1e-40, "normal quantile")
    case(F, "quantile(N(0, 1), 0.975)", q)
    case(F, "quantile(N(0, 1), 1e-10)", quantile(n01, R("1e-10"), -6))
    case(F, "quantile(N(3, 0.25), 0.5)", R(3))

    def expo(lam):
        return lambda x: -mp.expm1(-lam * x)

    case(F, "cdf(Exponential(2), 1e-12)", expo(2)(R("1e-12")))
    case(F, "cdf(Exponential(2), 1e-12)", expo(2)(R("1e-12")), setup=[":precision 30"], nth=2, rtol=1e-15,
         why="the JSON value is a float64, within an ulp of the 30 digits printed")
    q = quantile(expo(2), R(1) / 2, 0.3)
    close(q, mp.log(2) / 2, 1e-40, "Exponential(2) median log 2/2")
    case(F, "quantile(Exponential(2), 0.5)", q)

    def weibull(k, lam):
        return lambda x: -mp.expm1(-(x / lam) ** k)

    w = weibull(R("1.5"), 2)
    close(w(1), by_quad(lambda x: R("1.5") / 2 * (x / 2) ** R("0.5") * mp.exp(-(x / 2) ** R("1.5")), 0, 1), 1e-30,
          "Weibull cdf by quadrature")
    case(F, "cdf(Weibull(1.5, 2), 1)", w(1))
    case(F, "quantile(Weibull(1.5, 2), 0.9)", quantile(w, R("0.9"), 3))

    def gumbel(m, b):
        return lambda x: mp.exp(-mp.exp(-(x - m) / b))

    gu = gumbel(R("0.5"), 2)
    case(F, "cdf(Gumbel(0.5, 2), -3)", gu(-3))
    case(F, "quantile(Gumbel(0.5, 2), 0.1)", quantile(gu, R("0.1"), -1))

    def logistic(m, s):
        return lambda x: 1 / (1 + mp.exp(-(x - m) / s))

    lo = logistic(1, R("0.5"))
    case(F, "cdf(Logistic(1, 0.5), -20)", lo(-20))
    q = quantile(lo, R("0.25"), 0.5)
    close(q, 1 + mp.log(R(1) / 3) / 2, 1e-40, "logistic quantile")
    case(F, "quantile(Logistic(1, 0.5), 0.25)", q)
    case(F, "quantile(Logistic(1, 0.5), 0.25)", q, setup=[":precision 30"], nth=2, rtol=1e-15,
         why="the JSON value is a float64, within an ulp of the 30 digits printed")

    def pareto(xm, a):
        return lambda x: 1 - (xm / x) ** a

    case(F, "cdf(Pareto(1, 3), 2)", pareto(1, 3)(2))
    case(F, "quantile(Pareto(1, 3), 0.5)", quantile(pareto(1, 3), R("0.5"), 1.2))
    case(F, "cdf(Uniform(-1, 2), 0.5)", R(1) / 2)
    case(F, "cdf(Uniform(-1, 2), 3)", R(1))
    case(F, "cdf(Exponential(2), -1)", R(0))
    case(F, "quantile(Uniform(-1, 2), 0.25)", R(-1) + R(3) / 4)

    def laplace(m, b):
        return lambda x: mp.exp((x - m) / b) / 2 if x < m else 1 - mp.exp(-(x - m) / b) / 2

    la = laplace(R("0.5"), 2)
    lpdf = lambda x: mp.exp(-abs(x - R("0.5")) / 2) / 4  # noqa: E731
    for x in [-1, 2]:
        close(la(x), by_quad(lpdf, -mp.inf, x) if x < 0.5 else 1 - by_quad(lpdf, x, mp.inf), 1e-30,
              "Laplace cdf by quadrature")
        case(F, f"cdf(Laplace(0.5, 2), {x})", la(x))
    case(F, "quantile(Laplace(0.5, 2), 0.1)", quantile(la, R("0.1"), -2))
    case(F, "quantile(Laplace(0.5, 2), 0.9)", quantile(la, R("0.9"), 3))

    def cauchy(m, gam):
        return lambda x: R(1) / 2 + mp.atan((x - m) / gam) / mp.pi

    c = cauchy(0, 1)(R("-1e10"))
    close(c, by_quad(lambda x: 1 / (mp.pi * (1 + x * x)), -mp.inf, R("-1e10")), 1e-25, "Cauchy tail by quadrature")
    case(F, "cdf(Cauchy(0, 1), -1e10)", c)
    case(F, "cdf(Cauchy(1, 3), 4)", cauchy(1, 3)(4))
    case(F, "quantile(Cauchy(1, 3), 0.75)", quantile(cauchy(1, 3), R("0.75"), 3))

    def gam(a, b):
        return lambda x: g.P(a, b * x)

    def gam_pdf(a, b):
        return lambda x: b ** a * x ** (a - 1) * mp.exp(-b * x) / mp.gamma(a)

    v = gam(3, R("1.5"))(R("0.5"))
    close(v, by_quad(gam_pdf(3, R("1.5")), 0, R("0.5")), 1e-30, "Gamma cdf by quadrature")
    case(F, "cdf(Gamma(3, 1.5), 0.5)", v)
    case(F, "cdf(Gamma(0.5, 2), 1e-20)", gam(R("0.5"), 2)(R("1e-20")))
    case(F, "quantile(Gamma(3, 1.5), 0.5)", quantile(gam(3, R("1.5")), R("0.5"), 1.8))
    chi2 = lambda x: g.P(R(3) / 2, x / 2)  # noqa: E731
    case(F, "cdf(Chi2(3), 7.815)", chi2(R("7.815")))
    case(F, "quantile(Chi2(3), 0.95)", quantile(chi2, R("0.95"), 7.8))
    case(F, "cdf(Chi(2), 1)", g.P(1, R(1) / 2))
    close(g.P(1, R(1) / 2), -mp.expm1(-R(1) / 2), 1e-40, "Chi(2) is Rayleigh: 1 − exp(−x²/2)")
    ig = lambda x: g.Q(3, 2 / x)  # noqa: E731
    v = ig(R("0.1"))
    close(v, by_quad(lambda x: 8 / mp.gamma(3) * x ** -4 * mp.exp(-2 / x), 0, R("0.1")), 1e-30,
          "InverseGamma cdf by quadrature")
    case(F, "cdf(InverseGamma(3, 2), 0.1)", v)
    case(F, "quantile(InverseGamma(3, 2), 0.5)", quantile(ig, R("0.5"), 0.75))
    be = lambda x: g.I(2, 5, x)  # noqa: E731
    v = be(R("0.1"))
    close(v, by_quad(lambda x: 30 * x * (1 - x) ** 4, 0, R("0.1")), 1e-40, "Beta cdf by quadrature")
    case(F, "cdf(Beta(2, 5), 0.1)", v)
    case(F, "quantile(Beta(2, 5), 0.5)", quantile(be, R("0.5"), 0.26))

    def t_pdf(nu, m, s):
        return lambda x: (mp.gamma((nu + 1) / 2) / (mp.sqrt(nu * mp.pi) * s * mp.gamma(nu / 2))
                          * (1 + ((x - m) / s) ** 2 / nu) ** (-(nu + 1) / 2))

    t3 = lambda x: g.student(R(3), x)  # noqa: E731
    v = t3(R(-10))
    close(v, by_quad(t_pdf(R(3), 0, 1), -mp.inf, -10), 1e-30, "Student t cdf by quadrature")
    case(F, "cdf(StudentT(3, 0, 1), -10)", v)
    v = g.student(R(30), (R("0.999") - 1) / 2)
    close(v, by_quad(t_pdf(R(30), 1, 2), -mp.inf, R("0.999")), 1e-30, "Student t cdf by quadrature")
    case(F, "cdf(StudentT(30, 1, 2), 0.999)", v)
    case(F, "quantile(StudentT(3, 0, 1), 0.975)", quantile(t3, R("0.975"), 3.2))
    ln = lambda x: g.ncdf((mp.log(x) - R("0.5")) / mp.sqrt(2))  # noqa: E731
    case(F, "cdf(LogNormal(0.5, 2), 1)", ln(1))
    case(F, "quantile(LogNormal(0.5, 2), 0.1)", quantile(ln, R("0.1"), 0.27))
    hn = lambda x: mp.erf(x / (2 * mp.sqrt(2)))  # noqa: E731
    case(F, "cdf(HalfNormal(2), 1)", hn(1))
    case(F, "quantile(HalfNormal(2), 0.5)", quantile(hn, R("0.5"), 1.35))

    case(F, "quantile(N(0, 1), 0.999999999)", quantile(lambda x: g.ncdf(-x), R("1e-9"), 6))
    case(F, "quantile(Beta(2, 5), 0.9999999999)", quantile(lambda x: g.I(5, 2, 1 - x), R("1e-10"), 0.993))
    case(F, "quantile(Gamma(50, 1), 0.999999)", quantile(lambda x: g.Q(50, x), R("1e-6"), 91))
    mix = lambda x: (g.ncdf(x) + g.ncdf(x - 3)) / 2  # noqa: E731
    case(F, "cdf(Mixture([0.5, 0.5], [N(0, 1), N(3, 1)]), 1)", mix(1))
    case(F, "quantile(Mixture([0.5, 0.5], [N(0, 1), N(3, 1)]), 0.3)", quantile(mix, R("0.3"), 0.25))
    case(F, "quantile(Mixture([0.5, 0.5], [N(0, 1), Gamma(3, 1)]), 0.99999999)",
         quantile(lambda x: (g.ncdf(-x) + g.Q(3, x)) / 2, R("1e-8"), 23))
    case(F, "cdf(Poisson(3), 2)", g.poisson(R(3), 2))
    case(F, "cdf(Poisson(3), 2)", g.poisson(R(3), 2), setup=[":precision 30"], nth=2, rtol=1e-15,
         why="the JSON value is a float64, within an ulp of the 30 digits printed")
    close(g.poisson(R(3), 2), g.Q(3, 3), 1e-40, "Poisson cdf = Q(k + 1, λ)")
    case(F, "cdf(Poisson(3), 2.5)", g.poisson(R(3), 2))
    case(F, "cdf(Poisson(100), 70)", g.poisson(R(100), 70))
    case(F, "quantile(Poisson(3), 0.5)", R(3))
    close(g.poisson(R(3), 2) < R("0.5") <= g.poisson(R(3), 3), 1, 0, "Poisson(3) median 3")
    case(F, "cdf(Binomial(20, 0.25), 5)", g.binomial(20, R("0.25"), 5))
    case(F, "cdf(Binomial(200, 0.01), 0)", g.binomial(200, R("0.01"), 0))
    case(F, "quantile(Binomial(20, 0.25), 0.9)", R(8))
    close(g.binomial(20, R("0.25"), 7) < R("0.9") <= g.binomial(20, R("0.25"), 8), 1, 0, "Binomial 0.9-quantile 8")
    case(F, "cdf(Bernoulli(0.3), 0)", R("0.7"))
    case(F, "quantile(Bernoulli(0.3), 0.5)", R(0))
    case(F, "cdf(Geometric(0.125), 10)", g.geometric(R("0.125"), 10))
    case(F, "quantile(Geometric(0.125), 0.5)", R(6))
    close(g.geometric(R("0.125"), 5) < R("0.5") <= g.geometric(R("0.125"), 6), 1, 0, "Geometric median 6")
    case(F, "cdf(Categorical([0.2, 0.3, 0.5]), 2)", R("0.5"))
    case(F, "quantile(Categorical([0.2, 0.3, 0.5]), 0.6)", R(3))

    ku = lambda x: g.kumaraswamy(R(2), R(3), x)  # noqa: E731
    v = ku(R("0.5"))
    close(v, by_quad(lambda x: 6 * x * (1 - x ** 2) ** 2, 0, R("0.5")), 1e-40, "Kumaraswamy cdf by quadrature")
    case(F, "cdf(Kumaraswamy(2, 3), 0.5)", v)
    q = quantile(ku, R("0.9"), 0.8)
    close(q, mp.sqrt(1 - R("0.1") ** (R(1) / 3)), 1e-40, "Kumaraswamy quantile (1 − (1 − u)^(1/b))^(1/a)")
    case(F, "quantile(Kumaraswamy(2, 3), 0.9)", q)
    tn = lambda x: g.truncnormal(R(0), R(1), R(-1), R(2), x)  # noqa: E731
    v = tn(R("0.5"))
    close(v, by_quad(normal_pdf(0, 1), -1, R("0.5")) / by_quad(normal_pdf(0, 1), -1, 2), 1e-40,
          "TruncatedNormal cdf by quadrature")
    case(F, "cdf(TruncatedNormal(0, 1, -1, 2), 0.5)", v)
    tn10 = lambda x: g.truncnormal(R(0), R(1), R(10), R(12), x)  # noqa: E731
    q = quantile(tn10, R("0.5"), 10.07)
    close(by_quad(normal_pdf(0, 1), 10, q) / by_quad(normal_pdf(0, 1), 10, 12), R("0.5"), 1e-35,
          "TruncatedNormal median by quadrature")
    case(F, "quantile(TruncatedNormal(0, 1, 10, 12), 0.5)", q)
    vm = lambda x: g.vonmises(R(1), R(2), x)  # noqa: E731
    v = vm(R(0))
    # I_n(2)/I_0(2) < 1e-60 from n = 50 on.
    fourier = (R(1) / 2 + mp.fsum(mp.besseli(n, 2) / mp.besseli(0, 2) * (mp.sin(n * (0 - 1)) + (-1) ** n * mp.sin(n)) / n
                                  for n in range(1, 60)) / mp.pi)
    close(v, fourier, 1e-35, "VonMises cdf by its Fourier series")
    case(F, "cdf(VonMises(1, 2), 0)", v)
    case(F, "quantile(VonMises(1, 2), 0.25)", quantile(vm, R("0.25"), 0.3))
    nb = lambda k: g.negbinomial(R(3), R("0.4"), k)  # noqa: E731
    close(nb(4), g.I(3, 5, R("0.4")), 1e-40, "NegativeBinomial cdf = I_p(r, k + 1)")
    case(F, "cdf(NegativeBinomial(3, 0.4), 4)", nb(4))
    k = next(k for k in range(100) if nb(k) >= R("0.5"))
    close(nb(k - 1) < R("0.5") <= nb(k), 1, 0, f"NegativeBinomial(3, 0.4) median {k}")
    case(F, "quantile(NegativeBinomial(3, 0.4), 0.5)", R(k))
