package sym

import (
	"math/big"
	"sort"
)

// Sparse multivariate polynomials with rational coefficients, used to put
// rational expressions over a common denominator and cancel common factors.
// The greatest common divisor is computed recursively, one variable at a
// time, with primitive polynomial remainder sequences: D. E. Knuth, The Art
// of Computer Programming, vol. 2, §4.6.1, and K. O. Geddes, S. R. Czapor,
// G. Labahn, Algorithms for Computer Algebra (Kluwer, 1992), §7.

// pterm is c·Π xᵢ^eᵢ.
type pterm struct {
	e []int
	c *big.Rat
}

// poly is a sum of terms sorted by exponent vectors in decreasing
// lexicographic order, with no zero coefficients; nil is zero.
type poly []pterm

// polyBudget bounds the work of polynomial arithmetic; running out aborts
// the computation with a panic that the simplifier recovers.
// maxTerms, when positive, replaces maxRatTerms as the bound on the terms
// of a product.
type polyBudget struct{ left, maxTerms int }

func (b *polyBudget) termLimit() int {
	if b.maxTerms > 0 {
		return b.maxTerms
	}
	return maxRatTerms
}

type budgetExceeded struct{}

func (b *polyBudget) spend(n int) {
	b.left -= n
	if b.left < 0 {
		panic(budgetExceeded{})
	}
}

func lexCmp(a, b []int) int {
	for i := range a {
		if a[i] != b[i] {
			if a[i] > b[i] {
				return 1
			}
			return -1
		}
	}
	return 0
}

func monoKey(e []int) string {
	b := make([]byte, 0, 2*len(e))
	for _, x := range e {
		b = append(b, byte(x), byte(x>>8), byte(x>>16))
	}
	return string(b)
}

func constPoly(nv int, c *big.Rat) poly {
	if c.Sign() == 0 {
		return nil
	}
	return poly{{e: make([]int, nv), c: new(big.Rat).Set(c)}}
}

func varPoly(nv, i int) poly {
	e := make([]int, nv)
	e[i] = 1
	return poly{{e: e, c: big.NewRat(1, 1)}}
}

func polyEqual(p, q poly) bool {
	if len(p) != len(q) {
		return false
	}
	for i := range p {
		if lexCmp(p[i].e, q[i].e) != 0 || p[i].c.Cmp(q[i].c) != 0 {
			return false
		}
	}
	return true
}

func (p poly) isConst() bool {
	if len(p) == 0 {
		return true
	}
	if len(p) > 1 {
		return false
	}
	for _, x := range p[0].e {
		if x != 0 {
			return false
		}
	}
	return true
}

func polyAdd(p, q poly, bud *polyBudget) poly {
	bud.spend(len(p) + len(q))
	out := make(poly, 0, len(p)+len(q))
	i, j := 0, 0
	for i < len(p) && j < len(q) {
		switch c := lexCmp(p[i].e, q[j].e); {
		case c > 0:
			out = append(out, p[i])
			i++
		case c < 0:
			out = append(out, q[j])
			j++
		default:
			s := new(big.Rat).Add(p[i].c, q[j].c)
			if s.Sign() != 0 {
				out = append(out, pterm{e: p[i].e, c: s})
			}
			i++
			j++
		}
	}
	out = append(out, p[i:]...)
	return append(out, q[j:]...)
}

func polyScale(p poly, c *big.Rat) poly {
	if c.Sign() == 0 {
		return nil
	}
	if c.IsInt() && c.Num().IsInt64() && c.Num().Int64() == 1 {
		return p
	}
	out := make(poly, len(p))
	for i, t := range p {
		out[i] = pterm{e: t.e, c: checkedCoeff(new(big.Rat).Mul(t.c, c))}
	}
	return out
}

// maxCoeffBits bounds the size of a coefficient in polynomial arithmetic:
// beyond it rational-function simplification gives up rather than spend
// seconds on big-number arithmetic.
const maxCoeffBits = 4096

func checkedCoeff(c *big.Rat) *big.Rat {
	if c.Num().BitLen()+c.Denom().BitLen() > maxCoeffBits {
		panic(budgetExceeded{})
	}
	return c
}

func polySub(p, q poly, bud *polyBudget) poly {
	bud.spend(len(p) + len(q))
	out := make(poly, 0, len(p)+len(q))
	i, j := 0, 0
	for i < len(p) || j < len(q) {
		c := 0
		switch {
		case i == len(p):
			c = -1
		case j == len(q):
			c = 1
		default:
			c = lexCmp(p[i].e, q[j].e)
		}
		switch {
		case c > 0:
			out = append(out, p[i])
			i++
		case c < 0:
			out = append(out, pterm{e: q[j].e, c: new(big.Rat).Neg(q[j].c)})
			j++
		default:
			d := new(big.Rat).Sub(p[i].c, q[j].c)
			if d.Sign() != 0 {
				out = append(out, pterm{e: p[i].e, c: d})
			}
			i++
			j++
		}
	}
	return out
}

func polyMul(p, q poly, bud *polyBudget) poly {
	if len(p) == 0 || len(q) == 0 {
		return nil
	}
	if p.isConst() {
		return polyScale(q, p[0].c)
	}
	if q.isConst() {
		return polyScale(p, q[0].c)
	}
	if len(p)*len(q) > bud.left {
		panic(budgetExceeded{})
	}
	bud.spend(len(p) * len(q))
	nv := len(p[0].e)
	acc := make(map[string]*pterm, len(p)*len(q))
	for _, a := range p {
		for _, b := range q {
			e := make([]int, nv)
			for k := range e {
				e[k] = a.e[k] + b.e[k]
			}
			key := monoKey(e)
			c := checkedCoeff(new(big.Rat).Mul(a.c, b.c))
			if t, ok := acc[key]; ok {
				t.c.Add(t.c, c)
			} else {
				acc[key] = &pterm{e: e, c: c}
			}
		}
	}
	out := make(poly, 0, len(acc))
	for _, t := range acc {
		if t.c.Sign() != 0 {
			out = append(out, *t)
		}
	}
	if len(out) > bud.termLimit() {
		panic(budgetExceeded{})
	}
	sort.Slice(out, func(i, j int) bool { return lexCmp(out[i].e, out[j].e) > 0 })
	return out
}

// polyPow returns pⁿ for n ≥ 1.
func polyPow(p poly, n int, bud *polyBudget) poly {
	r := p
	for i := 1; i < n; i++ {
		r = polyMul(r, p, bud)
	}
	return r
}

// divides reports whether the monomial a divides b.
func divides(a, b []int) bool {
	for i := range a {
		if a[i] > b[i] {
			return false
		}
	}
	return true
}

// polyDivExact returns p/d when d divides p.
func polyDivExact(p, d poly, bud *polyBudget) (poly, bool) {
	if len(d) == 0 {
		return nil, false
	}
	if d.isConst() {
		return polyScale(p, new(big.Rat).Inv(d[0].c)), true
	}
	nv := len(d[0].e)
	var q poly
	r := p
	for len(r) > 0 {
		lt, ld := r[0], d[0]
		if !divides(ld.e, lt.e) {
			return nil, false
		}
		e := make([]int, nv)
		for k := range e {
			e[k] = lt.e[k] - ld.e[k]
		}
		t := poly{{e: e, c: new(big.Rat).Quo(lt.c, ld.c)}}
		q = polyAdd(q, t, bud)
		r = polySub(r, polyMul(t, d, bud), bud)
	}
	return q, true
}

func degIn(p poly, v int) int {
	d := -1
	for _, t := range p {
		if t.e[v] > d {
			d = t.e[v]
		}
	}
	return d
}

// coeffIn returns the coefficient of x_v^k in p, a polynomial free of x_v.
func coeffIn(p poly, v, k int) poly {
	var out poly
	for _, t := range p {
		if t.e[v] == k {
			e := append([]int(nil), t.e...)
			e[v] = 0
			out = append(out, pterm{e: e, c: t.c})
		}
	}
	// Zeroing one exponent keeps the lexicographic order among these terms.
	return out
}

// shiftVar multiplies p by x_v^k.
func shiftVar(p poly, v, k int) poly {
	out := make(poly, len(p))
	for i, t := range p {
		e := append([]int(nil), t.e...)
		e[v] += k
		out[i] = pterm{e: e, c: t.c}
	}
	return out
}

// prem is the pseudo-remainder of a by b with respect to x_v.
func prem(a, b poly, v int, bud *polyBudget) poly {
	db := degIn(b, v)
	lcb := coeffIn(b, v, db)
	r := a
	for len(r) > 0 {
		dr := degIn(r, v)
		if dr < db {
			break
		}
		lcr := coeffIn(r, v, dr)
		r = polySub(polyMul(lcb, r, bud), polyMul(shiftVar(lcr, v, dr-db), b, bud), bud)
	}
	return r
}

// normalize scales p to integer coefficients with no common factor and a
// positive leading coefficient, returning the factor removed: p = f·result.
func normalize(p poly) (poly, *big.Rat) {
	if len(p) == 0 {
		return nil, big.NewRat(1, 1)
	}
	l := big.NewInt(1)
	for _, t := range p {
		d := t.c.Denom()
		g := new(big.Int).GCD(nil, nil, l, d)
		l.Mul(l, new(big.Int).Quo(d, g))
	}
	g := new(big.Int)
	for _, t := range p {
		n := new(big.Int).Mul(t.c.Num(), new(big.Int).Quo(l, t.c.Denom()))
		g.GCD(nil, nil, g, n.Abs(n))
	}
	f := new(big.Rat).SetFrac(g, l)
	if p[0].c.Sign() < 0 {
		f.Neg(f)
	}
	inv := new(big.Rat).Inv(f)
	return polyScale(p, inv), f
}

// mainVar returns the highest-numbered variable that occurs in p or q, or −1.
func mainVar(p, q poly) int {
	v := -1
	for _, s := range []poly{p, q} {
		for _, t := range s {
			for i := len(t.e) - 1; i > v; i-- {
				if t.e[i] > 0 {
					v = i
					break
				}
			}
		}
	}
	return v
}

// contentIn is the gcd of p's coefficients as a polynomial in x_v.
func contentIn(p poly, v int, bud *polyBudget) poly {
	d := degIn(p, v)
	var g poly
	for k := d; k >= 0; k-- {
		c := coeffIn(p, v, k)
		if len(c) == 0 {
			continue
		}
		g = polyGCD(g, c, bud)
		if g.isConst() {
			return g
		}
	}
	return g
}

// polyGCD returns the greatest common divisor of p and q, normalised.
func polyGCD(p, q poly, bud *polyBudget) poly {
	switch {
	case len(p) == 0:
		g, _ := normalize(q)
		return g
	case len(q) == 0:
		g, _ := normalize(p)
		return g
	}
	nv := len(p[0].e)
	one := constPoly(nv, big.NewRat(1, 1))
	if p.isConst() || q.isConst() {
		return one
	}
	if len(q) == 1 {
		p, q = q, p
	}
	if len(p) == 1 {
		// A monomial's divisors are monomials: the gcd is the least
		// power of each variable over q's terms.
		e := append([]int(nil), p[0].e...)
		for _, t := range q {
			for i := range e {
				e[i] = min(e[i], t.e[i])
			}
		}
		return poly{{e: e, c: big.NewRat(1, 1)}}
	}
	bud.spend(len(p) + len(q))
	v := mainVar(p, q)
	dp, dq := degIn(p, v), degIn(q, v)
	if dp == 0 {
		return polyGCD(p, contentIn(q, v, bud), bud)
	}
	if dq == 0 {
		return polyGCD(contentIn(p, v, bud), q, bud)
	}
	cp, cq := contentIn(p, v, bud), contentIn(q, v, bud)
	pp, ok1 := polyDivExact(p, cp, bud)
	qp, ok2 := polyDivExact(q, cq, bud)
	if !ok1 || !ok2 {
		panic(budgetExceeded{}) // cannot happen for a true content
	}
	c := polyGCD(cp, cq, bud)
	if dp < dq {
		pp, qp = qp, pp
	}
	r0, r1 := pp, qp
	for {
		if degIn(r1, v) == 0 {
			return c
		}
		r := prem(r0, r1, v, bud)
		if len(r) == 0 {
			break
		}
		cr := contentIn(r, v, bud)
		rp, ok := polyDivExact(r, cr, bud)
		if !ok {
			panic(budgetExceeded{})
		}
		rp, _ = normalize(rp)
		r0, r1 = r1, rp
	}
	cr := contentIn(r1, v, bud)
	g, ok := polyDivExact(r1, cr, bud)
	if !ok {
		panic(budgetExceeded{})
	}
	g, _ = normalize(polyMul(c, g, bud))
	return g
}
