# References for testdata/mvn_sym.sc, run by golden_refs.py (which defines
# case, close, M, V, tr, quad_form, Normal, kl, renyi, w2, mp and mpf).
# Symbolic output: each printed closed form is parsed with sympy and
# compared with sympy's own computation of the textbook formula on sympy
# matrices (det, inv, diff), or with Isserlis' theorem for moments; the
# script stops on any mismatch. Numbers: mpmath at 50 digits on the
# substituted matrices, through the eigenvalue route for KL and mpmath's
# sqrtm for W2, and the 2×2 identity tr √M = √(tr M + 2 √det M) checked
# against sqrtm before it is used.

import re

import sympy
from sympy.parsing.sympy_parser import (convert_xor, implicit_multiplication_application,
                                        parse_expr, standard_transformations)

MS = "testdata/mvn_sym.sc"
_MS_TRANSFORMS = standard_transformations + (implicit_multiplication_application, convert_xor)
_MS_POSITIVE = {"a", "b", "d", "g", "v", "w", "s", "r", "s1", "s2", "s3", "t1", "t2"}


_MS_OUT = transcript_outputs(MS)


def _ms_symbol(n):
    return sympy.Symbol(n, positive=True) if n in _MS_POSITIVE else sympy.Symbol(n, real=True)


def _ms_sym(text):
    names = {n: _ms_symbol(n) for n in re.findall(r"[A-Za-z_]\w*", text)}
    for fn in ("log", "exp", "sqrt"):
        names.pop(fn, None)
    names["pi"], names["abs"] = sympy.pi, sympy.Abs
    return parse_expr(text, local_dict=names, transformations=_MS_TRANSFORMS)


def _ms_printed(statement):
    lines = _MS_OUT[statement]
    if len(lines) == 1 and not lines[0].startswith("[ "):
        text = lines[0]
        if text.startswith("["):
            return sympy.Matrix([_ms_sym(t) for t in text[1:-1].split(", ")])
        return _ms_sym(text)
    rows = [[_ms_sym(t) for t in re.split(r"\s{2,}", l.strip()[1:-1].strip())] for l in lines]
    return sympy.Matrix(rows)


def _ms_zero(e):
    """Whether sympy proves e = 0: logarithms expanded, or combined (the
    positive symbols make both valid)."""
    for form in (lambda x: sympy.expand_log(sympy.factor(x), force=True),
                 lambda x: sympy.logcombine(x, force=True)):
        if sympy.simplify(form(e)) == 0:
            return True
    return False


def ms_same(statement, want):
    got = _ms_printed(statement)
    diffs = list(got - want) if isinstance(got, sympy.MatrixBase) else [got - want]
    if not all(_ms_zero(sympy.expand_log(d, force=True)) for d in diffs):
        sys.exit(f"{MS}: {statement!r} prints {got}, sympy gives {want}")


S_ = {n: _ms_symbol(n) for n in "a b c d f g v w s r s1 s2 s3 t1 t2 m1 m2 n1 n2 x1 x2 u".split()}
a_, b_, c_, v_, w_ = S_["a"], S_["b"], S_["c"], S_["v"], S_["w"]
m_ = sympy.Matrix([S_["m1"], S_["m2"]])
x_ = sympy.Matrix([S_["x1"], S_["x2"]])
I2 = sympy.eye(2)


def sym_kl(mp_, sp, mq, sq):
    d = mq - mp_
    k = sp.shape[0]
    return ((sq.inv() * sp).trace() + (d.T * sq.inv() * d)[0] - k + sympy.log(sq.det()) - sympy.log(sp.det())) / 2


def sym_bhattacharyya(mp_, sp, mq, sq):
    s = (sp + sq) / 2
    d = mq - mp_
    return (d.T * s.inv() * d)[0] / 8 + (sympy.log(s.det()) - (sympy.log(sp.det()) + sympy.log(sq.det())) / 2) / 2


def sym_logpdf(mu, s, x):
    d = x - mu
    k = s.shape[0]
    return -(k * sympy.log(2 * sympy.pi) + sympy.log(s.det()) + (d.T * s.inv() * d)[0]) / 2


zero2 = sympy.Matrix([0, 0])
Sig = sympy.Matrix([[a_, c_], [c_, b_]])
ms_same("kl(N([m1, m2], v I(2)), N([0, 0], w I(2)))", sym_kl(m_, v_ * I2, zero2, w_ * I2))
ms_same("entropy(p)", sympy.log((2 * sympy.pi * sympy.E) ** 2 * Sig.det()) / 2)
D_ = sympy.diag(S_["s1"], S_["s2"])
ms_same("bhattacharyya(N([m1, m2], diag([s1, s2])), N([0, 0], diag([s1, s2])))", sym_bhattacharyya(m_, D_, zero2, D_))
# Rényi at α = ½ is twice the Bhattacharyya distance.
ms_same("renyi(N([m1, m2], v I(2)), N([0, 0], w I(2)), 1/2)", 2 * sym_bhattacharyya(m_, v_ * I2, zero2, w_ * I2))
# Cross-entropy = entropy + KL.
ms_same("cross_entropy(N([m1, m2], v I(2)), N([0, 0], w I(2)))",
        sympy.log((2 * sympy.pi * sympy.E) ** 2 * v_ ** 2) / 2 + sym_kl(m_, v_ * I2, zero2, w_ * I2))
ms_same("logpdf(N([m1, m2], v I(2)), [x1, x2])", sym_logpdf(m_, v_ * I2, x_))
ms_same("mahalanobis([x1, x2], N([m1, m2], diag([s1, s2])))", sympy.sqrt(((x_ - m_).T * D_.inv() * (x_ - m_))[0]))
lp = sym_logpdf(m_, v_ * I2, x_)
ms_same("score(N([m1, m2], v I(2)), [x1, x2])", sympy.Matrix([sympy.diff(lp, t) for t in (S_["m1"], S_["m2"], v_)]))

# Moments: E[x] = μ, E[x xᵀ] = Σ + μμᵀ; Isserlis: E[x1² x2²] = Σ11 Σ22 + 2 Σ12² at μ = 0.
ms_same("expect(p, x)", m_)
ms_same("expect(p, x * transpose(x))", Sig + m_ * m_.T)
ms_same("expect(N([0, 0], S1), x1^2 x2^2)", a_ * b_ + 2 * c_ ** 2)
ms_same("expect(N([0, 0, 0], diag([s1, s2, s3])), u^2 v^2 w^2, [u, v, w])", S_["s1"] * S_["s2"] * S_["s3"])
ms_same("mean(p)", m_)
ms_same("cov(p)", Sig)

# W2: diagonal and isotropic covariances commute, so tr((Σp^½ Σq Σp^½)^½) = Σ √(λp λq).
t1_, t2_, s1_, s2_ = S_["t1"], S_["t2"], S_["s1"], S_["s2"]
ms_same("w2(N([m1, m2], diag([s1, s2])), N([0, 0], diag([t1, t2])))",
        sympy.sqrt(S_["m1"] ** 2 + S_["m2"] ** 2 + s1_ + s2_ + t1_ + t2_ - 2 * sympy.sqrt(s1_ * t1_) - 2 * sympy.sqrt(s2_ * t2_)))
ms_same("w2(N(mu, s^2 I(3)), N(mu, r^2 I(3)))", sympy.sqrt(3 * (S_["s"] - S_["r"]) ** 2))


def tr_sqrt_2x2(sp, sq):
    """tr((Σp^½ Σq Σp^½)^½) for 2×2 matrices: √(tr(Σp Σq) + 2 √(det Σp det Σq))."""
    return sympy.sqrt((sp * sq).trace() + 2 * sympy.sqrt(sp.det() * sq.det()))


# The identity at a few points against mpmath's sqrtm.
for sp_num, sq_num in [([[2, 0.5], [0.5, 1]], [[1, -0.25], [-0.25, 3]]), ([[3, 1], [1, 1]], [[0.5, 0.1], [0.1, 2]])]:
    P_, Q_ = M(sp_num), M(sq_num)
    r_ = mp.sqrtm(P_)
    via_sqrtm = tr(mp.sqrtm(r_ * Q_ * r_))
    via_formula = mp.sqrt(tr(P_ * Q_) + 2 * mp.sqrt(mp.det(P_) * mp.det(Q_)))
    close(via_sqrtm, via_formula, 1e-40, "tr √(Σp^½ Σq Σp^½) for 2×2 by two routes")
ms_same("w2(p, N([0, 0], I(2)))",
        sympy.sqrt((m_.T * m_)[0] + Sig.trace() + 2 - 2 * tr_sqrt_2x2(Sig, I2)))
ms_same("kl(N([m1, m2], [[2, 0.5], [0.5, 1]]), N([0, 0], I(2)))",
        sym_kl(m_, sympy.Matrix([[2, sympy.Rational(1, 2)], [sympy.Rational(1, 2), 1]]), zero2, I2))

# Numbers: the substituted closed forms and the numeric code, against mpmath.
MS_SETUP = ["S1 = [[a, c], [c, b]]", "S2 = [[d, f], [f, g]]", "mu1 = [m1, m2]", "mu2 = [n1, n2]",
            "p = N(mu1, S1)", "q = N(mu2, S2)"]
PN = Normal([0, 1], [[2, 0.5], [0.5, 1]])
QN = Normal([1, -1], [[1, -0.25], [-0.25, 3]])
close(kl(PN, QN), kl_eig(PN, QN), 1e-40, "KL of the substituted normals by two routes")
SUBS = "m1=0, m2=1, n1=1, n2=-1, a=2, b=1, c=0.5, d=1, g=3, f=-0.25"
case(MS, f"subs(kl(p, q), {SUBS})", kl_eig(PN, QN), MS_SETUP)
case(MS, "kl(N([0, 1], [[2, 0.5], [0.5, 1]]), N([1, -1], [[1, -0.25], [-0.25, 3]]))", kl_eig(PN, QN))
close(w2(PN, QN) ** 2, mpf(1) + 4 + 3 + 4 - 2 * mp.sqrt(tr(PN.cov * QN.cov) + 2 * mp.sqrt(mp.det(PN.cov) * mp.det(QN.cov))),
      1e-40, "W2² of the substituted normals by two routes")
case(MS, f"subs(w2(p, q), {SUBS})", w2(PN, QN), MS_SETUP)
case(MS, "w2(N([0, 1], [[2, 0.5], [0.5, 1]]), N([1, -1], [[1, -0.25], [-0.25, 3]]))", w2(PN, QN))
case(MS, f"subs(renyi(p, q, 0.3), {SUBS})", renyi(PN, QN, mpf("0.3")), MS_SETUP)
