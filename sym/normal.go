package sym

import "math/big"

// Limits of the computing form: passes to a fixed point, and the terms an
// expansion may produce before the product or power is left as it is.
const (
	maxNormalPasses = 6
	maxNormalTerms  = 1000
)

// Normal returns the computing form of e: an equal expression, chosen by
// fixed rules and never by printed length, on which expect, diff, series
// and check work (Simplify chooses what reads best, for display only).
//
//   - logarithms are expanded: log(u·v) = log|u| + log|v|,
//     log(u^k) = k log|u| for even k and k log u otherwise,
//     log(e^u) = u, log|u| = log u where u > 0 and log(−u) where u < 0
//     (under a), and log of a rational is split over its prime factors;
//   - products are distributed over sums, and positive integer powers of
//     sums up to degree 12 multiplied out, unless that would give more than
//     1000 terms.
//
// Each rule holds wherever e is defined, so Normal(e) equals e there (it
// may be defined at more points: log(x²) becomes 2 log|x|). a may be nil.
func Normal(e Expr, a *Assumptions) Expr {
	n := &normalizer{a: a, memo: map[Expr]Expr{}}
	cur := e
	for i := 0; i < maxNormalPasses; i++ {
		next := n.norm(cur)
		if compare(next, cur) == 0 {
			break
		}
		cur = next
	}
	return cur
}

type normalizer struct {
	a    *Assumptions
	memo map[Expr]Expr
}

func (n *normalizer) norm(e Expr) Expr {
	if r, ok := n.memo[e]; ok {
		return r
	}
	r := n.node(mapChildren(e, n.norm))
	n.memo[e] = r
	return r
}

func (n *normalizer) node(e Expr) Expr {
	switch x := e.(type) {
	case *call:
		switch x.name {
		case "log":
			return n.log(x.args[0])
		case "abs":
			return n.abs(x.args[0])
		}
	case *prod:
		return distribute(x)
	case *pow:
		if s, ok := x.base.(*sum); ok {
			if k, ok := smallPositiveInt(x.exp); ok {
				if terms, ok := expandPower(s.terms, k); ok {
					return Add(terms...)
				}
			}
		}
	}
	return e
}

func (n *normalizer) abs(u Expr) Expr {
	switch sg := signOf(u, n.a); {
	case sg.nonneg():
		return u
	case sg.nonpos():
		return Neg(u)
	}
	return fn("abs", u)
}

// log expands log(u) where u > 0.
func (n *normalizer) log(u Expr) Expr {
	switch x := u.(type) {
	case *rat:
		if x.r.Sign() <= 0 {
			return fn("log", u)
		}
		return Sub(logInt(x.r.Num()), logInt(x.r.Denom()))
	case *pow:
		if x.base == E {
			return x.exp
		}
		if isEvenInteger(x.exp) {
			return Mul(x.exp, n.logAbs(x.base))
		}
		return Mul(x.exp, n.log(x.base))
	case *prod:
		ts := make([]Expr, len(x.factors))
		for i, f := range x.factors {
			ts[i] = n.logAbs(f)
		}
		return Add(ts...)
	case *call:
		if x.name == "abs" {
			return n.logAbs(x.args[0])
		}
	}
	return fn("log", u)
}

// logAbs expands log|f|.
func (n *normalizer) logAbs(f Expr) Expr {
	switch x := f.(type) {
	case *rat:
		return n.log(&rat{new(big.Rat).Abs(x.r)})
	case *flt:
		return fn("log", abs64f(x))
	case *pow:
		if x.base == E {
			return x.exp
		}
		if isInteger(x.exp) {
			return Mul(x.exp, n.logAbs(x.base))
		}
		return Mul(x.exp, n.log(x.base))
	case *prod:
		ts := make([]Expr, len(x.factors))
		for i, g := range x.factors {
			ts[i] = n.logAbs(g)
		}
		return Add(ts...)
	case *call:
		if x.name == "abs" {
			return n.logAbs(x.args[0])
		}
	}
	switch sg := signOf(f, n.a); {
	case sg.pos():
		return fn("log", f)
	case sg.neg():
		return fn("log", Neg(f))
	}
	return fn("log", fn("abs", f))
}

func abs64f(x *flt) Expr {
	if x.f < 0 {
		return &flt{-x.f}
	}
	return x
}

func smallPositiveInt(e Expr) (int, bool) {
	r, ok := e.(*rat)
	if !ok || !r.r.IsInt() || r.r.Sign() <= 0 || !r.r.Num().IsInt64() {
		return 0, false
	}
	k := r.r.Num().Int64()
	if k > maxExpandDegree {
		return 0, false
	}
	return int(k), true
}

// distribute multiplies a product out over its sum factors (and over the
// positive integer powers of sums among them).
func distribute(p *prod) Expr {
	terms := []Expr{one}
	expanded := false
	for _, f := range p.factors {
		var fs []Expr
		switch x := f.(type) {
		case *sum:
			fs = x.terms
		case *pow:
			if s, ok := x.base.(*sum); ok {
				if k, ok := smallPositiveInt(x.exp); ok {
					if ts, ok := expandPower(s.terms, k); ok {
						fs = ts
					}
				}
			}
		}
		if fs == nil {
			for i, t := range terms {
				terms[i] = Mul(t, f)
			}
			continue
		}
		expanded = true
		if len(terms)*len(fs) > maxNormalTerms {
			return p
		}
		next := make([]Expr, 0, len(terms)*len(fs))
		for _, t := range terms {
			for _, g := range fs {
				next = append(next, Mul(t, g))
			}
		}
		terms = next
	}
	if !expanded {
		return p
	}
	return Add(terms...)
}

// expandPower multiplies out (t₁ + … + tₙ)^k, collecting like terms after
// each factor.
func expandPower(ts []Expr, k int) ([]Expr, bool) {
	// (t₁ + … + tₙ)^k has up to C(n + k − 1, k) distinct terms.
	bound := 1
	for i := 1; i <= k; i++ {
		bound = bound * (len(ts) + i - 1) / i
		if bound > maxNormalTerms {
			return nil, false
		}
	}
	terms := []Expr{one}
	for i := 0; i < k; i++ {
		if len(terms)*len(ts) > maxNormalTerms {
			return nil, false
		}
		next := make([]Expr, 0, len(terms)*len(ts))
		for _, a := range terms {
			for _, b := range ts {
				next = append(next, Mul(a, b))
			}
		}
		if s, ok := Add(next...).(*sum); ok {
			terms = s.terms
		} else {
			terms = []Expr{Add(next...)}
		}
	}
	return terms, true
}
