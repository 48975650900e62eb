"""References for the numbers of testdata/fisher_coords.sc (information
geometry), computed with mpmath at 50 digits (imported by golden_refs.py).

Fisher matrices are computed as E[s sᵀ], the expected outer product of the
score, by summation, quadrature or, for N(μ, Σ), the trace formula
F_ab = ½ tr(Σ⁻¹ E_a Σ⁻¹ E_b) with E_a the symmetric basis matrix of the
entry a of vech Σ (Mardia, Kent & Bibby 1979, §4.2), not the duplication
matrix that statcalc uses.
"""

from mpmath import mp, mpf

F = "testdata/fisher_coords.sc"


def mvn_information(S):
    """Fisher information of N(μ, Σ) in (μ, vech Σ) by the trace formula."""
    d = S.rows
    P = mp.inverse(S)
    basis = []
    for j in range(d):
        for i in range(j, d):
            E = mp.zeros(d, d)
            E[i, j] = E[j, i] = 1
            basis.append(E)
    n = d + len(basis)
    out = mp.zeros(n, n)
    for i in range(d):
        for j in range(d):
            out[i, j] = P[i, j]
    for a, Ea in enumerate(basis):
        for b, Eb in enumerate(basis):
            T = P * Ea * P * Eb
            out[d + a, d + b] = sum(T[i, i] for i in range(d)) / 2
    return out


def block(A, lo, hi):
    return mp.matrix([[A[i, j] for j in range(lo, hi)] for i in range(lo, hi)])


def add_cases(case, close, M):
    # Categorical([0.2, 0.3, 0.5]) in (p1, p2), p3 = 1 − p1 − p2: the score
    # is (1/p1, 0), (0, 1/p2) or (−1/p3, −1/p3) for the outcomes 1, 2, 3.
    p = [mpf("0.2"), mpf("0.3"), mpf("0.5")]
    scores = [[1 / p[0], 0], [0, 1 / p[1]], [-1 / p[2], -1 / p[2]]]
    Fc = M([[sum(p[o] * scores[o][i] * scores[o][j] for o in range(3)) for j in range(2)] for i in range(2)])
    close(Fc[0, 0], 1 / p[0] + 1 / p[2], 1e-45, "categorical information, diagonal")
    case(F, "fisher(Categorical([0.2, 0.3, 0.5]))", Fc)

    S = M([[2, "0.5"], ["0.5", 1]])
    Fm = mvn_information(S)
    close(Fm[2, 2], mp.inverse(S)[0, 0] ** 2 / 2, 1e-45, "information about σ11")
    case(F, "fisher(N([1, 2], [[2, 0.5], [0.5, 1]]))", Fm)
    case(F, 'fisher(N([1, 2], [[2, 0.5], [0.5, 1]]), "mean")', block(Fm, 0, 2))
    case(F, 'fisher(N([1, 2], [[2, 0.5], [0.5, 1]]), "cov")', block(Fm, 2, 5))
    g = mp.matrix([1, 0, 1, 1, 1])
    ng = mp.lu_solve(Fm, g)
    case(F, "natgrad(N([1, 2], [[2, 0.5], [0.5, 1]]), [1, 0, 1, 1, 1])", [ng[i] for i in range(5)])

    # Beta(2, 3): E[s sᵀ] by quadrature, s = (log x − ψ(a) + ψ(a + b), log(1 − x) − ψ(b) + ψ(a + b)).
    a, b = mpf(2), mpf(3)
    pdf = lambda x: x ** (a - 1) * (1 - x) ** (b - 1) / mp.beta(a, b)
    sc = [lambda x: mp.log(x) - mp.digamma(a) + mp.digamma(a + b),
          lambda x: mp.log(1 - x) - mp.digamma(b) + mp.digamma(a + b)]
    Fb = M([[mp.quad(lambda x: sc[i](x) * sc[j](x) * pdf(x), [0, mpf(1) / 2, 1]) for j in range(2)] for i in range(2)])
    close(Fb[0, 0], mp.psi(1, a) - mp.psi(1, a + b), 1e-40, "Beta information")
    nb = mp.lu_solve(Fb, mp.matrix([1, 1]))
    case(F, "natgrad(Beta(2, 3), [1, 1])", [nb[0], nb[1]])

    # Poisson(4): F = E[(k/λ − 1)²] summed over k; the bound for n = 10 is 1/(10 F).
    lam = mpf(4)
    Fp = mp.nsum(lambda k: mp.exp(-lam) * lam ** k / mp.factorial(k) * (k / lam - 1) ** 2, [0, mp.inf])
    close(Fp, 1 / lam, 1e-40, "Poisson information")
    case(F, "crlb(Poisson(4), 10)", M([[1 / (10 * Fp)]]))


G = "testdata/infogeo.sc"


def rao_quad(F, a, b):
    """|∫ √F(θ) dθ| between a and b, by mpmath's quadrature."""
    return abs(mp.quad(lambda t: mp.sqrt(F(t)), [a, b]))


def add_infogeo_cases(case, close, M):
    # Univariate normals: the hyperbolic distance written with acosh, d =
    # √2 acosh(1 + ((Δμ)²/2 + (Δσ)²)/(2 σ1 σ2)), a different formula from
    # statcalc's asinh form; checked against the geodesic length of a
    # common-mean pair, √2 |log(σ2/σ1)|.
    def normal(m1, v1, m2, v2):
        s1, s2 = mp.sqrt(v1), mp.sqrt(v2)
        return mp.sqrt(2) * mp.acosh(1 + ((m1 - m2) ** 2 / 2 + (s1 - s2) ** 2) / (2 * s1 * s2))
    close(normal(0, 1, 0, 4), mp.sqrt(2) * mp.log(2), 1e-45, "common-mean normals")
    case(G, "fisher_rao(N(0, 1), N(1, 2))", normal(0, 1, 1, 2))
    case(G, "fisher_rao(N(0, 1), N(0, 4))", normal(0, 1, 0, 4))
    # 1e-8 exactly to 30 digits: acosh loses the digits, asinh keeps them.
    dm = mpf("1e-8")
    case(G, "fisher_rao(N(0, 1), N(1e-8, 1))", 2 * mp.sqrt(2) * mp.asinh(mp.sqrt(dm ** 2 / 2 / 4)))
    case(G, "fisher_rao(LogNormal(0, 1), LogNormal(1, 2))", normal(0, 1, 1, 2))
    case(G, "fisher_rao(Laplace(0, 1), Laplace(1, 2))", mp.acosh(1 + (1 + 1) / mpf(2 * 1 * 2)))
    # One-parameter families: the integral of √F by quadrature.
    case(G, "fisher_rao(Poisson(1), Poisson(4))", rao_quad(lambda l: 1 / l, 1, 4))
    case(G, "fisher_rao(Exponential(1), Exponential(3))", rao_quad(lambda l: 1 / l ** 2, 1, 3))
    case(G, "fisher_rao(Geometric(0.2), Geometric(0.5))", rao_quad(lambda p: 1 / (p ** 2 * (1 - p)), mpf("0.2"), mpf("0.5")))
    case(G, "fisher_rao(Bernoulli(0.2), Bernoulli(0.5))", rao_quad(lambda p: 1 / (p * (1 - p)), mpf("0.2"), mpf("0.5")))
    case(G, "fisher_rao(Binomial(10, 0.2), Binomial(10, 0.5))", rao_quad(lambda p: 10 / (p * (1 - p)), mpf("0.2"), mpf("0.5")))
    # Common mean: eigenvalues of Σ1⁻¹Σ2.
    S = M([[2, "0.5"], ["0.5", 1]])
    lam = mp.eig(mp.inverse(S) * mp.eye(2))[0]
    case(G, "fisher_rao(N([0, 0], [[2, 0.5], [0.5, 1]]), N([0, 0], I(2)))", mp.sqrt(sum(mp.log(mp.re(x)) ** 2 for x in lam) / 2))

    # f = x² y + log y + e^{xy} at (1/2, 2): the Hessian by mpmath's
    # numerical differentiation, the Hessian-vector product from it.
    f = lambda x, y: x ** 2 * y + mp.log(y) + mp.exp(x * y)
    X, Y = mpf(1) / 2, mpf(2)
    H = M([[mp.diff(f, (X, Y), (2, 0)), mp.diff(f, (X, Y), (1, 1))],
           [mp.diff(f, (X, Y), (1, 1)), mp.diff(f, (X, Y), (0, 2))]])
    close(H[0, 0], Y ** 2 * mp.exp(X * Y) + 2 * Y, 1e-40, "∂²f/∂x²")
    case(G, "numhessian(f, [x, y], [1/2, 2])", H, ["f = x^2*y + log(y) + exp(x*y)", ":precision 30"])
    hv = H * mp.matrix([1, -1])
    case(G, "hvp(f, [x, y], [0.5, 2], [1, -1])", [hv[0], hv[1]], ["f = x^2*y + log(y) + exp(x*y)"])
    # Least squares: JᵀJ with the rows ∇rᵢ = −(xᵢ, 1), xᵢ = 1, 2, 3.
    xs = [1, 2, 3]
    case(G, "gauss_newton(r, [a, b])", M([[sum(x * x for x in xs), sum(xs)], [sum(xs), len(xs)]]),
         ["r = [1 - a - b, 3 - 2 a - b, 2 - 3 a - b]"])
    qres = [lambda a: 1 - mp.exp(a), lambda a: 2 - mp.exp(2 * a)]
    case(G, "gauss_newton(q, [a], [0])", M([[sum(mp.diff(r, 0) ** 2 for r in qres)]]), ["q = [1 - exp(a), 2 - exp(2 a)]"])
    half_sq = lambda a: sum(r(a) ** 2 for r in qres) / 2
    case(G, "subs(hessian(dot(q, q)/2, [a]), a=0)", M([[mp.diff(half_sq, 0, 2)]]), ["q = [1 - exp(a), 2 - exp(2 a)]"])
