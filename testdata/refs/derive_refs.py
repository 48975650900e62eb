#!/usr/bin/env python3
"""Independent references for the symbolic results of testdata/derive.sc.

Each result is derived here with sympy by a different route from the
calculator's: expectations from moment generating functions (E[x^t] of Gamma,
Beta and the normal, differentiated at t = 0) rather than from the
log-partition, Taylor coefficients with sympy's series(), derivatives with
sympy's diff(). The results are written in statcalc's syntax to
derive_refs.json for calc/derive_refs_test.go, which runs the transcript and
checks each statement's value against its reference with `check`.

Run from anywhere:  python3 testdata/refs/derive_refs.py
"""

import json
import os

import sympy as sp

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FILE = "testdata/derive.sc"
OUT = os.path.join(HERE, "derive_refs.json")

a, b, m, v, x, h, t, s = sp.symbols("a b m v x h t s", positive=True)
mr = sp.Symbol("m", real=True)
CASES = []


def statcalc(e):
    """e in statcalc's syntax."""
    e = sp.sympify(e).replace(sp.gamma, lambda u: sp.exp(sp.loggamma(u), evaluate=False))
    text = sp.sstr(e, order="lex")
    for old, new in (("**", "^"), ("loggamma", "lgamma"), ("EulerGamma", "(-digamma(1))"), ("Abs(", "abs(")):
        text = text.replace(old, new)
    return text


def statement_lines():
    lines = {}
    with open(os.path.join(ROOT, FILE), encoding="utf-8") as f:
        for i, text in enumerate(f.read().split("\n"), 1):
            if text and not text.startswith(("#", "\t")):
                lines.setdefault(text, []).append(i)
    return lines


LINES = statement_lines()


def case(statement, ref):
    if statement not in LINES:
        raise SystemExit(f"{FILE}: no statement {statement!r}")
    if isinstance(ref, (list, tuple)):
        text = "[" + ", ".join(statcalc(r) for r in ref) + "]"
    else:
        text = statcalc(ref)
    CASES.append({"file": FILE, "line": LINES[statement][0], "input": statement, "ref": text})


def at0(e, var=t):
    return sp.simplify(e.subs(var, 0))


# Gamma(a, b), rate b: E[x^t] = Γ(a + t)/(Γ(a) b^t).
g_mgf = sp.gamma(a + t) / (sp.gamma(a) * b ** t)
E_logx = at0(sp.diff(g_mgf, t))
E_log2x = at0(sp.diff(g_mgf, t, 2))
E_xlogx = at0(sp.diff(sp.gamma(a + 1 + t) / (sp.gamma(a) * b ** (1 + t)), t))
case("expect(Gamma(a, b), log(b) + log(x))", sp.log(b) + E_logx)
case("expect(Gamma(a, b), score(Gamma(a, b), x))", [sp.log(b) + E_logx - sp.digamma(a), a / b - sp.gammasimp(g_mgf.subs(t, 1))])
case("expect(Gamma(a, b), log(x)^2)", E_log2x)
case("expect(Gamma(a, b), x log(x))", E_xlogx)

# Beta(a, b): E[x^s (1 − x)^t] = B(a + s, b + t)/B(a, b).
B = lambda p, q: sp.gamma(p) * sp.gamma(q) / sp.gamma(p + q)
beta_mgf = B(a + s, b + t) / B(a, b)
case("expect(Beta(a, b), log(x)^2)", sp.simplify(sp.diff(beta_mgf, s, 2).subs({s: 0, t: 0})))
case("expect(Beta(a, b), log(x) log(1 - x))", sp.simplify(sp.diff(beta_mgf, s, t).subs({s: 0, t: 0})))
case("expect(Beta(a, b), x log(x))", sp.simplify(sp.diff(beta_mgf.subs(s, 1 + s), s).subs({s: 0, t: 0})))
case("expect(Gamma(a, b), sqrt(x) log(x))", at0(sp.diff(g_mgf.subs(t, sp.Rational(1, 2) + t), t)))
case("expect(Beta(a, b), x^2 log(1 - x))", sp.simplify(sp.diff(beta_mgf.subs(s, 2), t).subs(t, 0)))

# log x ~ N(m, v) under LogNormal(m, v), and x ~ N(m, v): E[e^{t y}] = e^{m t + v t²/2}.
n_mgf = sp.exp(mr * t + v * t ** 2 / 2)
nmom = lambda k: at0(sp.diff(n_mgf, t, k))
lognormal_logpdf = -sp.log(x) - sp.log(2 * sp.pi * v) / 2 - (sp.log(x) - mr) ** 2 / (2 * v)
# E[log p] with E[log x] = m, E[log² x] = m² + v, by linearity.
lx = sp.Symbol("lx")
poly = sp.expand(lognormal_logpdf.subs(sp.log(x), lx))
e_lp = sum(c * nmom(k) for (k,), c in sp.Poly(poly, lx).terms())
case("expect(LogNormal(m, v), logpdf(LogNormal(m, v), x))", sp.simplify(e_lp))
case("expect(LogNormal(m, v), log(x)^4)", sp.expand(nmom(4)))
y = sp.Symbol("y")
poly = sp.Poly(sp.expand(y ** 2 * (y - mr) ** 2), y)
case("expect(N(m, v), x^2 (x - m)^2)", sp.expand(sum(c * nmom(k) for (k,), c in poly.terms())))

# Exponential(r): E[log x] by integration.
r_, c_, p_, q_ = sp.symbols("r c p q", positive=True)
case("expect(Exponential(r), log(x))", sp.integrate(sp.log(x) * r_ * sp.exp(-r_ * x), (x, 0, sp.oo)))
# Laplace(m, b) with d = c − m > 0, then d → |c − m| (the density is symmetric about m).
d_ = sp.Symbol("d", positive=True)
lap = lambda y: sp.exp(-sp.Abs(y) / b) / (2 * b)
E_abs = sp.integrate((d_ - y) * lap(y), (y, -sp.oo, 0)) + sp.integrate((d_ - y) * lap(y), (y, 0, d_)) \
    + sp.integrate((y - d_) * lap(y), (y, d_, sp.oo))
case("expect(Laplace(m, b), abs(x - c))", sp.simplify(E_abs).subs(d_, sp.Abs(c_ - mr)))
case("expect(Laplace(m, b), abs(m - x)^3)", 2 * sp.integrate(y ** 3 * lap(y), (y, 0, sp.oo)))
case("expect(Categorical([p, q, 1 - p - q]), x^2)", sum(pk * k ** 2 for k, pk in zip((1, 2, 3), (p_, q_, 1 - p_ - q_))))

# Taylor expansions, with the divergences written out by hand.
kl_var = (v / (v + h) - 1 + sp.log((v + h) / v)) / 2
kl_gamma = a * (sp.log(b) - sp.log(b + h)) + a * h / b
ser = lambda e, k: sp.series(e, h, 0, k + 1).removeO()
case("series(kl(N(m, v), N(m + h, v)), h, 2)", ser(h ** 2 / (2 * v), 2))
case("series(kl(N(m, v), N(m, v + h)), h, 2)", ser(kl_var, 2))
case("series(kl(Gamma(a, b), Gamma(a, b + h)), h, 2)", ser(kl_gamma, 2))
case("series(log(1 + h), h, 4)", ser(sp.log(1 + h), 4))
case("series(exp(h) sqrt(1 + h), h, 3)", ser(sp.exp(h) * sp.sqrt(1 + h), 3))
case("series(lgamma(1 + h), h, 2)", ser(sp.loggamma(1 + h), 2))

# Derivatives.
case("diff(x^5, x, 3)", sp.diff(x ** 5, x, 3))
case("diff(log(x), x, 4)", sp.diff(sp.log(x), x, 4))
case("diff(lgamma(a), a, 3)", sp.diff(sp.loggamma(a), a, 3))
case("diff(x exp(-x), x, 2)", sp.diff(x * sp.exp(-x), x, 2))
case("diff(logpdf(N(m, v), x), m, 2)", sp.diff(-(x - mr) ** 2 / (2 * v) - sp.log(2 * sp.pi * v) / 2, mr, 2))
case("diff(x^3, x, 0)", x ** 3)

# User-defined functions.
th, r, mu = sp.symbols("t r mu")
Lf = lambda q: q ** 2 + sp.log(q)
case("diff(L(t), t)", sp.diff(Lf(th), th))
case("L(a + 1)", Lf(a + 1))
case("diff(g(r), r, 2)", sp.diff(r * r + r ** 2 - 1, r, 2))
normal_logpdf = lambda xx, mm: -(xx - mm) ** 2 / 2 - sp.log(2 * sp.pi) / 2
case("diff(loglik(mu), mu)", sp.diff(normal_logpdf(1, mu) + normal_logpdf(3, mu), mu))

header = {"generator": "testdata/refs/derive_refs.py", "sympy": sp.__version__, "count": len(CASES)}
with open(OUT, "w", encoding="utf-8") as f:
    # One case a line, so that a change shows as a one-line diff.
    body = ",\n".join(json.dumps(c, ensure_ascii=False) for c in CASES)
    f.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "cases": [\n' + body + "\n]}\n")
print(f"wrote {len(CASES)} cases to {os.path.relpath(OUT, ROOT)}")
