package sym

// Diff returns ∂e/∂x by the rules of differentiation: linearity, the product
// rule, the chain rule, d(u^v) = u^v (v′ log u + v u′/u), d log u = u′/u,
// d|u| = u u′/|u|, d lgamma(u) = ψ(u) u′, dψ⁽ⁿ⁾(u) = ψ⁽ⁿ⁺¹⁾(u) u′ and
// d log B(a, b) = (ψ(a) − ψ(a + b)) a′ + (ψ(b) − ψ(a + b)) b′. The order n
// of polygamma is an integer, so its derivative in n is taken as zero.
// The result is in canonical form; Simplify tidies it further.
//
// Each distinct node of e is differentiated once: an expression that
// shares subexpressions (g = exp(g) + log(g) nested n times has n + 1
// distinct nodes but 2ⁿ paths) costs time linear in its distinct nodes,
// and the derivative shares the derivatives of shared nodes.
func Diff(e Expr, x string) Expr {
	return newDifferentiator(x).diff(e)
}

// differentiator memoises derivatives and symbol tests by node.
type differentiator struct {
	x    string
	memo map[Expr]Expr
	has  map[Expr]bool
}

func newDifferentiator(x string) *differentiator {
	return &differentiator{x: x, memo: map[Expr]Expr{}, has: map[Expr]bool{}}
}

// hasX reports whether x occurs in e, visiting each distinct node once.
func (d *differentiator) hasX(e Expr) bool {
	if h, ok := d.has[e]; ok {
		return h
	}
	h := false
	switch v := e.(type) {
	case *symbol:
		h = v.name == d.x
	case *sum:
		h = d.anyHasX(v.terms)
	case *prod:
		h = d.anyHasX(v.factors)
	case *pow:
		h = d.hasX(v.base) || d.hasX(v.exp)
	case *call:
		h = d.anyHasX(v.args)
	}
	d.has[e] = h
	return h
}

func (d *differentiator) anyHasX(es []Expr) bool {
	for _, e := range es {
		if d.hasX(e) {
			return true
		}
	}
	return false
}

func (d *differentiator) diff(e Expr) Expr {
	if r, ok := d.memo[e]; ok {
		return r
	}
	pollStop()
	r := d.rule(e)
	d.memo[e] = r
	return r
}

func (d *differentiator) rule(e Expr) Expr {
	if !d.hasX(e) {
		return zero
	}
	switch v := e.(type) {
	case *symbol:
		return one // hasX: v.name == x
	case *sum:
		ts := make([]Expr, 0, len(v.terms))
		for _, t := range v.terms {
			ts = append(ts, d.diff(t))
		}
		return Add(ts...)
	case *prod:
		ts := make([]Expr, 0, len(v.factors))
		for i, f := range v.factors {
			df := d.diff(f)
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
		db := d.diff(v.base)
		if !d.hasX(v.exp) {
			if v.base == E {
				return zero
			}
			// d(u^c) = c u^(c−1) u′
			return Mul(v.exp, Pow(v.base, Add(v.exp, minusOne)), db)
		}
		de := d.diff(v.exp)
		if v.base == E {
			return Mul(v, de)
		}
		// d(u^v) = u^v (v′ log u + v u′/u)
		return Mul(v, Add(Mul(de, fn("log", v.base)), Mul(v.exp, db, Pow(v.base, minusOne))))
	case *call:
		return d.call(v)
	}
	return zero
}

func (d *differentiator) call(c *call) Expr {
	if c.name == "lbeta" {
		a, b := c.args[0], c.args[1]
		ab := Add(a, b)
		return Add(
			Mul(Sub(fn("digamma", a), fn("digamma", ab)), d.diff(a)),
			Mul(Sub(fn("digamma", b), fn("digamma", ab)), d.diff(b)))
	}
	if c.name == "polygamma" {
		u := c.args[1]
		return Mul(fn("polygamma", Add(c.args[0], one), u), d.diff(u))
	}
	u := c.args[0]
	du := d.diff(u)
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
	case "logbesseli0":
		outer = fn("besselratio", u)
	case "besselratio":
		// (I₁/I₀)′ = 1 − (I₁/I₀)/x − (I₁/I₀)² (DLMF 10.29.2)
		r := fn("besselratio", u)
		outer = Sub(Sub(one, Div(r, u)), Pow(r, Int(2)))
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
