package sym

// maxPartsDegree bounds the power n in ∫ xⁿ e^(ax+b) dx by parts.
const maxPartsDegree = 12

// Antiderivative returns F with dF/dx = e for the forms that integrate in
// elementary terms without singularities: polynomials in x, powers
// (ax + b)ⁿ with n a whole number, e^(ax+b), and xⁿ e^(ax+b) (by parts:
// ∫ xⁿ e^u = xⁿ e^u/a − (n/a) ∫ xⁿ⁻¹ e^u), with sums and constant
// factors by linearity. The result is verified by differentiating it
// (Check of F′ against e); false means no such form was found.
func Antiderivative(e Expr, x string, a *Assumptions) (Expr, bool) {
	for _, form := range []Expr{e, Normal(e, a)} {
		if f, ok := antiderivative(form, x); ok && Check(Diff(f, x), e, a).OK {
			return f, true
		}
	}
	return nil, false
}

func antiderivative(e Expr, x string) (Expr, bool) {
	xs := Symbol(x)
	if !dependsOn(e, x) {
		return Mul(e, xs), true
	}
	switch t := e.(type) {
	case *symbol:
		return Div(Pow(xs, Int(2)), Int(2)), true
	case *sum:
		out := make([]Expr, len(t.terms))
		for i, u := range t.terms {
			f, ok := antiderivative(u, x)
			if !ok {
				return nil, false
			}
			out[i] = f
		}
		return Add(out...), true
	case *prod:
		var consts, deps []Expr
		for _, f := range t.factors {
			if dependsOn(f, x) {
				deps = append(deps, f)
			} else {
				consts = append(consts, f)
			}
		}
		c := Mul(consts...)
		if len(deps) == 1 {
			if f, ok := antiderivative(deps[0], x); ok {
				return Mul(c, f), true
			}
			return nil, false
		}
		if len(deps) == 2 {
			for i := 0; i < 2; i++ {
				n, ok1 := monomialDegree(deps[i], x)
				u, slope, ok2 := linearExp(deps[1-i], x)
				if ok1 && ok2 {
					return Mul(c, byParts(n, u, slope, xs)), true
				}
			}
		}
	case *pow:
		if u, slope, ok := linearExp(t, x); ok {
			return Div(Pow(E, u), slope), true
		}
		slope, ok := linearSlope(t.base, x)
		n, isInt := t.exp.(*rat)
		if ok && isInt && n.r.IsInt() && n.r.Sign() > 0 && !dependsOn(t.exp, x) {
			k := Add(t.exp, one)
			return Div(Pow(t.base, k), Mul(k, slope)), true
		}
	}
	return nil, false
}

// byParts is ∫ xⁿ e^u dx for u = slope·x + c.
func byParts(n int, u, slope, xs Expr) Expr {
	if n == 0 {
		return Div(Pow(E, u), slope)
	}
	first := Div(Mul(Pow(xs, Int(int64(n))), Pow(E, u)), slope)
	return Sub(first, Mul(Div(Int(int64(n)), slope), byParts(n-1, u, slope, xs)))
}

// monomialDegree recognises x or xⁿ with 1 ≤ n ≤ maxPartsDegree.
func monomialDegree(e Expr, x string) (int, bool) {
	if s, ok := e.(*symbol); ok && s.name == x {
		return 1, true
	}
	p, ok := e.(*pow)
	if !ok {
		return 0, false
	}
	s, ok := p.base.(*symbol)
	n, isRat := p.exp.(*rat)
	if !ok || s.name != x || !isRat || !n.r.IsInt() || n.r.Sign() <= 0 || n.r.Num().Int64() > maxPartsDegree {
		return 0, false
	}
	return int(n.r.Num().Int64()), true
}

// linearExp recognises e^u with u linear in x and returns u and du/dx.
func linearExp(e Expr, x string) (Expr, Expr, bool) {
	p, ok := e.(*pow)
	if !ok || p.base != E {
		return nil, nil, false
	}
	slope, ok := linearSlope(p.exp, x)
	return p.exp, slope, ok
}

// linearSlope returns a for u = a·x + b with a ≠ 0 free of x.
func linearSlope(u Expr, x string) (Expr, bool) {
	if !dependsOn(u, x) {
		return nil, false
	}
	a := Diff(u, x)
	if dependsOn(a, x) || isExactZero(a) {
		return nil, false
	}
	return a, true
}
