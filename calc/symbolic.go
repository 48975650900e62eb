package calc

import (
	"statcalc/parser"
	"statcalc/sym"
)

func init() {
	register(
		&Builtin{Name: "subs", Signature: "subs(expr, a=1, b=s^2, …)", Doc: "substitute values or expressions for free symbols",
			Example: "subs(x + 1, x=2)", Group: "symbolic", min: 1, max: 1, keys: anyKey, fn: fnSubs},
		&Builtin{Name: "simplify", Signature: "simplify(expr)", Doc: "simplify an expression (under the assumptions made with assume)",
			Example: "simplify((a^2 - b^2)/(a - b))", Group: "symbolic", min: 1, max: 1, fn: fnSimplify},
		&Builtin{Name: "diff", Signature: "diff(expr, x [, k])", Doc: "derivative (k-th derivative) with respect to a free symbol",
			Example: "diff(log(s^2), s)", Group: "symbolic", min: 2, max: 3, names: []int{1}, fn: fnDiff},
		&Builtin{Name: "gradient", Signature: "gradient(expr, [x, y, …])", Doc: "vector of first derivatives",
			Example: "gradient(x^2 y, [x, y])", Group: "symbolic", min: 2, max: 2, names: []int{1}, fn: fnGradient},
		&Builtin{Name: "hessian", Signature: "hessian(expr, [x, y, …])", Doc: "matrix of second derivatives",
			Example: "hessian(x^2*y + log(y), [x, y])", Group: "symbolic", min: 2, max: 2, names: []int{1}, fn: fnHessian},
		&Builtin{Name: "series", Signature: "series(expr, h, k)",
			Doc:     "Taylor expansion in h about 0 to order k: Σ_{j≤k} f⁽ʲ⁾(0) h^j/j!",
			Example: "series(kl(N(m, v), N(m + h, v)), h, 2)", Group: "symbolic", min: 3, max: 3, names: []int{1}, fn: fnSeries},
	)
}

// anyKey marks a built-in that accepts key=value arguments of any name.
var anyKey = []string{"*"}

// mapEntries applies f to a scalar or to every entry of a matrix.
func (s *Session) mapEntries(a *args, v Value, f func(sym.Expr) sym.Expr) Value {
	switch v := v.(type) {
	case Scalar:
		r := f(v.E)
		s.checkFinite(a.call.Pos, r)
		return Scalar{E: r}
	case *Matrix:
		s.reserveMatrix(a.call.Pos, v.Rows, v.Cols, true, a.call.Fun)
		es := v.symbolic()
		out := &Matrix{Rows: v.Rows, Cols: v.Cols, IsVector: v.IsVector, Sym: make([]sym.Expr, len(es))}
		for i, e := range es {
			pollEntry(i)
			out.Sym[i] = f(e)
			s.checkFinite(a.call.Pos, out.Sym[i])
		}
		m, err := numericIfPossible(out)
		if err != nil {
			errorf(a.call.Pos, "%s: %v", a.call.Fun, err)
		}
		if m.IsNumeric() && !v.IsNumeric() {
			// Keep exact entries exact: only matrices that were numeric stay float64.
			return out
		}
		return m
	}
	errorf(a.pos[0], "%s needs an expression or a matrix of expressions, not %s", a.call.Fun, a.vals[0].Kind())
	return nil
}

func fnSubs(s *Session, a *args) Value {
	m := map[string]sym.Expr{}
	for k, v := range a.keys {
		switch v := v.(type) {
		case Scalar:
			m[k] = v.E
		default:
			errorf(a.kpos[k], "subs: %s= must be a number or an expression, not %s", k, v.Kind())
		}
	}
	subs := func(e sym.Expr) sym.Expr { return sym.Simplify(sym.Subs(e, m), s.assume) }
	switch v := a.vals[0].(type) {
	case *Distribution:
		if v.isNormal() {
			if v.D.Multivariate() {
				return v
			}
			return s.univariateNormal(&args{call: a.call, pos: repeatPos(a.call.Pos, 2)}, subs(v.D.Theta[0]), subs(v.D.Theta[1]))
		}
		// Substituting into the parameters gives a member of the same family.
		θ := make([]Value, len(v.D.Theta))
		for i, t := range v.D.Theta {
			θ[i] = Scalar{E: subs(t)}
		}
		if v.D.Family.Vector {
			vec := &Matrix{Rows: len(θ), Cols: 1, IsVector: true, Sym: make([]sym.Expr, len(θ))}
			for i, t := range θ {
				vec.Sym[i] = t.(Scalar).E
			}
			θ = []Value{vec}
		}
		return s.newFamilyMember(v.D.Family, &args{call: a.call, pos: repeatPos(a.call.Pos, len(θ)), vals: θ})
	}
	return s.mapEntries(a, a.vals[0], subs)
}

func repeatPos(p parser.Pos, n int) []parser.Pos {
	out := make([]parser.Pos, n)
	for i := range out {
		out[i] = p
	}
	return out
}

func fnSimplify(s *Session, a *args) Value {
	return s.mapEntries(a, a.vals[0], func(e sym.Expr) sym.Expr { return sym.Simplify(e, s.assume) })
}

func (s *Session) oneName(a *args, i int) string {
	names := a.syms[0]
	if len(names) != 1 {
		errorf(a.pos[i], "%s: give one variable, such as x", a.call.Fun)
	}
	return names[0]
}

func fnDiff(s *Session, a *args) Value {
	x := s.oneName(a, 1)
	k := 1
	if len(a.vals) == 3 {
		k = s.intArg(a.pos[2], a.vals[2], "diff: the order k", 0, maxDerivOrder)
	}
	return s.mapEntries(a, a.vals[0], func(e sym.Expr) sym.Expr { return sym.Simplify(s.derivative(a, e, x, k), s.assume) })
}

func fnGradient(s *Session, a *args) Value {
	e := s.scalarArg(a, 0, "the expression")
	xs := a.syms[0]
	s.reserveMatrix(a.call.Pos, len(xs), 1, true, "gradient")
	g := sym.Gradient(e, xs)
	out := &Matrix{Rows: len(g), Cols: 1, IsVector: true, Sym: make([]sym.Expr, len(g))}
	for i, d := range g {
		out.Sym[i] = sym.Simplify(d, s.assume)
	}
	return out
}

func fnHessian(s *Session, a *args) Value {
	e := s.scalarArg(a, 0, "the expression")
	xs := a.syms[0]
	s.reserveMatrix(a.call.Pos, len(xs), len(xs), true, "hessian")
	h := sym.Hessian(e, xs)
	n := len(xs)
	out := &Matrix{Rows: n, Cols: n, Sym: make([]sym.Expr, n*n)}
	for i := range h {
		for j := range h[i] {
			out.Sym[i*n+j] = sym.Simplify(h[i][j], s.assume)
		}
	}
	return out
}
