# References for testdata/linalg_sym.sc, run by golden_refs.py (which
# defines case, close, M, V, vec, tr, mp and mpf). Numbers: mpmath at 50
# digits by routes other than the calculator's (mpmath's LU inverse and
# determinant, Cholesky-free eigendecomposition for sqrtm, direct sums of
# exp for logsumexp, mpmath's sin/cos/tanh/exp). Symbolic output: each
# printed expression is parsed with sympy and compared with sympy's own
# det, inv and diff, and the script stops on any mismatch.

import re

import sympy
from sympy.parsing.sympy_parser import (convert_xor, implicit_multiplication_application,
                                        parse_expr, standard_transformations)

LSY = "testdata/linalg_sym.sc"
_TRANSFORMS = standard_transformations + (implicit_multiplication_application, convert_xor)


_OUT = transcript_outputs(LSY)


def _sym(text):
    names = {n: sympy.Symbol(n, real=True) for n in re.findall(r"[A-Za-z_]\w*", text)}
    for fn in ("log", "exp", "sqrt", "sin", "cos", "tanh"):
        names.pop(fn, None)
    names["sigmoid"] = sympy.Lambda(sympy.Symbol("t"), 1 / (1 + sympy.exp(-sympy.Symbol("t"))))
    return parse_expr(text, local_dict=names, transformations=_TRANSFORMS)


def _printed(statement):
    """The printed output of a statement as a sympy scalar or Matrix."""
    lines = _OUT[statement]
    if len(lines) == 1 and not lines[0].startswith("[ "):
        text = lines[0]
        if text.startswith("["):
            return sympy.Matrix([_sym(t) for t in text[1:-1].split(", ")])
        return _sym(text)
    rows = [[_sym(t) for t in re.split(r"\s{2,}", l.strip()[1:-1].strip())] for l in lines]
    return sympy.Matrix(rows)


def same_symbolic(statement, want):
    got = _printed(statement)
    diff = sympy.simplify(got - want)
    if isinstance(diff, sympy.MatrixBase):
        ok = all(sympy.simplify(d) == 0 for d in diff)
    else:
        ok = diff == 0
    if not ok:
        sys.exit(f"{LSY}: {statement!r} prints {got}, sympy gives {want}")


a, b, c, x, r, s1, s2, w = sympy.symbols("a b c x r s1 s2 w", real=True)
S_ = sympy.Matrix([[a, c], [c, b]])
same_symbolic("det(S)", S_.det())
same_symbolic("inv(S)", S_.inv())
same_symbolic("logdet(S)", sympy.log(S_.det()))
same_symbolic("tr(S)", S_.trace())
same_symbolic("S^2", S_ ** 2)
same_symbolic("solve(S, [1, 2])", S_.LUsolve(sympy.Matrix([1, 2])))
T_ = sympy.Matrix([[x, 1, 0], [1, x, 1], [0, 1, x]])
same_symbolic("det(T)", T_.det())
same_symbolic("inv(T)", T_.inv())
B_ = sympy.Matrix([[a, b, 0, 0], [b, a, b, 0], [0, b, a, b], [0, 0, b, a]])
same_symbolic("det(B)", B_.det())
same_symbolic("det([[a, 0.5], [0.5, 1/4]])", sympy.Matrix([[a, sympy.Rational(1, 2)], [sympy.Rational(1, 2), sympy.Rational(1, 4)]]).det())
C_ = sympy.Matrix([[s1, r], [r, s2]])
same_symbolic("C[1, 1] - C[1, 2] * inv(C[2:2, 2:2])[1, 1] * C[2, 1]", C_[0, 0] - C_[0, 1] * C_[1, 0] / C_[1, 1])
same_symbolic("inv(S)[1, 2]", S_.inv()[0, 1])
same_symbolic("sum([a, b, c])", a + b + c)
same_symbolic("norm([a, b])", sympy.sqrt(a ** 2 + b ** 2))
same_symbolic("outer([a, b], [c, 1])", sympy.Matrix([a, b]) * sympy.Matrix([[c, 1]]))
same_symbolic("logsumexp([a, b])", sympy.log(sympy.exp(a) + sympy.exp(b)))
sig = lambda t: 1 / (1 + sympy.exp(-t))
same_symbolic("diff(sigmoid(x), x)", sympy.diff(sig(x), x))
same_symbolic("diff(tanh(x), x)", sympy.diff(sympy.tanh(x), x))
same_symbolic("diff(sin(x) cos(x), x)", sympy.diff(sympy.sin(x) * sympy.cos(x), x))
same_symbolic("diff(log(sigmoid(w x)), w)", sympy.diff(sympy.log(sig(w * x)), w))
same_symbolic("sin(-x)", -sympy.sin(x))

# Indexing.
VS = ["v = [10, 20, 30, 40]"]
AS = ["A = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]"]
A_ = M([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
case(LSY, "v[2]", 20, VS)
case(LSY, "v[2:3]", [20, 30], VS)
case(LSY, "v[:2]", [10, 20], VS)
case(LSY, "v[3:]", [30, 40], VS)
case(LSY, "v[1] + v[4]", 50, VS)
case(LSY, "A[2, 3]", A_[1, 2], AS)
case(LSY, "A[1:2, 2]", [A_[0, 1], A_[1, 1]], AS)
case(LSY, "A[:, 1]", [A_[i, 0] for i in range(3)], AS)
case(LSY, "A[3, :]", [A_[2, j] for j in range(3)], AS)
case(LSY, "A[2:3, 2:3]", M([[5, 6], [8, 10]]), AS)
# (A⁻¹)₁₂ is the (2, 1) cofactor over det A: −(2·10 − 3·8)/det A.
close(mp.inverse(A_)[0, 1], -(2 * 10 - 3 * 8) / mp.det(A_), 1e-40, "inverse entry by cofactors")
case(LSY, "inv(A)[1, 2]", mp.inverse(A_)[0, 1], AS)
case(LSY, "[[1, 2], [3, 4]][2, 1]", 3)
case(LSY, "det(A[1:2, 1:2])", 1 * 5 - 2 * 4, AS)

# Numeric matrix functions.
K = M([[2, 1], [1, 3]])
case(LSY, "solve([[2, 1], [1, 3]], [1, 2])", vec(mp.lu_solve(K, V([1, 2]))))
case(LSY, "solve([[4, 1], [1, 3]], [[1, 0], [0, 1]])", mp.inverse(M([[4, 1], [1, 3]])))
case(LSY, "logdet([[2, 1], [1, 2]])", mp.log(mp.det(M([[2, 1], [1, 2]]))))
P = M([[4, 2], [2, -1]])
case(LSY, "logdet([[4, 2], [2, -1]] * [[4, 2], [2, -1]])", 2 * mp.log(abs(mp.det(P))))
case(LSY, "sum([1, 2, 3])", 6)
case(LSY, "sum([[1, 2], [3, 4]])", 10)
case(LSY, "norm([3, 4])", 5)
case(LSY, "norm([[1, 2], [3, 4]])", mp.sqrt(mp.fsum(x ** 2 for x in [1, 2, 3, 4])))
case(LSY, "zeros(3)", [0, 0, 0])
case(LSY, "zeros(2, 3)", mp.zeros(2, 3))
case(LSY, "ones(3)", [1, 1, 1])
case(LSY, "ones(2, 2)", mp.ones(2, 2))
case(LSY, "outer([1, 2], [3, 4, 5])", V([1, 2]) * V([3, 4, 5]).T)


def sqrtm_eig(a):
    """Q diag(√λ) Qᵀ from mpmath's symmetric eigendecomposition."""
    ev, q = mp.eigsy(a)
    return q * mp.diag([mp.sqrt(max(l, 0)) for l in ev]) * q.T


R1 = sqrtm_eig(M([[2, 1], [1, 2]]))
# Second route: for a 2×2 SPD matrix, √A = (A + √det A · I)/√(tr A + 2√det A).
sd = mp.sqrt(mp.det(M([[2, 1], [1, 2]])))
R1b = (M([[2, 1], [1, 2]]) + sd * mp.eye(2)) / mp.sqrt(4 + 2 * sd)
close(mp.mnorm(R1 - R1b, 1), 0, 1e-40, "sqrtm by two routes")
case(LSY, "sqrtm([[2, 1], [1, 2]])", R1)
# [[4, 2], [2, 1]] is singular PSD: √A = A/√(tr A) = A/√5.
case(LSY, "sqrtm([[4, 2], [2, 1]])", M([[4, 2], [2, 1]]) / mp.sqrt(5))
case(LSY, "logsumexp([1, 2, 3])", mp.log(mp.fsum(mp.exp(k) for k in [1, 2, 3])))
case(LSY, "logsumexp([1000, 1000])", mp.log(2 * mp.exp(1000)))
case(LSY, "logsumexp([-1000, -1001])", mp.log(mp.exp(-1000) + mp.exp(-1001)))

# Elementary functions.
case(LSY, "sin(pi/6)", mp.sin(mp.pi / 6))
case(LSY, "cos(pi/3)", mp.cos(mp.pi / 3))
case(LSY, "sin(pi/4)", mp.sin(mp.pi / 4))
case(LSY, "cos(5 pi/6)", mp.cos(5 * mp.pi / 6))
case(LSY, "sin(1)", mp.sin(1))
case(LSY, "cos(1)", mp.cos(1))
case(LSY, "tanh(1)", mp.tanh(1))
case(LSY, "sigmoid(0)", mpf(1) / 2)
case(LSY, "sigmoid(2)", 1 / (1 + mp.exp(-2)))
case(LSY, "sigmoid(-40)", mp.exp(-40) / (1 + mp.exp(-40)))
P40L = [":precision 40"]
case(LSY, "sin(1)", mp.sin(1), P40L, nth=2)
case(LSY, "cos(2)", mp.cos(2), P40L)
case(LSY, "tanh(0.5)", mp.tanh(mpf(1) / 2), P40L)
case(LSY, "sigmoid(-3)", 1 / (1 + mp.exp(3)), P40L)
# sin(π + ε) = −sin ε, exactly; 50 digits cannot form π + 10⁻³⁰ accurately.
case(LSY, "sin(pi + 1e-30)", -mp.sin(mpf("1e-30")), P40L)

# The least-squares slope Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)², and the logistic gradient.
x1, x2, x3, y1, y2, y3, y = sympy.symbols("x1 x2 x3 y1 y2 y3 y", real=True)
xs_, ys_ = [x1, x2, x3], [y1, y2, y3]
xbar, ybar = sum(xs_) / 3, sum(ys_) / 3
same_symbolic("beta[2]", sum((a_ - xbar) * (b_ - ybar) for a_, b_ in zip(xs_, ys_)) / sum((a_ - xbar) ** 2 for a_ in xs_))
same_symbolic("diff(y log(sigmoid(w x)) + (1 - y) log(1 - sigmoid(w x)), w)",
              sympy.diff(y * sympy.log(sig(w * x)) + (1 - y) * sympy.log(1 - sig(w * x)), w))
