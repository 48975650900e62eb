package sym

import (
	"fmt"
	"math"
	"math/big"

	"github.com/shopspring/decimal"
)

// The functions sin, cos, tanh and sigmoid(x) = 1/(1 + e⁻ˣ): exact values,
// float64 and decimal evaluation, derivatives and signs. Their decimal
// values are computed to the requested significant digits: sin and cos by
// reducing x by a multiple of π/2 with π carried to as many digits as the
// reduction cancels, then Taylor series; tanh and sigmoid from exp, or for
// small |x| from the series of sinh and cosh, so that relative accuracy
// holds near 0.

// isTrigFunc reports whether name is one of the functions of this file.
func isTrigFunc(name string) bool {
	switch name {
	case "sin", "cos", "tanh", "sigmoid":
		return true
	}
	return false
}

// applyTrig folds exact values: sin and cos at rational multiples of π
// with denominator 1, 2, 3, 4 or 6, the value at 0 of each function, and
// the symmetries sin(−u) = −sin u, cos(−u) = cos u, tanh(−u) = −tanh u.
func applyTrig(name string, u Expr) Expr {
	if isExactZero(u) {
		switch name {
		case "cos":
			return one
		case "sigmoid":
			return half
		}
		return zero
	}
	if name == "sin" || name == "cos" {
		if v, ok := trigAtRationalPi(name, u); ok {
			return v
		}
	}
	if name != "sigmoid" {
		if p, ok := u.(*prod); ok && isNum(p.factors[0]) && numSign(p.factors[0]) < 0 {
			v := apply(name, []Expr{Neg(u)})
			if name == "cos" {
				return v
			}
			return Neg(v)
		}
	}
	return newCall(name, []Expr{u})
}

// trigAtRationalPi returns sin(rπ) or cos(rπ) exactly when 12r is an
// integer and the value is one of 0, ±1/2, ±√2/2, ±√3/2, ±1.
func trigAtRationalPi(name string, u Expr) (Expr, bool) {
	var r *big.Rat
	switch x := u.(type) {
	case *constant:
		if x != Pi {
			return nil, false
		}
		r = big.NewRat(1, 1)
	case *prod:
		c, ok := x.factors[0].(*rat)
		if !ok || len(x.factors) != 2 || x.factors[1] != Pi {
			return nil, false
		}
		r = c.r
	default:
		return nil, false
	}
	twelve := new(big.Rat).Mul(r, big.NewRat(12, 1))
	if !twelve.IsInt() {
		return nil, false
	}
	k := new(big.Int).Mod(twelve.Num(), big.NewInt(24)).Int64() // rπ = k·π/12 mod 2π
	if name == "cos" {
		k = (k + 6) % 24 // cos x = sin(x + π/2)
	}
	sign := Expr(one)
	if k >= 12 {
		sign, k = minusOne, k-12
	}
	if k > 6 {
		k = 12 - k // sin(π − x) = sin x
	}
	var v Expr
	switch k {
	case 0:
		v = zero
	case 2:
		v = half
	case 3:
		v = Mul(half, Pow(Int(2), half))
	case 4:
		v = Mul(half, Pow(Int(3), half))
	case 6:
		v = one
	default:
		return nil, false
	}
	return Mul(sign, v), true
}

// diffTrig returns the derivative of name at u: cos u, −sin u,
// 1 − tanh² u and σ(u)(1 − σ(u)).
func diffTrig(name string, u Expr) Expr {
	switch name {
	case "sin":
		return fn("cos", u)
	case "cos":
		return Neg(fn("sin", u))
	case "tanh":
		return Sub(one, Pow(fn("tanh", u), Int(2)))
	}
	s := fn("sigmoid", u)
	return Mul(s, Sub(one, s))
}

// signTrig is the sign of tanh(u) (that of u) and of sigmoid (positive).
func signTrig(c *call, a *Assumptions) sign {
	switch c.name {
	case "tanh":
		return signOf(c.args[0], a)
	case "sigmoid":
		return normSign(sPos)
	}
	return 0
}

// trigF evaluates in float64; sigmoid is e^x/(1 + e^x) for x < 0 so that
// it neither overflows nor loses relative accuracy.
func trigF(name string, x float64) (float64, error) {
	switch name {
	case "sin":
		return checkF(math.Sin(x))
	case "cos":
		return checkF(math.Cos(x))
	case "tanh":
		return checkF(math.Tanh(x))
	}
	if x >= 0 {
		return checkF(1 / (1 + math.Exp(-x)))
	}
	t := math.Exp(x)
	return checkF(t / (1 + t))
}

// trigBall evaluates on a ball: each function has |f′| ≤ 1, so the
// propagated error is at most the radius.
func trigBall(name string, a ball, w int) (ball, error) {
	if a.rad.GreaterThan(decimal.NewFromFloat(0.5)) {
		return ball{}, errPrecision
	}
	var v decimal.Decimal
	var err error
	switch name {
	case "sin", "cos":
		v, err = sinCosDec(name, a.mid, w+2)
	case "tanh":
		v, err = tanhDec(a.mid, w+2)
	default:
		v, err = sigmoidDec(a.mid, w+2)
	}
	if err != nil {
		return ball{}, err
	}
	rad := a.rad.Add(ulp(v, w))
	if v.IsZero() {
		rad = rad.Add(decimal.New(1, int32(-w)))
	}
	return ball{mid: v, rad: radUp(rad)}, nil
}

// maxTrigMagnitude bounds |x| (as 10^n) for sin and cos in decimal: the
// reduction needs π to about n more digits.
const maxTrigMagnitude = 1000

// sinCosDec returns sin x or cos x to digits significant digits.
func sinCosDec(name string, x decimal.Decimal, digits int) (decimal.Decimal, error) {
	if x.IsZero() {
		if name == "cos" {
			return decimal.NewFromInt(1), nil
		}
		return decimal.Zero, nil
	}
	mx := magnitude(x)
	if mx > maxTrigMagnitude {
		return decimal.Zero, fmt.Errorf("%s: argument too large for decimal evaluation (|x| ≥ 1e%d)", name, maxTrigMagnitude)
	}
	extra := 10
	for {
		pd := digits + max(mx, 0) + extra + 10
		if pd > maxWorkingDigitsLimit {
			return decimal.Zero, errPrecision
		}
		halfPi := piD(pd).Mul(decimal.New(5, -1))
		places := int32(pd - max(mx, 0))
		k := x.DivRound(halfPi, 0)
		r := x.Sub(k.Mul(halfPi)).Round(places)
		// r lost about mx − magnitude(r) digits to cancellation.
		if !r.IsZero() && max(mx, 0)-magnitude(r) > extra {
			extra = max(mx, 0) - magnitude(r) + 5
			continue
		}
		if r.IsZero() {
			extra += 20
			continue
		}
		q := k.Mod(decimal.NewFromInt(4)).IntPart()
		if q < 0 {
			q += 4
		}
		if name == "cos" {
			q = (q + 1) % 4 // cos x = sin(x + π/2)
		}
		s, c := sinCosSeries(r, digits+5)
		switch q {
		case 0:
			return s, nil
		case 1:
			return c, nil
		case 2:
			return s.Neg(), nil
		}
		return c.Neg(), nil
	}
}

// sinCosSeries returns sin r and cos r for |r| ≤ π/4, each to digits
// significant digits, from their Taylor series.
func sinCosSeries(r decimal.Decimal, digits int) (decimal.Decimal, decimal.Decimal) {
	places := int32(digits + 5 - min(magnitude(r), 0))
	r2 := r.Mul(r).Round(places + 2)
	eps := decimal.New(1, -places-2)
	s, term := r, r
	for k := int64(1); term.Abs().GreaterThan(eps); k++ {
		term = term.Mul(r2).DivRound(decimal.NewFromInt(-(2*k)*(2*k+1)), places+2)
		s = s.Add(term)
	}
	c, term := decimal.NewFromInt(1), decimal.NewFromInt(1)
	for k := int64(1); term.Abs().GreaterThan(eps); k++ {
		term = term.Mul(r2).DivRound(decimal.NewFromInt(-(2*k-1)*(2*k)), places+2)
		c = c.Add(term)
	}
	return s.Round(places), c.Round(places)
}

// tanhDec returns tanh x to digits significant digits: ±1 when e^(−2|x|)
// is below the last digit, (1 − t)/(1 + t) with t = e^(−2|x|) for
// |x| ≥ 1/2, and sinh x / cosh x from their series below.
func tanhDec(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	if x.IsZero() {
		return decimal.Zero, nil
	}
	ax := x.Abs()
	sign := decimal.NewFromInt(int64(x.Sign()))
	if ax.GreaterThan(decimal.NewFromInt(int64(2*digits + 30))) {
		return sign, nil
	}
	if ax.GreaterThanOrEqual(decimal.NewFromFloat(0.5)) {
		t, err := expD(ax.Mul(decimal.NewFromInt(-2)), digits+5)
		if err != nil {
			return decimal.Zero, err
		}
		one := decimal.NewFromInt(1)
		return sign.Mul(divSig(one.Sub(t), one.Add(t), digits+5)), nil
	}
	places := int32(digits + 5 - magnitude(ax))
	x2 := x.Mul(x).Round(places + 2)
	eps := decimal.New(1, -places-2)
	sinh, term := x, x
	for k := int64(1); term.Abs().GreaterThan(eps); k++ {
		term = term.Mul(x2).DivRound(decimal.NewFromInt((2*k)*(2*k+1)), places+2)
		sinh = sinh.Add(term)
	}
	cosh, term := decimal.NewFromInt(1), decimal.NewFromInt(1)
	for k := int64(1); term.Abs().GreaterThan(eps); k++ {
		term = term.Mul(x2).DivRound(decimal.NewFromInt((2*k-1)*(2*k)), places+2)
		cosh = cosh.Add(term)
	}
	return divSig(sinh, cosh, digits+5), nil
}

// sigmoidDec returns 1/(1 + e⁻ˣ) to digits significant digits, as
// eˣ/(1 + eˣ) for x < 0 so that no digit is lost.
func sigmoidDec(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	one := decimal.NewFromInt(1)
	if x.Sign() >= 0 {
		if x.GreaterThan(decimal.NewFromInt(int64(3*digits + 30))) {
			return one, nil
		}
		t, err := expD(x.Neg(), digits+5)
		if err != nil {
			return decimal.Zero, err
		}
		return divSig(one, one.Add(t), digits+5), nil
	}
	t, err := expD(x, digits+5)
	if err != nil {
		return decimal.Zero, fmt.Errorf("sigmoid(%s): %w", shortDec(x), err)
	}
	return divSig(t, one.Add(t), digits+5), nil
}
