"""References for testdata/families_multi.sc: Multinomial, Wishart,
InverseWishart and MvStudentT, computed with mpmath at 50 digits (imported by
golden_refs.py). Each reference takes a route different from statcalc's:

- Multinomial: sums over all compositions of n (entropy, kl, mean, cov);
  for n = 1000 the marginal-binomial formula summed over every x = 0…n,
  itself checked against the composition sum at n = 10.
- Wishart and InverseWishart: entropy and kl as E_p[log p] − E_p[log q] from
  the log-densities, with E[log|X|] and E[X] (or E[X⁻¹]) on mpmath matrices;
  Wishart's covariance as the Hessian of its cumulant generating function
  −ν/2 log det(I − 2ΘV), differentiated by sympy. One-dimensional members are
  compared with the gamma and inverse-gamma laws (closed forms and
  quadrature) before anything is written.
- MvStudentT: entropy through r²/(ν + r²) ~ Beta(d/2, ν/2), the expectation
  E[log(1 + r²/ν)] integrated numerically, compared with the digamma form.
"""

import itertools
import re

import sympy
from mpmath import mp, mpf

F = "testdata/families_multi.sc"
# The transcript's definitions, run before a statement that names them.
DEFS = [
    ("p", "p = Multinomial(10, [0.2, 0.3, 0.5])"),
    ("q", "q = Multinomial(10, [0.25, 0.25, 0.5])"),
    ("W", "W = Wishart(4, [[2, 0.5], [0.5, 1]])"),
    ("IW", "IW = InverseWishart(6, [[2, 0.5], [0.5, 1]])"),
    ("T", "T = MvStudentT(5, [0, 1], [[2, 0.5], [0.5, 1]])"),
]


# ------------------------------------------------------------ Multinomial


def compositions(n, k):
    """All count vectors of k non-negative entries summing to n."""
    for cut in itertools.combinations(range(n + k - 1), k - 1):
        prev, out = -1, []
        for c in cut + (n + k - 1,):
            out.append(c - prev - 1)
            prev = c
        yield out


def mult_logpmf(n, p, x):
    if any(xi > 0 and pi == 0 for xi, pi in zip(x, p)):
        return -mp.inf
    return (mp.loggamma(n + 1) - mp.fsum(mp.loggamma(xi + 1) for xi in x)
            + mp.fsum(xi * mp.log(pi) for xi, pi in zip(x, p) if xi > 0))


def mult_entropy_sum(n, p):
    return -mp.fsum(mp.exp(l) * l for l in (mult_logpmf(n, p, x) for x in compositions(n, len(p))) if l > -mp.inf)


def mult_entropy_marginal(n, p):
    """−log n! − n Σ p log p + Σ_i Σ_x C(n, x) p_i^x (1 − p_i)^(n−x) log x!"""
    h = -mp.loggamma(n + 1) - n * mp.fsum(pi * mp.log(pi) for pi in p if pi > 0)
    for pi in p:
        if pi == 0:
            continue
        h += mp.fsum(mp.binomial(n, x) * pi ** x * (1 - pi) ** (n - x) * mp.loggamma(x + 1) for x in range(n + 1))
    return h


def mult_entropy_window(n, p):
    """The marginal-binomial formula with each sum over x within 60 standard
    deviations of n p_i (the rest is below 10^-700 of the mass)."""
    h = -mp.loggamma(n + 1) - n * mp.fsum(pi * mp.log(pi) for pi in p if pi > 0)
    for pi in p:
        sd = mp.sqrt(n * pi * (1 - pi))
        lo, hi = max(0, int(n * pi - 60 * sd)), min(n, int(n * pi + 60 * sd) + 1)
        lpmf = lambda x: (mp.loggamma(n + 1) - mp.loggamma(x + 1) - mp.loggamma(n - x + 1)
                          + x * mp.log(pi) + (n - x) * mp.log(1 - pi))
        h += mp.fsum(mp.exp(lpmf(x)) * mp.loggamma(x + 1) for x in range(lo, hi + 1))
    return h


def mult_kl_sum(n, p, q):
    tot = []
    for x in compositions(n, len(p)):
        lp = mult_logpmf(n, p, x)
        if lp > -mp.inf:
            tot.append(mp.exp(lp) * (lp - mult_logpmf(n, q, x)))
    return mp.fsum(tot)


def mult_moments(n, p):
    k = len(p)
    m = [mpf(0)] * k
    s = mp.matrix(k, k)
    for x in compositions(n, k):
        w = mp.exp(mult_logpmf(n, p, x))
        for i in range(k):
            m[i] += w * x[i]
            for j in range(k):
                s[i, j] += w * x[i] * x[j]
    c = mp.matrix(k, k)
    for i in range(k):
        for j in range(k):
            c[i, j] = s[i, j] - m[i] * m[j]
    return m, c


# -------------------------------------------------------- Wishart family


def mvlgamma(a, d):
    return d * (d - 1) / mpf(4) * mp.log(mp.pi) + mp.fsum(mp.loggamma(a + mpf(1 - j) / 2) for j in range(1, d + 1))


def mvdigamma(a, d):
    return mp.fsum(mp.digamma(a + mpf(1 - j) / 2) for j in range(1, d + 1))


def tr(a):
    return mp.fsum(a[i, i] for i in range(a.rows))


def wishart_mean_log(nu, v, other_nu, other_v):
    """E_p[log q(X)], p = Wishart(nu, v), q = Wishart(other_nu, other_v):
    E[log|X|] = ψ_d(ν/2) + d log 2 + log|V|, E[X] = ν V."""
    d = v.rows
    e_logdet = mvdigamma(nu / 2, d) + d * mp.log(2) + mp.log(mp.det(v))
    e_tr = tr(mp.inverse(other_v) * (nu * v))
    return ((other_nu - d - 1) / 2 * e_logdet - e_tr / 2 - other_nu * d / 2 * mp.log(2)
            - other_nu / 2 * mp.log(mp.det(other_v)) - mvlgamma(other_nu / 2, d))


def wishart_entropy(nu, v):
    return -wishart_mean_log(nu, v, nu, v)


def wishart_kl(nu0, v0, nu1, v1):
    return wishart_mean_log(nu0, v0, nu0, v0) - wishart_mean_log(nu0, v0, nu1, v1)


def wishart_logpdf(nu, v, x):
    d = v.rows
    return ((nu - d - 1) / 2 * mp.log(mp.det(x)) - tr(mp.inverse(v) * x) / 2 - nu * d / 2 * mp.log(2)
            - nu / 2 * mp.log(mp.det(v)) - mvlgamma(nu / 2, d))


def wishart_cov_cgf(nu, v):
    """Cov(X_ij, X_kl) = ∂²K/∂Θ_ij∂Θ_kl at 0, K(Θ) = −ν/2 log det(I − 2 sym(Θ) V)."""
    d = v.rows
    ts = sympy.symbols(f"t0:{d * d}")
    t = sympy.Matrix(d, d, ts)
    vs = sympy.Matrix(d, d, lambda i, j: sympy.nsimplify(str(v[i, j])))
    theta = (t + t.T) / 2
    k = -sympy.nsimplify(str(nu)) / 2 * sympy.log((sympy.eye(d) - 2 * theta * vs).det())
    at0 = {s: 0 for s in ts}
    out = mp.matrix(d * d, d * d)
    for a, sa in enumerate(ts):
        da = sympy.diff(k, sa)
        for b, sb in enumerate(ts):
            out[a, b] = mpf(str(sympy.N(sympy.diff(da, sb).subs(at0), 60)))
    return out


def iw_mean_log(nu, psi, other_nu, other_psi):
    """E_p[log q(X)], p = IW(nu, psi), q = IW(other_nu, other_psi):
    E[log|X|] = log|Ψ| − d log 2 − ψ_d(ν/2), E[X⁻¹] = ν Ψ⁻¹."""
    d = psi.rows
    e_logdet = mp.log(mp.det(psi)) - d * mp.log(2) - mvdigamma(nu / 2, d)
    e_tr = tr(other_psi * (nu * mp.inverse(psi)))
    return (other_nu / 2 * mp.log(mp.det(other_psi)) - other_nu * d / 2 * mp.log(2) - mvlgamma(other_nu / 2, d)
            - (other_nu + d + 1) / 2 * e_logdet - e_tr / 2)


def iw_logpdf(nu, psi, x):
    d = psi.rows
    return (nu / 2 * mp.log(mp.det(psi)) - nu * d / 2 * mp.log(2) - mvlgamma(nu / 2, d)
            - (nu + d + 1) / 2 * mp.log(mp.det(x)) - tr(psi * mp.inverse(x)) / 2)


def iw_cov(nu, psi):
    """Press (1982, §5.2): (2 Ψ_ij Ψ_kl + (ν−d−1)(Ψ_ik Ψ_jl + Ψ_il Ψ_jk)) / ((ν−d)(ν−d−1)²(ν−d−3))."""
    d = psi.rows
    den = (nu - d) * (nu - d - 1) ** 2 * (nu - d - 3)
    out = mp.matrix(d * d, d * d)
    for i, j, k, l in itertools.product(range(d), repeat=4):
        out[i * d + j, k * d + l] = (2 * psi[i, j] * psi[k, l]
                                     + (nu - d - 1) * (psi[i, k] * psi[j, l] + psi[i, l] * psi[j, k])) / den
    return out


def flat(m):
    return [m[i, j] for i in range(m.rows) for j in range(m.cols)]


# ------------------------------------------------------------ MvStudentT


def mvt_entropy_beta(nu, sigma):
    """½ log|Σ| − log c + (ν+d)/2 · E[log(1 + r²/ν)], with r²/(ν + r²) = B ~ Beta(d/2, ν/2),
    so log(1 + r²/ν) = −log(1 − B); c = Γ((ν+d)/2)/(Γ(ν/2)(νπ)^(d/2))."""
    d = sigma.rows
    a, b = mpf(d) / 2, nu / 2
    dens = lambda u: u ** (a - 1) * (1 - u) ** (b - 1) / mp.beta(a, b)
    e = mp.quad(lambda u: -dens(u) * mp.log(1 - u), [0, mpf(1) / 2, 1])
    logc = mp.loggamma((nu + d) / 2) - mp.loggamma(nu / 2) - d / mpf(2) * mp.log(nu * mp.pi)
    return mp.log(mp.det(sigma)) / 2 - logc + (nu + d) / 2 * e


def mvt_entropy_digamma(nu, sigma):
    d = sigma.rows
    return (mp.log(mp.det(sigma)) / 2 + mp.loggamma(nu / 2) - mp.loggamma((nu + d) / 2) + d / mpf(2) * mp.log(nu * mp.pi)
            + (nu + d) / 2 * (mp.digamma((nu + d) / 2) - mp.digamma(nu / 2)))


def mvt_logpdf(nu, mu, sigma, x):
    d = sigma.rows
    r = x - mu
    q = (r.T * mp.lu_solve(sigma, r))[0]
    return (mp.loggamma((nu + d) / 2) - mp.loggamma(nu / 2) - d / mpf(2) * mp.log(nu * mp.pi)
            - mp.log(mp.det(sigma)) / 2 - (nu + d) / 2 * mp.log(1 + q / nu))


# ------------------------------------------------------------------ cases


def add_cases(case, close, M):
    def c(statement, ref, nth=1, precision=None):
        """A case at 14 digits (or at :precision), after the definitions of the names it uses."""
        setup = tuple(d for name, d in DEFS if re.search(r"\b" + name + r"\b", statement))
        if precision:
            setup = (f":precision {precision}",) + setup
        case(F, statement, ref, setup=setup, nth=nth, rtol=1e-14)

    mp.dps = 50
    p, q = [mpf("0.2"), mpf("0.3"), mpf("0.5")], [mpf("0.25"), mpf("0.25"), mpf("0.5")]
    h10 = mult_entropy_sum(10, p)
    close(h10, mult_entropy_marginal(10, p), 1e-40, "multinomial entropy: compositions vs marginal binomials")
    c("entropy(p)", h10)
    c("entropy(Multinomial(65, [0.2, 0.3, 0.5]))", mult_entropy_marginal(65, p))
    h1000 = mult_entropy_marginal(1000, p)
    close(h1000, mult_entropy_window(1000, p), 1e-40, "multinomial entropy: full vs windowed marginal sums")
    c("entropy(Multinomial(1000, [0.2, 0.3, 0.5]))", h1000)
    c("entropy(Multinomial(1e6, [0.2, 0.3, 0.5]))", mult_entropy_window(10 ** 6, p))
    c("entropy(Multinomial(3, [0.5, 0.5, 0]))", mult_entropy_sum(3, [mpf("0.5"), mpf("0.5"), mpf(0)]))
    kl = mult_kl_sum(10, p, q)
    close(kl, 10 * mp.fsum(a * mp.log(a / b) for a, b in zip(p, q)), 1e-40, "multinomial kl: n times categorical kl")
    c("kl(p, q)", kl)
    m, cv = mult_moments(10, p)
    c("mean(p)", m)
    c("cov(p)", cv)
    c("logpdf(p, [2, 3, 5])", mult_logpmf(10, p, [2, 3, 5]))
    c("pdf(p, [2, 3, 5])", mp.exp(mult_logpmf(10, p, [2, 3, 5])))

    # Wishart: one-dimensional members are Gamma(ν/2, scale 2v).
    k, th = mpf(3) / 2, mpf(4)
    close(wishart_entropy(mpf(3), M([[2]])), k + mp.log(th) + mp.loggamma(k) + (1 - k) * mp.digamma(k), 1e-40,
          "Wishart entropy in one dimension vs the gamma entropy")
    g = lambda k, th: (lambda x: (k - 1) * mp.log(x) - x / th - mp.loggamma(k) - k * mp.log(th))
    gp, gq = g(mpf(2), mpf(2)), g(mpf(3) / 2, mpf(6))
    close(wishart_kl(mpf(4), M([[1]]), mpf(3), M([[3]])),
          mp.quad(lambda x: mp.exp(gp(x)) * (gp(x) - gq(x)), [0, 4, 16, 64, mp.inf]), 1e-30,
          "Wishart kl in one dimension vs quadrature of gamma densities")
    v = M([["2", "0.5"], ["0.5", "1"]])
    c("entropy(W)", wishart_entropy(mpf(4), v))
    c("kl(W, Wishart(5, I(2)))", wishart_kl(mpf(4), v, mpf(5), mp.eye(2)))
    v3 = M([["1", "0.2", "0"], ["0.2", "2", "0.3"], ["0", "0.3", "1.5"]])
    c("kl(Wishart(3.5, [[1, 0.2, 0], [0.2, 2, 0.3], [0, 0.3, 1.5]]), Wishart(6, I(3)))",
         wishart_kl(mpf("3.5"), v3, mpf(6), mp.eye(3)))
    c("mean(W)", 4 * v)
    c("cov(W)", wishart_cov_cgf(mpf(4), v))
    c("logpdf(W, [[3, 1], [1, 2]])", wishart_logpdf(mpf(4), v, M([[3, 1], [1, 2]])))

    # InverseWishart: one-dimensional members are InverseGamma(ν/2, ψ/2).
    a, b = mpf(3) / 2, mpf(1)
    close(-iw_mean_log(mpf(3), M([[2]]), mpf(3), M([[2]])), a + mp.log(b) + mp.loggamma(a) - (1 + a) * mp.digamma(a), 1e-40,
          "inverse Wishart entropy in one dimension vs the inverse-gamma entropy")
    ig = lambda a, b: (lambda x: a * mp.log(b) - mp.loggamma(a) - (a + 1) * mp.log(x) - b / x)
    ip, iq = ig(mpf(5) / 2, mpf(1)), ig(mpf(7) / 2, mpf(3) / 2)
    close(iw_mean_log(mpf(5), M([[2]]), mpf(5), M([[2]])) - iw_mean_log(mpf(5), M([[2]]), mpf(7), M([[3]])),
          mp.quad(lambda x: mp.exp(ip(x)) * (ip(x) - iq(x)), [0, mpf(1) / 16, mpf(1) / 4, 1, 4, 16, mp.inf]), 1e-30,
          "inverse Wishart kl in one dimension vs quadrature of inverse-gamma densities")
    close(iw_cov(mpf(7), M([[3]]))[0, 0], (mpf(3) / 2) ** 2 / ((mpf(7) / 2 - 1) ** 2 * (mpf(7) / 2 - 2)), 1e-40,
          "inverse Wishart variance in one dimension vs the inverse-gamma variance")
    psi = v
    c("entropy(IW)", -iw_mean_log(mpf(6), psi, mpf(6), psi))
    c("kl(IW, InverseWishart(5, I(2)))",
         iw_mean_log(mpf(6), psi, mpf(6), psi) - iw_mean_log(mpf(6), psi, mpf(5), mp.eye(2)))
    c("mean(IW)", psi / (6 - 2 - 1))
    c("cov(IW)", iw_cov(mpf(6), psi))
    c("logpdf(IW, [[1, 0.2], [0.2, 0.5]])", iw_logpdf(mpf(6), psi, M([["1", "0.2"], ["0.2", "0.5"]])))

    # MvStudentT
    s = v
    h = mvt_entropy_beta(mpf(5), s)
    close(h, mvt_entropy_digamma(mpf(5), s), 1e-30, "multivariate t entropy: Beta quadrature vs digamma form")
    c("entropy(T)", h)
    c("mean(T)", [mpf(0), mpf(1)])
    c("cov(T)", s * mpf(5) / 3)
    c("logpdf(T, [1, 1])", mvt_logpdf(mpf(5), mp.matrix([0, 1]), s, mp.matrix([1, 1])))

    # :precision 30
    c("entropy(W)", wishart_entropy(mpf(4), v), nth=2, precision=30)
    c("kl(IW, InverseWishart(5, I(2)))",
      iw_mean_log(mpf(6), psi, mpf(6), psi) - iw_mean_log(mpf(6), psi, mpf(5), mp.eye(2)), nth=2, precision=30)
    c("entropy(T)", h, nth=2, precision=30)
    c("entropy(Multinomial(3, [0.5, 0.5, 0]))", mult_entropy_sum(3, [mpf("0.5"), mpf("0.5"), mpf(0)]), nth=2, precision=30)
