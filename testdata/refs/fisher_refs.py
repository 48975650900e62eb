#!/usr/bin/env python3
"""Independent references for the Fisher information matrices of
testdata/fisher_coords.sc.

Each matrix is computed with sympy as −E[∂² log p / ∂t ∂tᵀ], the expectation
taken by symbolic integration over the density or summation over the mass
function, with the density written directly in the coordinates t of the
statement (no Jacobian, no exponential-family algebra: a different route
from statcalc's Jᵀ ∇²A(η) J). Two families need care:
  - Laplace: log p has a kink at x = μ, so −E[Hessian] misses the delta
    term in μ; its information is E[s sᵀ] instead, integrated on each side
    of μ (Lehmann & Casella 1998, §2.6).
  - LogNormal: the log-density depends on x only through y = log x, so the
    expectation is taken over y ~ N(μ, v), the same integral after the
    change of variables x = e^y.
The results are written in statcalc's syntax to fisher_refs.json, which
calc/fisher_refs_test.go checks with `check <statement> == <reference>`.

Run from anywhere:  python3 testdata/refs/fisher_refs.py
"""

import json
import os

import sympy as sp
from sympy import oo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fisher_refs.json")

x = sp.Symbol("x", real=True)
k = sp.Symbol("k", integer=True, nonnegative=True)
CASES = []


def neg_expected_hessian(logp, coords, expect):
    n = len(coords)
    H = sp.Matrix(n, n, lambda i, j: sp.diff(logp, coords[i], coords[j]))
    return sp.Matrix(n, n, lambda i, j: sp.simplify(-expect(H[i, j])))


def expected_outer_score(logp, coords, expect):
    s = [sp.diff(logp, c) for c in coords]
    n = len(coords)
    return sp.Matrix(n, n, lambda i, j: sp.simplify(expect(s[i] * s[j])))


def over_density(pdf, lo, hi, var=x):
    def expect(f):
        f = sp.simplify(f)
        if not f.has(var):
            return f  # ∫ c p = c: the density integrates to 1
        return sp.integrate(sp.expand(f * pdf), (var, lo, hi), conds="none")
    return expect


def over_mass(pmf, lo, hi, var=k):
    def expect(f):
        f = sp.simplify(f)
        if not f.has(var):
            return f
        r = sp.summation(sp.expand(f * pmf), (var, lo, hi))
        # Convergence conditions such as |1 − p| < 1: keep the branch that
        # holds inside the parameter space (checked at 1/2).
        def pick(pw):
            half = {q: sp.Rational(1, 2) for q in pw.free_symbols}
            return next(e for e, cond in pw.args if cond.subs(half) == True)  # noqa: E712
        return r.replace(lambda e: isinstance(e, sp.Piecewise), pick)
    return expect


def over_outcomes(probs):
    """Expectation over a finite set: probs maps an outcome to its probability."""
    def expect(f_of):
        return sum(p * f_of(o) for o, p in probs.items())
    return expect


def statcalc(e):
    """A sympy expression in statcalc's syntax."""
    s = sp.sstr(e).replace("**", "^")
    return s


def record(statement, F, setup=()):
    rows = [[statcalc(F[i, j]) for j in range(F.cols)] for i in range(F.rows)]
    ref = "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"
    CASES.append({"statement": statement, "setup": list(setup), "ref": ref})
    print(f"{statement:55s} {ref}")


def gaussian(mean, var):
    return sp.exp(-(x - mean) ** 2 / (2 * var)) / sp.sqrt(2 * sp.pi * var)


mu, m = sp.symbols("mu m", real=True)
s, v, l, lam, th, b = sp.symbols("s v l lam th b", positive=True)
a, c, kk = sp.symbols("a c k", positive=True)
p, p1, p2 = sp.symbols("p p1 p2", positive=True)
n = sp.Symbol("n", positive=True, integer=True)
t = sp.Symbol("t", real=True)

# Normal in (μ, σ), (μ, σ²) and (μ, precision); a curved family N(m, m²).
for stmt, mean, var, coords in [
    ("fisher(N(mu, s^2), [mu, s])", mu, s ** 2, [mu, s]),
    ("fisher(N(m, v))", m, v, [m, v]),
    ("fisher(N(m, 1/l), [m, l])", m, 1 / l, [m, l]),
    ("fisher(N(s, s^2), [s])", s, s ** 2, [s]),
]:
    pdf = gaussian(mean, var)
    record(stmt, neg_expected_hessian(sp.log(pdf), coords, over_density(pdf, -oo, oo)))

# Bernoulli and Categorical: sums over the outcomes.
bern = {1: p, 0: 1 - p}
logp_b = lambda o: o * sp.log(p) + (1 - o) * sp.log(1 - p)
E = over_outcomes(bern)
record("fisher(Bernoulli(p))", sp.Matrix([[sp.simplify(-E(lambda o: sp.diff(logp_b(o), p, 2)))]]))
p3 = 1 - p1 - p2
cat = {1: p1, 2: p2, 3: p3}
logp_c = {1: sp.log(p1), 2: sp.log(p2), 3: sp.log(p3)}
E = over_outcomes(cat)
coords = [p1, p2]
record("fisher(Categorical([p1, p2, 1 - p1 - p2]), [p1, p2])",
       sp.Matrix(2, 2, lambda i, j: sp.simplify(-E(lambda o: sp.diff(logp_c[o], coords[i], coords[j])))))

# Binomial(n, p), Poisson(λ), Poisson in the log-rate, Geometric(p) (trials
# to the first success): sums over the support.
pmf = sp.binomial(n, k) * p ** k * (1 - p) ** (n - k)
logp = k * sp.log(p) + (n - k) * sp.log(1 - p)
# E[k] = n p by the binomial theorem; summed here for n = 10 and checked.
E10 = over_mass(pmf.subs(n, 10), 0, 10)
assert sp.simplify(E10(k) - 10 * p) == 0
record("fisher(Binomial(10, p))", neg_expected_hessian(logp.subs(n, 10), [p], E10))
record("fisher(Binomial(n, p))", neg_expected_hessian(logp, [p], lambda f: sp.expand(f).subs(k, n * p)))
pmf = sp.exp(-lam) * lam ** k / sp.factorial(k)
record("fisher(Poisson(lam))", neg_expected_hessian(k * sp.log(lam) - lam, [lam], over_mass(pmf, 0, oo)))
pmf_t = pmf.subs(lam, sp.exp(t))
record("fisher(Poisson(exp(t)), [t])", neg_expected_hessian(k * t - sp.exp(t), [t], over_mass(pmf_t, 0, oo)))
pmf = (1 - p) ** (k - 1) * p
record("fisher(Geometric(p))", neg_expected_hessian((k - 1) * sp.log(1 - p) + sp.log(p), [p], over_mass(pmf, 1, oo)))

# Exponential(rate), Gamma in rate and in scale, Beta, Dirichlet.
pdf = lam * sp.exp(-lam * x)
record("fisher(Exponential(lam))", neg_expected_hessian(sp.log(lam) - lam * x, [lam], over_density(pdf, 0, oo)))
logp = a * sp.log(b) - sp.loggamma(a) + (a - 1) * sp.log(x) - b * x
pdf = b ** a * x ** (a - 1) * sp.exp(-b * x) / sp.gamma(a)
record("fisher(Gamma(a, b))", neg_expected_hessian(logp, [a, b], over_density(pdf, 0, oo)))
logp = -sp.loggamma(kk) - kk * sp.log(th) + (kk - 1) * sp.log(x) - x / th
pdf = x ** (kk - 1) * sp.exp(-x / th) / (sp.gamma(kk) * th ** kk)
record("fisher(Gamma(k, 1/th), [k, th])", neg_expected_hessian(logp, [kk, th], over_density(pdf, 0, oo)))
logp = (a - 1) * sp.log(x) + (b - 1) * sp.log(1 - x) - (sp.loggamma(a) + sp.loggamma(b) - sp.loggamma(a + b))
pdf = x ** (a - 1) * (1 - x) ** (b - 1) / sp.beta(a, b)
record("fisher(Beta(a, b))", neg_expected_hessian(logp, [a, b], over_density(pdf, 0, 1)))
x1, x2, x3 = sp.symbols("x1 x2 x3", positive=True)
logp = (a - 1) * sp.log(x1) + (b - 1) * sp.log(x2) + (c - 1) * sp.log(x3) \
    - (sp.loggamma(a) + sp.loggamma(b) + sp.loggamma(c) - sp.loggamma(a + b + c))
H = sp.hessian(logp, [a, b, c])
assert not any(e.has(x1, x2, x3) for e in H)  # constant in x: −E[H] = −H
record("fisher(Dirichlet([a, b, c]))", -H.applyfunc(sp.simplify))

# Laplace(μ, b): E[s sᵀ] on each side of the kink.
def laplace_expect(f):
    left = f.subs(sp.Abs(x - m), m - x) * sp.exp((x - m) / b) / (2 * b)
    right = f.subs(sp.Abs(x - m), x - m) * sp.exp(-(x - m) / b) / (2 * b)
    return sp.integrate(sp.expand(left), (x, -oo, m)) + sp.integrate(sp.expand(right), (x, m, oo))


logp = -sp.log(2 * b) - sp.Abs(x - m) / b
d_m = sp.sign(x - m) / b  # ∂/∂μ away from the kink
d_b = -1 / b + sp.Abs(x - m) / b ** 2
sc = [d_m, d_b]


def laplace_term(i, j):
    f = sc[i] * sc[j]
    left = f.subs(sp.sign(x - m), -1)
    right = f.subs(sp.sign(x - m), 1)
    return sp.simplify(
        sp.integrate(sp.expand(left.subs(sp.Abs(x - m), m - x) * sp.exp((x - m) / b) / (2 * b)), (x, -oo, m))
        + sp.integrate(sp.expand(right.subs(sp.Abs(x - m), x - m) * sp.exp(-(x - m) / b) / (2 * b)), (x, m, oo)))


record("fisher(Laplace(m, b))", sp.Matrix(2, 2, laplace_term))

# LogNormal(μ, v) and in (μ, σ): over y = log x ~ N(μ, v).
y = x
for stmt, var, coords in [("fisher(LogNormal(mu, v))", v, [mu, v]), ("fisher(LogNormal(mu, s^2), [mu, s])", s ** 2, [mu, s])]:
    logp = -y - sp.log(2 * sp.pi * var) / 2 - (y - mu) ** 2 / (2 * var)  # log p(x) with y = log x
    record(stmt, neg_expected_hessian(logp, coords, over_density(gaussian(mu, var), -oo, oo)))

# N(μ, Σ) in two dimensions, in (μ1, μ2, σ11, σ21, σ22): −E[Hessian] of the
# log-density with the symbolic Σ, the expectation by E[(x−μ)(x−μ)ᵀ] = Σ,
# then evaluated at the transcript's numbers.
m1, m2, y1, y2 = sp.symbols("m1 m2 y1 y2", real=True)
s11, s22 = sp.symbols("s11 s22", positive=True)
s21 = sp.Symbol("s21", real=True)
S = sp.Matrix([[s11, s21], [s21, s22]])
z = sp.Matrix([y1 - m1, y2 - m2])
logp = -sp.log(S.det()) / 2 - (z.T * S.inv() * z)[0, 0] / 2
coords = [m1, m2, s11, s21, s22]
H = sp.hessian(logp, coords)


def mvn_expect(f):
    # f is a polynomial of degree ≤ 2 in z = y − μ: E[z] = 0, E[z zᵀ] = Σ.
    u1, u2 = sp.symbols("u1 u2")
    f = sp.expand(f.subs({y1: u1 + m1, y2: u2 + m2}))
    poly = sp.Poly(f, u1, u2)
    mom = {(0, 0): 1, (1, 0): 0, (0, 1): 0, (2, 0): s11, (1, 1): s21, (0, 2): s22}
    return sum(coef * mom[deg] for deg, coef in zip(poly.monoms(), poly.coeffs()))


F = sp.Matrix(5, 5, lambda i, j: sp.simplify(-mvn_expect(H[i, j])))
record("fisher(N([m1, m2], [[s11, s21], [s21, s22]]))", F)
at = {s11: 2, s21: sp.Rational(1, 2), s22: 1, m1: 1, m2: 2}
record("fisher(N([1, 2], [[2, 0.5], [0.5, 1]]))", F.subs(at))
record('fisher(N([1, 2], [[2, 0.5], [0.5, 1]]), "cov")', F[2:, 2:].subs(at))

with open(OUT, "w", encoding="utf-8") as f:
    json.dump({"generator": "testdata/refs/fisher_refs.py", "sympy": sp.__version__, "cases": CASES}, f,
              ensure_ascii=False, indent=1)
    f.write("\n")
print(f"wrote {len(CASES)} cases to {os.path.relpath(OUT)}")
