"""References for testdata/hostile.sc: numbers at the edges of float64 and
printed exactly, computed with mpmath at 50 digits (imported by golden_refs.py).

Each value is an exact decimal or a textbook formula evaluated independently
of statcalc; where two routes exist they are compared first.
"""

from mpmath import mp, mpf

H = "testdata/hostile.sc"


def add_cases(case, close, M):
    P30 = [":precision 30"]
    case(H, "1000", 1000, P30)
    case(H, "2^10*5^3", 2 ** 10 * 5 ** 3, P30)
    case(H, "10^29", mpf(10) ** 29, P30)
    case(H, "1/8", mpf(1) / 8, P30)
    case(H, "123456789012", 123456789012)
    case(H, "-98765432109876543", -98765432109876543)
    case(H, "10^6", 10 ** 6)
    case(H, "2^64", mpf(2) ** 64)

    # The standard normal density at 40, by two routes.
    pdf40 = mp.exp(-mpf(800)) / mp.sqrt(2 * mp.pi)
    close(pdf40, mp.npdf(40), 1e-40, "normal density at 40")
    case(H, "pdf(N(0, 1), 40)", pdf40)
    case(H, "pdf(N([0], [[1]]), [40])", pdf40, rtol=1e-10,
         why="exp of a float64 log-density of magnitude 800: relative error about 800 ε")
    case(H, "exp(-1000)", mp.exp(-1000))
    case(H, "1e-400", mpf("1e-400"))
    case(H, "[1e-300] * 1e-300", [mpf("1e-600")])
    case(H, "dot([1e-200, 0], [1e-200, 5])", mpf("1e-400"))

    case(H, "tr([[1e308, 0], [0, 1e308]])", mpf("2e308"))
    case(H, "dot([1e308], [1e308])", mpf("1e616"))
    case(H, "dot([1e308, 1e308], [10, -10])", 0)
    # log φ(x) = −x²/2 − log(2π)/2.
    case(H, "logpdf(N(0, 1), 1e308)", -mpf("1e616") / 2 - mp.log(2 * mp.pi) / 2)
    case(H, "[1e308] * 10", [mpf("1e309")])
    case(H, "[1e308] + [1e308]", [mpf("2e308")])
    case(H, "[[1e308, 0], [0, 1e300]] * [[10, 0], [0, 1]]", M([["1e309", 0], [0, "1e300"]]))
    case(H, "[1e309, -1e309]", [mpf("1e309"), -mpf("1e309")])
    case(H, "[1e-400, 2e-400]", [mpf("1e-400"), mpf("2e-400")])
    case(H, "mean(N(1e308, 1)) * 10", mpf("1e309"))

    # det(I(n)·½) = 2^−n; det [[a, 1], [1, −a]] = −a² − 1 for the float64 a
    # nearest 1e200; det(c I(3)) = c³ for the float64 c nearest 1e-300.
    case(H, "det(I(2048) * 0.5)", mpf(2) ** -2048)
    a = mpf(1e200)
    case(H, "det([[1e200, 1], [1, -1e200]])", -a * a - 1)
    c = mpf(1e-300)
    case(H, "det(I(3) * 1e-300)", c ** 3)
    case(H, "inv([[1e-308, 0], [0, 1e-308]])", M([[1 / mpf(1e-308), 0], [0, 1 / mpf(1e-308)]]))
    case(H, "inv([[1e-310, 0], [0, 1e-308]])", M([[1 / mpf(1e-310), 0], [0, 1 / mpf(1e-308)]]))
    case(H, "check 1e-330 == 0 tol=1e-300", [mpf("1e-330"), mpf("1e-300")], rtol=5e-4,
         why="the message prints |a − b| and the tolerance with 4 digits", printed_digits=4)

    # Rényi divergences of order α > 1, from the definition
    # D_α(p‖q) = log ∫ p^α q^(1−α) dx / (α − 1), integrated or summed
    # numerically (none of the log-partition algebra statcalc uses).
    def renyi(p, q, alpha, support):
        if support == "count":
            s = mp.nsum(lambda k: p(k) ** alpha * q(k) ** (1 - alpha), [1, mp.inf])
        else:
            s = mp.quad(lambda x: p(x) ** alpha * q(x) ** (1 - alpha), support)
        return mp.log(s) / (alpha - 1)

    def gamma_pdf(a, b):
        return lambda x: b ** a * x ** (a - 1) * mp.exp(-b * x) / mp.gamma(a)

    def beta_pdf(a, b):
        return lambda x: x ** (a - 1) * (1 - x) ** (b - 1) / mp.beta(a, b)

    def lognormal_pdf(m, v):
        return lambda x: mp.exp(-(mp.log(x) - m) ** 2 / (2 * v)) / (x * mp.sqrt(2 * mp.pi * v))

    def geometric_pmf(p):
        return lambda k: p * (1 - p) ** (k - 1)

    half_line = [0, 1, 10, mp.inf]
    g21, g31 = gamma_pdf(2, 1), gamma_pdf(3, 1)
    r = renyi(g21, g31, mpf("1.4"), half_line)
    case(H, "renyi(Gamma(2, 1), Gamma(3, 1), 1.4)", r)
    r2 = renyi(g21, g31, 2, half_line)
    close(r2, mp.log(2), 1e-30, "Rényi-2 of Gamma(2, 1) and Gamma(3, 1) is log 2")
    case(H, "renyi(Gamma(2, 1), Gamma(3, 1), 2)", r2)
    case(H, "renyi(Exponential(1), Exponential(3), 1.4)",
         renyi(gamma_pdf(1, 1), gamma_pdf(1, 3), mpf("1.4"), half_line))
    rb = renyi(beta_pdf(2, 2), beta_pdf(3, 3), 2, [0, 1])
    case(H, "renyi(Beta(2, 2), Beta(3, 3), 2)", rb)
    case(H, "renyi(Geometric(0.5), Geometric(0.6), 2)",
         renyi(geometric_pmf(mpf("0.5")), geometric_pmf(mpf("0.6")), 2, "count"))
    case(H, "renyi(LogNormal(0, 1), LogNormal(0, 2), 2)",
         renyi(lognormal_pdf(0, 1), lognormal_pdf(0, 2), 2, half_line))
    # Dirichlet([a, b]) is Beta(a, b) in its first coordinate.
    case(H, "renyi(Dirichlet([2, 2]), Dirichlet([3, 3]), 2)", rb)

    # Determinants and inverses of exact decimal matrices beyond float64.
    A = M([["1e309", "2e309"], ["3e309", "4e309"]])
    case(H, "det([[1e309, 2e309], [3e309, 4e309]])", A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0])
    B = M([["1e309", "1e300"], ["2e300", "3e309"]])
    # The adjugate over the determinant, checked by B B⁻¹ = I.
    detB = B[0, 0] * B[1, 1] - B[0, 1] * B[1, 0]
    Binv = M([[B[1, 1] / detB, -B[0, 1] / detB], [-B[1, 0] / detB, B[0, 0] / detB]])
    I2 = B * Binv
    close(I2[0, 0], 1, 1e-40, "inverse of [[1e309, 1], [2, 3]]")
    close(I2[1, 1], 1, 1e-40, "inverse of [[1e309, 1], [2, 3]]")
    close(I2[0, 1], 0, 1e-40, "inverse of [[1e309, 1], [2, 3]]")
    case(H, "inv([[1e309, 1e300], [2e300, 3e309]])", Binv)
    case(H, "det([[1.2345e400, 0], [0, 1]])", mpf("1.2345e400"))
    case(H, "I(2) * 1e309", M([["1e309", 0], [0, "1e309"]]))
    # KL(N(0, v₁)‖N(0, v₂)) = ½(v₁/v₂ − 1 + log(v₂/v₁)); D_B of unit
    # variances = (m₁ − m₂)²/8; h(N(0, v)) = ½ log(2πe v).
    v1, v2 = mpf("1e300"), mpf("1e-300")
    case(H, "kl(N(0, 1e300), N(0, 1e-300))", (v1 / v2 - 1 + mp.log(v2 / v1)) / 2)
    case(H, "bhattacharyya(N(0, 1), N(1e200, 1))", mpf("1e200") ** 2 / 8)
    case(H, "entropy(N(0, 1e-320))", mp.log(2 * mp.pi * mp.e * mpf("1e-320")) / 2)
    # Eigenvalues of [[a, b], [b, a]] are a ± b (for the float64 values of the entries).
    e308 = mpf(1e308)
    case(H, "eig([[1e308, 1e308], [1e308, 1e308]])", [0, 2 * e308])
    a, b = mpf(2e-308), mpf(1e-308)
    case(H, "eig([[2e-308, 1e-308], [1e-308, 2e-308]])", [a - b, a + b])
