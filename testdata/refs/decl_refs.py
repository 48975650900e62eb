"""References for testdata/decl.sc: Chi2, InverseGamma and skl, computed with
mpmath at 50 digits by quadrature (or summation) of the definitions
(imported by golden_refs.py).

  KL(p‖q) = ∫ p log(p/q),  H(p) = −∫ p log p,  H(p, q) = −∫ p log q,
  D_B = −log ∫ √(p q),  Hellinger = √(1 − ∫ √(p q)),
  D_α = log(∫ p^α q^(1−α))/(α − 1),  skl = KL(p‖q) + KL(q‖p),
with the densities written out from their textbook definitions:
  Chi2(k):              x^(k/2−1) e^(−x/2) / (2^(k/2) Γ(k/2)),  x > 0
  InverseGamma(α, β):   β^α/Γ(α) x^(−α−1) e^(−β/x),  x > 0
Where a second route exists (closed forms of Johnson, Kotz & Balakrishnan,
KL invariance under x → 1/x) it is compared first.
"""

from mpmath import mp, mpf

F = "testdata/decl.sc"
POS = [0, mpf(1) / 4, 1, 4, 16, 64, mp.inf]


def chi2(k):
    k = mpf(k)
    return lambda x: (k / 2 - 1) * mp.log(x) - x / 2 - k / 2 * mp.log(2) - mp.loggamma(k / 2)


def inverse_gamma(a, b):
    a, b = mpf(a), mpf(b)
    return lambda x: a * mp.log(b) - mp.loggamma(a) - (a + 1) * mp.log(x) - b / x


def gamma_rate(a, b):
    a, b = mpf(a), mpf(b)
    return lambda x: a * mp.log(b) - mp.loggamma(a) + (a - 1) * mp.log(x) - b * x


def normal(m, v):
    m, v = mpf(m), mpf(v)
    return lambda x: -(x - m) ** 2 / (2 * v) - mp.log(2 * mp.pi * v) / 2


def laplace(m, b):
    m, b = mpf(m), mpf(b)
    return lambda x: -abs(x - m) / b - mp.log(2 * b)


def integral(f, pts):
    return mp.quad(f, pts)


def expect(lp, g, pts=POS):
    return integral(lambda x: mp.exp(lp(x)) * g(x), pts)


def kl(lp, lq, pts=POS):
    return expect(lp, lambda x: lp(x) - lq(x), pts)


def entropy(lp, pts=POS):
    return expect(lp, lambda x: -lp(x), pts)


def cross_entropy(lp, lq, pts=POS):
    return expect(lp, lambda x: -lq(x), pts)


def bc(lp, lq, pts=POS):
    return integral(lambda x: mp.exp((lp(x) + lq(x)) / 2), pts)


def renyi(lp, lq, a, pts=POS):
    a = mpf(a)
    return mp.log(integral(lambda x: mp.exp(a * lp(x) + (1 - a) * lq(x)), pts)) / (a - 1)


def skl(lp, lq, pts=POS):
    return kl(lp, lq, pts) + kl(lq, lp, pts)


def add_cases(case, close, M):
    c3, c5 = chi2(3), chi2(5)
    # Second route: KL(Chi2(a)‖Chi2(b)) = (a−b)/2 ψ(a/2) − lgamma(a/2) + lgamma(b/2).
    close(kl(c3, c5), (mpf(3) - 5) / 2 * mp.digamma(mpf(3) / 2) - mp.loggamma(mpf(3) / 2) + mp.loggamma(mpf(5) / 2),
          1e-40, "KL of chi-squared, closed form")
    close(entropy(c3), mpf(3) / 2 + mp.log(2 * mp.gamma(mpf(3) / 2)) + (1 - mpf(3) / 2) * mp.digamma(mpf(3) / 2),
          1e-40, "entropy of chi-squared, closed form")
    case(F, "kl(Chi2(3), Chi2(5))", kl(c3, c5))
    case(F, "kl(Chi2(5), Chi2(3))", kl(c5, c3))
    case(F, "entropy(Chi2(3))", entropy(c3))
    case(F, "cross_entropy(Chi2(3), Chi2(5))", cross_entropy(c3, c5))
    case(F, "bhattacharyya(Chi2(3), Chi2(5))", -mp.log(bc(c3, c5)))
    case(F, "hellinger(Chi2(3), Chi2(5))", mp.sqrt(1 - bc(c3, c5)))
    case(F, "renyi(Chi2(3), Chi2(5), 0.5)", renyi(c3, c5, mpf(1) / 2))
    case(F, "renyi(Chi2(3), Chi2(5), 2)", renyi(c3, c5, 2))
    case(F, "mean(Chi2(3))", expect(c3, lambda x: x))
    case(F, "var(Chi2(3))", expect(c3, lambda x: (x - 3) ** 2))
    case(F, "logpdf(Chi2(3), 2)", c3(mpf(2)))
    case(F, "pdf(Chi2(3), 2)", mp.exp(c3(mpf(2))))
    case(F, "expect(Chi2(3), x^2)", expect(c3, lambda x: x ** 2))
    case(F, "expect(Chi2(3), log(x))", expect(c3, mp.log))

    r, s = inverse_gamma(3, 2), inverse_gamma(2, 1)
    # Second route: x → 1/x maps InverseGamma(α, β) to Gamma(α, β) (β a rate)
    # and leaves KL unchanged.
    close(kl(r, s), kl(gamma_rate(3, 2), gamma_rate(2, 1)), 1e-40, "KL of inverse gammas as KL of gammas")
    close(entropy(r), 3 + mp.log(2 * mp.gamma(3)) - 4 * mp.digamma(3), 1e-40, "entropy of inverse gamma, closed form")
    case(F, "kl(InverseGamma(3, 2), InverseGamma(2, 1))", kl(r, s))
    case(F, "kl(InverseGamma(2, 1), InverseGamma(3, 2))", kl(s, r))
    case(F, "entropy(InverseGamma(3, 2))", entropy(r))
    case(F, "bhattacharyya(InverseGamma(3, 2), InverseGamma(2, 1))", -mp.log(bc(r, s)))
    case(F, "renyi(InverseGamma(3, 2), InverseGamma(2, 1), 2)", renyi(r, s, 2))
    case(F, "mean(InverseGamma(3, 2))", expect(r, lambda x: x))
    case(F, "var(InverseGamma(3, 2))", expect(r, lambda x: (x - 1) ** 2))
    case(F, "expect(InverseGamma(3, 2), x^2)", expect(r, lambda x: x ** 2))
    case(F, "logpdf(InverseGamma(3, 2), 1)", r(mpf(1)))

    line = [-mp.inf, -8, -2, 0, 1, 2, 8, mp.inf]
    close(skl(normal(0, 1), normal(1, 3), line), mpf(4) / 3, 1e-40, "skl of normals, closed form")
    case(F, "skl(N(0, 1), N(1, 3))", skl(normal(0, 1), normal(1, 3), line))
    # Two dimensions: KL of normals both ways, and the symmetric form
    # ½[tr(Σ_q⁻¹Σ_p) + tr(Σ_p⁻¹Σ_q) − 2k + Δᵀ(Σ_p⁻¹ + Σ_q⁻¹)Δ] as a second route.
    sp, sq = M([[1, 0.5], [0.5, 2]]), M([[1, 0], [0, 1]])
    d = mp.matrix([-1, 1])

    def kl_mvn(s1, s2, delta):
        i2 = mp.inverse(s2)
        trace = sum((i2 * s1)[j, j] for j in range(2))
        return (trace + (delta.T * i2 * delta)[0] - 2 + mp.log(mp.det(s2) / mp.det(s1))) / 2

    two_d = kl_mvn(sp, sq, d) + kl_mvn(sq, sp, -d)
    ip, iq = mp.inverse(sp), mp.inverse(sq)
    sym_form = (sum((iq * sp)[j, j] + (ip * sq)[j, j] for j in range(2)) - 4 + (d.T * (ip + iq) * d)[0]) / 2
    close(two_d, sym_form, 1e-40, "skl of bivariate normals by two routes")
    case(F, "skl(N([0, 0], [[1, 0.5], [0.5, 2]]), N([1, -1], I(2)))", two_d)
    case(F, "skl(N(0, 1), N(0, 1))", mpf(0))
    case(F, "skl(Chi2(3), Chi2(5))", skl(c3, c5))
    case(F, "skl(InverseGamma(3, 2), InverseGamma(2, 1))", skl(r, s))
    case(F, "skl(Gamma(2, 1), Gamma(3, 2))", skl(gamma_rate(2, 1), gamma_rate(3, 2)))
    lpois = [lambda k, lam=mpf(lam): k * mp.log(lam) - lam - mp.loggamma(k + 1) for lam in (3, 4)]
    kl_pois = [mp.nsum(lambda k: mp.exp(lpois[i](k)) * (lpois[i](k) - lpois[1 - i](k)), [0, mp.inf]) for i in (0, 1)]
    close(kl_pois[0] + kl_pois[1], (4 - 3) * mp.log(mpf(4) / 3), 1e-40, "skl of Poissons, closed form")
    case(F, "skl(Poisson(3), Poisson(4))", kl_pois[0] + kl_pois[1])
    case(F, "skl(Laplace(0, 1), Laplace(1, 2))", skl(laplace(0, 1), laplace(1, 2), [-mp.inf, -4, 0, 1, 5, mp.inf]))
    add_numeric_route_cases(case, close)


def add_numeric_route_cases(case, close):
    """Pairs with no closed form, which statcalc integrates numerically: here
    mpmath's quadrature of the same definitions, at 50 digits."""
    import families_more_refs as fm
    line = [-mp.inf, -16, -4, -1, 0, 1, 4, 16, mp.inf]
    e2, g31 = gamma_rate(1, 2), gamma_rate(3, 1)
    # Second route: E_p[log p] = log 2 − 1, E_p[log q] = −log 2 + 2 E[log x] − E[x]
    # with E[log x] = −γ − log 2 and E[x] = 1/2 under Exponential(2).
    close(kl(e2, g31), (mp.log(2) - 1) - (-mp.log(2) + 2 * (-mp.euler - mp.log(2)) - mpf(1) / 2), 1e-40,
          "KL of exponential and gamma, closed form")
    case(F, "kl(Exponential(2), Gamma(3, 1))", kl(e2, g31))
    case(F, "kl(Logistic(0, 2), Logistic(1, 2))", kl(fm.logistic(0, 2), fm.logistic(1, 2), line))
    case(F, "kl(StudentT(5, 0, 1), StudentT(5, 0, 2))", kl(fm.student(5, 0, 1), fm.student(5, 0, 2), line))
    case(F, "cross_entropy(Gumbel(0, 1), N(0, 2))", cross_entropy(fm.gumbel(0, 1), normal(0, 2), fm.GUMBEL))
    case(F, "skl(Weibull(2, 1), Gamma(2, 1))", skl(fm.weibull(2, 1), gamma_rate(2, 1)))
