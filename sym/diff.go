package sym

// Diff returns ∂e/∂x by the rules of differentiation: linearity, the product
// rule, the chain rule, d(u^v) = u^v (v′ log u + v u′/u), d log u = u′/u,
// d|u| = u u′/|u|, d lgamma(u) = ψ(u) u′, dψ⁽ⁿ⁾(u) = ψ⁽ⁿ⁺¹⁾(u) u′ and
// d log B(a, b) = (ψ(a) − ψ(a + b)) a′ + (ψ(b) − ψ(a + b)) b′. The order n
// of polygamma is an integer, so its derivative in n is taken as zero.
// The result is in canonical form; Simplify tidies it further.
func Diff(e Expr, x string) Expr {
	if !hasSymbol(e, x) {
		return zero
	}
	switch v := e.(type) {
	case *symbol:
		return one // hasSymbol: v.name == x
	case *sum:
		ts := make([]Expr, 0, len(v.terms))
		for _, t := range v.terms {
			ts = append(ts, Diff(t, x))
		}
		return Add(ts...)
	case *prod:
		ts := make([]Expr, 0, len(v.factors))
		for i, f := range v.factors {
			df := Diff(f, x)
			if isZero(df) {
				continue
			}
			fs := make([]Expr, 0, len(v.factors))
			fs = append(fs, v.factors[:i]...)
			fs = append(fs, df)
			fs = append(fs, v.factors[i+1:]...)
			ts = append(ts, Mul(fs...))
		}
		return Add(ts...)
	case *pow:
		db := Diff(v.base, x)
		if !hasSymbol(v.exp, x) {
			if v.base == E {
				return zero
			}
			// d(u^c) = c u^(c−1) u′
			return Mul(v.exp, Pow(v.base, Add(v.exp, minusOne)), db)
		}
		de := Diff(v.exp, x)
		if v.base == E {
			return Mul(v, de)
		}
		// d(u^v) = u^v (v′ log u + v u′/u)
		return Mul(v, Add(Mul(de, fn("log", v.base)), Mul(v.exp, db, Pow(v.base, minusOne))))
	case *call:
		return diffCall(v, x)
	}
	return zero
}

func diffCall(c *call, x string) Expr {
	if c.name == "lbeta" {
		a, b := c.args[0], c.args[1]
		ab := Add(a, b)
		return Add(
			Mul(Sub(fn("digamma", a), fn("digamma", ab)), Diff(a, x)),
			Mul(Sub(fn("digamma", b), fn("digamma", ab)), Diff(b, x)))
	}
	if c.name == "polygamma" {
		u := c.args[1]
		return Mul(fn("polygamma", Add(c.args[0], one), u), Diff(u, x))
	}
	u := c.args[0]
	du := Diff(u, x)
	var outer Expr
	switch c.name {
	case "log":
		outer = Pow(u, minusOne)
	case "abs":
		outer = Mul(u, Pow(c, minusOne))
	case "lgamma":
		outer = fn("digamma", u)
	case "digamma":
		outer = fn("trigamma", u)
	case "trigamma":
		outer = fn("polygamma", Int(2), u)
	case "sin", "cos", "tanh", "sigmoid":
		outer = diffTrig(c.name, u)
	default:
		return zero
	}
	return Mul(outer, du)
}

// Gradient returns (∂e/∂x₁, …, ∂e/∂xₙ).
func Gradient(e Expr, xs []string) []Expr {
	g := make([]Expr, len(xs))
	for i, x := range xs {
		g[i] = Diff(e, x)
	}
	return g
}

// Hessian returns the matrix H with Hᵢⱼ = ∂²e/∂xᵢ∂xⱼ; it is symmetric by
// construction (Hⱼᵢ is the same expression as Hᵢⱼ).
func Hessian(e Expr, xs []string) [][]Expr {
	g := Gradient(e, xs)
	h := make([][]Expr, len(xs))
	for i := range h {
		h[i] = make([]Expr, len(xs))
	}
	for i := range xs {
		for j := i; j < len(xs); j++ {
			h[i][j] = Diff(g[i], xs[j])
			h[j][i] = h[i][j]
		}
	}
	return h
}

// Subs replaces each free symbol named in m by its expression, all at once
// (simultaneously: Subs(x + y, {x: y, y: x}) = y + x), and returns the
// canonical result.
func Subs(e Expr, m map[string]Expr) Expr {
	if len(m) == 0 {
		return e
	}
	return Rewrite(e, func(n Expr) Expr {
		if s, ok := n.(*symbol); ok {
			if r, ok := m[s.name]; ok && r != nil {
				return r
			}
		}
		return n
	})
}
