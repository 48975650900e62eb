#!/usr/bin/env python3
"""References for testdata/mc.sc: each mc statement's closed form computed
with mpmath at 50 digits from a textbook formula, and for pairs without a
closed form the exact value the estimate must come near (within five of its
standard errors). Written to mc_refs.json for calc/mc_refs_test.go.

Run from anywhere:  python3 testdata/refs/mc_refs.py
"""

import json
import os

import mpmath
from mpmath import mp, mpf

mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FILE = "testdata/mc.sc"


def kl_normal1(m1, v1, m2, v2):
    """KL(N(m1, v1)‖N(m2, v2)) = ½[log(v2/v1) + (v1 + (m1 − m2)²)/v2 − 1]."""
    return (mp.log(mpf(v2) / v1) + (v1 + (mpf(m1) - m2) ** 2) / v2 - 1) / 2


def kl_mvn(m1, s1, m2, s2):
    """½[tr(Σq⁻¹Σp) + Δᵀ Σq⁻¹ Δ − k + ln(det Σq / det Σp)]."""
    s1, s2 = mp.matrix(s1), mp.matrix(s2)
    d = mp.matrix(m1) - mp.matrix(m2)
    inv = s2 ** -1
    k = s1.rows
    tr = sum((inv * s1)[i, i] for i in range(k))
    return (tr + (d.T * inv * d)[0] - k + mp.log(mp.det(s2) / mp.det(s1))) / 2


def renyi_normal1(m1, v1, m2, v2, a):
    """D_α = α/2 Δ²/v_α − 1/(2(α−1)) ln(v_α / (v1^(1−α) v2^α)), v_α = α v2 + (1−α) v1."""
    a = mpf(a)
    va = a * v2 + (1 - a) * v1
    return a / 2 * (mpf(m1) - m2) ** 2 / va - mp.log(va / (mpf(v1) ** (1 - a) * mpf(v2) ** a)) / (2 * (a - 1))


def gamma_logpdf(a, b):
    return lambda x: a * mp.log(b) - mp.loggamma(a) + (a - 1) * mp.log(x) - b * x


def kl_gamma(ap, bp, aq, bq):
    """Bregman form: (ap − aq)ψ(ap) − lnΓ(ap) + lnΓ(aq) + aq ln(bp/bq) + ap (bq − bp)/bp."""
    ap, bp, aq, bq = map(mpf, (ap, bp, aq, bq))
    return ((ap - aq) * mp.digamma(ap) - mp.loggamma(ap) + mp.loggamma(aq)
            + aq * mp.log(bp / bq) + ap * (bq - bp) / bp)


def by_quadrature(logp, logq, lo, hi):
    """KL(p‖q) by integrating p (log p − log q): the second route for kl_gamma."""
    return mp.quad(lambda x: mp.exp(logp(x)) * (logp(x) - logq(x)), [lo, 1, hi])


def renyi_quad(logp, logq, a, lo, hi):
    return mp.log(mp.quad(lambda x: mp.exp(a * logp(x) + (1 - a) * logq(x)), [lo, 1, hi])) / (a - 1)


def bhatt_normal1(m1, v1, m2, v2):
    """D_B = (m1 − m2)²/(4(v1 + v2)) + ½ ln((v1 + v2)/(2√(v1 v2)))."""
    return (mpf(m1) - m2) ** 2 / (4 * (v1 + v2)) + mp.log((mpf(v1) + v2) / (2 * mp.sqrt(mpf(v1) * v2))) / 2


def w2_mvn(m1, s1, m2, s2):
    """W2² = |Δ|² + tr(Σp + Σq − 2 (Σp^½ Σq Σp^½)^½)  (Givens and Shortt 1984)."""
    s1, s2 = mp.matrix(s1), mp.matrix(s2)
    r = mp.sqrtm(s1)
    c = mp.sqrtm(r * s2 * r)
    d = mp.matrix(m1) - mp.matrix(m2)
    k = s1.rows
    return mp.sqrt(sum(x ** 2 for x in d) + sum(s1[i, i] + s2[i, i] - 2 * c[i, i] for i in range(k)))


def sqrtm_psd(a):
    """Symmetric square root of a positive semi-definite matrix by eigenvalues."""
    e, q = mp.eigsy(mp.matrix(a))
    d = mp.diag([mp.sqrt(max(x, 0)) for x in e])
    return q * d * q.T


def w2_psd(m1, s1, m2, s2):
    """W2 as w2_mvn, with square roots of semi-definite matrices."""
    s1, s2 = mp.matrix(s1), mp.matrix(s2)
    r = sqrtm_psd(s1)
    c = sqrtm_psd(r * s2 * r)
    d = mp.matrix(m1) - mp.matrix(m2)
    k = s1.rows
    return mp.sqrt(sum(x ** 2 for x in d) + sum(s1[i, i] + s2[i, i] - 2 * c[i, i] for i in range(k)))


def check(a, b, what, tol=mpf(10) ** -30):
    if abs(a - b) > tol * max(1, abs(a)):
        raise SystemExit(f"self-check failed: {what}: {a} vs {b}")


S = [[1, mpf("0.5")], [mpf("0.5"), 2]]
I2 = [[1, 0], [0, 1]]
CASES = []


def case(statement, closed=None, estimate=None):
    CASES.append({"input": statement, "closed": None if closed is None else mp.nstr(closed, 30),
                  "estimate": None if estimate is None else mp.nstr(estimate, 30)})


kl1 = kl_normal1(0, 1, 1, 2)
check(kl1, kl_mvn([0], [[1]], [1], [[2]]), "kl normal 1-d")
case("mc kl(N(0, 1), N(1, 2)) n=200000 seed=3", kl1)
case("mc kl(N([0, 0], [[1, 0.5], [0.5, 2]]), N([1, -1], I(2))) n=200000 seed=3", kl_mvn([0, 0], S, [1, -1], I2))
# H(p, q) = ½ ln(2π v2) + (v1 + Δ²)/(2 v2) = KL + h(p), h(p) = ½ ln(2πe v1).
ce = mp.log(2 * mp.pi * 2) / 2 + (1 + 1) / mpf(4)
check(ce, kl1 + mp.log(2 * mp.pi * mp.e) / 2, "cross-entropy")
case("mc cross_entropy(N(0, 1), N(1, 2)) seed=4", ce)
# h(Beta(a, b)) = ln B(a, b) − (a−1)ψ(a) − (b−1)ψ(b) + (a+b−2)ψ(a+b).
hb = mp.log(mp.beta(2, 3)) - mp.digamma(2) - 2 * mp.digamma(3) + 3 * mp.digamma(5)
check(hb, -mp.quad(lambda x: 12 * x * (1 - x) ** 2 * mp.log(12 * x * (1 - x) ** 2), [0, 1]), "beta entropy")
case("mc entropy(Beta(2, 3)) seed=2", hb)
klg = kl_gamma(2, 1, 3, 2)
check(klg, by_quadrature(gamma_logpdf(2, 1), gamma_logpdf(3, 2), 0, mp.inf), "gamma kl", mpf(10) ** -20)
case("mc kl(Gamma(2, 1), Gamma(3, 2)) n=200000 seed=1", klg)
db = bhatt_normal1(0, 1, 1, 2)
check(db, renyi_normal1(0, 1, 1, 2, mpf(1) / 2) / 2, "bhattacharyya = D_1/2 / 2")
case("mc bhattacharyya(N(0, 1), N(1, 2)) seed=5", db)
case("mc hellinger(N(0, 1), N(1, 2)) seed=5", mp.sqrt(1 - mp.exp(-db)))
case("mc renyi(N(0, 1), N(0, 2), 0.5) n=200000 seed=1", renyi_normal1(0, 1, 0, 2, mpf(1) / 2))
rg = renyi_quad(gamma_logpdf(2, 1), gamma_logpdf(3, 2), mpf(1) / 2, 0, mp.inf)
case("mc renyi(Gamma(2, 1), Gamma(3, 2), 0.5) seed=1", rg)
case("mc mean(Gamma(2, 3)) seed=2", mpf(2) / 3)
case("mc var(Gamma(2, 3)) seed=2", mpf(2) / 9)
case("mc expect(N(1, 2), x^2) seed=2", mpf(1) + 2)
# E[log(1 + t)], t ~ Exponential(2): ∫ 2 e^{−2t} log(1 + t) dt = e² E₁(2).
el = mp.e ** 2 * mp.e1(2)
check(el, mp.quad(lambda t: 2 * mp.exp(-2 * t) * mp.log(1 + t), [0, mp.inf]), "expect log(1+t)")
case("mc expect(Exponential(2), log(1 + t), t) seed=2", None, el)
w21 = mp.sqrt(1 + (1 - mp.sqrt(2)) ** 2)
check(w21, w2_mvn([0], [[1]], [1], [[2]]), "w2 1-d")
case("mc w2(N(0, 1), N(1, 2)) seed=2", w21)
case("mc w2(N([0, 0], [[1, 0.5], [0.5, 2]]), N([1, -1], I(2))) seed=2", w2_mvn([0, 0], S, [1, -1], I2))
# KL(Exponential(1)‖Gamma(2, 1)) = E[−x − (log x − x)] = −E[log x] = γ.
check(mp.euler, by_quadrature(lambda x: -x, gamma_logpdf(2, 1), 0, mp.inf), "kl exp gamma", mpf(10) ** -20)
case("mc kl(Exponential(1), Gamma(2, 1)) n=200000 seed=3", mp.euler)
# W2² by the quantile coupling, with u = F_Γ(x): 1 − F_Γ(2,1)(x) = (1 + x)e^{−x},
# so F_Exp⁻¹(u) = x − log(1 + x) and W2² = E_Γ(2,1)[log(1 + x)²].
w2ge = mp.sqrt(mp.quad(lambda x: x * mp.exp(-x) * mp.log(1 + x) ** 2, [0, 1, mp.inf]))
case("mc w2(Gamma(2, 1), Exponential(1)) seed=2", w2ge)
# KL(N(0, 1)‖Laplace(0, 1)) = −½ log 2π − ½ + log 2 + E|x| with E|x| = √(2/π).
kll = -mp.log(2 * mp.pi) / 2 - mpf(1) / 2 + mp.log(2) + mp.sqrt(2 / mp.pi)
check(kll, mp.quad(lambda x: mp.npdf(x) * (mp.log(mp.npdf(x)) - mp.log(mp.exp(-abs(x)) / 2)), [-mp.inf, 0, mp.inf]), "kl normal laplace", mpf(10) ** -20)
case("mc kl(N(0, 1), Laplace(0, 1)) seed=2", kll)
case("mc renyi(N(0, 1), N(0, 0.6), 2) n=200000 seed=1", renyi_normal1(0, 1, 0, mpf("0.6"), 2))
case("mc kl(Poisson(3), Poisson(4)) n=200000 seed=1 level=3",
     3 * mp.log(mpf(3) / 4) + 4 - 3)

# Fisher information in the family's parameters (Lehmann and Casella 2.6):
# Gamma(a, b): [[ψ'(a), −1/b], [−1/b, a/b²]]; N(m, v): diag(1/v, 1/(2v²));
# Binomial(n, p): n/(p(1−p)); N(μ, Σ) about μ: Σ⁻¹.
fg = mp.matrix([[mp.psi(1, 2), -mpf(1) / 3], [-mpf(1) / 3, mpf(2) / 9]])
check(fg[0, 0], mp.pi ** 2 / 6 - 1, "trigamma(2)")
# Σp = [[1, 1], [1, 1]] = 2uuᵀ, u = (1, 1)/√2: Σp^½ = √2 uuᵀ, so W2² = tr Σp + tr I − 2√2.
w2s = mp.sqrt(4 - 2 * mp.sqrt(2))
check(w2s, w2_psd([0, 0], [[1, 1], [1, 1]], [0, 0], I2), "w2 singular")
case("mc w2(N([0, 0], [[1, 1], [1, 1]]), N([0, 0], I(2))) seed=2", w2s)
fcases = [("mc fisher(Gamma(2, 3)) seed=2", fg),
          ("mc fisher(N(1, 2)) seed=2", mp.matrix([[mpf(1) / 2, 0], [0, mpf(1) / 8]])),
          ("mc fisher(Binomial(10, 0.3)) seed=2", mp.matrix([[10 / (mpf("0.3") * mpf("0.7"))]])),
          ("mc fisher(N([0, 0], [[1, 0.5], [0.5, 2]]), \"mean\") seed=2", mp.matrix(S) ** -1)]


def cov_information(s):
    """Information about vech Σ of N(μ, Σ): ½ tr(Σ⁻¹ E_a Σ⁻¹ E_b), E_a = ∂Σ/∂(vech Σ)_a
    (Magnus and Neudecker, Matrix Differential Calculus, ch. 15)."""
    p = mp.matrix(s) ** -1
    d = p.rows
    idx = [(i, j) for j in range(d) for i in range(j, d)]

    def unit(i, j):
        e = mp.matrix(d, d)
        e[i, j] = e[j, i] = 1
        return e
    f = mp.matrix(len(idx), len(idx))
    for a, (i, j) in enumerate(idx):
        for b, (k, l) in enumerate(idx):
            t = p * unit(i, j) * p * unit(k, l)
            f[a, b] = sum(t[r, r] for r in range(d)) / 2
    return f


fcases += [("mc fisher(N([0, 0], [[1, 0.5], [0.5, 2]]), \"cov\") n=200000 seed=2", cov_information(S))]
fcases += [("mc mean(N([1, 2], [[1, 0.5], [0.5, 2]])) seed=2", mp.matrix([[1], [2]])),
           ("mc cov(N([1, 2], [[1, 0.5], [0.5, 2]])) seed=2", mp.matrix(S))]
for st, m in fcases:
    CASES.append({"input": st, "matrix": [[mp.nstr(m[i, j], 30) for j in range(m.cols)] for i in range(m.rows)]})
# Cov of Dirichlet(α), α0 = Σα: (α_i α0 δ_ij − α_i α_j)/(α0² (α0 + 1)); no closed form in statcalc.
al = [mpf(1), mpf(2), mpf(3)]
a0 = sum(al)
dc = mp.matrix(3, 3)
for i in range(3):
    for j in range(3):
        dc[i, j] = (al[i] * a0 * (i == j) - al[i] * al[j]) / (a0 ** 2 * (a0 + 1))
CASES.append({"input": "mc cov(Dirichlet([1, 2, 3])) seed=2",
              "exact": [[mp.nstr(dc[i, j], 30) for j in range(3)] for i in range(3)]})

lines = {}
with open(os.path.join(ROOT, FILE), encoding="utf-8") as f:
    for i, text in enumerate(f.read().split("\n"), 1):
        if text.startswith("mc "):
            lines.setdefault(text, i)
for c in CASES:
    if c["input"] not in lines:
        raise SystemExit(f"{FILE}: no statement {c['input']!r}")
    c["line"] = lines[c["input"]]
    c.setdefault("closed", None)
    c.setdefault("estimate", None)
    c["file"] = FILE
if set(lines) != {c["input"] for c in CASES}:
    raise SystemExit(f"{FILE}: statements without a reference: {set(lines) - {c['input'] for c in CASES}}")
with open(os.path.join(HERE, "mc_refs.json"), "w", encoding="utf-8") as f:
    json.dump({"count": len(CASES), "cases": CASES}, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"wrote {len(CASES)} cases")
