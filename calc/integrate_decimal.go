package calc

import (
	"errors"
	"math"
	"math/big"

	"github.com/shopspring/decimal"

	"statcalc/sym"
)

// Limits of the decimal quadrature.
const (
	deLevels = 8 // halvings of the step, from h = 1/2 to 1/256
	deMaxT   = 6 // the largest |t| of a node
)

// errNoDecimal means the integrand cannot be evaluated in decimal
// arithmetic at some point, so the float64 quadrature is used instead.
var errNoDecimal = errors.New("the integrand has no decimal value")

// integrateDecimal computes ∫ body dx over [lo, hi] to digits significant
// digits by double-exponential quadrature (Takahasi & Mori 1974) in
// decimal arithmetic: x = c + r tanh(π/2 sinh t) on a finite range,
// x = a + exp(π/2 sinh t) on [a, ∞), x = sinh(π/2 sinh t) on (−∞, ∞).
// The step h is halved until two successive sums agree to digits + 1
// digits; their difference is the error estimate returned (relative). The
// error of the last sum is in practice far smaller (the method doubles
// its digits with each halving), so the estimate is conservative.
func (s *Session) integrateDecimal(body sym.Expr, x string, lo, hi end, digits int) (decimal.Decimal, float64, error) {
	w := digits + 15
	piD, err := sym.Decimal(sym.Pi, w)
	if err != nil {
		return decimal.Zero, 0, err
	}
	halfPi := piD.DivRound(decimal.NewFromInt(2), int32(w))
	expD := func(v decimal.Decimal) (decimal.Decimal, error) {
		return sym.Decimal(sym.Pow(sym.E, sym.Rat(v.Rat())), w)
	}
	f := func(v decimal.Decimal) (decimal.Decimal, error) {
		pollEntry(0)
		r, err := sym.Decimal(sym.Subs(body, map[string]sym.Expr{x: sym.Rat(v.Rat())}), w)
		if err != nil {
			var de *sym.DomainError
			if errors.As(err, &de) {
				return decimal.Zero, err
			}
			return decimal.Zero, errNoDecimal
		}
		return r, nil
	}
	var a, b decimal.Decimal
	if lo.inf == 0 {
		if a, err = sym.Decimal(lo.e, w); err != nil {
			return decimal.Zero, 0, err
		}
	}
	if hi.inf == 0 {
		if b, err = sym.Decimal(hi.e, w); err != nil {
			return decimal.Zero, 0, err
		}
	}
	two := decimal.NewFromInt(2)
	// sig rounds to w significant digits: products of decimals are exact
	// and would otherwise grow without bound.
	sig := func(v decimal.Decimal) decimal.Decimal {
		if v.IsZero() {
			return v
		}
		return v.Round(int32(w - (int(v.NumDigits()) + int(v.Exponent()))))
	}
	// recip is 1/v to w significant digits, however large v is, so that
	// nodes approach the ends of the range as closely as the method asks.
	recip := func(v decimal.Decimal) decimal.Decimal {
		places := w + max(0, int(v.NumDigits())+int(v.Exponent()))
		return decimal.NewFromInt(1).DivRound(v, int32(places))
	}
	// node returns the abscissas and weights (dx/dt) at t and −t.
	node := func(t *big.Rat) (xs, ws [2]decimal.Decimal, err error) {
		et, err := sym.Decimal(sym.Pow(sym.E, sym.Rat(t)), w)
		if err != nil {
			return xs, ws, err
		}
		inv := decimal.NewFromInt(1).DivRound(et, int32(w))
		sinh := et.Sub(inv).DivRound(two, int32(w))
		cosh := et.Add(inv).DivRound(two, int32(w))
		u := halfPi.Mul(sinh)
		switch {
		case lo.inf == 0 && hi.inf == 0:
			e2, err := expD(u.Mul(two))
			if err != nil {
				return xs, ws, err
			}
			q := recip(e2.Add(decimal.NewFromInt(1)))
			width := b.Sub(a)
			xs = [2]decimal.Decimal{b.Sub(width.Mul(q)), a.Add(width.Mul(q))}
			wt := width.Mul(halfPi).Mul(cosh).Mul(two).Mul(e2).Mul(q).Mul(q)
			ws = [2]decimal.Decimal{wt, wt}
		case lo.inf < 0 && hi.inf > 0:
			ep, err := expD(u)
			if err != nil {
				return xs, ws, err
			}
			em := recip(ep)
			sh := ep.Sub(em).DivRound(two, int32(w))
			ch := ep.Add(em).DivRound(two, int32(w))
			wt := ch.Mul(halfPi).Mul(cosh)
			xs = [2]decimal.Decimal{sh, sh.Neg()}
			ws = [2]decimal.Decimal{wt, wt}
		default:
			// One infinite end: x = a + e^u on [a, ∞), b − e^u on (−∞, b].
			ep, err := expD(u)
			if err != nil {
				return xs, ws, err
			}
			em := recip(ep)
			c := halfPi.Mul(cosh)
			if hi.inf > 0 {
				xs = [2]decimal.Decimal{a.Add(ep), a.Add(em)}
			} else {
				xs = [2]decimal.Decimal{b.Sub(ep), b.Sub(em)}
			}
			ws = [2]decimal.Decimal{c.Mul(ep), c.Mul(em)}
		}
		for i := range xs {
			xs[i], ws[i] = sig(xs[i]), sig(ws[i])
		}
		return xs, ws, nil
	}
	// sum adds the terms at t = k h for k = start, start + step, … on both
	// sides until they no longer matter.
	tol := decimal.New(1, int32(-w))
	sum := func(h *big.Rat, start, step int64) (decimal.Decimal, error) {
		acc := decimal.Zero
		small := [2]int{}
		done := [2]bool{}
		for k := start; ; k += step {
			t := new(big.Rat).Mul(h, big.NewRat(k, 1))
			if tf, _ := t.Float64(); tf > deMaxT || done[0] && done[1] {
				return acc, nil
			}
			xs, ws, err := node(t)
			if err != nil {
				return acc, err
			}
			for side := 0; side < 2; side++ {
				if done[side] || k == 0 && side == 1 {
					continue
				}
				if lo.inf == 0 && xs[side].LessThanOrEqual(a) || hi.inf == 0 && xs[side].GreaterThanOrEqual(b) {
					done[side] = true // the node reached an end at this precision
					continue
				}
				v, err := f(xs[side])
				if errors.Is(err, errNoDecimal) && small[side] > 0 {
					// Far out, where the terms were already negligible,
					// the integrand leaves the decimal range (e^(−x²)).
					done[side] = true
					continue
				}
				if err != nil {
					return acc, err
				}
				term := sig(v.Mul(ws[side]))
				acc = sig(acc.Add(term))
				if term.Abs().LessThanOrEqual(tol.Mul(acc.Abs())) {
					small[side]++
					done[side] = small[side] >= 3
				} else {
					small[side] = 0
				}
			}
		}
	}
	h := big.NewRat(1, 2)
	total, err := sum(h, 0, 1)
	if err != nil {
		return decimal.Zero, 0, err
	}
	prev := sig(total.Mul(decimal.NewFromFloat(0.5)))
	want := decimal.New(1, int32(-(digits + 1)))
	for level := 1; level <= deLevels; level++ {
		h.Quo(h, big.NewRat(2, 1))
		odd, err := sum(h, 1, 2)
		if err != nil {
			return decimal.Zero, 0, err
		}
		total = sig(total.Add(odd))
		cur := sig(total.Mul(decimal.NewFromBigRat(h, int32(w))))
		diff := cur.Sub(prev).Abs()
		prev = cur
		if diff.LessThanOrEqual(want.Mul(cur.Abs())) {
			rel := 0.0
			if !cur.IsZero() {
				r, _ := diff.DivRound(cur.Abs(), int32(w)).Float64()
				rel = math.Max(r, math.Pow(10, -float64(w-5)))
			}
			return cur, rel, nil
		}
	}
	return decimal.Zero, 0, errNoDecimal
}
