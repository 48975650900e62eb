"""References for dist/cdf_refs_test.go: the cdf F(x) = P(X ≤ x) of each
family of one variable on a grid that includes both tails, by mpmath at 50
digits (run from the module root: python3 testdata/refs/cdf_grid.py; it
writes dist/testdata/cdf_grid.json).

The textbook forms are used, not the calculator's: erfc for the normal,
gammainc and betainc (mpmath's own hypergeometric series) for the gamma and
beta families, atan for Cauchy, exact sums of the pmf for the discrete
families. Every parameter and x is a binary float64, so that float64 input
and the reference describe the same distribution.
"""

import json
import os

from mpmath import mp, mpf

mp.dps = 50
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "dist", "testdata", "cdf_grid.json")


def P(a, x):
    return mp.gammainc(a, 0, x, regularized=True)


def Q(a, x):
    return mp.gammainc(a, x, mp.inf, regularized=True)


def I(a, b, x):
    return mp.betainc(a, b, 0, x, regularized=True)


def ncdf(z):
    return mp.erfc(-z / mp.sqrt(2)) / 2


def student(nu, t):
    # F(t) = ½ I_{ν/(ν+t²)}(ν/2, ½) for t < 0, and 1 − that for t ≥ 0.
    h = I(nu / 2, mpf(1) / 2, nu / (nu + t * t)) / 2
    return h if t < 0 else 1 - h


def poisson(lam, x):
    k = int(mp.floor(x))
    if k < 0:
        return mpf(0)
    return mp.fsum(mp.exp(-lam) * lam ** j / mp.factorial(j) for j in range(k + 1))


def binomial(n, p, x):
    k = int(mp.floor(x))
    n = int(n)
    if k < 0:
        return mpf(0)
    return mp.fsum(mp.binomial(n, j) * p ** j * (1 - p) ** (n - j) for j in range(min(k, n) + 1))


def geometric(p, x):
    k = int(mp.floor(x))
    return mpf(0) if k < 1 else 1 - (1 - p) ** k


def kumaraswamy(a, b, x):
    if x <= 0:
        return mpf(0)
    if x >= 1:
        return mpf(1)
    return -mp.expm1(b * mp.log1p(-x ** a))


def truncnormal(m, v, a, b, x):
    # Differences of upper tails Q(z) = erfc(z/√2)/2 above the mean, of
    # lower tails Φ below: at 50 digits neither cancels to nothing.
    if x <= a:
        return mpf(0)
    if x >= b:
        return mpf(1)
    # An end beyond 1e6 standard deviations (1e300) holds below e^(−5e11)
    # of the mass: taken as infinite.
    s = mp.sqrt(v)
    al, xi, be = (a - m) / s, (x - m) / s, (b - m) / s
    Q = lambda z: mpf(0) if z > 1e6 else mp.erfc(z / mp.sqrt(2)) / 2
    if al >= 0:
        return (Q(al) - Q(xi)) / (Q(al) - Q(be))
    return (Q(-xi) - Q(-al)) / (Q(-be) - Q(-al))


def vonmises(mu, kappa, x):
    # The density integrated from −π, split where it peaks.
    if x <= -mp.pi:
        return mpf(0)
    if x >= mp.pi:
        return mpf(1)
    # On 64 panels: the density spans many orders of magnitude for large κ.
    # mpmath's quadrature stops at an absolute error of 10^−dps: a value
    # far below 1 is integrated again with its magnitude's digits added.
    def integral():
        pts = mp.linspace(-mp.pi, x, 65)
        f = lambda u: mp.exp(kappa * (mp.cos(u - mu) - 1))
        return mp.quad(f, pts) / (2 * mp.pi * mp.besseli(0, kappa) * mp.exp(-kappa))

    v = integral()
    with mp.extradps(max(0, int(-mp.log10(v))) + 10):
        return +integral()


def negbinomial(r, p, x):
    k = int(mp.floor(x))
    if k < 0:
        return mpf(0)
    return mp.fsum(mp.gamma(j + r) / (mp.gamma(r) * mp.factorial(j)) * p ** r * (1 - p) ** j for j in range(k + 1))


def pos(f):
    return lambda *a: (lambda x: mpf(0) if x <= 0 else f(*a)(x))


FAMILIES = [
    ("N", [0, 1], [-600, -300, -40, -37.6, -37, -30, -20, -10, -5, -2, -1, -0.125, 0, 1e-9, 0.5, 1, 3, 8, 12],
     lambda m, v: lambda x: ncdf((x - m) / mp.sqrt(v))),
    ("N", [3, 0.25], [-15, -5, 0, 2.5, 3, 3.5, 5, 8],
     lambda m, v: lambda x: ncdf((x - m) / mp.sqrt(v))),
    ("LogNormal", [0.5, 2], [1e-30, 1e-10, 1e-3, 0.5, 1, 1.6487212707001282, 10, 1e3, 1e8],
     pos(lambda m, v: lambda x: ncdf((mp.log(x) - m) / mp.sqrt(v)))),
    ("HalfNormal", [2], [1e-300, 1e-10, 0.001, 0.5, 2, 5, 10, 20],
     pos(lambda s: lambda x: mp.erf(x / (s * mp.sqrt(2))))),
    ("Gamma", [0.5, 2], [1e-300, 1e-20, 1e-5, 0.01, 0.25, 1, 4, 10, 50],
     pos(lambda a, b: lambda x: P(a, b * x))),
    ("Gamma", [3, 1.5], [1e-100, 1e-8, 0.01, 0.5, 2, 5, 20, 40],
     pos(lambda a, b: lambda x: P(a, b * x))),
    ("Gamma", [50, 1], [1, 10, 30, 45, 50, 55, 70, 100, 150],
     pos(lambda a, b: lambda x: P(a, b * x))),
    ("Gamma", [1000, 2], [300, 450, 480, 500, 520, 550, 650],
     pos(lambda a, b: lambda x: P(a, b * x))),
    ("Gamma", [0.015625, 1], [1e-300, 1e-10, 0.001, 0.5, 1, 3],
     pos(lambda a, b: lambda x: P(a, b * x))),
    ("Chi2", [3], [1e-200, 1e-6, 0.1, 1, 3, 10, 30, 100],
     pos(lambda k: lambda x: P(k / 2, x / 2))),
    ("Chi2", [100], [20, 50, 80, 100, 120, 150, 250],
     pos(lambda k: lambda x: P(k / 2, x / 2))),
    ("Chi", [2], [1e-150, 1e-5, 0.5, 1, 2, 5, 10],
     pos(lambda k: lambda x: P(k / 2, x * x / 2))),
    ("Chi", [7], [0.01, 0.5, 2, 2.5, 4, 8],
     pos(lambda k: lambda x: P(k / 2, x * x / 2))),
    ("InverseGamma", [3, 2], [0.001, 0.01, 0.1, 0.5, 1, 3, 10, 1e3, 1e6],
     pos(lambda a, b: lambda x: Q(a, b / x))),
    ("Beta", [2, 5], [1e-150, 1e-8, 0.01, 0.1, 0.3, 0.5, 0.9, 0.999, 0.99999],
     lambda a, b: lambda x: I(a, b, x)),
    ("Beta", [0.5, 0.5], [1e-300, 1e-10, 0.001, 0.5, 0.75, 0.999999],
     lambda a, b: lambda x: I(a, b, x)),
    ("Beta", [30, 40], [0.01, 0.1, 0.3, 0.43, 0.5, 0.7, 0.9],
     lambda a, b: lambda x: I(a, b, x)),
    ("StudentT", [3, 0, 1], [-1e5, -100, -10, -2, -1, -0.5, -1e-6, 0, 1e-9, 0.5, 1, 3, 1e3],
     lambda nu, m, s: lambda x: student(nu, (x - m) / s)),
    ("StudentT", [30, 1, 2], [-100, -20, -5, 0, 0.999, 1, 2, 5, 30],
     lambda nu, m, s: lambda x: student(nu, (x - m) / s)),
    ("StudentT", [0.5, 0, 1], [-1e10, -1e3, -1, -0.25, 0.25, 1, 1e6],
     lambda nu, m, s: lambda x: student(nu, (x - m) / s)),
    ("Cauchy", [0, 1], [-1e15, -1e4, -10, -1, -1e-8, 0, 0.5, 10, 1e8],
     lambda m, g: lambda x: mpf(1) / 2 + mp.atan((x - m) / g) / mp.pi),
    ("Cauchy", [1, 3], [-1e6, -2, 0.99, 1, 4, 1e3],
     lambda m, g: lambda x: mpf(1) / 2 + mp.atan((x - m) / g) / mp.pi),
    ("Exponential", [2], [-1, 0, 1e-300, 1e-12, 0.001, 0.5, 3, 20],
     lambda l: lambda x: mpf(0) if x <= 0 else -mp.expm1(-l * x)),
    ("Weibull", [1.5, 2], [1e-100, 1e-6, 0.5, 2, 5, 8],
     lambda k, l: lambda x: mpf(0) if x <= 0 else -mp.expm1(-(x / l) ** k)),
    ("Gumbel", [0.5, 2], [-10, -3, 0, 0.5, 3, 20, 70],
     lambda m, b: lambda x: mp.exp(-mp.exp(-(x - m) / b))),
    ("Logistic", [1, 0.5], [-300, -20, -1, 1, 1.5, 10, 30],
     lambda m, s: lambda x: 1 / (1 + mp.exp(-(x - m) / s))),
    ("Pareto", [1, 3], [0.5, 1, 1.0000001, 1.5, 10, 1e4],
     lambda xm, a: lambda x: mpf(0) if x <= xm else 1 - (xm / x) ** a),
    ("Uniform", [-1, 2], [-2, -1, -0.999, 0, 1.5, 2, 3],
     lambda a, b: lambda x: mpf(0) if x <= a else mpf(1) if x >= b else (x - a) / (b - a)),
    ("Laplace", [0.5, 2], [-1400, -100, -1, 0.5, 0.5000001, 2, 60],
     lambda m, b: lambda x: mp.exp((x - m) / b) / 2 if x < m else 1 - mp.exp(-(x - m) / b) / 2),
    ("Poisson", [3], [-1, 0, 0.5, 1, 2, 3, 5, 10, 20],
     lambda l: lambda x: poisson(l, x)),
    ("Poisson", [100], [0, 30, 70, 99, 100, 130, 200],
     lambda l: lambda x: poisson(l, x)),
    ("Poisson", [1500], [1300, 1400, 1500, 1600, 1800],
     lambda l: lambda x: poisson(l, x)),
    ("Binomial", [20, 0.25], [-1, 0, 1, 4.5, 5, 10, 15, 19, 20],
     lambda n, p: lambda x: binomial(n, p, x)),
    ("Binomial", [200, 0.0078125], [0, 1, 2, 5, 10, 30],
     lambda n, p: lambda x: binomial(n, p, x)),
    ("Binomial", [500, 0.875], [300, 400, 430, 437, 450, 480, 499],
     lambda n, p: lambda x: binomial(n, p, x)),
    ("Bernoulli", [0.25], [-1, 0, 0.5, 1, 2],
     lambda p: lambda x: mpf(0) if x < 0 else 1 - p if x < 1 else mpf(1)),
    ("Categorical", [0.25, 0.25, 0.5], [-1, 0, 1, 2, 2.5, 3, 7],
     lambda *p: lambda x: mp.fsum(p[:max(0, min(int(mp.floor(x)), len(p)))])),
    ("Geometric", [0.125], [0, 1, 2, 10, 100, 300],
     lambda p: lambda x: geometric(p, x)),
    ("Kumaraswamy", [2, 3], [-1, 1e-150, 1e-8, 0.01, 0.3, 0.5, 0.9, 0.999, 0.99999, 1],
     lambda a, b: lambda x: kumaraswamy(a, b, x)),
    ("Kumaraswamy", [0.5, 0.25], [1e-300, 1e-12, 0.001, 0.5, 0.99, 0.999999999],
     lambda a, b: lambda x: kumaraswamy(a, b, x)),
    ("Kumaraswamy", [7, 40], [0.05, 0.3, 0.5, 0.6, 0.8, 0.95],
     lambda a, b: lambda x: kumaraswamy(a, b, x)),
    ("TruncatedNormal", [0, 1, -1, 2], [-2, -1, -0.999999, -0.5, 0, 1e-9, 1, 1.999999, 2],
     lambda m, v, a, b: lambda x: truncnormal(m, v, a, b, x)),
    ("TruncatedNormal", [0, 1, 10, 12], [10.000001, 10.01, 10.5, 11, 11.5, 11.99999],
     lambda m, v, a, b: lambda x: truncnormal(m, v, a, b, x)),
    ("TruncatedNormal", [2, 4, -100, -30], [-99, -40, -33, -31, -30.5, -30.0001],
     lambda m, v, a, b: lambda x: truncnormal(m, v, a, b, x)),
    ("TruncatedNormal", [1, 0.25, -1e300, 0.5], [-3, -1, 0, 0.4, 0.49999],
     lambda m, v, a, b: lambda x: truncnormal(m, v, a, b, x)),
    ("TruncatedNormal", [0, 1, -5, 1e300], [-4.999999, -4.5, -2, 0, 3, 10, 30],
     lambda m, v, a, b: lambda x: truncnormal(m, v, a, b, x)),
    ("TruncatedNormal", [0, 1, 10, 10.0009765625], [10.00001, 10.0005, 10.00097],
     lambda m, v, a, b: lambda x: truncnormal(m, v, a, b, x)),
    ("VonMises", [0, 2], [-4, -3.14159, -3, -2, -1, 0, 0.5, 2, 3, 3.14159, 4],
     lambda mu, k: lambda x: vonmises(mu, k, x)),
    ("VonMises", [1, 0.5], [-3, -1, 0, 1, 2.5, 3.1],
     lambda mu, k: lambda x: vonmises(mu, k, x)),
    ("VonMises", [-2.5, 10], [-3.1, -3, -2.6, -2.5, -2, -1.5, 3],
     lambda mu, k: lambda x: vonmises(mu, k, x)),
    ("VonMises", [20, 100], [-1.5, -1.2, -1.15, -1, 0],
     lambda mu, k: lambda x: vonmises(mu, k, x)),
    ("NegativeBinomial", [3, 0.4], [-1, 0, 1, 4.5, 10, 30, 60],
     lambda r, p: lambda x: negbinomial(r, p, x)),
    ("NegativeBinomial", [2.5, 0.125], [0, 1, 5, 17, 40, 150, 400],
     lambda r, p: lambda x: negbinomial(r, p, x)),
    ("NegativeBinomial", [100, 0.5], [0, 10, 50, 99, 100, 150, 300],
     lambda r, p: lambda x: negbinomial(r, p, x)),
    ("NegativeBinomial", [0.25, 0.96875], [0, 1, 3, 10],
     lambda r, p: lambda x: negbinomial(r, p, x)),
]


def main():
    cases = []
    for name, params, xs, cdf in FAMILIES:
        F = cdf(*[mpf(p) for p in params])
        for x in xs:
            x = float(x)
            v = F(mpf(x))
            c = {"family": name, "params": [repr(float(p)) for p in params], "x": repr(x),
                 "F": mp.nstr(v, 25, min_fixed=-1, max_fixed=-1)}
            if mpf(0.5) < v < 1:
                # The survival 1 − F, where it is the smaller, from F at
                # 130 digits: S keeps 130 less the zeros after "0.99".
                with mp.extradps(80):
                    S = 1 - F(mpf(x))
                if S > mpf(10) ** -60:
                    c["S"] = mp.nstr(S, 25, min_fixed=-1, max_fixed=-1)
            if 0 < v < mpf(2) ** -1022:
                c["logF"] = mp.nstr(mp.log(v), 25)
            cases.append(c)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write('{"generator": "testdata/refs/cdf_grid.py", "dps": 50, "cases": [\n')
        f.write(",\n".join(json.dumps(c) for c in cases))
        f.write("\n]}\n")
    print(f"wrote {len(cases)} cases to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
