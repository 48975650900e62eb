package sym

import (
	"math/big"
)

// Simplification limits: passes to a fixed point, the size above which the
// costly rewritings are skipped, and the nesting of candidate rewritings.
const (
	maxSimplifyPasses = 8
	maxRationalSize   = 4000
	maxCandidateDepth = 4
	maxGammaShift     = 20
)

// Simplify rewrites e into an equal expression that is no longer in print,
// to a fixed point (at most eight passes): at each node the candidate
// rewritings are compared by the length of their Format. Among them:
// rational expressions are put over a common denominator and the
// polynomial gcd of numerator and denominator cancelled
// ((a² − b²)/(a − b) = a + b); sums are expanded or factored where that is
// shorter; logarithms are split (log(a·b) = log|a| + log|b|,
// log(x^r) = r log x) or joined (log a − log b = log(a/b)), whichever is
// shorter; |x| = x for x ≥ 0; e^(a + c log u) = u^c e^a;
// (x^a)^b = x^(a·b) for x ≥ 0; and the recurrences
// ψ⁽ⁿ⁾(x + 1) = ψ⁽ⁿ⁾(x) + (−1)ⁿ n!/x^(n+1) and
// lgamma(x + 1) = lgamma(x) + log|x| (Abramowitz and Stegun 6.1.15,
// 6.4.6) bring gamma-family terms whose arguments differ by integers to a
// common argument. a may be nil. Rewritings that would take too long are
// skipped, so Simplify always returns promptly.
func Simplify(e Expr, a *Assumptions) Expr {
	s := &simplifier{a: a, memo: map[Expr]Expr{}, costs: map[Expr]int{}}
	return fixedPoint(e, maxSimplifyPasses, s.simp)
}

// maxPrintedCost is the tree size above which the cost of a candidate is
// taken from its size rather than its printed length.
const maxPrintedCost = 1 << 14

type simplifier struct {
	a     *Assumptions
	memo  map[Expr]Expr // simplified form of each node seen
	costs map[Expr]int  // cost of each candidate seen
	depth int
}

// best returns the candidate of lowest cost, ties broken by the canonical
// order so that the choice is deterministic.
// cost measures complexity by the printed length, so that what reads
// shorter wins; of two forms of equal length the one with fewer nodes
// inside function arguments wins (2 log(s) over log(s^2)).
func (s *simplifier) cost(e Expr) int {
	if c, ok := s.costs[e]; ok {
		return c
	}
	if e.size() > maxPrintedCost {
		// Measuring the printed length of a large expression that shares
		// subexpressions takes time in its paths, not its nodes: its size
		// stands in for the length.
		return 64 * 4 * min(e.size(), 1<<40)
	}
	l, _ := printedLen(e)
	c := 64*l + inArgs(e)
	s.costs[e] = c
	return c
}

// inArgs counts the nodes of e that lie inside a call's arguments.
func inArgs(e Expr) int {
	switch x := e.(type) {
	case *call:
		n := 0
		for _, a := range x.args {
			n += a.size()
		}
		return n
	case *sum:
		n := 0
		for _, t := range x.terms {
			n += inArgs(t)
		}
		return n
	case *prod:
		n := 0
		for _, f := range x.factors {
			n += inArgs(f)
		}
		return n
	case *pow:
		return inArgs(x.base) + inArgs(x.exp)
	}
	return 0
}

func (s *simplifier) best(cands ...Expr) Expr {
	var b Expr
	bc := 0 // cost of b
	for _, c := range cands {
		if c == nil {
			continue
		}
		if b == nil {
			b, bc = c, s.cost(c)
			continue
		}
		cc := s.cost(c)
		if cc < bc || cc == bc && compare(c, b) < 0 {
			b, bc = c, cc
		}
	}
	return b
}

func (s *simplifier) simp(e Expr) Expr {
	if r, ok := s.memo[e]; ok {
		return r
	}
	pollStop()
	r := s.node(mapChildren(e, s.simp))
	s.memo[e] = r
	return r
}

// again simplifies a candidate rewriting, within the nesting limit.
func (s *simplifier) again(e Expr) Expr {
	if s.depth >= maxCandidateDepth {
		return e
	}
	s.depth++
	defer func() { s.depth-- }()
	return s.simp(e)
}

func (s *simplifier) node(e Expr) Expr {
	switch x := e.(type) {
	case *call:
		return s.simpCall(x)
	case *pow:
		return s.simpPow(x)
	case *sum:
		return s.simpSum(x)
	case *prod:
		return s.simpProd(x)
	}
	return e
}

func (s *simplifier) abs(u Expr) Expr {
	switch sg := signOf(u, s.a); {
	case sg.nonneg():
		return u
	case sg.nonpos():
		return Neg(u)
	}
	return fn("abs", u)
}

func (s *simplifier) simpCall(x *call) Expr {
	switch x.name {
	case "abs":
		return s.abs(x.args[0])
	case "log":
		return s.best(x, s.logPos(x.args[0]))
	}
	return x
}

// logPos expands log(u) for u > 0 (where log u is defined): products
// split into logs of absolute values, powers come out as factors,
// rationals split over their small prime factors. The rules are the
// computing form's (see Normal).
func (s *simplifier) logPos(u Expr) Expr { return (&normalizer{a: s.a}).log(u) }

// logAbs expands log|f|.
func (s *simplifier) logAbs(f Expr) Expr { return (&normalizer{a: s.a}).logAbs(f) }

// logInt writes log n as Σ k·log p over the prime factors p ≤ 1000 of n,
// when they account for all of n; otherwise log n.
func logInt(n *big.Int) Expr {
	if n.Cmp(big.NewInt(1)) == 0 {
		return zero
	}
	if n.BitLen() > 64 {
		return fn("log", &rat{new(big.Rat).SetInt(n)})
	}
	m := n.Uint64()
	var ts []Expr
	for p := uint64(2); p <= 1000 && m > 1; p++ {
		k := int64(0)
		for m%p == 0 {
			m /= p
			k++
		}
		if k > 0 {
			ts = append(ts, Mul(Int(k), fn("log", Int(int64(p)))))
		}
	}
	if m != 1 {
		return fn("log", &rat{new(big.Rat).SetInt(n)})
	}
	return Add(ts...)
}

func (s *simplifier) simpPow(x *pow) Expr {
	if pb, ok := x.base.(*pow); ok && signOf(pb.base, s.a).nonneg() {
		return Pow(pb.base, Mul(pb.exp, x.exp))
	}
	if x.base == E {
		if sm, ok := x.exp.(*sum); ok {
			// e^(a + c log u) = u^c e^a
			var rest, out []Expr
			for _, t := range sm.terms {
				c, m := splitCoeff(t)
				if l, ok := m.(*call); ok && l.name == "log" {
					out = append(out, Pow(l.args[0], c))
				} else {
					rest = append(rest, t)
				}
			}
			if len(out) > 0 {
				return Mul(append(out, Pow(E, Add(rest...)))...)
			}
		}
	}
	if pb, ok := x.base.(*prod); ok && !isInteger(x.exp) {
		fs := make([]Expr, len(pb.factors))
		for i, f := range pb.factors {
			if !signOf(f, s.a).nonneg() {
				return x
			}
			fs[i] = Pow(f, x.exp)
		}
		return s.best(x, s.again(Mul(fs...)))
	}
	if ab, ok := x.base.(*call); ok && ab.name == "abs" && signOf(ab.args[0], s.a).nonneg() {
		return Pow(ab.args[0], x.exp)
	}
	return x
}

func (s *simplifier) simpProd(x *prod) Expr {
	cands := []Expr{x}
	if x.size() <= maxRationalSize && rationalWork(x) {
		if r, ok := s.rational(x); ok {
			cands = append(cands, r...)
		}
	}
	return s.best(cands...)
}

func (s *simplifier) simpSum(x *sum) Expr {
	if r, ok := s.gammaShift(x); ok {
		return s.again(r)
	}
	cands := []Expr{x}
	if x.size() <= maxRationalSize && rationalWork(x) {
		if r, ok := s.rational(x); ok {
			cands = append(cands, r...)
		}
		if r, ok := s.rationalPart(x); ok {
			cands = append(cands, r)
		}
	}
	if hasLog(x) {
		cands = append(cands, s.collectLogs(x), s.expandLogs(x))
	}
	if r, ok := expandLbeta(x); ok {
		cands = append(cands, s.again(r))
	}
	return s.best(cands...)
}

// rationalWork reports whether cancelling e as a rational function could
// change it: a product needs a sum factor with a denominator or a second
// sum; a sum needs such a product among its terms, a denominator, or a
// factor common to all its terms.
func rationalWork(e Expr) bool {
	switch x := e.(type) {
	case *prod:
		sums, dens := 0, 0
		for _, f := range x.factors {
			b, ex := splitPow(f)
			if _, ok := b.(*sum); ok && isInteger(ex) {
				sums++
			}
			if numSign(ex) < 0 {
				dens++
			}
		}
		return sums > 0 && (dens > 0 || sums > 1) || sums == 0 && dens > 0 && len(x.factors) > 2
	case *sum:
		var common []Expr // bases with a positive power in every term
		for i, t := range x.terms {
			if isNum(t) {
				common = nil
				continue
			}
			_, m := splitCoeff(t)
			fs := []Expr{m}
			if p, ok := m.(*prod); ok {
				fs = p.factors
			}
			var bases []Expr
			for _, f := range fs {
				b, ex := splitPow(f)
				if _, ok := b.(*sum); ok && isInteger(ex) || numSign(ex) < 0 {
					return true
				}
				if numSign(ex) > 0 {
					bases = append(bases, b)
				}
			}
			if i == 0 {
				common = bases
				continue
			}
			kept := common[:0]
			for _, c := range common {
				for _, b := range bases {
					if compare(b, c) == 0 {
						kept = append(kept, c)
						break
					}
				}
			}
			common = kept
		}
		return len(common) > 0
	}
	return false
}

func hasLog(x *sum) bool {
	for _, t := range x.terms {
		if _, m := splitCoeff(t); m != nil {
			if c, ok := m.(*call); ok && c.name == "log" {
				return true
			}
		}
	}
	return false
}

// expandLogs splits every logarithm in the sum's terms, then simplifies.
func (s *simplifier) expandLogs(x *sum) Expr {
	ts := make([]Expr, len(x.terms))
	changed := false
	for i, t := range x.terms {
		ts[i] = t
		c, m := splitCoeff(t)
		if l, ok := m.(*call); ok && l.name == "log" {
			if ex := s.logPos(l.args[0]); compare(ex, l) != 0 {
				ts[i] = Mul(c, ex)
				changed = true
			}
		}
	}
	if !changed {
		return nil
	}
	return s.again(Add(ts...))
}

// collectLogs joins Σ cᵢ log uᵢ (rational cᵢ) into log Π uᵢ^cᵢ, valid
// wherever every uᵢ > 0, that is wherever the sum is defined.
func (s *simplifier) collectLogs(x *sum) Expr {
	var rest, args []Expr
	var coeffs []*big.Rat
	for _, t := range x.terms {
		c, m := splitCoeff(t)
		if l, ok := m.(*call); ok && l.name == "log" {
			if r, isRat := c.(*rat); isRat {
				args = append(args, l.args[0])
				coeffs = append(coeffs, r.r)
				continue
			}
		}
		rest = append(rest, t)
	}
	if len(args) < 2 {
		return nil
	}
	// Σ cᵢ log uᵢ = g·log Π uᵢ^(cᵢ/g) with g the rational gcd of the cᵢ,
	// signed so that most exponents are positive.
	g := ratGCD(coeffs)
	neg := 0
	for _, c := range coeffs {
		if c.Sign() < 0 {
			neg++
		}
	}
	if 2*neg > len(coeffs) {
		g.Neg(g)
	}
	fs := make([]Expr, len(args))
	for i, u := range args {
		fs[i] = Pow(u, &rat{new(big.Rat).Quo(coeffs[i], g)})
	}
	arg := s.again(Mul(fs...))
	return Add(append(rest, Mul(&rat{g}, fn("log", arg)))...)
}

// expandLbeta writes log B(a, b) as lgamma(a) + lgamma(b) − lgamma(a + b)
// in a sum that also holds lgamma terms or several lbeta terms.
func expandLbeta(x *sum) (Expr, bool) {
	lbetas, lgammas := 0, 0
	for _, t := range x.terms {
		_, m := splitCoeff(t)
		if c, ok := m.(*call); ok {
			switch c.name {
			case "lbeta":
				lbetas++
			case "lgamma":
				lgammas++
			}
		}
	}
	if lbetas == 0 || lbetas+lgammas < 2 {
		return nil, false
	}
	ts := make([]Expr, len(x.terms))
	for i, t := range x.terms {
		c, m := splitCoeff(t)
		if l, ok := m.(*call); ok && l.name == "lbeta" {
			a, b := l.args[0], l.args[1]
			ts[i] = Mul(c, Sub(Add(fn("lgamma", a), fn("lgamma", b)), fn("lgamma", Add(a, b))))
		} else {
			ts[i] = t
		}
	}
	return Add(ts...), true
}

// gammaOrder classifies lgamma (−1) and ψ⁽ⁿ⁾ calls (n ≥ 0).
func gammaOrder(c *call) (int, Expr, bool) {
	switch c.name {
	case "lgamma":
		return -1, c.args[0], true
	case "digamma":
		return 0, c.args[0], true
	case "trigamma":
		return 1, c.args[0], true
	case "polygamma":
		if n, ok := c.args[0].(*rat); ok && n.r.IsInt() && n.r.Num().IsInt64() && n.r.Num().Int64() <= 100 {
			return int(n.r.Num().Int64()), c.args[1], true
		}
	}
	return 0, nil, false
}

// splitShift writes x as base + k with an integer k taken from x's
// constant term.
func splitShift(x Expr) (Expr, int64) {
	var c *big.Rat
	var rest Expr = zero
	switch v := x.(type) {
	case *rat:
		c = v.r
	case *sum:
		if r, ok := v.terms[0].(*rat); ok {
			c = r.r
			rest = Add(v.terms[1:]...)
		}
	}
	if c == nil {
		return x, 0
	}
	k := new(big.Int).Div(c.Num(), c.Denom())
	if !k.IsInt64() || abs64(k.Int64()) > 1<<40 {
		return x, 0
	}
	frac := new(big.Rat).Sub(c, new(big.Rat).SetInt(k))
	return Add(rest, &rat{frac}), k.Int64()
}

func gammaCall(order int, x Expr) Expr {
	switch order {
	case -1:
		return fn("lgamma", x)
	case 0:
		return fn("digamma", x)
	case 1:
		return fn("trigamma", x)
	}
	return fn("polygamma", Int(int64(order)), x)
}

// gammaShift brings gamma-family terms of equal order whose arguments
// differ by integers to the smallest argument among them.
func (s *simplifier) gammaShift(x *sum) (Expr, bool) {
	type gt struct {
		order int
		base  Expr
		k     int64
	}
	info := make([]*gt, len(x.terms))
	for i, t := range x.terms {
		_, m := splitCoeff(t)
		c, ok := m.(*call)
		if !ok {
			continue
		}
		order, arg, ok := gammaOrder(c)
		if !ok {
			continue
		}
		base, k := splitShift(arg)
		info[i] = &gt{order, base, k}
	}
	changed := false
	ts := append([]Expr(nil), x.terms...)
	for i, gi := range info {
		if gi == nil {
			continue
		}
		kmin, kmax, members := gi.k, gi.k, []int{i}
		for j := i + 1; j < len(info); j++ {
			if gj := info[j]; gj != nil && gj.order == gi.order && compare(gj.base, gi.base) == 0 {
				members = append(members, j)
				kmin, kmax = min(kmin, gj.k), max(kmax, gj.k)
			}
		}
		if len(members) < 2 || kmin == kmax || kmax-kmin > maxGammaShift {
			for _, j := range members {
				info[j] = nil
			}
			continue
		}
		for _, j := range members {
			g := info[j]
			info[j] = nil
			if g.k == kmin {
				continue
			}
			c, _ := splitCoeff(x.terms[j])
			parts := []Expr{gammaCall(g.order, Add(g.base, Int(kmin)))}
			for m := kmin; m < g.k; m++ {
				parts = append(parts, gammaStep(g.order, Add(g.base, Int(m)), s))
			}
			ts[j] = Mul(c, Add(parts...))
			changed = true
		}
	}
	if !changed {
		return nil, false
	}
	return Add(ts...), true
}

// gammaStep is f(y + 1) − f(y): log|y| for lgamma, (−1)ⁿ n!/y^(n+1) for ψ⁽ⁿ⁾.
func gammaStep(order int, y Expr, s *simplifier) Expr {
	if order < 0 {
		return fn("log", s.abs(y))
	}
	f := new(big.Int).MulRange(1, int64(max(order, 1)))
	if order%2 == 1 {
		f.Neg(f)
	}
	return Mul(&rat{new(big.Rat).SetInt(f)}, Pow(y, Int(int64(-order-1))))
}

// rational returns the cancelled quotient of x in a few presentations.
func (s *simplifier) rational(x Expr) ([]Expr, bool) { return cancelRational(x) }

// rationalPart cancels the terms of a sum that are rational functions of
// symbols only, leaving the others (logs, gamma functions) as they are.
func (s *simplifier) rationalPart(x *sum) (Expr, bool) {
	var rat, other []Expr
	for _, t := range x.terms {
		if isRationalInSymbols(t) {
			rat = append(rat, t)
		} else {
			other = append(other, t)
		}
	}
	if len(rat) < 2 || len(other) == 0 {
		return nil, false
	}
	rs, ok := cancelRational(Add(rat...))
	if !ok {
		return nil, false
	}
	return Add(append(other, s.best(rs...))...), true
}

func isRationalInSymbols(e Expr) bool {
	ok := true
	Walk(e, func(n Expr) bool {
		switch x := n.(type) {
		case *call, *flt:
			ok = false
		case *pow:
			if !isInteger(x.exp) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// ratGCD returns the positive rational gcd of rs: the gcd of the numerators
// over the lcm of the denominators.
func ratGCD(rs []*big.Rat) *big.Rat {
	g := int64(0)
	for _, r := range rs {
		v, ok := smallInt(r)
		if !ok {
			g = -1
			break
		}
		g = gcd64(g, v)
	}
	if g > 0 {
		return new(big.Rat).SetInt64(g)
	}
	n, d := new(big.Int), big.NewInt(1)
	for _, r := range rs {
		n.GCD(nil, nil, n, new(big.Int).Abs(r.Num()))
		g := new(big.Int).GCD(nil, nil, d, r.Denom())
		d.Mul(d, new(big.Int).Quo(r.Denom(), g))
	}
	if n.Sign() == 0 {
		return big.NewRat(1, 1)
	}
	return new(big.Rat).SetFrac(n, d)
}
