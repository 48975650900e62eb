package sym

import (
	"errors"
	"fmt"
)

// LimitError explains why a limit does not exist or could not be found.
type LimitError struct{ Reason string }

func (e *LimitError) Error() string { return e.Reason }

func limitErr(format string, args ...any) error {
	return &LimitError{Reason: fmt.Sprintf(format, args...)}
}

// errNeedSide is returned inside a two-sided limit when the answer
// depends on the side; Limit then takes both sides.
var errNeedSide = errors.New("the limit depends on the side")

// Limit bounds.
const (
	maxLHopital      = 8  // applications of L'Hôpital's rule to one quotient
	maxLHopitalTotal = 24 // and in all
	maxApproachK     = 6  // derivatives tried to find the side a zero is approached from
	maxLimitDepth    = 60 // nesting of limits of subexpressions
)

// Limit returns the limit of e as the symbol x tends to `to` (toInf = 0),
// or to +∞ (toInf = +1) or −∞ (toInf = −1), from above (side = +1), from
// below (side = −1) or from both sides (side = 0). The result is a value
// (inf = 0), or +∞ or −∞ (inf = ±1, value nil).
//
// It works on the structure of e: a subexpression defined at the point
// takes its value there; 0/0 and ∞/∞ (and 0·∞, written as one of them)
// are resolved by L'Hôpital's rule, differentiating the computing form
// Normal, at most 8 times; the sign of an infinity comes from the side
// the vanishing denominator is approached from (the first nonzero
// derivative there; at ±∞, that of g(±1/t) as t → 0⁺). A
// two-sided limit whose sides differ, an oscillating function at ∞ and
// ∞ − ∞ that does not resolve are errors (*LimitError).
func Limit(e Expr, x string, to Expr, toInf, side int, a *Assumptions) (Expr, int, error) {
	if toInf != 0 {
		to, side = nil, -toInf
	}
	steps := maxLHopitalTotal
	l := &limiter{x: x, c: to, cInf: toInf, side: side, a: a, steps: &steps}
	r, err := l.lim(e)
	if errors.Is(err, errNeedSide) {
		steps = maxLHopitalTotal
		right, rerr := (&limiter{x: x, c: to, side: 1, a: a, steps: &steps}).lim(e)
		steps = maxLHopitalTotal
		left, lerr := (&limiter{x: x, c: to, side: -1, a: a, steps: &steps}).lim(e)
		if rerr != nil {
			return nil, 0, rerr
		}
		if lerr != nil {
			return nil, 0, lerr
		}
		if right.inf != left.inf || right.inf == 0 && !l.isZero(Sub(right.v, left.v)) {
			return nil, 0, limitErr("the limit does not exist: %s from the right, %s from the left", right, left)
		}
		r, err = right, nil
	}
	if err != nil {
		return nil, 0, err
	}
	if r.inf != 0 {
		return nil, r.inf, nil
	}
	return Simplify(r.v, a), 0, nil
}

// limVal is a limit: a finite value v, or ±∞ (inf = ±1).
type limVal struct {
	inf int
	v   Expr
}

func (l limVal) String() string {
	switch l.inf {
	case 1:
		return "+inf"
	case -1:
		return "-inf"
	}
	return Format(Simplify(l.v, nil))
}

type limiter struct {
	x     string
	c     Expr // the point, when cInf = 0
	cInf  int  // ±1 for a limit at ±∞
	side  int
	a     *Assumptions
	depth int
	steps *int // L'Hôpital steps left, shared by the whole limit
}

func freshSymbol(name string, e Expr) string {
	for {
		used := false
		for _, n := range FreeSymbols(e) {
			used = used || n == name
		}
		if !used {
			return name
		}
		name += "_"
	}
}

func finite(v Expr) limVal { return limVal{v: v} }

// isZero decides whether a finite limit is 0: exactly, by simplification,
// or (with free symbols) by Check; a constant by its value to 60 digits.
func (l *limiter) isZero(v Expr) bool {
	if isExactZero(v) {
		return true
	}
	s := Simplify(v, l.a)
	if isExactZero(s) || isExactZero(Normal(v, l.a)) {
		return true
	}
	if IsNumber(s) {
		b, err := evalBall(s, 60)
		return err == nil && b.mid.Abs().LessThanOrEqual(b.rad)
	}
	return Check(s, zero, l.a).OK
}

func (l *limiter) lim(e Expr) (limVal, error) {
	if !dependsOn(e, l.x) {
		return finite(e), nil
	}
	l.depth++
	defer func() { l.depth-- }()
	if l.depth > maxLimitDepth {
		return limVal{}, limitErr("the expression is nested too deeply")
	}
	switch t := e.(type) {
	case *symbol:
		if l.cInf != 0 {
			return limVal{inf: l.cInf}, nil
		}
		return finite(l.c), nil
	case *sum:
		return l.sum(t)
	case *prod:
		return l.product(t.factors)
	case *pow:
		if dependsOn(t.exp, l.x) {
			if t.base == E {
				return l.exp(t.exp)
			}
			lg, _ := Call("log", t.base)
			return l.exp(Mul(t.exp, lg))
		}
		if numSign(t.exp) < 0 || signOf(t.exp, l.a).neg() {
			return l.product([]Expr{t})
		}
		return l.power(t.base, t.exp)
	case *call:
		return l.call(t)
	}
	return limVal{}, limitErr("cannot take the limit of %s", Format(e))
}

func (l *limiter) sum(s *sum) (limVal, error) {
	var fin []Expr
	pos, neg := false, false
	for _, t := range s.terms {
		r, err := l.lim(t)
		if err != nil {
			return limVal{}, err
		}
		switch r.inf {
		case 1:
			pos = true
		case -1:
			neg = true
		default:
			fin = append(fin, r.v)
		}
	}
	switch {
	case pos && neg:
		// ∞ − ∞: write the sum as one fraction and try again.
		n, d := together(s)
		if !isExactOne(d) {
			return l.quotient(n, d)
		}
		return limVal{}, limitErr("∞ − ∞ does not resolve in %s", Format(s))
	case pos:
		return limVal{inf: 1}, nil
	case neg:
		return limVal{inf: -1}, nil
	}
	return finite(Add(fin...)), nil
}

// product takes the limit of a product, separating factors that tend to
// 0, to ∞ and to finite nonzero values; 0·∞ goes to L'Hôpital.
func (l *limiter) product(factors []Expr) (limVal, error) {
	var fin, zeros, infs []Expr
	sign := 1
	for _, f := range factors {
		if !dependsOn(f, l.x) {
			fin = append(fin, f)
			continue
		}
		var r limVal
		var err error
		if p, ok := f.(*pow); ok && !dependsOn(p.exp, l.x) && (numSign(p.exp) < 0 || signOf(p.exp, l.a).neg()) {
			r, err = l.reciprocal(p.base, Neg(p.exp))
		} else {
			r, err = l.lim(f)
		}
		if err != nil {
			return limVal{}, err
		}
		switch {
		case r.inf != 0:
			infs = append(infs, f)
			sign *= r.inf
		case l.isZero(r.v):
			zeros = append(zeros, f)
		default:
			fin = append(fin, r.v)
		}
	}
	c := Mul(fin...)
	switch {
	case len(zeros) > 0 && len(infs) > 0:
		z, i := Mul(zeros...), Mul(infs...)
		var r limVal
		var err error
		// Write z·i as 0/0 or as ∞/∞; when one form does not resolve,
		// the other may.
		zeroOverZero := func() (limVal, error) { return l.lhopital(z, Pow(i, minusOne)) }
		infOverInf := func() (limVal, error) { return l.lhopital(i, Pow(z, minusOne)) }
		// Logarithms stay in the numerator, where differentiating removes them.
		first, second := infOverInf, zeroOverZero
		if hasCall(z, "log") || !hasCall(i, "log") && allReciprocals(infs) {
			first, second = zeroOverZero, infOverInf
		}
		r, err = first()
		if err != nil && !errors.Is(err, errNeedSide) {
			r, err = second()
		}
		if err != nil {
			return limVal{}, err
		}
		return l.scale(r, c)
	case len(zeros) > 0:
		return finite(zero), nil
	case len(infs) > 0:
		return l.scale(limVal{inf: sign}, c)
	}
	return finite(c), nil
}

// scale multiplies a limit by a finite nonzero constant c.
func (l *limiter) scale(r limVal, c Expr) (limVal, error) {
	if r.inf == 0 {
		return finite(Mul(c, r.v)), nil
	}
	s := signOf(Simplify(c, l.a), l.a)
	switch {
	case s.pos():
		return r, nil
	case s.neg():
		return limVal{inf: -r.inf}, nil
	}
	return limVal{}, limitErr("the limit is infinite, with the sign of %s, which is not known", Format(c))
}

func hasCall(e Expr, name string) bool {
	found := false
	Walk(e, func(n Expr) bool {
		if c, ok := n.(*call); ok && c.name == name {
			found = true
		}
		return !found
	})
	return found
}

func allReciprocals(fs []Expr) bool {
	for _, f := range fs {
		p, ok := f.(*pow)
		if !ok || numSign(p.exp) >= 0 {
			return false
		}
	}
	return true
}

// quotient is the limit of n/d.
func (l *limiter) quotient(n, d Expr) (limVal, error) {
	return l.product([]Expr{n, Pow(d, minusOne)})
}

// lhopital resolves n/d where both tend to 0 or both to ∞: it simplifies
// the quotient (which may cancel the indeterminacy), and while it stays
// indeterminate replaces n/d by n′/d′.
func (l *limiter) lhopital(n, d Expr) (limVal, error) {
	for i := 0; i < maxLHopital; i++ {
		if *l.steps <= 0 {
			break
		}
		*l.steps--
		n = Normal(Diff(n, l.x), l.a)
		d = Normal(Diff(d, l.x), l.a)
		if q := Simplify(Div(n, d), l.a); Size(q) < Size(n)+Size(d) {
			n, d = numerDenom(q)
		}
		rn, err := l.lim(n)
		if err != nil {
			return limVal{}, err
		}
		rd, err := l.lim(d)
		if err != nil {
			return limVal{}, err
		}
		nz := rn.inf == 0 && l.isZero(rn.v)
		dz := rd.inf == 0 && l.isZero(rd.v)
		switch {
		case nz && dz, rn.inf != 0 && rd.inf != 0:
			continue
		case rd.inf != 0:
			return finite(zero), nil
		case dz:
			s, err := l.approachSign(d)
			if err != nil {
				return limVal{}, err
			}
			if rn.inf != 0 {
				return limVal{inf: rn.inf * s}, nil
			}
			return l.scale(limVal{inf: s}, rn.v)
		case rn.inf != 0:
			return l.scale(rn, Pow(rd.v, minusOne))
		}
		return finite(Div(rn.v, rd.v)), nil
	}
	return limVal{}, limitErr("L'Hôpital's rule did not resolve the limit in %d steps", maxLHopitalTotal)
}

// reciprocal is the limit of 1/b^k for k > 0.
func (l *limiter) reciprocal(b, k Expr) (limVal, error) {
	r, err := l.power(b, k)
	if err != nil {
		return limVal{}, err
	}
	if r.inf != 0 {
		return finite(zero), nil
	}
	if !l.isZero(r.v) {
		return finite(Pow(r.v, minusOne)), nil
	}
	s, err := l.approachSign(Pow(b, k))
	if err != nil {
		return limVal{}, err
	}
	return limVal{inf: s}, nil
}

// power is the limit of b^k for a constant k > 0.
func (l *limiter) power(b, k Expr) (limVal, error) {
	rb, err := l.lim(b)
	if err != nil {
		return limVal{}, err
	}
	if rb.inf == 0 {
		v := Pow(rb.v, k)
		if IsNumber(v) {
			if _, err := Float64(v); err != nil && isDomain(err) {
				return limVal{}, limitErr("%s is not defined near the point (%v)", Format(Pow(b, k)), err)
			}
		}
		return finite(v), nil
	}
	if rb.inf < 0 && !isEvenInteger(k) {
		if isInteger(k) {
			return limVal{inf: -1}, nil
		}
		return limVal{}, limitErr("%s is not real as its base tends to -inf", Format(Pow(b, k)))
	}
	return limVal{inf: 1}, nil
}

func (l *limiter) exp(u Expr) (limVal, error) {
	r, err := l.lim(u)
	if err != nil {
		return limVal{}, err
	}
	switch r.inf {
	case 1:
		return limVal{inf: 1}, nil
	case -1:
		return finite(zero), nil
	}
	return finite(Pow(E, r.v)), nil
}

func (l *limiter) call(c *call) (limVal, error) {
	args := make([]Expr, len(c.args))
	for i, u := range c.args {
		r, err := l.lim(u)
		if err != nil {
			return limVal{}, err
		}
		if r.inf != 0 {
			switch {
			case c.name == "log" && r.inf > 0, c.name == "abs":
				return limVal{inf: 1}, nil
			case c.name == "log":
				return limVal{}, limitErr("log of a quantity that tends to -inf")
			case c.name == "sin" || c.name == "cos":
				return limVal{}, limitErr("the limit does not exist: %s oscillates as its argument tends to %s", c.name, r)
			case c.name == "tanh":
				return finite(Int(int64(r.inf))), nil
			case c.name == "sigmoid":
				return finite(Int(int64(max(r.inf, 0)))), nil
			case c.name == "lgamma" && r.inf > 0, c.name == "digamma" && r.inf > 0:
				return limVal{inf: 1}, nil
			}
			return limVal{}, limitErr("cannot take %s of a quantity that tends to %s", c.name, r)
		}
		args[i] = r.v
	}
	if c.name == "log" && l.isZero(args[0]) {
		s, err := l.approachSign(c.args[0])
		if err != nil {
			return limVal{}, err
		}
		if s < 0 {
			return limVal{}, limitErr("log of a quantity that tends to 0 from below")
		}
		return limVal{inf: -1}, nil
	}
	v, err := Call(c.name, args...)
	if err != nil {
		return limVal{}, limitErr("%v", err)
	}
	if IsNumber(v) {
		if _, err := Float64(v); err != nil && isDomain(err) {
			if c.name == "lgamma" {
				return limVal{inf: 1}, nil
			}
			return limVal{}, limitErr("%s is not defined at the point (%v)", c.name, err)
		}
	}
	return finite(v), nil
}

// approachSign returns the sign of g near the point on the limit's side,
// where g tends to 0: the sign of the first nonzero derivative g⁽ᵏ⁾(c),
// times side^k. For a two-sided limit an odd k means the sides differ.
func (l *limiter) approachSign(g Expr) (int, error) {
	if l.cInf != 0 {
		t := freshSymbol("t_", g)
		inv := Pow(Symbol(t), minusOne)
		if l.cInf < 0 {
			inv = Neg(inv)
		}
		at0 := &limiter{x: t, c: zero, side: 1, a: l.a, depth: l.depth, steps: l.steps}
		return at0.approachSign(Subs(g, map[string]Expr{l.x: inv}))
	}
	d := Normal(g, l.a)
	for k := 1; k <= maxApproachK; k++ {
		d = Normal(Diff(d, l.x), l.a)
		r, err := l.lim(d)
		if err != nil {
			return 0, err
		}
		s := r.inf
		if r.inf == 0 {
			if l.isZero(r.v) {
				continue
			}
			sg := signOf(Simplify(r.v, l.a), l.a)
			switch {
			case sg.pos():
				s = 1
			case sg.neg():
				s = -1
			default:
				return 0, limitErr("the sign of %s near the point is not known", Format(g))
			}
		}
		if k%2 == 1 {
			if l.side == 0 {
				return 0, errNeedSide
			}
			s *= l.side
		}
		return s, nil
	}
	return 0, limitErr("cannot tell the side from which %s tends to 0", Format(g))
}

// numerDenom splits e into a numerator and a denominator: the factors
// with a negative exponent form the denominator.
func numerDenom(e Expr) (Expr, Expr) {
	factors := []Expr{e}
	if p, ok := e.(*prod); ok {
		factors = p.factors
	}
	var num, den []Expr
	for _, f := range factors {
		if p, ok := f.(*pow); ok && numSign(p.exp) < 0 {
			den = append(den, Pow(p.base, Neg(p.exp)))
			continue
		}
		num = append(num, f)
	}
	return Mul(num...), Mul(den...)
}

// together writes a sum over one denominator: Σ nᵢ/dᵢ = Σ nᵢ ∏_{j≠i} dⱼ / ∏ dⱼ.
func together(s *sum) (Expr, Expr) {
	nums := make([]Expr, len(s.terms))
	dens := make([]Expr, len(s.terms))
	for i, t := range s.terms {
		nums[i], dens[i] = numerDenom(t)
	}
	terms := make([]Expr, len(s.terms))
	for i := range s.terms {
		fs := []Expr{nums[i]}
		for j, d := range dens {
			if j != i {
				fs = append(fs, d)
			}
		}
		terms[i] = Mul(fs...)
	}
	return Add(terms...), Mul(dens...)
}
