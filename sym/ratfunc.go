package sym

import (
	"math/big"
)

// Rational functions: an expression is read as a quotient of polynomials
// whose variables ("generators") are its non-rational parts: symbols,
// calls, π, e^u, roots and symbolic powers. Cancelling the gcd of the
// quotient and writing it back is the core of Simplify.

const (
	// maxRatPower bounds the integer powers expanded into polynomials.
	maxRatPower = 32
	// maxRatGens bounds the number of generators.
	maxRatGens = 24
	// ratBudget bounds the coefficient operations of one conversion.
	ratBudget = 20000
	// maxRatTerms bounds the terms of any intermediate polynomial.
	maxRatTerms = 400
)

type ratCtx struct {
	maxGens int // when positive, replaces maxRatGens
	gens    []Expr
	bud     *polyBudget
	one     poly   // the constant 1, shared: polynomials are never modified
	vars    []poly // the generators as polynomials, made on first use
}

// ratFunc is num/den.
type ratFunc struct{ num, den poly }

// generatorPower classifies a power b^x that is not a polynomial power: it
// is g^k for a generator g and an integer k (k < 0 puts g in the
// denominator), or ok is false and the power itself is a generator.
func generatorPower(p *pow) (g Expr, k int, ok bool) {
	if r, isRat := p.exp.(*rat); isRat && !r.r.IsInt() {
		num := r.r.Num()
		if !num.IsInt64() || num.Int64() > maxRatPower || num.Int64() < -maxRatPower {
			return nil, 0, false
		}
		root := Pow(p.base, &rat{new(big.Rat).SetFrac(big.NewInt(1), r.r.Denom())})
		if _, isPow := root.(*pow); !isPow {
			return nil, 0, false
		}
		return root, int(num.Int64()), true
	}
	if !isNum(p.exp) {
		if c, _ := splitCoeff(p.exp); numSign(c) < 0 {
			inv := Pow(p.base, Neg(p.exp))
			if _, isPow := inv.(*pow); isPow {
				return inv, -1, true
			}
		}
	}
	return nil, 0, false
}

func (c *ratCtx) gen(e Expr) int {
	for i, g := range c.gens {
		if compare(g, e) == 0 {
			return i
		}
	}
	if limit := c.maxGens; len(c.gens) >= maxRatGens && (limit == 0 || len(c.gens) >= limit) {
		panic(budgetExceeded{})
	}
	c.gens = append(c.gens, e)
	return len(c.gens) - 1
}

// collect registers the generators of e.
func (c *ratCtx) collect(e Expr) {
	switch x := e.(type) {
	case *rat:
	case *sum:
		for _, t := range x.terms {
			c.collect(t)
		}
	case *prod:
		for _, f := range x.factors {
			c.collect(f)
		}
	case *pow:
		if r, ok := x.exp.(*rat); ok && r.r.IsInt() && r.r.Num().IsInt64() && abs64(r.r.Num().Int64()) <= maxRatPower {
			c.collect(x.base)
			return
		}
		if g, _, ok := generatorPower(x); ok {
			c.gen(g)
			return
		}
		c.gen(x)
	default:
		c.gen(e)
	}
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

func (c *ratCtx) genRF(i, k int) ratFunc {
	one := c.one
	if c.vars[i] == nil {
		c.vars[i] = varPoly(len(c.gens), i)
	}
	p := c.vars[i]
	if k < 0 {
		return ratFunc{num: one, den: polyPow(p, -k, c.bud)}
	}
	return ratFunc{num: polyPow(p, k, c.bud), den: one}
}

func (c *ratCtx) toRF(e Expr) ratFunc {
	nv := len(c.gens)
	one := c.one
	switch x := e.(type) {
	case *rat:
		if isExactOne(x) {
			return ratFunc{num: one, den: one}
		}
		return ratFunc{num: constPoly(nv, x.r), den: one}
	case *sum:
		acc := ratFunc{den: one}
		for _, t := range x.terms {
			acc = c.addRF(acc, c.toRF(t))
		}
		return acc
	case *prod:
		acc := ratFunc{num: one, den: one}
		for _, f := range x.factors {
			r := c.toRF(f)
			acc = ratFunc{num: polyMul(acc.num, r.num, c.bud), den: polyMul(acc.den, r.den, c.bud)}
		}
		return acc
	case *pow:
		if r, ok := x.exp.(*rat); ok && r.r.IsInt() && r.r.Num().IsInt64() && abs64(r.r.Num().Int64()) <= maxRatPower {
			n := int(r.r.Num().Int64())
			b := c.toRF(x.base)
			if n < 0 {
				b, n = ratFunc{num: b.den, den: b.num}, -n
			}
			if n == 0 {
				return ratFunc{num: one, den: one}
			}
			return ratFunc{num: polyPow(b.num, n, c.bud), den: polyPow(b.den, n, c.bud)}
		}
		if g, k, ok := generatorPower(x); ok {
			return c.genRF(c.gen(g), k)
		}
	}
	return c.genRF(c.gen(e), 1)
}

// addRF adds two quotients over the least common denominator.
func (c *ratCtx) addRF(a, b ratFunc) ratFunc {
	if len(a.num) == 0 {
		return b
	}
	if len(b.num) == 0 {
		return a
	}
	if polyEqual(a.den, b.den) {
		return ratFunc{num: polyAdd(a.num, b.num, c.bud), den: a.den}
	}
	g := polyGCD(a.den, b.den, c.bud)
	ad, ok1 := polyDivExact(a.den, g, c.bud)
	bd, ok2 := polyDivExact(b.den, g, c.bud)
	if !ok1 || !ok2 {
		panic(budgetExceeded{})
	}
	num := polyAdd(polyMul(a.num, bd, c.bud), polyMul(b.num, ad, c.bud), c.bud)
	return ratFunc{num: num, den: polyMul(a.den, bd, c.bud)}
}

func (c *ratCtx) polyToExpr(p poly) Expr {
	terms := make([]Expr, 0, len(p))
	for _, t := range p {
		fs := []Expr{&rat{t.c}}
		for i, k := range t.e {
			if k != 0 {
				fs = append(fs, Pow(c.gens[i], Int(int64(k))))
			}
		}
		terms = append(terms, Mul(fs...))
	}
	return Add(terms...)
}

// cancelRational writes e as P/Q with gcd(P, Q) = 1 and Q with coprime
// integer coefficients and a positive leading one, and returns that
// quotient in a few presentations: expanded, with common factors taken out
// of P and Q, with perfect squares (a ± b)² recognised, and, when Q is a
// monomial, with the terms of P that Q divides split off. It reports false
// when e has too many generators or the arithmetic would take too long.
func cancelRational(e Expr) (res []Expr, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isBudget := r.(budgetExceeded); !isBudget {
				panic(r)
			}
			res, ok = nil, false
		}
	}()
	c := &ratCtx{bud: &polyBudget{left: ratBudget}}
	c.collect(e)
	c.one = constPoly(len(c.gens), big.NewRat(1, 1))
	c.vars = make([]poly, len(c.gens))
	rf := c.toRF(e)
	if len(rf.num) == 0 {
		return []Expr{zero}, true
	}
	g := polyGCD(rf.num, rf.den, c.bud)
	num, ok1 := polyDivExact(rf.num, g, c.bud)
	den, ok2 := polyDivExact(rf.den, g, c.bud)
	if !ok1 || !ok2 {
		return nil, false
	}
	den, f := normalize(den)
	num = polyScale(num, new(big.Rat).Inv(f))
	res = []Expr{Div(c.polyToExpr(num), c.polyToExpr(den))}
	if len(num) > 1 || len(den) > 1 {
		fn, mn, rn := c.compact(num)
		fd, md, rd := c.compact(den)
		res = append(res, Mul(&rat{new(big.Rat).Quo(fn, fd)}, mn, rn, Pow(Mul(md, rd), minusOne)))
	}
	if len(den) == 1 && len(num) > 1 {
		var whole, rest poly
		for _, t := range num {
			if divides(den[0].e, t.e) {
				whole = append(whole, t)
			} else {
				rest = append(rest, t)
			}
		}
		if len(whole) > 0 && len(rest) > 0 {
			q, ok := polyDivExact(whole, den, c.bud)
			if ok {
				fq, mq, rq := c.compact(q)
				fr, mr, rr := c.compact(rest)
				res = append(res, Add(Mul(&rat{fq}, mq, rq),
					Mul(&rat{new(big.Rat).Quo(fr, den[0].c)}, mr, rr, Pow(c.polyToExpr(poly{{e: den[0].e, c: big.NewRat(1, 1)}}), minusOne))))
			}
		}
	}
	return res, true
}

// compact writes p as f·m·r: a rational f, a monomial m and the rest r
// with perfect squares of binomials recognised, as in
// 2x²y − 4xy² + 2y³ = 2·y·(x − y)².
func (c *ratCtx) compact(p poly) (*big.Rat, Expr, Expr) {
	if len(p) == 0 {
		return new(big.Rat), one, one
	}
	if len(p) == 1 {
		t := p[0]
		return new(big.Rat).Set(t.c), c.polyToExpr(poly{{e: t.e, c: big.NewRat(1, 1)}}), one
	}
	prim, f := normalize(p)
	nv := len(prim[0].e)
	low := append([]int(nil), prim[0].e...)
	for _, t := range prim[1:] {
		for i := range low {
			low[i] = min(low[i], t.e[i])
		}
	}
	mono := pterm{e: low, c: big.NewRat(1, 1)}
	rest := make(poly, len(prim))
	for i, t := range prim {
		e := make([]int, nv)
		for k := range e {
			e[k] = t.e[k] - low[k]
		}
		rest[i] = pterm{e: e, c: t.c}
	}
	return f, c.polyToExpr(poly{mono}), c.completeSquares(rest)
}

// ratSqrt returns √r when r is the square of a rational.
func ratSqrt(r *big.Rat) (*big.Rat, bool) {
	if r.Sign() <= 0 {
		return nil, false
	}
	n, d := new(big.Int).Sqrt(r.Num()), new(big.Int).Sqrt(r.Denom())
	if new(big.Int).Mul(n, n).Cmp(r.Num()) != 0 || new(big.Int).Mul(d, d).Cmp(r.Denom()) != 0 {
		return nil, false
	}
	return new(big.Rat).SetFrac(n, d), true
}

// completeSquares rewrites u² ± 2uv + v² in p as (u ± v)², greedily.
func (c *ratCtx) completeSquares(p poly) Expr {
	type root struct {
		idx int
		t   pterm
	}
	var roots []root
	for i, t := range p {
		sq, ok := ratSqrt(t.c)
		if !ok {
			continue
		}
		e := make([]int, len(t.e))
		even := true
		for k, x := range t.e {
			if x%2 != 0 {
				even = false
				break
			}
			e[k] = x / 2
		}
		if even {
			roots = append(roots, root{i, pterm{e: e, c: sq}})
		}
	}
	if len(roots) < 2 {
		return c.polyToExpr(p)
	}
	used := make([]bool, len(p))
	var squares []Expr
	for a := 0; a < len(roots); a++ {
		for b := a + 1; b < len(roots); b++ {
			ra, rb := roots[a], roots[b]
			if used[ra.idx] || used[rb.idx] {
				continue
			}
			cross := make([]int, len(ra.t.e))
			for k := range cross {
				cross[k] = ra.t.e[k] + rb.t.e[k]
			}
			want := new(big.Rat).Mul(ra.t.c, rb.t.c)
			want.Mul(want, big.NewRat(2, 1))
			for i, t := range p {
				if used[i] || lexCmp(t.e, cross) != 0 {
					continue
				}
				sign := 0
				switch {
				case t.c.Cmp(want) == 0:
					sign = 1
				case new(big.Rat).Neg(t.c).Cmp(want) == 0:
					sign = -1
				}
				if sign == 0 {
					continue
				}
				used[ra.idx], used[rb.idx], used[i] = true, true, true
				u := c.polyToExpr(poly{ra.t})
				v := c.polyToExpr(poly{rb.t})
				if sign < 0 {
					v = Neg(v)
				}
				squares = append(squares, Pow(Add(u, v), Int(2)))
				break
			}
		}
	}
	var rest poly
	for i, t := range p {
		if !used[i] {
			rest = append(rest, t)
		}
	}
	return Add(append(squares, c.polyToExpr(rest))...)
}
