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
