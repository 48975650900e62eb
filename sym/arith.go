package sym

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// maxExactBits bounds the size of exact rationals produced by powers, so that
// 10^(10^9) stays unevaluated instead of exhausting memory.
const maxExactBits = 1 << 16

func isNum(e Expr) bool {
	switch e.(type) {
	case *rat, *flt:
		return true
	}
	return false
}

func isZero(e Expr) bool {
	switch e := e.(type) {
	case *rat:
		return e.r.Sign() == 0
	case *flt:
		return e.f == 0
	}
	return false
}

func isExactZero(e Expr) bool {
	r, ok := e.(*rat)
	return ok && r.r.Sign() == 0
}

func isExactOne(e Expr) bool {
	r, ok := e.(*rat)
	return ok && r.r.IsInt() && r.r.Num().IsInt64() && r.r.Num().Int64() == 1
}

func isExactInt(e Expr, n int64) bool {
	r, ok := e.(*rat)
	return ok && r.r.IsInt() && r.r.Num().IsInt64() && r.r.Num().Int64() == n
}

// isInteger reports whether e is an exact integer.
func isInteger(e Expr) bool {
	r, ok := e.(*rat)
	return ok && r.r.IsInt()
}

func isEvenInteger(e Expr) bool {
	r, ok := e.(*rat)
	return ok && r.r.IsInt() && r.r.Num().Bit(0) == 0
}

// numSign is the sign of a numeric constant (0 for non-numbers).
func numSign(e Expr) int {
	switch e := e.(type) {
	case *rat:
		return e.r.Sign()
	case *flt:
		switch {
		case e.f > 0:
			return 1
		case e.f < 0:
			return -1
		}
	}
	return 0
}

func numFloat(e Expr) float64 {
	switch e := e.(type) {
	case *rat:
		f, _ := e.r.Float64()
		return f
	case *flt:
		return e.f
	}
	return math.NaN()
}

// smallInt reports the value of an integer that fits comfortably in int64.
func smallInt(r *big.Rat) (int64, bool) {
	if !r.IsInt() || !r.Num().IsInt64() {
		return 0, false
	}
	n := r.Num().Int64()
	return n, n > -1<<31 && n < 1<<31
}

func addNum(a, b Expr) Expr {
	ra, aok := a.(*rat)
	rb, bok := b.(*rat)
	if aok && bok {
		if ra.r.Sign() == 0 {
			return b
		}
		if rb.r.Sign() == 0 {
			return a
		}
		if x, ok := smallInt(ra.r); ok {
			if y, ok := smallInt(rb.r); ok {
				return Int(x + y)
			}
		}
		return ratNode(new(big.Rat).Add(ra.r, rb.r))
	}
	v := numFloat(a) + numFloat(b)
	if !math.IsInf(v, 0) && !math.IsNaN(v) {
		return &flt{v}
	}
	if x, y, ok := exactOperands(a, b); ok {
		return addNum(x, y)
	}
	return &flt{v}
}

// exactOperands returns the operands of a float operation that overflowed
// or underflowed as exact rationals, when both are finite.
func exactOperands(a, b Expr) (Expr, Expr, bool) {
	x, y := shortestRat(a), shortestRat(b)
	_, xr := x.(*rat)
	_, yr := y.(*rat)
	return x, y, xr && yr
}

// shortestRat returns a Float beyond whose range a result overflowed as the
// exact rational of its shortest decimal (1e308, as Decimal reads it), so
// that the result is an exact number beyond float64 rather than ±Inf.
func shortestRat(e Expr) Expr {
	f, ok := e.(*flt)
	if !ok || math.IsInf(f.f, 0) || math.IsNaN(f.f) {
		return e
	}
	r, err := ParseNumber(strings.TrimPrefix(strconv.FormatFloat(math.Abs(f.f), 'g', -1, 64), "+"))
	if err != nil {
		return e
	}
	if f.f < 0 {
		return Neg(r)
	}
	return r
}

func mulNum(a, b Expr) Expr {
	ra, aok := a.(*rat)
	rb, bok := b.(*rat)
	if aok && bok {
		if isExactOne(a) {
			return b
		}
		if isExactOne(b) {
			return a
		}
		if x, ok := smallInt(ra.r); ok {
			if y, ok := smallInt(rb.r); ok {
				return Int(x * y)
			}
		}
		return ratNode(new(big.Rat).Mul(ra.r, rb.r))
	}
	v := numFloat(a) * numFloat(b)
	if !math.IsInf(v, 0) && !math.IsNaN(v) && (v != 0 || isZero(a) || isZero(b)) {
		return &flt{v}
	}
	if x, y, ok := exactOperands(a, b); ok {
		return mulNum(x, y)
	}
	return &flt{v}
}

func negNum(a Expr) Expr { return mulNum(minusOne, a) }

// splitCoeff writes a term as coefficient × monomial.
func splitCoeff(e Expr) (Expr, Expr) {
	if p, ok := e.(*prod); ok && isNum(p.factors[0]) {
		if len(p.factors) == 2 {
			return p.factors[0], p.factors[1]
		}
		return p.factors[0], newProd(p.factors[1:])
	}
	return one, e
}

// splitPow writes a factor as base^exponent.
func splitPow(e Expr) (Expr, Expr) {
	if p, ok := e.(*pow); ok {
		return p.base, p.exp
	}
	return e, one
}

func newProd(factors []Expr) *prod {
	n := 1
	for _, f := range factors {
		n += f.size()
	}
	return &prod{factors: factors, n: n}
}

func newSum(terms []Expr) *sum {
	n := 1
	for _, t := range terms {
		n += t.size()
	}
	return &sum{terms: terms, n: n}
}

// withCoeff returns c·m for a numeric c and a monomial m without re-running
// canonicalisation.
func withCoeff(c, m Expr) Expr {
	if isExactOne(c) {
		return m
	}
	if p, ok := m.(*prod); ok {
		fs := make([]Expr, 0, len(p.factors)+1)
		fs = append(fs, c)
		fs = append(fs, p.factors...)
		return newProd(fs)
	}
	return newProd([]Expr{c, m})
}

// Add returns the canonical sum of xs: nested sums are flattened, numbers
// folded, like terms collected (2x + 3x = 5x) and terms sorted.
func Add(xs ...Expr) Expr {
	var constTerm Expr = zero
	undefined := false
	type term struct{ c, m Expr }
	var terms []term
	var push func(x Expr)
	push = func(x Expr) {
		switch x := x.(type) {
		case *sum:
			for _, t := range x.terms {
				push(t)
			}
		case *rat, *flt:
			constTerm = addNum(constTerm, x)
		default:
			if isUndefined(x) {
				undefined = true
			}
			c, m := splitCoeff(x)
			terms = append(terms, term{c, m})
		}
	}
	for _, x := range xs {
		push(x)
	}
	if undefined {
		return undefinedExpr
	}
	sort.SliceStable(terms, func(i, j int) bool { return compare(terms[i].m, terms[j].m) < 0 })
	out := make([]Expr, 0, len(terms)+1)
	for i := 0; i < len(terms); {
		c, m := terms[i].c, terms[i].m
		j := i + 1
		for ; j < len(terms) && compare(terms[j].m, m) == 0; j++ {
			c = addNum(c, terms[j].c)
		}
		i = j
		if isZero(c) {
			if _, isF := c.(*flt); isF {
				constTerm = addNum(constTerm, c)
			}
			continue
		}
		out = append(out, withCoeff(c, m))
	}
	if cf, ok := constTerm.(*flt); ok {
		// A Float absorbs every constant term it can evaluate.
		kept := out[:0]
		acc := cf.f
		for _, t := range out {
			if IsNumber(t) {
				if v, err := Float64(t); err == nil && !math.IsInf(acc+v, 0) {
					acc += v
					continue
				}
			}
			kept = append(kept, t)
		}
		out = kept
		constTerm = &flt{acc}
		if acc == 0 && len(out) > 0 {
			constTerm = zero
		}
	}
	if !isExactZero(constTerm) {
		out = append([]Expr{constTerm}, out...)
	}
	switch len(out) {
	case 0:
		return zero
	case 1:
		return out[0]
	}
	return newSum(out)
}

// Mul returns the canonical product of xs: nested products are flattened,
// numbers folded into one leading coefficient, powers of a common base
// combined (x·x = x², x^a·x^b = x^(a+b)), and factors sorted. A number times
// a single sum is distributed: 2(x + 1) = 2x + 2. A sum among other factors
// is kept primitive, its numeric content and a sign that leaves most of its
// terms positive moved into the coefficient: (2a + 2b)·c = 2(a + b)·c and
// (y − x)·c = −(x − y)·c, so that the canonical form does not depend on the
// order of construction. A factor 1/0 makes the whole product 1/0.
func Mul(xs ...Expr) Expr {
	var coeff Expr = one
	var items []Expr
	undefined := false
	var push func(x Expr)
	push = func(x Expr) {
		switch x := x.(type) {
		case *prod:
			for _, f := range x.factors {
				push(f)
			}
		case *rat, *flt:
			coeff = mulNum(coeff, x)
		case *sum:
			// A sum factor is kept primitive, its content in the
			// coefficient, so that 2(a + b)·c and (2a + 2b)·c agree.
			c, p := sumContent(x, true)
			coeff = mulNum(coeff, c)
			items = append(items, p)
		default:
			if isUndefined(x) {
				undefined = true
			}
			items = append(items, x)
		}
	}
	for _, x := range xs {
		push(x)
	}
	if undefined {
		return undefinedExpr
	}
	for round := 0; round < 4 && len(items) > 1; round++ {
		type bp struct {
			b, e Expr
			orig Expr
		}
		pairs := make([]bp, len(items))
		for i, it := range items {
			b, e := splitPow(it)
			pairs[i] = bp{b, e, it}
		}
		sort.SliceStable(pairs, func(i, j int) bool { return compare(pairs[i].b, pairs[j].b) < 0 })
		items = items[:0:0]
		changed := false
		for i := 0; i < len(pairs); {
			j := i + 1
			for j < len(pairs) && compare(pairs[j].b, pairs[i].b) == 0 {
				j++
			}
			if j == i+1 {
				items = append(items, pairs[i].orig)
				i = j
				continue
			}
			exps := make([]Expr, 0, j-i)
			for k := i; k < j; k++ {
				exps = append(exps, pairs[k].e)
			}
			changed = true
			push(Pow(pairs[i].b, Add(exps...)))
			i = j
		}
		if !changed {
			break
		}
	}
	if isZero(coeff) {
		return coeff
	}
	sort.SliceStable(items, func(i, j int) bool { return compare(items[i], items[j]) < 0 })
	if cf, ok := coeff.(*flt); ok {
		kept := items[:0]
		acc := cf.f
		for _, f := range items {
			if IsNumber(f) {
				if v, err := Float64(f); err == nil && !math.IsInf(acc*v, 0) && (acc*v != 0 || acc == 0 || v == 0) {
					acc *= v
					continue
				}
			}
			kept = append(kept, f)
		}
		items = kept
		coeff = &flt{acc}
	}
	switch {
	case len(items) == 0:
		return coeff
	case len(items) == 1 && isExactOne(coeff):
		return items[0]
	case len(items) == 1:
		if s, ok := items[0].(*sum); ok {
			ts := make([]Expr, len(s.terms))
			for i, t := range s.terms {
				ts[i] = Mul(coeff, t)
			}
			return Add(ts...)
		}
	}
	if !isExactOne(coeff) {
		items = append([]Expr{coeff}, items...)
	}
	return newProd(items)
}

// undefinedExpr is 1/0, the value of any expression with a division by
// zero; it absorbs the sums and products it enters, and evaluating it is a
// "division by zero" error.
var undefinedExpr = &pow{base: zero, exp: minusOne, n: 3}

func isUndefined(e Expr) bool {
	p, ok := e.(*pow)
	return ok && isExactZero(p.base) && numSign(p.exp) < 0
}

// Neg returns −a.
func Neg(a Expr) Expr { return Mul(minusOne, a) }

// Sub returns a − b.
func Sub(a, b Expr) Expr { return Add(a, Neg(b)) }

// Div returns a / b = a·b⁻¹. Dividing by an exact zero gives 1/0, which
// absorbs any sum or product it enters and evaluates to a "division by
// zero" error.
func Div(a, b Expr) Expr { return Mul(a, Pow(b, minusOne)) }

// Pow returns the canonical power a^b. Rules: x⁰ = 1, x¹ = x, 1^x = 1,
// (x^a)^n = x^(a·n) for integer n, (x²)^(1/2) = |x|, (x·y)^n = xⁿ·yⁿ for
// integer n, exp(a)^b = exp(a·b), exp(c·log(u)) = u^c; exact powers of
// rationals are computed, with perfect powers taken out of roots
// (√8 = 2√2).
func Pow(a, b Expr) Expr {
	if isExactZero(b) {
		return one
	}
	if isExactOne(b) {
		return a
	}
	if isExactOne(a) {
		return one
	}
	if isNum(a) && isNum(b) {
		if r, ok := powNum(a, b); ok {
			return r
		}
		if isExactZero(a) && numSign(b) < 0 {
			return undefinedExpr
		}
		return newPow(a, b)
	}
	if _, ok := a.(*flt); ok && IsNumber(b) {
		if v, ok := foldFloat(newPow(a, b)); ok {
			return v
		}
	}
	if _, ok := b.(*flt); ok && IsNumber(a) {
		if v, ok := foldFloat(newPow(a, b)); ok {
			return v
		}
	}
	switch a := a.(type) {
	case *rat:
		if a.r.Sign() == 0 && numSign(b) > 0 {
			return zero
		}
		if a.r.Sign() == 0 && numSign(b) < 0 {
			return undefinedExpr
		}
	case *pow:
		if isInteger(b) || a.base == E || numSign(a.base) > 0 {
			return Pow(a.base, Mul(a.exp, b))
		}
		if _, ok := b.(*rat); ok && isEvenInteger(a.exp) {
			return Pow(apply("abs", []Expr{a.base}), Mul(a.exp, b))
		}
	case *prod:
		if isInteger(b) {
			fs := make([]Expr, len(a.factors))
			for i, f := range a.factors {
				fs[i] = Pow(f, b)
			}
			return Mul(fs...)
		}
		if c := a.factors[0]; isNum(c) && !isExactInt(c, -1) {
			rest := newProd(a.factors[1:])
			var restE Expr = rest
			if len(a.factors) == 2 {
				restE = a.factors[1]
			}
			if numSign(c) > 0 {
				return Mul(Pow(c, b), Pow(restE, b))
			}
			return Mul(Pow(negNum(c), b), Pow(Neg(restE), b))
		}
	case *constant:
		if a == E {
			if c, ok := b.(*call); ok && c.name == "log" {
				return c.args[0]
			}
			if p, ok := b.(*prod); ok && len(p.factors) == 2 && isNum(p.factors[0]) {
				if c, ok := p.factors[1].(*call); ok && c.name == "log" {
					return Pow(c.args[0], p.factors[0])
				}
			}
		}
	case *call:
		if a.name == "abs" && isEvenInteger(b) {
			return Pow(a.args[0], b)
		}
	case *sum:
		// (2a + 2b)² = 4(a + b)², (y − x)³ = −(x − y)³: the base is kept
		// primitive; a sign comes out only of an integer power.
		if _, isRat := b.(*rat); isRat {
			c, p := sumContent(a, isInteger(b))
			if !isExactOne(c) {
				return Mul(Pow(c, b), newPow(p, b))
			}
		}
	}
	return newPow(a, b)
}

// sumContent writes s = c·p with a numeric c and a primitive sum p: the
// rational coefficients of p have no common factor and, if withSign, p
// has more positive than negative non-constant terms, or as many with
// the first one positive. With a Float among the coefficients only the
// sign is taken out.
func sumContent(s *sum, withSign bool) (Expr, *sum) {
	pos, neg, firstSign := 0, 0, 0
	hasFloat := false
	coeffs := make([]*big.Rat, 0, len(s.terms))
	for _, t := range s.terms {
		c, m := splitCoeff(t)
		if isNum(t) {
			c, m = t, nil
		}
		switch c := c.(type) {
		case *rat:
			coeffs = append(coeffs, c.r)
		case *flt:
			hasFloat = true
		}
		if m == nil {
			continue
		}
		sg := numSign(c)
		if firstSign == 0 {
			firstSign = sg
		}
		if sg > 0 {
			pos++
		} else {
			neg++
		}
	}
	content := big.NewRat(1, 1)
	if !hasFloat {
		content = ratGCD(coeffs)
	}
	if withSign && (neg > pos || neg == pos && firstSign < 0) {
		content.Neg(content)
	}
	if content.Cmp(big.NewRat(1, 1)) == 0 {
		return one, s
	}
	inv := &rat{new(big.Rat).Inv(content)}
	terms := make([]Expr, len(s.terms))
	for i, t := range s.terms {
		c, m := splitCoeff(t)
		if isNum(t) {
			terms[i] = mulNum(t, inv)
			continue
		}
		terms[i] = withCoeff(mulNum(c, inv), m)
	}
	return &rat{content}, newSum(terms)
}

func newPow(a, b Expr) *pow { return &pow{base: a, exp: b, n: 1 + a.size() + b.size()} }

// foldFloat evaluates a constant expression to a Float when it is finite.
func foldFloat(e Expr) (Expr, bool) {
	v, err := Float64(e)
	if err != nil {
		return nil, false
	}
	return &flt{v}, true
}

// powNum folds a power of two numeric constants when the result is a
// number or a canonical product of a rational and radicals.
func powNum(a, b Expr) (Expr, bool) {
	ra, aok := a.(*rat)
	rb, bok := b.(*rat)
	if !aok || !bok {
		x, y := numFloat(a), numFloat(b)
		if (x < 0 && y != math.Trunc(y)) || (x == 0 && y < 0) {
			return nil, false
		}
		v := math.Pow(x, y)
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, false
		}
		return &flt{v}, true
	}
	x, y := ra.r, rb.r
	if x.Sign() == 0 {
		if y.Sign() > 0 {
			return zero, true
		}
		return nil, false
	}
	if y.IsInt() {
		r, ok := ratPowInt(x, y.Num())
		if !ok {
			return nil, false
		}
		return &rat{r}, true
	}
	if x.Sign() < 0 {
		return nil, false
	}
	// y = k + f with k = ⌊y⌋ and 0 < f < 1.
	k := new(big.Int).Div(y.Num(), y.Denom()) // Euclidean: floor for positive denominators
	f := new(big.Rat).Sub(y, new(big.Rat).SetInt(k))
	coeff, ok := ratPowInt(x, k)
	if !ok {
		return nil, false
	}
	// x^f = num^f · den^(1−f) / den.
	fNum, fDen := f.Num(), f.Denom()
	if !fDen.IsInt64() || fDen.Int64() > 64 {
		return nil, false
	}
	q := fDen.Int64()
	a1 := fNum.Int64()
	factors := []Expr{}
	c1, rad1 := intRootPow(x.Num(), a1, q)
	c2, rad2 := intRootPow(x.Denom(), q-a1, q)
	c := new(big.Rat).Mul(coeff, new(big.Rat).SetInt(c1))
	c.Mul(c, new(big.Rat).SetInt(c2))
	c.Quo(c, new(big.Rat).SetInt(x.Denom()))
	factors = append(factors, &rat{c})
	factors = append(factors, rad1...)
	factors = append(factors, rad2...)
	if len(factors) == 1 {
		return factors[0], true
	}
	sort.SliceStable(factors[1:], func(i, j int) bool { return compare(factors[1+i], factors[1+j]) < 0 })
	// The radicals have distinct bases (coprime numerator and
	// denominator), so the product is canonical as built.
	if isExactOne(factors[0]) {
		factors = factors[1:]
		if len(factors) == 1 {
			return factors[0], true
		}
	}
	return newProd(factors), true
}

// ratPowInt returns x^n exactly, or false when the result would be too large
// or x = 0 with n < 0.
func ratPowInt(x *big.Rat, n *big.Int) (*big.Rat, bool) {
	if n.Sign() == 0 {
		return big.NewRat(1, 1), true
	}
	if x.Sign() == 0 {
		if n.Sign() < 0 {
			return nil, false
		}
		return new(big.Rat), true
	}
	bits := x.Num().BitLen()
	if b := x.Denom().BitLen(); b > bits {
		bits = b
	}
	if !n.IsInt64() {
		if bits <= 1 && x.Num().CmpAbs(big.NewInt(1)) == 0 && x.Denom().IsInt64() && x.Denom().Int64() == 1 {
			// ±1 to a huge power.
			if x.Sign() > 0 || n.Bit(0) == 0 {
				return big.NewRat(1, 1), true
			}
			return big.NewRat(-1, 1), true
		}
		return nil, false
	}
	m := n.Int64()
	am := m
	if am < 0 {
		am = -am
	}
	isUnit := x.Denom().IsInt64() && x.Denom().Int64() == 1 && x.Num().CmpAbs(big.NewInt(1)) == 0
	if !isUnit && (am > maxExactBits || int64(bits-1)*am > maxExactBits) {
		return nil, false
	}
	if isUnit {
		if x.Sign() > 0 || am%2 == 0 {
			return big.NewRat(1, 1), true
		}
		return big.NewRat(-1, 1), true
	}
	e := big.NewInt(am)
	num := new(big.Int).Exp(x.Num(), e, nil)
	den := new(big.Int).Exp(x.Denom(), e, nil)
	if m < 0 {
		num, den = den, num
	}
	return new(big.Rat).SetFrac(num, den), true
}

// intRootPow writes m^(a/q) (m ≥ 1, 0 < a < q) as c · Π tᵢ^(rᵢ) with integer
// c and radicals whose exponents lie in (0, 1). Small prime factors are
// found by trial division; a leftover that is a perfect q-th power is
// extracted too.
func intRootPow(m *big.Int, a, q int64) (*big.Int, []Expr) {
	c := big.NewInt(1)
	if m.Cmp(c) == 0 {
		return c, nil
	}
	ex := big.NewRat(a, q)
	rest := new(big.Int).Set(m)
	type pe struct {
		p int64
		r int64
	}
	var parts []pe
	if m.BitLen() <= 128 {
		rem := new(big.Int)
		for p := int64(2); p <= 1000; p++ {
			bp := big.NewInt(p)
			e := int64(0)
			for {
				qt, r := new(big.Int).QuoRem(rest, bp, rem)
				if r.Sign() != 0 {
					break
				}
				rest = qt
				e++
			}
			if e == 0 {
				continue
			}
			total := e * a
			c.Mul(c, new(big.Int).Exp(bp, big.NewInt(total/q), nil))
			if total%q != 0 {
				parts = append(parts, pe{p, total % q})
			}
			if rest.Cmp(big.NewInt(1)) == 0 {
				break
			}
		}
	}
	var rads []Expr
	if len(parts) > 0 {
		g := parts[0].r
		for _, p := range parts[1:] {
			g = gcd64(g, p.r)
		}
		t := big.NewInt(1)
		for _, p := range parts {
			t.Mul(t, new(big.Int).Exp(big.NewInt(p.p), big.NewInt(p.r/g), nil))
		}
		rads = append(rads, newPow(&rat{new(big.Rat).SetInt(t)}, &rat{big.NewRat(g, q)}))
	}
	if rest.Cmp(big.NewInt(1)) != 0 {
		if root, ok := exactRoot(rest, q); ok {
			c.Mul(c, new(big.Int).Exp(root, big.NewInt(a), nil))
		} else {
			rads = append(rads, newPow(&rat{new(big.Rat).SetInt(rest)}, &rat{ex}))
		}
	}
	return c, rads
}

// exactRoot returns the integer q-th root of m when m is a perfect q-th power.
func exactRoot(m *big.Int, q int64) (*big.Int, bool) {
	if q == 2 {
		r := new(big.Int).Sqrt(m)
		return r, new(big.Int).Mul(r, r).Cmp(m) == 0
	}
	// Newton's method from a float estimate, then an exact check nearby.
	if m.BitLen() > 50 {
		bits := m.BitLen()
		est := new(big.Int).Lsh(big.NewInt(1), uint(bits/int(q)+1))
		r := est
		for i := 0; i < 200; i++ {
			// r ← ((q−1) r + m / r^(q−1)) / q
			rq1 := new(big.Int).Exp(r, big.NewInt(q-1), nil)
			next := new(big.Int).Mul(r, big.NewInt(q-1))
			next.Add(next, new(big.Int).Quo(m, rq1))
			next.Quo(next, big.NewInt(q))
			if next.Cmp(r) >= 0 {
				break
			}
			r = next
		}
		return r, new(big.Int).Exp(r, big.NewInt(q), nil).Cmp(m) == 0
	}
	f, _ := new(big.Float).SetInt(m).Float64()
	base := math.Round(math.Pow(f, 1/float64(q)))
	for d := -1.0; d <= 1; d++ {
		r, _ := big.NewFloat(base + d).Int(nil)
		if r.Sign() > 0 && new(big.Int).Exp(r, big.NewInt(q), nil).Cmp(m) == 0 {
			return r, true
		}
	}
	return nil, false
}

func gcd64(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}
