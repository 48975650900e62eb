"""References for testdata/families_more.sc: the families Chi, HalfNormal,
Weibull, Pareto, Gumbel, Logistic, Cauchy and StudentT, computed with mpmath
at 50 digits by quadrature of their textbook densities (imported by
golden_refs.py). Fisher information is E[s sᵀ] with the score s differentiated by sympy from
the log-density, integrated over the density.
Where a closed form is in the literature it is compared first.
"""

from mpmath import mp, mpf

F = "testdata/families_more.sc"
POS = [0, mpf(1) / 4, 1, 4, 16, 64, mp.inf]
LINE = [-mp.inf, -64, -16, -4, -1, 0, 1, 4, 16, 64, mp.inf]
EULER = mp.euler
# Gumbel's left tail falls as exp(−e^(−z)): below z = −8 it holds less than
# 10^−1000 of the mass, and tanh-sinh is slow on the infinite interval.
GUMBEL = [-16, -8, -4, -2, 0, 2, 4, 8, 16, 32, 64, mp.inf]


def chi(k):
    k = mpf(k)
    return lambda x: (k - 1) * mp.log(x) - x ** 2 / 2 - (k / 2 - 1) * mp.log(2) - mp.loggamma(k / 2)


def half_normal(s):
    s = mpf(s)
    return lambda x: mp.log(mp.sqrt(2 / mp.pi) / s) - x ** 2 / (2 * s ** 2)


def weibull(k, lam):
    k, lam = mpf(k), mpf(lam)
    return lambda x: mp.log(k / lam) + (k - 1) * mp.log(x / lam) - (x / lam) ** k


def pareto(xm, a):
    xm, a = mpf(xm), mpf(a)
    return lambda x: mp.log(a) + a * mp.log(xm) - (a + 1) * mp.log(x)


def gumbel(m, b):
    m, b = mpf(m), mpf(b)
    return lambda x: -mp.log(b) - (x - m) / b - mp.exp(-(x - m) / b)


def logistic(m, s):
    m, s = mpf(m), mpf(s)
    return lambda x: -(x - m) / s - mp.log(s) - 2 * mp.log(1 + mp.exp(-(x - m) / s))


def cauchy(m, g):
    m, g = mpf(m), mpf(g)
    return lambda x: -mp.log(mp.pi * g * (1 + ((x - m) / g) ** 2))


def student(nu, m, s):
    nu, m, s = mpf(nu), mpf(m), mpf(s)
    return lambda x: (mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(mp.sqrt(nu * mp.pi) * s)
                      - (nu + 1) / 2 * mp.log(1 + ((x - m) / s) ** 2 / nu))


def expect(lp, g, pts):
    return mp.quad(lambda x: mp.exp(lp(x)) * g(x), pts)


def entropy(lp, pts):
    return expect(lp, lambda x: -lp(x), pts)


def kl(lp, lq, pts):
    return expect(lp, lambda x: lp(x) - lq(x), pts)


def mean_var(lp, pts):
    m = expect(lp, lambda x: x, pts)
    return m, expect(lp, lambda x: (x - m) ** 2, pts)


def fisher(logpdf_sym, params, theta, pts):
    """E[∂_i log p ∂_j log p] at theta: the score differentiated by sympy from
    the log-density written out below, integrated over the density."""
    import sympy
    x = sympy.Symbol("x")
    at = dict(zip(params, theta))
    lp = logpdf_sym(x, *params)
    density = sympy.lambdify(x, sympy.exp(lp.subs(at)), "mpmath")
    score = [sympy.lambdify(x, sympy.diff(lp, t).subs(at), "mpmath") for t in params]
    n = len(params)
    m = mp.matrix(n, n)
    for i in range(n):
        for j in range(i, n):
            m[i, j] = m[j, i] = mp.quad(lambda v: density(v) * score[i](v) * score[j](v), pts)
    scale = max(abs(m[i, i]) for i in range(n))
    for i in range(n):
        for j in range(n):
            if abs(m[i, j]) < mpf(10) ** -25 * scale:
                m[i, j] = 0  # an odd integrand (Logistic's μ–s entry): zero up to quadrature error
    return m


def sym_params(names):
    import sympy
    return sympy.symbols(names, positive=True)


def weibull_sym(x, k, lam):
    import sympy
    return sympy.log(k / lam) + (k - 1) * sympy.log(x / lam) - (x / lam) ** k


def gumbel_sym(x, m, b):
    import sympy
    return -sympy.log(b) - (x - m) / b - sympy.exp(-(x - m) / b)


def logistic_sym(x, m, s):
    import sympy
    return -(x - m) / s - sympy.log(s) - 2 * sympy.log(1 + sympy.exp(-(x - m) / s))


def add_cases(case, close, M):
    mp.dps = 30  # enough for 12-digit references, and quicker than 50
    try:
        _add_cases(case, close, M)
    finally:
        mp.dps = 50


def _add_cases(case, close, M):
    c3 = chi(3)
    close(entropy(c3, POS), mp.loggamma(mpf(3) / 2) + (3 - mp.log(2) - 2 * mp.digamma(mpf(3) / 2)) / 2, 1e-25,
          "entropy of chi, closed form")
    case(F, "entropy(Chi(3))", entropy(c3, POS))
    case(F, "kl(Chi(3), Chi(5))", kl(c3, chi(5), POS))
    m, v = mean_var(c3, POS)
    case(F, "mean(Chi(3))", m)
    case(F, "var(Chi(3))", v)
    case(F, "logpdf(Chi(3), 1.5)", c3(mpf("1.5")))
    case(F, "expect(Chi(3), x^2)", expect(c3, lambda x: x ** 2, POS))

    h = half_normal(mpf("1.5"))
    close(entropy(h, POS), mp.log(mp.pi * mpf("1.5") ** 2 / 2) / 2 + mpf(1) / 2, 1e-25, "entropy of half-normal")
    case(F, "entropy(HalfNormal(1.5))", entropy(h, POS))
    case(F, "kl(HalfNormal(1), HalfNormal(2))", kl(half_normal(1), half_normal(2), POS))
    m, v = mean_var(half_normal(2), POS)
    case(F, "mean(HalfNormal(2))", m)
    case(F, "var(HalfNormal(2))", v)
    case(F, "pdf(HalfNormal(2), 1)", mp.exp(half_normal(2)(mpf(1))))

    w = weibull(mpf("1.5"), 2)
    close(entropy(w, POS), EULER * (1 - 1 / mpf("1.5")) + mp.log(2 / mpf("1.5")) + 1, 1e-25, "entropy of Weibull")
    case(F, "entropy(Weibull(1.5, 2))", entropy(w, POS))
    case(F, "kl(Weibull(2, 1), Weibull(3, 2))", kl(weibull(2, 1), weibull(3, 2), POS))
    m, v = mean_var(w, POS)
    case(F, "mean(Weibull(1.5, 2))", m)
    case(F, "var(Weibull(1.5, 2))", v)
    case(F, "logpdf(Weibull(1.5, 2), 1)", w(mpf(1)))
    case(F, "fisher(Weibull(2, 3))", fisher(weibull_sym, sym_params("k lam"), [2, 3], POS))

    pts = [1, 2, 4, 16, 64, mp.inf]
    p3, p2 = pareto(1, 3), pareto(1, 2)
    close(entropy(p3, pts), mp.log(mpf(1) / 3) + mpf(1) / 3 + 1, 1e-25, "entropy of Pareto")
    case(F, "entropy(Pareto(1, 3))", entropy(p3, pts))
    case(F, "kl(Pareto(1, 3), Pareto(1, 2))", kl(p3, p2, pts))
    case(F, "renyi(Pareto(1, 3), Pareto(1, 2), 0.5)",
         mp.log(mp.quad(lambda x: mp.exp((p3(x) + p2(x)) / 2), pts)) / (mpf(1) / 2 - 1))
    m, v = mean_var(p3, pts)
    case(F, "mean(Pareto(1, 3))", m)
    case(F, "var(Pareto(1, 3))", v)
    case(F, "logpdf(Pareto(1, 3), 2)", p3(mpf(2)))

    g = gumbel(0, 2)
    close(entropy(g, GUMBEL), mp.log(2) + EULER + 1, 1e-25, "entropy of Gumbel")
    case(F, "entropy(Gumbel(0, 2))", entropy(g, GUMBEL))
    case(F, "kl(Gumbel(0, 1), Gumbel(1, 2))", kl(gumbel(0, 1), gumbel(1, 2), GUMBEL))
    m, v = mean_var(g, GUMBEL)
    case(F, "mean(Gumbel(0, 2))", m)
    case(F, "var(Gumbel(0, 2))", v)
    case(F, "logpdf(Gumbel(0, 2), 1)", g(mpf(1)))
    case(F, "fisher(Gumbel(0, 2))", fisher(gumbel_sym, sym_params("m b"), [0, 2], GUMBEL))

    lg = logistic(0, 2)
    close(entropy(lg, LINE), mp.log(2) + 2, 1e-25, "entropy of logistic")
    case(F, "entropy(Logistic(0, 2))", entropy(lg, LINE))
    m, v = mean_var(logistic(1, 2), LINE)
    case(F, "mean(Logistic(1, 2))", m)
    case(F, "var(Logistic(1, 2))", v)
    case(F, "logpdf(Logistic(1, 0.5), -1)", logistic(1, mpf("0.5"))(mpf(-1)))
    case(F, "fisher(Logistic(0, 2))", fisher(logistic_sym, sym_params("m s"), [0, 2], LINE))

    ca, cb = cauchy(0, 3), cauchy(1, 1)
    close(kl(ca, cb, LINE), mp.log((mpf(4) ** 2 + 1) / 12), 1e-25, "KL of Cauchy, closed form")
    case(F, "entropy(Cauchy(0, 3))", entropy(ca, LINE))
    case(F, "kl(Cauchy(0, 3), Cauchy(1, 1))", kl(ca, cb, LINE))
    case(F, "skl(Cauchy(0, 3), Cauchy(1, 1))", kl(ca, cb, LINE) + kl(cb, ca, LINE))
    case(F, "logpdf(Cauchy(1, 2), 0)", cauchy(1, 2)(mpf(0)))

    t7 = student(7, 1, 2)
    case(F, "entropy(StudentT(7, 1, 2))", entropy(t7, LINE))
    t5 = student(5, 1, 2)
    m, v = mean_var(t5, LINE)
    case(F, "mean(StudentT(5, 1, 2))", m)
    case(F, "var(StudentT(5, 1, 2))", v)
    case(F, "logpdf(StudentT(5, 1, 2), 0)", t5(mpf(0)))
    case(F, "pdf(StudentT(5, 1, 2), 0)", mp.exp(t5(mpf(0))))
