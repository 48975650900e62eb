"""References for testdata/verbs.sc: limits, integrals and LaTeX input.

Limits are the textbook values (and sympy.limit agrees, checked below);
integrals are recomputed with mpmath's tanh-sinh quadrature at 50 digits,
or in closed form with sympy.integrate, a different route from statcalc's
Gauss–Kronrod and antiderivatives.
"""

import mpmath
import sympy
from mpmath import mp, mpf

V = "testdata/verbs.sc"


def add_cases(case, close, M):
    x, n = sympy.symbols("x n", real=True)

    def lim(e, at, d="+-"):
        return mpf(sympy.N(sympy.limit(e, x, at, d) if d != "+-" else sympy.limit(e, x, at), 60))

    close(lim((1 - sympy.cos(x)) / x**2, 0), mpf(1) / 2, 1e-45, "(1 − cos x)/x² at 0")
    case(V, "limit((1 - cos(x))/x^2, x, 0)", mpf(1) / 2)
    close(mpf(sympy.N(sympy.limit((1 + 1 / n) ** n, n, sympy.oo), 60)), mp.e, 1e-45, "(1 + 1/n)^n at ∞")
    case(V, "limit((1 + 1/n)^n, n, inf)", mp.e)
    close(lim((2 * x**2 + 1) / (3 * x**2 - x), -sympy.oo), mpf(2) / 3, 1e-45, "rational function at −∞")
    case(V, "limit((2 x^2 + 1)/(3 x^2 - x), x, -inf)", mpf(2) / 3)

    def sym_int(e, a, b):
        return mpf(sympy.N(sympy.integrate(e, (x, a, b)), 60))

    quad = mp.quad
    inf = mp.inf
    close(sym_int(x**2, 0, 1), quad(lambda t: t**2, [0, 1]), 1e-45, "∫ x²")
    case(V, "integrate(x^2, x, 0, 1)", mpf(1) / 3)
    close(sym_int(x**2 * sympy.exp(-x), 0, sympy.oo), quad(lambda t: t**2 * mp.exp(-t), [0, inf]), 1e-40, "∫ x² e^−x")
    case(V, "integrate(x^2 exp(-x), x, 0, inf)", 2)
    gauss = quad(lambda t: mp.exp(-t**2 / 2), [-inf, 0, inf])
    close(gauss, mp.sqrt(2 * mp.pi), 1e-40, "Gaussian integral")
    case(V, "integrate(exp(-x^2/2), x, -inf, inf)", gauss)
    case(V, "integrate(1/sqrt(x), x, 0, 1)", quad(lambda t: 1 / mp.sqrt(t), [0, 1]))
    case(V, "integrate(log(x), x, 0, 1)", quad(mp.log, [0, 1]))
    case(V, "integrate(1/(1 + x^2), x, -inf, inf)", quad(lambda t: 1 / (1 + t**2), [-inf, 0, inf]))

    def npdf(m, v):
        return lambda t: mp.exp(-(t - m) ** 2 / (2 * v)) / mp.sqrt(2 * mp.pi * v)

    p, q = npdf(0, 1), npdf(1, 2)
    kl_int = quad(lambda t: p(t) * mp.log(p(t) / q(t)), [-inf, 0, inf])
    close(kl_int, mp.log(mp.sqrt(2)) + (1 + 1) / (2 * 2) - mpf(1) / 2, 1e-40, "KL(N(0,1) ‖ N(1,2)) by quadrature")
    case(V, "integrate(pdf(p, x) log(pdf(p, x)/pdf(q, x)), x, -inf, inf)", kl_int, ["p = N(0, 1)", "q = N(1, 2)"])

    case(V, 'tex("\\frac{1}{2}")', mpf(1) / 2)
    case(V, 'tex("\\operatorname{tr}([[1, 2], [3, 4]]) + \\det [[1, 2], [3, 4]]")', 3)

    # At :precision 30: decimal double-exponential quadrature.
    P30 = [":precision 30"]
    euler = quad(lambda t: mp.exp(-t) * mp.log(t), [0, 1, inf])
    close(euler, -mp.euler, 1e-40, "∫ e^−x log x = −γ")
    case(V, "integrate(exp(-x^2/2), x, -inf, inf)", gauss, P30, nth=2)
    case(V, "integrate(exp(-x) log(x), x, 0, inf)", euler, P30)
    case(V, "integrate(1/sqrt(x), x, 0, 1)", 2, P30, nth=2)
    case(V, "integrate(pdf(p, x) log(pdf(p, x)/pdf(q, x)), x, -inf, inf)", kl_int, P30 + ["p = N(0, 1)", "q = N(1, 2)"], nth=2)

    # Symbolic results of verbs.sc, recomputed with sympy.
    r, m, l1, l2, a = sympy.symbols("r m l1 l2 a", positive=True)
    checks = [
        (sympy.integrate(x * sympy.exp(-r * x), (x, 0, sympy.oo)), 1 / r**2, "∫ x e^(−r x)"),
        (sympy.integrate(x**2 * sympy.exp(-(x - m)), (x, m, sympy.oo)), m**2 + 2 * m + 2, "∫ x² e^−(x−m)"),
        # Rényi divergence of exponentials, ((α log l1 − (α − 1) log l2 − log(α l1 + (1 − α) l2))/(α − 1)),
        # tends to KL = log(l1/l2) + l2/l1 − 1 as α → 1.
        (sympy.limit((a * sympy.log(l1) - (a - 1) * sympy.log(l2) - sympy.log(a * l1 + (1 - a) * l2)) / (a - 1), a, 1),
         sympy.log(l1 / l2) + l2 / l1 - 1, "Rényi → KL for exponentials"),
    ]
    for got, want, what in checks:
        if sympy.simplify(sympy.expand_log(got - want, force=True)) != 0:
            raise SystemExit(f"verbs_refs: {what}: sympy gives {got}, the transcript {want}")
