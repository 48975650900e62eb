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
//   - e^(c log u + v) = u^c e^v; log B(a, b) = lgamma(a) + lgamma(b) −
//     lgamma(a + b); lgamma and ψ⁽ⁿ⁾ of u − k, k a whole number up to 20,
//     are written in u by their recurrences (lgamma(a − 1) =
//     lgamma(a) − log|a − 1|);
//   - products are distributed over sums, and positive integer powers of
//     sums up to degree 12 multiplied out, unless that would give more than
//     1000 terms.
//
// Each rule holds wherever e is defined, so Normal(e) equals e there (it
// may be defined at more points: log(x²) becomes 2 log|x|). a may be nil.
//
// An expression that shares its subexpressions so much that written out it
// has more than maxNormalTree nodes is returned as it is: distributing
// products over its sums would write it out.
func Normal(e Expr, a *Assumptions) Expr {
	if e.size() > maxNormalTree {
		return e
	}
	n := &normalizer{a: a, memo: map[Expr]Expr{}}
	return fixedPoint(e, maxNormalPasses, n.norm)
}

// fixedPoint applies pass to e until it changes nothing, at most max times.
func fixedPoint(e Expr, max int, pass func(Expr) Expr) Expr {
	for i := 0; i < max; i++ {
		next := pass(e)
		if compare(next, e) == 0 {
			break
		}
		e = next
	}
	return e
}

// maxNormalTree bounds the written-out size of an expression that Normal
// rewrites.
const maxNormalTree = 1 << 20

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
		case "lbeta":
			a, b := x.args[0], x.args[1]
			return Sub(Add(fn("lgamma", a), fn("lgamma", b)), fn("lgamma", Add(a, b)))
		}
		return n.gammaShift(x)
	case *prod:
		return distribute(x)
	case *pow:
		if s, ok := x.exp.(*sum); ok && x.base == E {
			// e^(c log u + v) = u^c e^v
			fs := make([]Expr, len(s.terms))
			for i, t := range s.terms {
				fs[i] = Pow(E, t)
			}
			return Mul(fs...)
		}
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

// gammaShift writes a gamma-family function of u + k, k a whole number
// taken from u's constant term (|k| ≤ 20, u not a number), through the
// recurrences lgamma(y + 1) = lgamma(y) + log|y| and
// ψ⁽ⁿ⁾(y + 1) = ψ⁽ⁿ⁾(y) + (−1)ⁿ n!/y^(n+1) (Abramowitz and Stegun 6.1.15,
// 6.4.6) as a function of u, whose constant term lies in [0, 1), when
// k < 0.
func (n *normalizer) gammaShift(c *call) Expr {
	order, arg, ok := gammaOrder(c)
	if !ok || IsNumber(arg) {
		return c
	}
	base, k := splitShift(arg)
	if k == 0 || k > maxGammaShift || k < -maxGammaShift {
		return c
	}
	// A shift down, lgamma(u + 1) = lgamma(u) + log|u|, would split a
	// function defined at u = 0 into two undefined there, and cancel
	// near it (ψ₁(1 + ε) = ψ₁(ε) − 1/ε²); a shift up moves the argument
	// away from the poles and adds no point where the result is undefined.
	if k > 0 {
		return c
	}
	step := func(y Expr) Expr {
		if order < 0 {
			return n.logAbs(y)
		}
		f := new(big.Int).MulRange(1, int64(max(order, 1)))
		if order%2 == 1 {
			f.Neg(f)
		}
		return Mul(&rat{new(big.Rat).SetInt(f)}, Pow(y, Int(int64(-order-1))))
	}
	terms := []Expr{gammaCall(order, base)}
	for m := int64(0); m < k; m++ {
		terms = append(terms, step(Add(base, Int(m))))
	}
	for m := k; m < 0; m++ {
		terms = append(terms, Neg(step(Add(base, Int(m)))))
	}
	return Add(terms...)
}
