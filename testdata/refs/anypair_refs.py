"""References for testdata/anypair.sc: js, tv, pearson and the numeric route
between families, computed with mpmath at 50 digits by quadrature of the
definitions (imported by golden_refs.py):

  JS(p, q) = ½∫ p log(2p/(p + q)) + ½∫ q log(2q/(p + q)),
  TV(p, q) = ½∫ |p − q|  (split where p = q, found by mp.findroot),
  χ²(p‖q) = ∫ p²/q − 1,  KL(p‖q) = ∫ p log(p/q),
with the densities written out from their textbook definitions. Where a
closed form exists (TV of equal-variance normals 2Φ(δ/2) − 1, χ² of
normals) it is compared first.
"""

from mpmath import mp, mpf

F = "testdata/anypair.sc"
LINE = [-mp.inf, -10, -2, 0, 1, 2, 10, mp.inf]
POS = [0, mpf(1) / 4, 1, 4, 16, mp.inf]


def normal(m, v):
    m, v = mpf(m), mpf(v)
    return lambda x: -(x - m) ** 2 / (2 * v) - mp.log(2 * mp.pi * v) / 2


def laplace(m, b):
    m, b = mpf(m), mpf(b)
    return lambda x: -abs(x - m) / b - mp.log(2 * b)


def exponential(r):
    r = mpf(r)
    return lambda x: mp.log(r) - r * x if x >= 0 else -mp.inf


def gamma_rate(a, b):
    a, b = mpf(a), mpf(b)
    return lambda x: a * mp.log(b) - mp.loggamma(a) + (a - 1) * mp.log(x) - b * x if x > 0 else -mp.inf


def beta(a, b):
    a, b = mpf(a), mpf(b)
    return lambda x: (a - 1) * mp.log(x) + (b - 1) * mp.log(1 - x) - mp.log(mp.beta(a, b))


def cauchy(m, s):
    m, s = mpf(m), mpf(s)
    return lambda x: -mp.log(mp.pi * s * (1 + ((x - m) / s) ** 2))


def student(nu, m, s):
    nu, m, s = mpf(nu), mpf(m), mpf(s)
    return lambda x: (mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(mp.sqrt(nu * mp.pi) * s)
                      - (nu + 1) / 2 * mp.log(1 + ((x - m) / s) ** 2 / nu))


def pareto(xm, a):
    xm, a = mpf(xm), mpf(a)
    return lambda x: mp.log(a) + a * mp.log(xm) - (a + 1) * mp.log(x) if x >= xm else -mp.inf


def js(lp, lq, pts):
    def half(la, lb):
        return mp.quad(lambda x: mp.exp(la(x)) * (mp.log(2) - mp.log1p(mp.exp(lb(x) - la(x)))), pts)
    return (half(lp, lq) + half(lq, lp)) / 2


def tv(lp, lq, pts, roots):
    pts = sorted(set(pts) | set(roots))
    return mp.quad(lambda x: abs(mp.exp(lp(x)) - mp.exp(lq(x))), pts) / 2


def pearson(lp, lq, pts):
    return mp.quad(lambda x: mp.exp(2 * lp(x) - lq(x)), pts) - 1


def kl(lp, lq, pts):
    return mp.quad(lambda x: mp.exp(lp(x)) * (lp(x) - lq(x)), pts)


def root(lp, lq, x0):
    return mp.findroot(lambda x: lp(x) - lq(x), x0)


def crossings(lp, lq, lo, hi, step=mpf(1) / 20):
    """The points in [lo, hi] where lp = lq: a scan, then a bracketing solver."""
    f = lambda x: lp(x) - lq(x)
    out, x = [], mpf(lo)
    while x < hi:
        if f(x) * f(x + step) < 0:
            out.append(mp.findroot(f, (x, x + step), solver="anderson"))
        x += step
    return out


def add_cases(case, close, M):
    n03, n11 = normal(0, 3), normal(1, 1)
    case(F, "js(N(0, 3), N(1, 1))", js(n03, n11, LINE))
    case(F, "js(N(1, 1), N(0, 3))", js(n11, n03, LINE))
    case(F, "js(Exponential(1), Gamma(2, 1))", js(exponential(1), gamma_rate(2, 1), POS))
    case(F, "js(N(0, 1), Laplace(0, 1))", js(normal(0, 1), laplace(0, 1), LINE))
    far = js(normal(0, 1), normal(1000, 1), [-mp.inf, -10, 0, 10, 490, 500, 510, 990, 1000, 1010, mp.inf])
    close(far, mp.log(2), mpf(10) ** -40, "JS of disjoint normals is log 2")
    case(F, "js(N(0, 1), N(1e3, 1))", far)

    t = tv(normal(0, 1), normal(2, 1), LINE, [1])
    close(t, 2 * mp.ncdf(1) - 1, mpf(10) ** -40, "TV of equal-variance normals, closed form")
    case(F, "tv(N(0, 1), N(2, 1))", t)
    case(F, "tv(Exponential(1), Gamma(2, 1))", tv(exponential(1), gamma_rate(2, 1), POS, [1]))
    case(F, "tv(Beta(2, 3), Beta(3, 2))", tv(beta(2, 3), beta(3, 2), [0, mpf(1) / 2, 1], []))
    n01, c01 = normal(0, 1), cauchy(0, 1)
    r = root(n01, c01, mpf(1.8))
    case(F, "tv(N(0, 1), Cauchy(0, 1))", tv(n01, c01, LINE, [r, -r]))

    def pearson_normal(m1, v1, m2, v2):
        m1, v1, m2, v2 = mpf(m1), mpf(v1), mpf(m2), mpf(v2)
        return v2 / mp.sqrt(v1 * (2 * v2 - v1)) * mp.exp((m1 - m2) ** 2 / (2 * v2 - v1)) - 1

    for st, a, b in [("pearson(N(0, 1), N(0, 2))", (0, 1), (0, 2)), ("pearson(N(1, 1), N(0, 2))", (1, 1), (0, 2))]:
        v = pearson(normal(*a), normal(*b), LINE)
        close(v, pearson_normal(*a, *b), mpf(10) ** -40, "χ² of normals, closed form")
        case(F, st, v)
    # Two dimensions, independent coordinates: 1 + χ² multiplies.
    two = (1 + pearson(normal(0, 1), normal(1, 2), LINE)) * (1 + pearson(normal(0, 1), normal(0, 2), LINE)) - 1
    case(F, "pearson(N([0, 0], I(2)), N([1, 0], 2*I(2)))", two)
    case(F, "pearson(N(0, 1), Laplace(0, 1))", pearson(normal(0, 1), laplace(0, 1), LINE))
    case(F, "pearson(Gamma(2, 1), Exponential(1))", pearson(gamma_rate(2, 1), exponential(1), POS))

    case(F, "kl(StudentT(4, 0, 1), N(0, 2))", kl(student(4, 0, 1), normal(0, 2), LINE))
    case(F, "kl(N(0, 1), Laplace(0, 1))", kl(normal(0, 1), laplace(0, 1), LINE))
    case(F, "kl(Laplace(1, 2), N(0, 3))", kl(laplace(1, 2), normal(0, 3), LINE))
    case(F, "kl(Pareto(1, 3), Gamma(2, 1))", kl(pareto(1, 3), gamma_rate(2, 1), [1, 2, 4, 16, mp.inf]))
    case(F, "kl(Exponential(2), Gamma(3, 1))", kl(exponential(2), gamma_rate(3, 1), POS))
    case(F, "kl(Cauchy(0, 3), Cauchy(1, 1))", kl(cauchy(0, 3), cauchy(1, 1), LINE))

    chi2_3 = lambda x: mp.log(x) / 2 - x / 2 - mpf(3) / 2 * mp.log(2) - mp.loggamma(mpf(3) / 2)
    inv_gamma_2_1 = lambda x: -mp.loggamma(2) - 3 * mp.log(x) - 1 / x
    case(F, "kl(Chi2(3), InverseGamma(2, 1))", kl(chi2_3, inv_gamma_2_1, [0, mpf(1) / 4, 1, 4, 16, 64, mp.inf]))

    # Finite supports: sums of the definitions.
    def js_sum(p, q):
        return sum((a * mp.log(2 * a / (a + b)) if a else 0) + (b * mp.log(2 * b / (a + b)) if b else 0)
                   for a, b in zip(p, q)) / 2

    b2, b5 = [mpf("0.8"), mpf("0.2")], [mpf("0.5"), mpf("0.5")]
    case(F, "tv(Bernoulli(0.2), Bernoulli(0.5))", sum(abs(a - b) for a, b in zip(b2, b5)) / 2)
    case(F, "js(Bernoulli(0.2), Bernoulli(0.5))", js_sum(b2, b5))
    case(F, "js(Categorical([0.2, 0.8, 0]), Categorical([0.5, 0.25, 0.25]))",
         js_sum([mpf("0.2"), mpf("0.8"), 0], [mpf("0.5"), mpf("0.25"), mpf("0.25")]))
    case(F, "pearson(Bernoulli(0.2), Bernoulli(0.5))", sum((a - b) ** 2 / b for a, b in zip(b2, b5)))
    pois = lambda lam, k: mp.exp(-lam + k * mp.log(lam) - mp.loggamma(k + 1))
    chi_pois = mp.nsum(lambda k: pois(2, k) ** 2 / pois(3, k), [0, mp.inf]) - 1
    close(chi_pois, mp.exp(mpf(4) / 3 - 4 + 3) - 1, mpf(10) ** -40, "χ² of Poissons, closed form exp(λp²/λq − 2λp + λq) − 1")
    case(F, "pearson(Poisson(2), Poisson(3))", chi_pois)

    # W2 by the quantile coupling, quadrature in u of the textbook quantiles.
    def w2(qp, qq, pts=(0, mpf(1) / 2, 1)):
        return mp.sqrt(mp.quad(lambda u: (qp(u) - qq(u)) ** 2, list(pts)))

    expq = lambda r: (lambda u: -mp.log1p(-u) / r)
    normq = lambda u: mp.sqrt(2) * mp.erfinv(2 * u - 1)
    lapq = lambda u: mp.log(2 * u) if u < mpf(1) / 2 else -mp.log(2 - 2 * u)
    e13 = w2(expq(1), expq(3))
    close(e13, mp.sqrt(2) * (1 - mpf(1) / 3), mpf(10) ** -40, "W2 of exponentials: |1/λp − 1/λq|·√2")
    case(F, "w2(Exponential(1), Exponential(3))", e13)
    # With u = F_Γ(x), 1 − F_Γ(2,1)(x) = (1 + x)e^(−x): F_Exp⁻¹(u) = x − log(1 + x).
    case(F, "w2(Gamma(2, 1), Exponential(1))", mp.sqrt(mp.quad(lambda x: x * mp.exp(-x) * mp.log1p(x) ** 2, [0, 1, mp.inf])))
    case(F, "w2(N(0, 1), Laplace(0, 1))", w2(normq, lapq))
    uv = w2(lambda u: u, normq)
    close(uv, mp.sqrt(mpf(1) / 3 + 1 - 2 * mp.quad(lambda u: u * normq(u), [0, mpf(1) / 2, 1])), mpf(10) ** -30, "W2 uniform normal, expanded")
    case(F, "w2(Uniform(0, 1), N(0, 1))", uv)
    case(F, "w2(Uniform(0, 1), Uniform(1, 3))", mp.sqrt(mpf(7) / 3))

    unif = lambda x: 0 if 0 <= x <= 1 else -mp.inf
    case(F, "kl(Uniform(0, 1), Beta(2, 2))", mp.quad(lambda x: -beta(2, 2)(x), [0, 1]))
    case(F, "kl(Uniform(0, 1), N(0, 1))", mp.quad(lambda x: -normal(0, 1)(x), [0, 1]))
    n05 = normal(mpf(1) / 2, 1)
    case(F, "tv(Uniform(0, 1), N(0.5, 1))", mp.quad(lambda x: abs(mp.exp(unif(x)) - mp.exp(n05(x))), [-mp.inf, 0, 1, mp.inf]) / 2)

    # The mixture 0.4 N(−1, 1) + 0.6 N(2, 0.5) by its density written out.
    SETUP = ("m = Mixture([0.4, 0.6], [N(-1, 1), N(2, 0.5)])",)
    w1, w2_ = mpf("0.4"), mpf("0.6")
    mix = lambda x: mp.log(w1 * mp.exp(normal(-1, 1)(x)) + w2_ * mp.exp(normal(2, mpf("0.5"))(x)))
    n04 = normal(0, 4)
    MIX = [-mp.inf, -10, -3, -1, 0, 1, 2, 3, 10, mp.inf]
    case(F, "kl(m, N(0, 4))", setup=SETUP, ref=kl(mix, n04, MIX))
    case(F, "kl(N(0, 4), m)", setup=SETUP, ref=kl(n04, mix, MIX))
    case(F, "js(m, N(0, 4))", setup=SETUP, ref=js(mix, n04, MIX))
    roots = crossings(mix, n04, -12, 12)
    case(F, "tv(m, N(0, 4))", setup=SETUP, ref=tv(mix, n04, MIX, roots))
    case(F, "pearson(m, N(0, 4))", setup=SETUP, ref=pearson(mix, n04, MIX))
    cdf = lambda x: w1 * mp.ncdf(x, -1, 1) + w2_ * mp.ncdf(x, 2, mp.sqrt(mpf("0.5")))
    case(F, "w2(m, N(0, 4))", setup=SETUP, ref=mp.sqrt(mp.quad(lambda x: mp.exp(mix(x)) * (x - 2 * normq(cdf(x))) ** 2, MIX)))
    case(F, "entropy(m)", setup=SETUP, ref=-mp.quad(lambda x: mp.exp(mix(x)) * mix(x), MIX))
    case(F, "logpdf(m, 0.5)", setup=SETUP, ref=mix(mpf("0.5")))
    case(F, "pdf(m, 0.5)", setup=SETUP, ref=mp.exp(mix(mpf("0.5"))))
    mean = mp.quad(lambda x: mp.exp(mix(x)) * x, MIX)
    case(F, "mean(m)", setup=SETUP, ref=mean)
    case(F, "var(m)", setup=SETUP, ref=mp.quad(lambda x: mp.exp(mix(x)) * (x - mean) ** 2, MIX))
    lap_gam = lambda x: mp.log(mp.exp(laplace(0, 1)(x)) / 2 + (mp.exp(gamma_rate(2, 1)(x)) / 2 if x > 0 else 0))
    case(F, "kl(Mixture([0.5, 0.5], [Laplace(0, 1), Gamma(2, 1)]), N(0, 2))",
         kl(lap_gam, normal(0, 2), [-mp.inf, -10, -1, 0, 1, 10, mp.inf]))
    bc = lambda lp, lq, pts: mp.quad(lambda x: mp.exp((lp(x) + lq(x)) / 2), pts)
    case(F, "bhattacharyya(m, N(0, 4))", setup=SETUP, ref=-mp.log(bc(mix, n04, MIX)))
    case(F, "hellinger(m, N(0, 4))", setup=SETUP, ref=mp.sqrt(1 - bc(mix, n04, MIX)))
    b = -mp.log(bc(exponential(2), gamma_rate(3, 1), POS))
    close(b, mp.log(mpf(9) / 4), mpf(10) ** -40, "∫√(2e^(−2x) x²e^(−x)/2) = ∫x e^(−3x/2) = 4/9")
    case(F, "bhattacharyya(Exponential(2), Gamma(3, 1))", b)
    case(F, "hellinger(N(0, 1), Laplace(0, 1))", mp.sqrt(1 - bc(normal(0, 1), laplace(0, 1), LINE)))

    def js_half(la, lb, pts):
        return mp.quad(lambda x: mp.exp(la(x)) * (mp.log(2) - mp.log1p(mp.exp(lb(x) - la(x)))), pts) / 2
    n, e2 = normal(mpf(1) / 2, mpf("3.5")), exponential(2)
    case(F, "js(N(0.5, 3.5), Exponential(2))",
         js_half(n, lambda x: e2(x) if x >= 0 else -mp.inf, [-mp.inf, -10, 0, 1, 10, mp.inf]) + js_half(e2, n, POS))
    u05 = lambda x: mp.log(2) if 0 <= x <= mpf(1) / 2 else -mp.inf
    e35 = exponential(mpf("3.5"))
    r = mp.log(mpf("1.75")) / mpf("3.5")
    case(F, "tv(Uniform(0, 0.5), Exponential(3.5))",
         mp.quad(lambda x: abs(mp.exp(u05(x)) - mp.exp(e35(x))), [0, r, mpf(1) / 2, 4, mp.inf]) / 2)

    # Heavy tails and poles (the numeric route's tail quantiles).
    def ninv(s):
        """Φ⁻¹(s) to full precision for small s (erfinv of 2s − 1 with
        enough guard digits for the cancellation)."""
        s = mpf(s)
        with mp.workdps(mp.dps + 10 + int(max(0, -mp.log10(s)))):
            return -mp.sqrt(2) * mp.erfinv(1 - 2 * s)

    # W2(t₃, N(0, 1))² = 2∫₀^∞ p_t(x) (x − Φ⁻¹(F_t(x)))² dx by symmetry, with
    # S_t(x) = ½ I_{3/(3+x²)}(3/2, 1/2) and Φ⁻¹(F_t(x)) = −Φ⁻¹(S_t(x)).
    t3 = student(3, 0, 1)
    s_t3 = lambda x: mp.betainc(mpf(3) / 2, mpf(1) / 2, 0, 3 / (3 + x ** 2), regularized=True) / 2
    W = [0, 1, 10, 100, 10 ** 4, 10 ** 8, 10 ** 16, mp.inf]
    w2t = mp.sqrt(2 * mp.quad(lambda x: mp.exp(t3(x)) * (x + ninv(s_t3(x))) ** 2, W))
    # the survival function against the closed-form cdf of ν = 3
    cdf_t3 = lambda x: mpf(1) / 2 + (mp.atan(x / mp.sqrt(3)) + (x / mp.sqrt(3)) / (1 + x ** 2 / 3)) / mp.pi
    for x in (mpf(2), mpf(50)):
        with mp.workdps(mp.dps + 20):
            close(s_t3(x), 1 - cdf_t3(x), mpf(10) ** -45, "t₃ survival, betainc against atan")
    case(F, "w2(StudentT(3, 0, 1), N(0, 1))", w2t)
    # W2(Pareto(1, 3), N(0, 1))² = ∫₀¹ ((1 − u)^(−1/3) − Φ⁻¹(u))² du; in c = 1 − u,
    # Φ⁻¹(1 − c) = −Φ⁻¹(c).
    w2p = mp.sqrt(mp.quad(lambda c: (c ** (-mpf(1) / 3) + ninv(c)) ** 2 if c < mpf(1) / 2
                          else (c ** (-mpf(1) / 3) - ninv(1 - c)) ** 2, [0, mpf(10) ** -20, mpf(10) ** -5, mpf(1) / 2, 1]))
    case(F, "w2(Pareto(1, 3), N(0, 1))", w2p)
    # KL(Beta(a, 1)‖U(0, 1)) = E[log p] = log a + (a − 1) E[log x], E[log x] = −1/a.
    a = mpf("0.05")
    case(F, "kl(Beta(0.05, 1), Uniform(0, 1))", mp.log(a) + (1 - a) / a)

    # JS of Beta(0.02, 3) and its mirror Beta(3, 0.02): the two halves are
    # equal, JS = E_p[log(2p/(p + q))]; in t = −log(2x) (and t = −log(2(1 − x)))
    # the mass that crowds at 0 spreads over t ∈ (0, ~10⁴).
    def lbeta_pdf(a, b, lx, l1x):
        return (a - 1) * lx + (b - 1) * l1x - mp.log(mp.beta(a, b))
    a, b = mpf("0.02"), 3
    def js_piece(near0):
        def f(t):
            y = mp.exp(-t) / 2  # x near its end, the other coordinate 1 − y
            ly, l1y = mp.log(y), mp.log1p(-y)
            lx, l1x = (ly, l1y) if near0 else (l1y, ly)
            lp, lq = lbeta_pdf(a, b, lx, l1x), lbeta_pdf(b, a, lx, l1x)
            return mp.exp(lp) * y * (mp.log(2) - mp.log1p(mp.exp(lq - lp)))
        return mp.quad(f, [0, 1, 10, 100, 1000, 10 ** 4, 10 ** 5, mp.inf])
    jsb = js_piece(True) + js_piece(False)
    case(F, "js(Beta(0.02, 3), Beta(3, 0.02))", jsb)
    c5 = cauchy(5, mpf("0.01"))
    b23 = lambda x: beta(2, 3)(x) if 0 < x < 1 else -mp.inf
    C5 = [-mp.inf, -10, 0, 1, mpf("4.9"), 5, mpf("5.1"), 10, mp.inf]
    half_p = mp.quad(lambda x: mp.exp(b23(x)) * (mp.log(2) - mp.log1p(mp.exp(c5(x) - b23(x)))), [0, 1]) / 2
    half_q = mp.quad(lambda x: mp.exp(c5(x)) * (mp.log(2) - (mp.log1p(mp.exp(b23(x) - c5(x))) if b23(x) > -mp.inf else 0)), C5) / 2
    case(F, "js(Beta(2, 3), Cauchy(5, 0.01))", half_p + half_q)
    # KL(Gamma(2, 3)‖LogNormal(0, 1)) at :precision 40: E_p[log p] − E_p[log q],
    # E_p[log x] = ψ(2) − log 3, E_p[(log x)²] = ψ'(2) + (ψ(2) − log 3)².
    el = mp.digamma(2) - mp.log(3)
    el2 = mp.psi(1, 2) + el ** 2
    ent = 2 - mp.log(3) + mp.loggamma(2) + (1 - 2) * mp.digamma(2)
    klgl = -ent + el + el2 / 2 + mp.log(2 * mp.pi) / 2
    close(klgl, mp.quad(lambda x: mp.exp(gamma_rate(2, 3)(x)) * (gamma_rate(2, 3)(x) + mp.log(x) + mp.log(x) ** 2 / 2
                                                             + mp.log(2 * mp.pi) / 2), [0, 1, 10, mp.inf]),
          mpf(10) ** -40, "KL(Gamma‖LogNormal) by quadrature")
    case(F, "kl(Gamma(2, 3), LogNormal(0, 1))", klgl, setup=(":precision 40",),
         rtol=1e-13, why="the quadrature runs in float64; the warning states the 14 digits it vouches for")
