package sym

import (
	"fmt"
	"math/rand/v2"
)

// Relation is the comparison an inequality asserts between its sides.
type Relation int

// The relations CheckInequality decides.
const (
	LessThan       Relation = iota // lhs < rhs
	LessOrEqual                    // lhs ≤ rhs
	GreaterThan                    // lhs > rhs
	GreaterOrEqual                 // lhs ≥ rhs
)

var relationText = [...]string{"<", "<=", ">", ">="}

// String returns the relation as it is typed: <, <=, > or >=.
func (r Relation) String() string { return relationText[r] }

// inequalityPoints is the number of random points at which an inequality
// that is not proved is tested.
const inequalityPoints = 200

// CheckInequality tests lhs op rhs for every real value of its symbols
// allowed by a. It first tries a proof: the difference d = rhs − lhs (for
// < and ≤) or lhs − rhs (for > and ≥), in the computing form Normal and
// after Simplify, is a sum, product or power whose sign the assumptions
// fix (d ≥ 0 for ≤ and ≥, d > 0 for the strict relations): Method
// "symbolic". Otherwise it evaluates both sides in decimal arithmetic to
// 30 significant digits at 200 pseudo-random points of the symbols'
// domains (the points Check uses) and compares them there: Method
// "numeric". Sides that agree to 30 digits count as equal, which refutes
// a strict inequality. A point where the relation fails, or where only
// one side is defined, is returned as a counterexample with both sides'
// values in Detail.
func CheckInequality(lhs, rhs Expr, op Relation, a *Assumptions) CheckResult {
	names := unionSymbols(lhs, rhs)
	for _, n := range names {
		if !a.consistent(n) {
			return CheckResult{Method: "numeric", Detail: fmt.Sprintf("the assumptions about %s contradict each other", n)}
		}
	}
	d := Sub(lhs, rhs)
	if op == LessThan || op == LessOrEqual {
		d = Sub(rhs, lhs)
	}
	strict := op == LessThan || op == GreaterThan
	for _, form := range []func() Expr{
		func() Expr { return Normal(d, a) },
		func() Expr { return Simplify(d, a) },
		func() Expr { return Simplify(logLowerBound(Simplify(d, a), a), a) },
	} {
		s := signOf(form(), a)
		if s.pos() || !strict && s.nonneg() {
			return CheckResult{OK: true, Method: "symbolic"}
		}
	}
	want := inequalityPoints
	if len(names) == 0 {
		want = 1
	}
	rng := rand.New(rand.NewPCG(checkSeed, uint64(len(names))))
	res := CheckResult{OK: true, Method: "numeric", Digits: checkDigits}
	for attempt := 0; attempt < 5*want && res.Points < want; attempt++ {
		point := map[string]Expr{}
		shown := map[string]string{}
		for _, n := range names {
			v := samplePoint(rng, a.factOf(n))
			point[n] = v
			shown[n] = pointText(v)
		}
		l, r := Subs(lhs, point), Subs(rhs, point)
		lv, lerr, rv, rerr, undefined, end := evalSides(l, r, shown, res.Points)
		if end != nil {
			return *end
		}
		if undefined {
			continue
		}
		if !holds(lv, lerr, rv, rerr, op) {
			return CheckResult{Method: "numeric", Points: res.Points, Counterexample: shown,
				Detail: fmt.Sprintf("lhs = %s, rhs = %s", describe(lv, lerr), describe(rv, rerr))}
		}
		res.Points++
	}
	if res.Points == 0 {
		return CheckResult{Method: "numeric", Detail: "found no point where both sides are defined"}
	}
	if res.Points < want {
		res.Detail = fmt.Sprintf("both sides were defined at only %d of %d points tried", res.Points, 5*want)
	}
	return res
}

// logLowerBound replaces each logarithm c·log(u) among the terms of a sum
// by a lower bound from log u ≤ u − 1 (Gibbs' inequality in one line):
// c (1 − 1/u) for c > 0 and c (u − 1) for c < 0, where the assumptions
// fix the sign of c. The result is at most e
// wherever e is defined, so a sign proof for it holds for e; this proves
// KL ≥ 0 for families whose divergence is a rational function plus one
// logarithm (log(s2/s1)/2 + …).
func logLowerBound(e Expr, a *Assumptions) Expr {
	s, ok := e.(*sum)
	if !ok {
		return e
	}
	terms := make([]Expr, len(s.terms))
	for i, t := range s.terms {
		terms[i] = t
		c, u, ok := scaledLog(t)
		if !ok {
			continue
		}
		switch sg := signOf(c, a); {
		case sg.pos():
			terms[i] = Mul(c, Sub(one, Pow(u, minusOne)))
		case sg.neg():
			terms[i] = Mul(c, Sub(u, one))
		}
	}
	return Add(terms...)
}

// scaledLog recognises c·log(u): a product with one logarithm among its
// factors, c the others.
func scaledLog(t Expr) (Expr, Expr, bool) {
	if c, ok := t.(*call); ok && c.name == "log" {
		return one, c.args[0], true
	}
	p, ok := t.(*prod)
	if !ok {
		return nil, nil, false
	}
	var u Expr
	var rest []Expr
	for _, f := range p.factors {
		if c, ok := f.(*call); ok && c.name == "log" && u == nil {
			u = c.args[0]
			continue
		}
		rest = append(rest, f)
	}
	if u == nil {
		return nil, nil, false
	}
	for _, f := range rest {
		if hasCall(f, "log") {
			return nil, nil, false
		}
	}
	return Mul(rest...), u, true
}

// holds compares two evaluated sides; sides within checkDigits digits of
// each other (or both unresolved from zero) are equal.
func holds(l ball, lerr error, r ball, rerr error, op Relation) bool {
	zero := ball{}
	if lerr != nil {
		l = zero
	}
	if rerr != nil {
		r = zero
	}
	c := 0
	if !agree(l, nil, r, nil) {
		c = l.mid.Cmp(r.mid)
	}
	switch op {
	case LessThan:
		return c < 0
	case LessOrEqual:
		return c <= 0
	case GreaterThan:
		return c > 0
	}
	return c >= 0
}
