#!/usr/bin/env python3
"""Independent references for the numbers in statcalc's golden transcripts.

Each numeric result printed by a statement of testdata/*.sc or examples/tour.sc
is recomputed here with mpmath at 50 digits from a textbook formula (a
different computation from the calculator's: closed forms on mpmath matrices,
series, special values), and written to golden_refs.json for
calc/golden_refs_test.go, which runs every statement and compares.

Run from anywhere:  python3 testdata/refs/golden_refs.py [--slow]
(--slow adds two-dimensional quadratures of the KL and Bhattacharyya integrals.)
Adding a case is one line:  case(FILE, "statement as in the transcript", value)
Statements whose output is symbolic text, an error, a distribution or a
Monte-Carlo estimate are not listed.

References for normal distributions (k-dimensional, Δ = μ_p − μ_q):
  KL(p‖q)   = ½[tr(Σ_q⁻¹Σ_p) + Δᵀ Σ_q⁻¹ Δ − k + ln(det Σ_q / det Σ_p)]
              (Kullback 1959; Duchi, "Derivations for linear algebra and optimization")
  D_B       = ⅛ Δᵀ Σ̄⁻¹ Δ + ½ ln(det Σ̄ / √(det Σ_p det Σ_q)),  Σ̄ = (Σ_p + Σ_q)/2
              (Bhattacharyya 1943; Kailath 1967)
  H         = √(1 − exp(−D_B))   (Hellinger distance, H² = 1 − BC)
  D_α       = α/2 Δᵀ Σ_α⁻¹ Δ − 1/(2(α−1)) ln(det Σ_α / (det Σ_p^(1−α) det Σ_q^α)),
              Σ_α = α Σ_q + (1−α) Σ_p   (Gil, Alajaji & Linder 2013, Table 2)
  W2²       = |Δ|² + tr(Σ_p + Σ_q − 2 (Σ_p^½ Σ_q Σ_p^½)^½)   (Givens & Shortt 1984)
  h(p)      = ½ ln det(2πe Σ_p);  H(p, q) = ½[k ln 2π + ln det Σ_q + tr(Σ_q⁻¹Σ_p) + Δᵀ Σ_q⁻¹ Δ]
  log p(x)  = −½[k ln 2π + ln det Σ + (x − μ)ᵀ Σ⁻¹ (x − μ)]
Each is cross-checked below by a second route (eigenvalues, identities, or
numerical integration in one dimension) before anything is written.
"""

import json
import os
import sys

import mpmath
import sympy
from mpmath import mp, mpf

mp.dps = 50

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "golden_refs.json")
REF_DIGITS = 30

CASES = []
_statement_lines = {}


def transcript_outputs(path):
    """Map each statement of a transcript to its output lines (first occurrence)."""
    out, cur = {}, None
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("\t"):
                if cur is not None:
                    out[cur].append(line[1:])
            elif line and not line.startswith("#"):
                cur = line if line not in out else None
                if cur is not None:
                    out[cur] = []
    return out


def statement_lines(path):
    """Line numbers of the statements at the left margin of a transcript."""
    if path not in _statement_lines:
        lines = {}
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            for i, text in enumerate(f.read().split("\n"), 1):
                if text and not text.startswith(("#", "\t")):
                    lines.setdefault(text, []).append(i)
        _statement_lines[path] = lines
    return _statement_lines[path]


def chop(x, scale):
    """Zero for an entry below 1e-40 of its matrix's scale (50-digit rounding noise)."""
    return mpf(0) if abs(x) <= mpf(10) ** -40 * scale else x


def encode(v, digits):
    """A reference as a string, a list of strings (vector) or a list of lists (matrix)."""
    def s(x):
        mantissa, _, exponent = mp.nstr(mpf(x), digits).partition("e")
        return mantissa.removesuffix(".0") + ("e" + exponent if exponent else "")

    if isinstance(v, mp.matrix):
        scale = max([abs(v[i, j]) for i in range(v.rows) for j in range(v.cols)] + [mpf(0)])
        return [[s(chop(v[i, j], scale)) for j in range(v.cols)] for i in range(v.rows)]
    if isinstance(v, (list, tuple)):
        scale = max([abs(mpf(x)) for x in v] + [mpf(0)])
        return [s(chop(mpf(x), scale)) for x in v]
    return s(v)


def case(file, statement, ref, setup=(), nth=1, rtol=1e-12, why=None, printed_digits=None):
    """Record one statement of a transcript with its reference value.

    setup: statements run first in a fresh session (variables, :units, :digits).
    nth: which occurrence of the statement in the file (1 = first).
    rtol: relative tolerance of the JSON value; a looser one needs why.
    printed_digits: the result is a message whose numbers are printed with
    this many significant digits (there is no JSON number to compare).
    """
    lines = statement_lines(file).get(statement, [])
    if len(lines) < nth:
        sys.exit(f"{file}: statement {statement!r} occurs {len(lines)} times, wanted occurrence {nth}")
    if rtol > 1e-12 and not why:
        sys.exit(f"{file}:{lines[nth - 1]}: rtol {rtol} needs a reason")
    digits = REF_DIGITS
    for st in setup:
        if st.startswith(":precision "):
            digits = max(REF_DIGITS, int(st.split()[1]) + 5)
    c = {"file": file, "line": lines[nth - 1], "input": statement, "setup": list(setup),
         "ref": encode(ref, digits), "rtol": rtol}
    if why:
        c["why"] = why
    if printed_digits:
        c["printed_digits"] = printed_digits
    CASES.append(c)


# testdata/derive.sc: values of user-defined functions, from their definitions.
D = "testdata/derive.sc"
case(D, "L(2)", mpf(2) ** 2 + mp.log(2), ["L(theta) = theta^2 + log(theta)"])
case(D, "f(2, 3)", mpf(2 * 3 + 3 ** 2), ["f(x, y) = x y + y^2"])
# g(r) = f(r, r) − 1 = 2r² − 1, whose second derivative is 4.
case(D, "diff(g(r), r, 2)", mpf(4), ["f(x, y) = x y + y^2", "g(r) = f(r, r) - 1"])
case(D, "h(2)", mpf(3 * 2), ["c = 3", "h(y) = c y"])
case(D, "h(2)", mpf(4 * 2), ["h(y) = c y", "c = 4"], nth=2)


def close(a, b, tol, what):
    """Stop unless two independent computations of a reference agree
    (relative tolerance; absolute for values below 1)."""
    a, b = mpf(a), mpf(b)
    if abs(a - b) > tol * max(abs(a), abs(b), 1):
        sys.exit(f"self-check failed: {what}: {a} vs {b}")


def zero(x, what):
    """An analytically zero result: the formula must give rounding noise only."""
    if abs(x) > mpf(10) ** -40:
        sys.exit(f"self-check failed: {what} should be 0, is {x}")
    return mpf(0)


def M(rows):
    return mp.matrix([[mpf(x) for x in r] for r in rows])


def V(xs):
    return mp.matrix([mpf(x) for x in xs])


def vec(m):
    return [m[i] for i in range(m.rows)]


def tr(a):
    return mp.fsum(a[i, i] for i in range(a.rows))


def quad_form(x, a):
    """xᵀ A⁻¹ x through a linear solve."""
    return (x.T * mp.lu_solve(a, x))[0]


# ---------------------------------------------------------------- normals


class Normal:
    def __init__(self, mu, cov):
        self.mu = V(mu) if isinstance(mu, (list, tuple)) else V([mu])
        self.cov = M(cov) if isinstance(cov, (list, tuple)) else M([[cov]])
        self.k = self.mu.rows


def kl(p, q):
    d = p.mu - q.mu
    return (tr(mp.inverse(q.cov) * p.cov) + quad_form(d, q.cov) - p.k
            + mp.log(mp.det(q.cov) / mp.det(p.cov))) / 2


def kl_eig(p, q):
    """KL through the eigenvalues λ of Σ_q^{-½} Σ_p Σ_q^{-½}: ½Σ(λ − 1 − ln λ) + ½Δᵀ Σ_q⁻¹ Δ."""
    r = mp.inverse(mp.sqrtm(q.cov))
    lam, _ = mp.eigsy(r * p.cov * r)
    d = p.mu - q.mu
    return (mp.fsum(l - 1 - mp.log(l) for l in lam) + quad_form(d, q.cov)) / 2


def bhattacharyya(p, q):
    s = (p.cov + q.cov) / 2
    d = p.mu - q.mu
    return quad_form(d, s) / 8 + mp.log(mp.det(s) / mp.sqrt(mp.det(p.cov) * mp.det(q.cov))) / 2


def hellinger(p, q):
    return mp.sqrt(-mp.expm1(-bhattacharyya(p, q)))


def renyi(p, q, a):
    a = mpf(a)
    s = a * q.cov + (1 - a) * p.cov
    d = p.mu - q.mu
    return (a / 2 * quad_form(d, s)
            - mp.log(mp.det(s) / (mp.det(p.cov) ** (1 - a) * mp.det(q.cov) ** a)) / (2 * (a - 1)))


def w2(p, q):
    d = p.mu - q.mu
    r = mp.sqrtm(p.cov)
    cross = mp.sqrtm(r * q.cov * r)
    w = (d.T * d)[0] + tr(p.cov) + tr(q.cov) - 2 * tr(cross)
    return mp.sqrt(w)


def entropy(p):
    return mp.log(mp.det(2 * mp.pi * mp.e * p.cov)) / 2


def cross_entropy(p, q):
    d = p.mu - q.mu
    return (p.k * mp.log(2 * mp.pi) + mp.log(mp.det(q.cov)) + tr(mp.inverse(q.cov) * p.cov)
            + quad_form(d, q.cov)) / 2


def mahalanobis(x, p):
    return mp.sqrt(quad_form(V(x) - p.mu, p.cov))


def logpdf(p, x):
    return -(p.k * mp.log(2 * mp.pi) + mp.log(mp.det(p.cov)) + quad_form(V(x) - p.mu, p.cov)) / 2


def density_1d(p):
    m, v = p.mu[0], p.cov[0, 0]
    return lambda x: mp.exp(-(x - m) ** 2 / (2 * v)) / mp.sqrt(2 * mp.pi * v)


def integrate_1d(f):
    return mp.quad(f, [-mp.inf, -5, 0, 5, mp.inf])


# ---------------------------------------------------------------- cases

S = M([[2, 0.5], [0.5, 1]])
P = Normal([0, 0], [[2, 0.5], [0.5, 1]])
Q = Normal([1, -1], [[1, 0], [0, 1]])
N01, N12 = Normal(0, 1), Normal(1, 2)
LN2 = mp.log(2)

# Second routes for the normal formulas, all before any case is written.
close(kl(P, Q), kl_eig(P, Q), 1e-45, "KL trace vs eigenvalues")
close(kl(Q, P), kl_eig(Q, P), 1e-45, "KL(q‖p) trace vs eigenvalues")
close(kl(P, Q), cross_entropy(P, Q) - entropy(P), 1e-45, "KL = H(p, q) − h(p)")
close(renyi(P, Q, 0.5), 2 * bhattacharyya(P, Q), 1e-45, "Rényi ½ = 2 D_B")
close(renyi(P, Q, 1 - mpf(10) ** -25), kl(P, Q), 1e-20, "Rényi → KL as α → 1")
close(bhattacharyya(P, Q), bhattacharyya(Q, P), 1e-45, "D_B symmetric")
lam, _ = mp.eigsy(mp.cholesky(P.cov).T * Q.cov * mp.cholesky(P.cov))
close(w2(P, Q) ** 2, mp.fsum(vec(P.mu - Q.mu)[i] ** 2 for i in range(2)) + tr(P.cov) + tr(Q.cov)
      - 2 * mp.fsum(mp.sqrt(l) for l in lam), 1e-45, "W2 sqrtm vs Cholesky eigenvalues")
f, g = density_1d(N01), density_1d(N12)
close(kl(N01, N12), integrate_1d(lambda x: f(x) * mp.log(f(x) / g(x))), 1e-40, "1-D KL by quadrature")
close(entropy(N01), integrate_1d(lambda x: -f(x) * mp.log(f(x))), 1e-40, "1-D entropy by quadrature")
close(hellinger(N01, N12) ** 2, integrate_1d(lambda x: (mp.sqrt(f(x)) - mp.sqrt(g(x))) ** 2) / 2,
      1e-40, "1-D Hellinger by quadrature")
ALPHA = mpf(3) / 10
close(renyi(N01, N12, ALPHA), mp.log(integrate_1d(lambda x: f(x) ** ALPHA * g(x) ** (1 - ALPHA))) / (ALPHA - 1),
      1e-40, "1-D Rényi by quadrature")
close(w2(N01, N12), mp.sqrt(1 + (1 - mp.sqrt(2)) ** 2), 1e-45, "1-D W2: |Δμ|² + (σ_p − σ_q)²")
close(mp.exp(logpdf(N01, [0])), f(0), 1e-45, "1-D density")
close(mp.det(S), 2 * 1 - mpf(0.5) ** 2, 1e-45, "2×2 determinant")
close(mp.loggamma(5), mp.log(24), 1e-45, "lgamma(5) = ln 4!")
close(mp.psi(0, 1), -mp.euler, 1e-45, "ψ(1) = −γ")
close(mp.psi(1, 1), mp.zeta(2), 1e-45, "ψ′(1) = ζ(2)")
close(mp.psi(2, 1), -2 * mp.zeta(3), 1e-45, "ψ″(1) = −2ζ(3)")
close(mp.log(mp.beta(2, 3)), mp.loggamma(2) + mp.loggamma(3) - mp.loggamma(5), 1e-45, "ln B(2, 3)")

if "--slow" in sys.argv:
    # Two-dimensional quadrature of the defining integrals (about a minute).
    def density(n):
        ci, c = mp.inverse(n.cov), mp.det(n.cov)
        def f(x, y):
            d = V([x, y]) - n.mu
            return mp.exp(-(d.T * ci * d)[0] / 2) / (2 * mp.pi * mp.sqrt(c))
        return f
    with mp.workdps(20):
        fp, fq, cut = density(P), density(Q), [-mp.inf, -4, 0, 4, mp.inf]
        close(bhattacharyya(P, Q), -mp.log(mp.quad(lambda x, y: mp.sqrt(fp(x, y) * fq(x, y)), cut, cut)),
              1e-17, "2-D Bhattacharyya by quadrature")
        close(kl(P, Q), mp.quad(lambda x, y: fp(x, y) * mp.log(fp(x, y) / fq(x, y)), cut, cut),
              1e-17, "2-D KL by quadrature")

# basics.sc
B = "testdata/basics.sc"
A2, AB = ["a = 2"], ["a = 2", "b = 3"]
case(B, "1 + 2", 3)
case(B, "1/3", mpf(1) / 3)
case(B, "0.1 + 0.2", mpf("0.3"))
case(B, "2^10", 1024)
case(B, "2^-1", mpf(1) / 2)
case(B, "-2^2", -4)
case(B, "(-2)^2", 4)
case(B, "2^3^2", 2 ** 9)
case(B, "1e-3 * 1000", 1)
case(B, "6/4", mpf(3) / 2)
case(B, "a^10   # a comment", 2 ** 10, A2)
case(B, "b = 3; a * b", 6, A2)
case(B, "2 a + 3 b", 13, AB)
case(B, "pi", mp.pi)
case(B, "e", mp.e)
case(B, "log(2)", mp.log(2))
case(B, "exp(1)", mp.e)
case(B, "sqrt(2)", mp.sqrt(2))
case(B, "sqrt(8)", 2 * mp.sqrt(2))
case(B, "abs(-3.5)", mpf(3.5))
case(B, "log(e)", 1)
case(B, "c", 3, ["c = (1 +\n     2)"])
case(B, "subs(x + 1, x=2)", 3)
case(B, "subs(a x^2, x=3)", 18, A2)
case(B, "exp(1000)", mp.exp(1000))
case(B, "2^4096", mpf(2) ** 4096)
case(B, "1e-400", mpf("1e-400"))

# linalg.sc
L = "testdata/linalg.sc"
LS = ["S = [[2, 0.5], [0.5, 1]]"]
I2 = mp.eye(2)
case(L, "S", S, LS)
case(L, "det(S)", mp.det(S), LS)
case(L, "inv(S)", mp.inverse(S), LS)
case(L, "det(S) * inv(S)", M([[1, -0.5], [-0.5, 2]]), LS)  # the adjugate of a 2×2 matrix
case(L, "S * inv(S)", S * mp.inverse(S), LS)
case(L, "tr(S)", tr(S), LS)
case(L, "transpose([[1, 2], [3, 4]])", M([[1, 2], [3, 4]]).T)
case(L, "I(3)", mp.eye(3))
case(L, "diag([1, 2, 3])", mp.diag([1, 2, 3]))
case(L, "diag(S)", [S[0, 0], S[1, 1]], LS)
case(L, "chol([[4, 2], [2, 3]])", mp.cholesky(M([[4, 2], [2, 3]])))
case(L, "eig([[2, 1], [1, 2]])", sorted(mp.eigsy(M([[2, 1], [1, 2]]))[0]))
case(L, "eig([[2, 0], [1, 3]])", sorted(mp.re(x) for x in mp.eig(M([[2, 0], [1, 3]]))[0]))
case(L, "S^2", S * S, LS)
case(L, "S^-1", mp.inverse(S), LS)
case(L, "S^0", I2, LS)
case(L, "2 * S", 2 * S, LS)
case(L, "S / 2", S / 2, LS)
case(L, "S + I(2)", S + I2, LS)
case(L, "S - S", S - S, LS)
case(L, "[1, 2] * 2", [2, 4])
case(L, "[1, 2] + [3, 4]", [4, 6])
case(L, "S * [1, 1]", vec(S * V([1, 1])), LS)
case(L, "dot([1, 2], [3, 4])", (V([1, 2]).T * V([3, 4]))[0])
case(L, "-[1, 2]", [-1, -2])
case(L, "[[1, 2, 3], [4, 5, 6]] * [[1], [2], [3]]", M([[1, 2, 3], [4, 5, 6]]) * M([[1], [2], [3]]))
case(L, "M", M([[1, 2], [3, 4]]), ["M = [[1,\n      2],\n     [3, 4]]"])

# normal.sc
NS = "testdata/normal.sc"
PQ = ["S = [[2, 0.5], [0.5, 1]]", "p = N([0, 0], S)", "q = N([1, -1], I(2))"]
BITS = PQ + [":units bits"]
case(NS, "mean(p)", vec(P.mu), PQ)
case(NS, "cov(p)", P.cov, PQ)
case(NS, "var(N(1, 4))", Normal(1, 4).cov[0, 0])
case(NS, "mean(N(1, 4))", Normal(1, 4).mu[0])
case(NS, "kl(p, q)", kl(P, Q), PQ)
case(NS, "kl(q, p)", kl(Q, P), PQ)
case(NS, "kl(p, p)", zero(kl(P, P), "KL(p‖p)"), PQ)
case(NS, "bhattacharyya(p, q)", bhattacharyya(P, Q), PQ)
case(NS, "bhattacharyya(q, p)", bhattacharyya(Q, P), PQ)
case(NS, "hellinger(p, q)", hellinger(P, Q), PQ)
case(NS, "renyi(p, q, 0.5)", renyi(P, Q, 0.5), PQ)
case(NS, "renyi(p, q, 1)", kl(P, Q), PQ)  # the limit α → 1 (checked above)
case(NS, "w2(p, q)", w2(P, Q), PQ)
case(NS, "w2(p, p)", zero(w2(P, P) ** 2, "W2(p, p)²"), PQ)
case(NS, "entropy(p)", entropy(P), PQ)
case(NS, "cross_entropy(p, q)", cross_entropy(P, Q), PQ)
case(NS, "mahalanobis([1, 1], p)", mahalanobis([1, 1], P), PQ)
case(NS, "logpdf(p, [0, 0])", logpdf(P, [0, 0]), PQ)
case(NS, "pdf(N(0, 1), 0)", 1 / mp.sqrt(2 * mp.pi))
case(NS, "kl(N(0, 1), N(1, 2))", kl(N01, N12))
case(NS, "entropy(N(0, 1))", entropy(N01))
case(NS, "w2(N([0, 0], [[0, 0], [0, 0]]), N([3, 4], [[0, 0], [0, 0]]))",
     w2(Normal([0, 0], [[0, 0], [0, 0]]), Normal([3, 4], [[0, 0], [0, 0]])))
case(NS, "kl(p, q)", kl(P, Q) / LN2, BITS, nth=2)
case(NS, "entropy(N(0, 1))", entropy(N01) / LN2, [":units bits"], nth=2)
case(NS, "kl(N([0, 0], [[2, 0.5], [0.5, 1]]), N([1, -1], I(2)))", kl(P, Q), [":digits 17"])

# symbolic.sc
SY = "testdata/symbolic.sc"
case(SY, "subs(x^2 + y, x=2, y=3)", 7)
case(SY, "subs(log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2) - 1/2, m1=0, m2=0, s1=1, s2=1)",
     zero(kl(N01, N01), "KL(N(0, 1)‖N(0, 1))"))
case(SY, "check log(2) == 0.6931 tol=1e-4", [mp.log(2) - mpf("0.6931"), mpf("1e-4")],
     rtol=5e-4, why="the message prints |a − b| and the tolerance with 4 digits", printed_digits=4)
case(SY, "lgamma(5)", mp.log(24))
case(SY, "digamma(1)", -mp.euler)
case(SY, "trigamma(1)", mp.pi ** 2 / 6)
case(SY, "polygamma(2, 1)", -2 * mp.zeta(3))
case(SY, "lbeta(2, 3)", -mp.log(12))  # B(2, 3) = 1!·2!/4! = 1/12

# commands.sc
C = "testdata/commands.sc"
P40 = [":precision 40"]
TINY = mpf("1e-30")
case(C, "pi", mp.pi, [":digits 4"])
case(C, "[[1/3, 2/3], [1, 2]]", M([[mpf(1) / 3, mpf(2) / 3], [1, 2]]), [":digits 4"])
case(C, "pi", mp.pi, P40, nth=2)
# log(1 + x) − x = Σ_{k≥2} (−1)^{k+1} x^k / k: the series, free of cancellation.
case(C, "log(1 + 1e-30) - 1e-30", mp.fsum((-1) ** (k + 1) * TINY ** k / k for k in range(2, 8)), P40)
case(C, "sqrt(2)", mp.sqrt(2), P40)
case(C, "[[1, 0.5], [0.5, 2]]", M([[1, 0.5], [0.5, 2]]))
case(C, "1e-7", mpf("1e-7"))
case(C, "[1, 2] * 2", [2, 4])
case(C, "[[1, 2], [3, 4]]", M([[1, 2], [3, 4]]))
case(C, "1/4", mpf(1) / 4)

# commands_shadow.sc: variables named after built-ins.
CS = "testdata/commands_shadow.sc"
case(CS, "w2 * 2", mpf(1) / 2, ["w2 = 1/4"])
case(CS, "w2 (1 + 1)", mpf(1) / 2, ["w2 = 1/4"])
# W2 between N(μ1, σ1²) and N(μ2, σ2²) is sqrt((μ1 − μ2)² + (σ1 − σ2)²) (Givens & Shortt 1984).
case(CS, "w2(N(0, 1), N(3, 1))", mp.sqrt(3 ** 2 + (1 - 1) ** 2), ["w2 = 3", ":clear w2"])
case(CS, "e^2", mpf(4), ["e = 2"])
case(CS, "exp(1)", mp.e, ["e = 2"])
case(CS, "e", mp.e, ["e = 2", ":clear e"])
case(CS, "log(2)", mp.log(2), ["log = 1/2", ":clear"])

# examples/tour.sc
T = "examples/tour.sc"
TS = ["S = [[2, 0.5], [0.5, 1]]"]
TPQ = TS + ["p = N([0, 0], S)", "q = N([1, -1], I(2))"]
case(T, "det(S) * inv(S)", mp.det(S) * mp.inverse(S), TS)
case(T, "eig(S)", [(3 - mp.sqrt(2)) / 2, (3 + mp.sqrt(2)) / 2], TS)  # roots of λ² − 3λ + 7/4
case(T, "kl(p, q)", kl(P, Q), TPQ)
case(T, "kl(q, p)", kl(Q, P), TPQ)
case(T, "bhattacharyya(p, q)", bhattacharyya(P, Q), TPQ)
case(T, "hellinger(p, q)", hellinger(P, Q), TPQ)
case(T, "renyi(p, q, 0.5)", renyi(P, Q, 0.5), TPQ)
case(T, "w2(p, q)", w2(P, Q), TPQ)
case(T, "entropy(p)", entropy(P), TPQ)
case(T, "cross_entropy(p, q)", cross_entropy(P, Q), TPQ)
case(T, "subs(kl1, m1=0, m2=0, s1=1, s2=1)", zero(kl(N01, N01), "KL(N(0, 1)‖N(0, 1))"),
     ["kl1 = log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2) - 1/2"])
case(T, "log(1 + 1e-30) - 1e-30", mp.fsum((-1) ** (k + 1) * TINY ** k / k for k in range(2, 8)), P40)

# Univariate normals at :precision 40 take the exact closed form.
case(C, "kl(N(0, 1), N(1, 2))", mp.log(mp.sqrt(2)) + mpf(2) / 4 - mpf(1) / 2, [":precision 40"])

# testdata/families.sc: the closed forms derived from A(η) against the
# definitions, integrated or summed numerically.
F = "testdata/families.sc"


def gamma_pdf(a, b):
    return lambda x: b ** a * x ** (a - 1) * mp.exp(-b * x) / mp.gamma(a)


def kl_integral(p, q, lo, hi):
    return mp.quad(lambda x: p(x) * mp.log(p(x) / q(x)), [lo, 1, 10, hi])


G21, G32 = gamma_pdf(2, 1), gamma_pdf(3, 2)
klG = kl_integral(G21, G32, 0, mp.inf)
# Closed form for Gamma(shape, rate) (Penny 2001), checked against the integral.
close(klG, (2 - 3) * mp.digamma(2) - mp.loggamma(2) + mp.loggamma(3) + 3 * (mp.log(1) - mp.log(2)) + 2 * (2 - 1) / mpf(1),
      1e-25, "Gamma KL: integral and closed form")
case(F, "kl(Gamma(2, 1), Gamma(3, 2))", klG)
case(F, "kl(Gamma(2, 1), Gamma(3, 2))", klG, [":precision 30"], nth=2)
case(F, "kl(subs(p, a=2, b=1), subs(p, a=3, b=2))", klG, ["p = Gamma(a, b)"])


def poisson_pmf(lam, k):
    return mp.exp(k * mp.log(lam) - lam - mp.loggamma(k + 1))


case(F, "entropy(Poisson(3))", -mp.fsum(poisson_pmf(3, k) * mp.log(poisson_pmf(3, k)) for k in range(0, 200)))
cp, cq = [mpf("0.2"), mpf("0.3"), mpf("0.5")], [mpf("0.4"), mpf("0.4"), mpf("0.2")]
case(F, "kl(Categorical([0.2, 0.3, 0.5]), Categorical([0.4, 0.4, 0.2]))",
     mp.fsum(a * mp.log(a / b) for a, b in zip(cp, cq)))
case(F, "mean(Gamma(2, 4))", mp.quad(lambda x: x * gamma_pdf(2, 4)(x), [0, mp.inf]))
case(F, "var(Beta(2, 3))", mp.quad(lambda x: (x - mpf(2) / 5) ** 2 * x * (1 - x) ** 2 / mp.beta(2, 3), [0, 1]))
case(F, "logpdf(Gamma(2, 1), 1)", mp.log(G21(1)))
case(F, "pdf(Poisson(2), 3)", poisson_pmf(2, 3))
# F⁻¹ g for N(0, v = 2): the information is the covariance of the score
# ((x − m)/v, ((x − m)² − v)/(2v²)), integrated here.
v2 = mpf(2)
npdf = lambda x: mp.exp(-x ** 2 / (2 * v2)) / mp.sqrt(2 * mp.pi * v2)
score = [lambda x: x / v2, lambda x: (x ** 2 - v2) / (2 * v2 ** 2)]
Fn = mp.matrix(2, 2)
for i in range(2):
    for j in range(2):
        Fn[i, j] = mp.quad(lambda x: score[i](x) * score[j](x) * npdf(x), [-mp.inf, mp.inf])
ng = mp.lu_solve(Fn, mp.matrix([1, 1]))
case(F, "natgrad(N(0, 2), [1, 1])", [ng[0], ng[1]])

# testdata/trust.sc: exact entries are exact rationals and constants here
# (sympy), the Fisher information by integrating the score's outer product.

TR = "testdata/trust.sc"


def SM(rows):
    """A sympy matrix (exact) as an mpmath matrix at 50 digits."""
    m = sympy.Matrix(rows)
    return mp.matrix([[mpf(sympy.N(m[i, j], 60)) for j in range(m.cols)] for i in range(m.rows)])


R = sympy.Rational
case(TR, "[1/3, 1]", [mpf(1) / 3, 1])
TV = ["v = [1/3, log(2), pi]"]
vv = [mpf(1) / 3, mp.log(2), mp.pi]
case(TR, "v", vv, TV)
case(TR, "2 v - v", vv, TV)
case(TR, "[1, 2] / 3", [mpf(1) / 3, mpf(2) / 3])
TA = ["A = [[1/3, 1/6], [1/6, 1/2]]"]
A_ = sympy.Matrix([[R(1, 3), R(1, 6)], [R(1, 6), R(1, 2)]])
case(TR, "A * [3, 6]", vec(SM(A_ * sympy.Matrix([3, 6]))), TA)
case(TR, "transpose(A) * A", SM(A_.T * A_), TA)
case(TR, "subs([[a, 1/3], [1/3, a]], a=1/2)", SM(sympy.Matrix([[R(1, 2), R(1, 3)], [R(1, 3), R(1, 2)]])))
case(TR, "[0.1234567890123456789, 1] - [0.1234567890123456788, 0]",
     [mpf("0.1234567890123456789") - mpf("0.1234567890123456788"), 1])
P30 = [":precision 30"]
case(TR, "[1/3, log(2)]", [mpf(1) / 3, mp.log(2)], P30)
case(TR, "[[1/3, 1], [1, 2]]", M([[mpf(1) / 3, 1], [1, 2]]), P30)

# Fisher information of Gamma(shape a = 2, rate b = 3): E[s sᵀ] with the
# score s = (log b + log x − ψ(a), a/b − x), integrated over the density.
ga, gb = mpf(2), mpf(3)
gpdf = gamma_pdf(ga, gb)
gscore = [lambda x: mp.log(gb) + mp.log(x) - mp.digamma(ga), lambda x: ga / gb - x]
GF = mp.matrix(2, 2)
for i in range(2):
    for j in range(2):
        GF[i, j] = mp.quad(lambda x: gscore[i](x) * gscore[j](x) * gpdf(x), [0, 1, mp.inf])
close(GF[0, 0], mp.psi(1, 2), 1e-40, "Fisher information of Gamma in the shape")
TF = ["F = subs(fisher(Gamma(a, b)), a=2, b=3)"]
case(TR, "inv(F)", mp.inverse(GF), TF)
case(TR, "det(F)", mp.det(GF), TF)
case(TR, "eig(F)", sorted(mp.eigsy(GF)[0]), TF)
case(TR, "chol(F)", mp.cholesky(GF), TF)
u, w = sympy.symbols("u w")
H_ = sympy.hessian((u - 1) ** 2 + 3 * (w + 2) ** 2 + u * w, (u, w))
TH = ["H = hessian((u - 1)^2 + 3 (w + 2)^2 + u w, [u, w])"]
case(TR, "inv(H)", SM(H_.inv()), TH)
case(TR, "det(H)", mpf(sympy.N(H_.det(), 60)), TH)
B_ = sympy.Matrix([[R(1, 3), R(1, 7)], [R(1, 5), R(1, 2)]])
case(TR, "det([[1/3, 1/7], [1/5, 1/2]])", mpf(sympy.N(B_.det(), 60)))
case(TR, "inv([[1/3, 1/7], [1/5, 1/2]])", SM(B_.inv()))
case(TR, "[[1/2, 1/3], [1/3, 1/4]]^3", SM(sympy.Matrix([[R(1, 2), R(1, 3)], [R(1, 3), R(1, 4)]]) ** 3))
case(TR, "P^-2", SM(sympy.Matrix([[R(1, 2), R(1, 3)], [R(1, 3), R(1, 4)]]) ** -2), ["P = [[1/2, 1/3], [1/3, 1/4]]"])
case(TR, "eig([[2, 1/3], [1/3, 2]])", [mpf(5) / 3, mpf(7) / 3])
case(TR, "check [1, 2.0001] == [1, 2] tol=1e-3", [mpf("2.0001") - 2, mpf("1e-3")],
     rtol=5e-4, why="the message prints the largest |a − b| and the tolerance with 4 digits", printed_digits=4)

# testdata/discrete.sc: entropies summed from the definitions at 50 digits,
# or from asymptotic series checked against such sums (discrete_refs.py);
# boundary members as point masses; divergences from their definitions.
sys.path.insert(0, HERE)
from discrete_refs import binomial_series, binomial_sum, poisson_series, poisson_sum  # noqa: E402

D = "testdata/discrete.sc"


def binomial_logpmf(n, p, k):
    p = mpf(p)
    return mp.loggamma(n + 1) - mp.loggamma(k + 1) - mp.loggamma(n - k + 1) + k * mp.log(p) + (n - k) * mp.log(1 - p)


def poisson_logpmf(lam, k):
    lam = mpf(lam)
    return k * mp.log(lam) - lam - mp.loggamma(k + 1)


for lam in ["3", "80", "1e4"]:
    case(D, f"entropy(Poisson({lam}))", poisson_sum(mpf(lam)))
for lam in ["1e6", "1e10", "1e15"]:
    case(D, f"entropy(Poisson({lam}))", poisson_series(mpf(lam))[0])
case(D, "cross_entropy(Poisson(1e6), Poisson(1e6))", poisson_series(mpf("1e6"))[0])
case(D, "cross_entropy(Poisson(3), Poisson(1e6))",
     -mp.fsum(mp.exp(poisson_logpmf(3, k)) * poisson_logpmf(10 ** 6, k) for k in range(0, 200)))
case(D, "entropy(Binomial(10, 0.3))", binomial_sum(10, mpf("0.3")))
case(D, "entropy(Binomial(10^9, 0.5))", binomial_series(10 ** 9, mpf("0.5"))[0])
case(D, "entropy(Binomial(2^31, 1/3))", binomial_series(2 ** 31, mpf(1) / 3)[0])
case(D, "entropy(Binomial(10^15, 0.3))", binomial_series(10 ** 15, mpf("0.3"))[0])
case(D, "entropy(Binomial(10^15, 1e-12))", binomial_sum(10 ** 15, mpf("1e-12")))
case(D, "entropy(Binomial(10^15, 1 - 1e-12))", binomial_sum(10 ** 15, 1 - mpf("1e-12")))
case(D, "cross_entropy(Binomial(1000, 0.5), Binomial(1000, 0.4))",
     -mp.fsum(mp.exp(binomial_logpmf(1000, "0.5", k)) * binomial_logpmf(1000, "0.4", k) for k in range(0, 1001)))


def geometric_entropy(p):
    p = mpf(p)
    return -mp.fsum(mp.exp(mp.log(p) + (k - 1) * mp.log1p(-p)) * (mp.log(p) + (k - 1) * mp.log1p(-p))
                    for k in range(1, 400))


close(geometric_entropy("0.25"), (-(mpf(3) / 4) * mp.log(mpf(3) / 4) - mpf(1) / 4 * mp.log(mpf(1) / 4)) / (mpf(1) / 4),
      1e-40, "Geometric entropy: sum and closed form")
case(D, "expect(Poisson(1e4), lgamma(x + 1))",
     mp.fsum(mp.exp(poisson_logpmf(10 ** 4, k)) * mp.loggamma(k + 1) for k in range(10 ** 4 - 5050, 10 ** 4 + 5050)))
case(D, "expect(Poisson(0), lgamma(x + 1))", mpf(0))
case(D, "entropy(Geometric(0.25))", geometric_entropy("0.25"))
pg = mpf("1e-12")
case(D, "entropy(Geometric(1e-12))", (-(1 - pg) * mp.log1p(-pg) - pg * mp.log(pg)) / pg)
# −E_p[log q] for q = Geometric(½): log 2 · E_p[x] = 4 log 2.
case(D, "cross_entropy(Geometric(0.25), Geometric(0.5))",
     -mp.fsum(mpf("0.25") * mpf("0.75") ** (k - 1) * k * mp.log(mpf("0.5")) for k in range(1, 2000)))
for st in ["entropy(Bernoulli(0))", "entropy(Bernoulli(1))", "entropy(Poisson(0))", "entropy(Binomial(0, 0.3))",
           "entropy(Binomial(10, 1))", "entropy(Geometric(1))", "entropy(Categorical([1, 0]))", "mean(Binomial(0, 0.3))",
           "logpdf(Poisson(0), 0)"]:
    case(D, st, mpf(0))
case(D, "pdf(Binomial(10, 1), 10)", mp.binomial(10, 10) * mpf(1) ** 10 * mpf(0) ** 0)
case(D, "expect(Binomial(10, 1), x^2 + lgamma(x + 1))", 10 ** 2 + mp.loggamma(11))
# A point mass at x against q: KL = H(p, q) = −log q(x), D_B = −½ log q(x).
case(D, "kl(Poisson(0), Poisson(4))", -poisson_logpmf(4, 0))
case(D, "kl(Bernoulli(1), Bernoulli(0.3))", -mp.log(mpf("0.3")))
case(D, "kl(Binomial(10, 0), Binomial(10, 0.5))", -binomial_logpmf(10, "0.5", 0))
case(D, "cross_entropy(Geometric(1), Geometric(0.5))", -mp.log(mpf("0.5")))
case(D, "bhattacharyya(Poisson(0), Poisson(4))", -poisson_logpmf(4, 0) / 2)
case(D, "hellinger(Bernoulli(0), Bernoulli(1))", mpf(1))
# D_α(p‖δ₀) = log(Σ p^α δ^(1−α))/(α − 1) = log(p(0)^α)/(α − 1).
case(D, "renyi(Poisson(4), Poisson(0), 0.5)", mp.log(mp.exp(poisson_logpmf(4, 0)) ** mpf("0.5")) / (mpf("0.5") - 1))
case(D, "renyi(Poisson(0), Poisson(4), a)", -poisson_logpmf(4, 0))
case(D, "kl(Categorical([1, 0]), Categorical([0.5, 0.5]))", mp.log(2))
case(D, "renyi(Categorical([0.5, 0.5, 0]), Categorical([0.25, 0.25, 0.5]), 2)",
     mp.log(2 * mpf("0.5") ** 2 / mpf("0.25")))


def binomial_pair(n1, n2, p, f):
    return mp.fsum(f(mp.exp(binomial_logpmf(n1, p, k)), mp.exp(binomial_logpmf(n2, p, k))) for k in range(0, min(n1, n2) + 1))


case(D, "kl(Binomial(10, 0.3), Binomial(12, 0.3))", binomial_pair(10, 12, "0.3", lambda a, b: a * mp.log(a / b)))
bc = binomial_pair(10, 12, "0.3", lambda a, b: mp.sqrt(a * b))
case(D, "bhattacharyya(Binomial(10, 0.3), Binomial(12, 0.3))", -mp.log(bc))
case(D, "hellinger(Binomial(10, 0.3), Binomial(12, 0.3))", mp.sqrt(1 - bc))
case(D, "renyi(Binomial(10, 0.3), Binomial(12, 0.3), 2)", mp.log(binomial_pair(10, 12, "0.3", lambda a, b: a * a / b)))


def binomial_window_sum(n1, n2, p, f):
    """Σ f(log p₁(k), log p₂(k)) over the means ± 60 standard deviations (the rest is below 1e-700)."""
    sd = int(mp.sqrt(n1 * mpf(p) * (1 - mpf(p)))) + 1
    mid = int(n1 * mpf(p))
    return mp.fsum(f(binomial_logpmf(n1, p, k), binomial_logpmf(n2, p, k)) for k in range(mid - 60 * sd, mid + 60 * sd))


mp.dps = 30
case(D, "kl(Binomial(10^5, 0.3), Binomial(10^5 + 100, 0.3))",
     binomial_window_sum(10 ** 5, 10 ** 5 + 100, "0.3", lambda a, b: mp.exp(a) * (a - b)))
case(D, "bhattacharyya(Binomial(10^5, 0.3), Binomial(10^5 + 100, 0.3))",
     -mp.log(binomial_window_sum(10 ** 5, 10 ** 5 + 100, "0.3", lambda a, b: mp.exp((a + b) / 2))))
mp.dps = 50
case(D, "kl(Uniform(0, 1), Uniform(0, 2))", mp.quad(lambda x: mp.log(1 / mpf("0.5")), [0, 1]))
# ∫ p^α q^(1−α) over the overlap of the supports.
case(D, "renyi(Uniform(0, 2), Uniform(1, 4), 0.3)",
     mp.log(mp.quad(lambda x: (mpf(1) / 2) ** mpf("0.3") * (mpf(1) / 3) ** mpf("0.7"), [1, 2])) / (mpf("0.3") - 1))
case(D, "bhattacharyya(Uniform(0, 2), Uniform(1, 4))", -mp.log(mp.quad(lambda x: mp.sqrt(mpf(1) / 2 / 3), [1, 2])))
case(D, "hellinger(Uniform(0, 1), Uniform(2, 3))", mpf(1))
# Laplace: KL = log(b_q/b_p) + |Δ|/b_q + (b_p/b_q) e^(−|Δ|/b_p) − 1 (the last term ≈ 10^-434295).
lap = mp.log(mpf(1) / mpf("1e-6")) + 1 + mpf("1e-6") * mp.exp(-1 / mpf("1e-6")) - 1
case(D, "kl(Laplace(0, 1e-6), Laplace(1, 1))", lap)
case(D, "kl(Laplace(0, 1e-6), Laplace(1, 1))", lap, [":precision 30"], nth=2)
# Σ √(p q) for Poissons is exp(−(√λ₁ − √λ₂)²/2).
case(D, "hellinger(Poisson(1), Poisson(1e6))", mp.sqrt(-mp.expm1(-(1 - mp.sqrt(mpf(10) ** 6)) ** 2 / 2)))
case(D, "kl(Exponential(1e-300), Exponential(1e300))",
     mp.log(mpf("1e-300") / mpf("1e300")) + mpf("1e300") / mpf("1e-300") - 1)
P30 = [":precision 30"]
case(D, "entropy(Poisson(1e6))", poisson_series(mpf("1e6"))[0], P30, nth=2)
case(D, "entropy(Poisson(1e15))", poisson_series(mpf("1e15"))[0], P30, nth=2)
case(D, "entropy(Binomial(2^31, 1/3))", binomial_series(2 ** 31, mpf(1) / 3)[0], P30, nth=2)
case(D, "entropy(Poisson(80))", poisson_sum(mpf(80)), P30, nth=2)
case(D, "kl(Poisson(0), Poisson(4))", -poisson_logpmf(4, 0), P30, nth=2)
case(D, "entropy(Poisson(1e6))", poisson_series(mpf("1e6"))[0], [":precision 40"], nth=3)
case(D, "entropy(Binomial(40000, 0.25))", binomial_sum(40000, mpf("0.25")), [":precision 40"])
case(D, "entropy(Poisson(1e6))", poisson_series(mpf("1e6"))[0], [":format json"], nth=4)

close(mp.eigsy(S)[0][0], (3 - mp.sqrt(2)) / 2, 1e-45, "eigenvalues of S")

# testdata/linalg_sym.sc: symbolic linear algebra, indexing, matrix and elementary functions.
exec(open(os.path.join(HERE, "linalg_sym_refs.py"), encoding="utf-8").read())

# testdata/mvn_sym.sc: multivariate normals with symbolic entries.
exec(open(os.path.join(HERE, "mvn_sym_refs.py"), encoding="utf-8").read())

sys.path.insert(0, HERE)
import hostile_refs  # noqa: E402  (testdata/hostile.sc)

hostile_refs.add_cases(case, close, M)

import infogeo_refs  # noqa: E402  (testdata/fisher_coords.sc and examples/)

infogeo_refs.add_cases(case, close, M)
infogeo_refs.add_infogeo_cases(case, close, M)

import verbs_refs  # noqa: E402  (testdata/verbs.sc)

verbs_refs.add_cases(case, close, M)

import decl_refs  # noqa: E402  (testdata/decl.sc)

decl_refs.add_cases(case, close, M)

import families_more_refs  # noqa: E402  (testdata/families_more.sc)

families_more_refs.add_cases(case, close, M)

import families_multi_refs  # noqa: E402  (testdata/families_multi.sc)

families_multi_refs.add_cases(case, close, M)

import families_extra_refs  # noqa: E402  (testdata/families_extra.sc)

families_extra_refs.add_cases(case, close, M)

import anypair_refs  # noqa: E402  (testdata/anypair.sc)

anypair_refs.add_cases(case, close, M)

import crossfamily_refs  # noqa: E402  (testdata/crossfamily.sc)

crossfamily_refs.add_cases(case, close, M)

import discrete_cross_refs  # noqa: E402  (testdata/discrete_cross.sc)

discrete_cross_refs.add_cases(case, close, M)

import cdf_refs  # noqa: E402  (testdata/cdf.sc)

cdf_refs.add_cases(case, close, M)

header = {"generator": "testdata/refs/golden_refs.py", "mpmath": mpmath.__version__, "dps": mp.dps,
          "count": len(CASES)}
with open(OUT, "w", encoding="utf-8") as f:
    # One case a line, so that a change shows as a one-line diff.
    body = ",\n".join(json.dumps(c, ensure_ascii=False) for c in CASES)
    f.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "cases": [\n' + body + "\n]}\n")
print(f"wrote {len(CASES)} cases to {os.path.relpath(OUT, ROOT)}")
