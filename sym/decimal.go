package sym

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"

	"statcalc/sym/special/dec"
)

// Decimal evaluation carries a ball: a midpoint and a bound on its absolute
// error, propagated through every operation (interval arithmetic in
// midpoint–radius form, as in F. Johansson, "Arb: efficient arbitrary-
// precision midpoint-radius interval arithmetic", IEEE Trans. Computers 66
// (2017)). The working precision rises until the bound proves the requested
// digits, so cancellation is detected rather than guessed.

// ball is the real interval [mid − rad, mid + rad].
type ball struct {
	mid, rad decimal.Decimal
}

// errPrecision signals that the working precision is too low to bound an
// operation (a divisor or a function argument too close to a singularity).
var errPrecision = errors.New("working precision too low")

const (
	// maxDecimalDigits caps the digits a caller may request.
	maxDecimalDigits = maxWorkingDigitsLimit - 20
	// maxExactDigits caps the length of exact decimal inputs.
	maxExactDigits = 4000
)

// Decimal evaluates a constant expression to `digits` correct significant
// digits (1 ≤ digits ≤ 980). Each operation's rounding and propagated
// error is bounded, and the working precision is raised until the bound is
// below a tenth of a unit in the last requested digit; the midpoint is then
// rounded, so the result is within 0.6 units of its last place of the true
// value (and in the reference tests always correctly rounded). Terms that
// cancel are therefore handled: at 40 digits,
// log(1 + 1e-30) − 1e-30 = −4.999999999999999999999999999996666666667e-61.
// A value that is exactly zero but not recognised as such cannot be given
// any digits, and is reported as an error stating how close to zero it is.
// Domain errors are errors as in Float64. A Float enters as the shortest
// decimal that reads back to it (0.1, not the binary value).
func Decimal(e Expr, digits int) (decimal.Decimal, error) {
	if digits < 1 || digits > maxDecimalDigits {
		return decimal.Zero, fmt.Errorf("digits must be between 1 and %d, got %d", maxDecimalDigits, digits)
	}
	if d, ok := gammaDirect(e, digits); ok {
		return d, nil
	}
	if syms := FreeSymbols(e); len(syms) > 0 {
		return decimal.Zero, fmt.Errorf("%s has no value", syms[0])
	}
	b, err := evalBallTo(e, digits, maxWorkingDigits(digits))
	if err != nil {
		return decimal.Zero, err
	}
	return roundSig(b.mid, digits), nil
}

// gammaDirect evaluates lgamma, digamma, trigamma or polygamma of an exact
// rational number (an integer order for polygamma) by a single call of the
// decimal kernel at digits digits: the argument has no error to propagate,
// and the kernel's result is the true value rounded to nearest, which is
// what the ball evaluation proves and rounds to. It reports false for any
// other expression, for an error (the ball evaluation then reports it in its
// own words) and for a zero value (which the ball evaluation confirms).
func gammaDirect(e Expr, digits int) (decimal.Decimal, bool) {
	c, ok := e.(*call)
	if !ok {
		return decimal.Zero, false
	}
	var x Expr
	n := -1 // lgamma
	switch {
	case len(c.args) == 1 && c.name == "lgamma":
		x = c.args[0]
	case len(c.args) == 1 && c.name == "digamma":
		x, n = c.args[0], 0
	case len(c.args) == 1 && c.name == "trigamma":
		x, n = c.args[0], 1
	case len(c.args) == 2 && c.name == "polygamma":
		o, ok := c.args[0].(*rat)
		if !ok || !o.r.IsInt() || o.r.Sign() < 0 || o.r.Num().Cmp(big.NewInt(1000)) > 0 {
			return decimal.Zero, false
		}
		x, n = c.args[1], int(o.r.Num().Int64())
	default:
		return decimal.Zero, false
	}
	var r *big.Rat
	switch x := x.(type) {
	case *rat:
		r = x.r
	case *flt:
		if math.IsNaN(x.f) || math.IsInf(x.f, 0) {
			return decimal.Zero, false
		}
		r = decimal.NewFromFloat(x.f).Rat() // the shortest decimal, as evalBall takes it
	default:
		return decimal.Zero, false
	}
	// Long numerators or denominators go the general way, which trims them.
	if r.Num().BitLen() > 4*maxExactDigits || r.Denom().BitLen() > 4*maxExactDigits {
		return decimal.Zero, false
	}
	digits = min(digits, maxWorkingDigitsLimit)
	var d decimal.Decimal
	var err error
	if n < 0 {
		d, err = dec.LgammaRat(r, digits)
	} else {
		d, err = dec.PolygammaRat(n, r, digits)
	}
	if err != nil || d.IsZero() {
		return decimal.Zero, false
	}
	return d, true
}

func maxWorkingDigits(digits int) int { return min(3*digits+400, maxWorkingDigitsLimit-10) }

// evalBallTo raises the working precision until the ball for e has a
// relative radius below 10^−(digits+1), or the cap is reached.
func evalBallTo(e Expr, digits, maxW int) (ball, error) {
	w := digits + 10
	for {
		b, err := evalBall(e, w)
		if err != nil && !errors.Is(err, errPrecision) {
			return ball{}, err
		}
		next := w + w/2 + 20
		if err == nil {
			if b.rad.IsZero() {
				return b, nil
			}
			if !b.mid.IsZero() && b.rad.LessThan(b.mid.Abs()) {
				// rad/|mid| < 10^(magnitude(rad) − magnitude(mid) + 1)
				lost := magnitude(b.rad) - magnitude(b.mid) + 1 + digits + 1
				if lost <= 0 {
					return b, nil
				}
				next = w + lost + 10
			}
		}
		if w >= maxW {
			if err != nil {
				return ball{}, fmt.Errorf("cannot reach %d digits: %v even at %d working digits", digits, errPrecision, w)
			}
			return ball{}, fmt.Errorf("cannot reach %d digits: the value is %s ± %s at %d working digits (it may be exactly zero)",
				digits, shortDec(b.mid), shortDec(b.rad), w)
		}
		if next > maxW {
			next = maxW
		}
		w = next
	}
}

func shortDec(d decimal.Decimal) string {
	if d.IsZero() {
		return "0"
	}
	f, _ := d.Float64()
	if f != 0 && !math.IsInf(f, 0) {
		return fmtF(f)
	}
	// Beyond float64: six digits in scientific notation, not every digit.
	r := roundSig(d, 6)
	coef := r.Coefficient().String()
	sign := ""
	if strings.HasPrefix(coef, "-") {
		sign, coef = "-", coef[1:]
	}
	exp := len(coef) - 1 + int(r.Exponent())
	if coef = strings.TrimRight(coef, "0"); len(coef) > 1 {
		coef = coef[:1] + "." + coef[1:]
	}
	return fmt.Sprintf("%s%se%+d", sign, coef, exp)
}

// magnitude returns ⌊log₁₀|d|⌋ for d ≠ 0.
func magnitude(d decimal.Decimal) int {
	return dec.NumDigits(d) + int(d.Exponent()) - 1
}

// roundSig rounds d to w significant digits.
func roundSig(d decimal.Decimal, w int) decimal.Decimal {
	if d.IsZero() {
		return d
	}
	return d.Round(int32(w - 1 - magnitude(d)))
}

// ulp returns 10^(⌊log₁₀|d|⌋ − w + 1), one unit in the w-th digit of d.
func ulp(d decimal.Decimal, w int) decimal.Decimal {
	if d.IsZero() {
		return decimal.Zero
	}
	return decimal.New(1, int32(magnitude(d)-w+1))
}

// round returns d rounded to w digits and the bound on the rounding error.
func round(d decimal.Decimal, w int) (decimal.Decimal, decimal.Decimal) {
	if d.IsZero() || dec.NumDigits(d) <= w {
		return d, decimal.Zero
	}
	return roundSig(d, w), ulp(d, w)
}

// radUp keeps error bounds short: three digits, rounded up.
func radUp(d decimal.Decimal) decimal.Decimal {
	if d.IsZero() || d.NumDigits() <= 3 {
		return d
	}
	return d.RoundUp(int32(2 - magnitude(d)))
}

func exactBall(d decimal.Decimal) ball { return ball{mid: d, rad: decimal.Zero} }

func ratBall(r *big.Rat, w int) ball {
	if r.IsInt() {
		return exactBall(decimal.NewFromBigInt(r.Num(), 0))
	}
	// A denominator 2^a·5^b gives a terminating decimal, kept exact.
	den := new(big.Int).Set(r.Denom())
	twos, fives := 0, 0
	rem := new(big.Int)
	for den.Bit(0) == 0 {
		den.Rsh(den, 1)
		twos++
	}
	five := big.NewInt(5)
	for {
		q, m := new(big.Int).QuoRem(den, five, rem)
		if m.Sign() != 0 {
			break
		}
		den = q
		fives++
	}
	places := max(twos, fives)
	if den.IsInt64() && den.Int64() == 1 && places <= maxExactDigits {
		num := new(big.Int).Mul(r.Num(), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil))
		num.Quo(num, r.Denom())
		return exactBall(decimal.NewFromBigInt(num, int32(-places)))
	}
	n := decimal.NewFromBigInt(r.Num(), 0)
	d := decimal.NewFromBigInt(r.Denom(), 0)
	q := divSig(n, d, w+2)
	return ball{mid: q, rad: ulp(q, w)}
}

// divSig returns n/d to about w significant digits.
func divSig(n, d decimal.Decimal, w int) decimal.Decimal {
	mag := magnitude(n) - magnitude(d)
	return n.DivRound(d, int32(w-mag+1))
}

// trim rounds a ball's midpoint to w+10 digits when it carries many more
// (an exact input such as a long terminating decimal), moving the rounding
// error into the radius, so that arithmetic costs O(w²), not O(digits²).
func trim(a ball, w int) ball {
	if a.mid.IsZero() || a.mid.Coefficient().BitLen() < 4*(w+10) {
		return a
	}
	mid, r := round(a.mid, w+10)
	return ball{mid: mid, rad: radUp(sumUp(a.rad, r))}
}

func addBall(a, b ball, w int) ball {
	a, b = trim(a, w), trim(b, w)
	mid, r := roundedSum(a.mid, b.mid, w)
	return ball{mid: mid, rad: radUp(sumUp(a.rad, b.rad, r))}
}

func mulBall(a, b ball, w int) ball {
	a, b = trim(a, w), trim(b, w)
	mid, r := round(a.mid.Mul(b.mid), w)
	rad := sumUp(a.mid.Abs().Mul(b.rad), b.mid.Abs().Mul(a.rad), a.rad.Mul(b.rad), r)
	return ball{mid: mid, rad: radUp(rad)}
}

// negligible is how many decimal orders below the largest term a term may
// lie before sums treat it as a bound instead of adding it digit by digit:
// decimal addition aligns exponents, and 1e100000 + 1 would otherwise build
// a 100000-digit number.
const negligible = 40

// sumUp returns an upper bound of a sum of non-negative radii: terms more
// than negligible orders below the largest are each replaced by
// 10^(M − negligible), M the largest magnitude.
func sumUp(xs ...decimal.Decimal) decimal.Decimal {
	top := math.MinInt
	for _, x := range xs {
		if !x.IsZero() {
			top = max(top, magnitude(x))
		}
	}
	sum := decimal.Zero
	for _, x := range xs {
		if x.IsZero() {
			continue
		}
		if magnitude(x) < top-negligible {
			x = decimal.New(1, int32(top-negligible))
		}
		sum = sum.Add(x)
	}
	return sum
}

// roundedSum returns a + b rounded to w digits and a bound on its error;
// an addend far below the rounding unit of the other only widens the
// bound.
func roundedSum(a, b decimal.Decimal, w int) (decimal.Decimal, decimal.Decimal) {
	if !a.IsZero() && !b.IsZero() {
		ma, mb := magnitude(a), magnitude(b)
		if ma < mb {
			a, b, ma, mb = b, a, mb, ma
		}
		if mb < ma-w-negligible {
			mid, r := round(a, w)
			return mid, sumUp(r, ulp(a, w))
		}
	}
	return round(a.Add(b), w)
}

// recipBall returns 1/a; the derivative bound 2·rad/|mid|² holds when
// rad ≤ |mid|/2.
func recipBall(a ball, w int) (ball, error) {
	if a.mid.IsZero() && a.rad.IsZero() {
		return ball{}, domainErr("division by zero")
	}
	m := a.mid.Abs()
	if a.rad.Mul(decimal.NewFromInt(2)).GreaterThan(m) {
		return ball{}, errPrecision
	}
	q := divSig(decimal.NewFromInt(1), a.mid, w+2)
	mid, r := round(q, w)
	prop := a.rad.Mul(decimal.NewFromInt(2)).Mul(q.Abs()).Mul(q.Abs())
	return ball{mid: mid, rad: radUp(prop.Add(r).Add(ulp(q, w)))}, nil
}

func powIntBall(a ball, n *big.Int, w int) (ball, error) {
	if n.Sign() < 0 {
		r, err := powIntBall(a, new(big.Int).Neg(n), w)
		if err != nil {
			return ball{}, err
		}
		return recipBall(r, w)
	}
	if a.mid.IsZero() && a.rad.IsZero() {
		if n.Sign() == 0 {
			return exactBall(decimal.NewFromInt(1)), nil
		}
		return a, nil
	}
	if !a.mid.IsZero() {
		// Refuse results whose decimal exponent would overflow:
		// |log₁₀ xⁿ| = n·|log₁₀ |x||.
		l := float64(magnitude(a.mid))
		if f, _ := a.mid.Abs().Float64(); f > 0 && !math.IsInf(f, 0) {
			l = math.Log10(f)
		}
		est := new(big.Float).SetInt(n)
		est.Mul(est, big.NewFloat(math.Abs(l)))
		if est.Cmp(big.NewFloat(dec.MaxExponent)) > 0 {
			return ball{}, errOverflowDecimal
		}
	}
	result := exactBall(decimal.NewFromInt(1))
	base := a
	for i := n.BitLen() - 1; i >= 0; i-- {
		result = mulBall(result, result, w+5)
		if n.Bit(i) == 1 {
			result = mulBall(result, base, w+5)
		}
	}
	return result, nil
}

var errOverflowDecimal = errors.New("overflow: the value's decimal exponent is out of range")

func evalBall(e Expr, w int) (ball, error) {
	pollStop()
	switch x := e.(type) {
	case *rat:
		return ratBall(x.r, w), nil
	case *flt:
		if math.IsNaN(x.f) || math.IsInf(x.f, 0) {
			return ball{}, domainErr("not a finite number (%v)", x.f)
		}
		return exactBall(decimal.NewFromFloat(x.f)), nil
	case *constant:
		if x == Pi {
			p := piD(w + 2)
			return ball{mid: p, rad: ulp(p, w)}, nil
		}
		v, err := expD(decimal.NewFromInt(1), w+2)
		if err != nil {
			return ball{}, err
		}
		return ball{mid: v, rad: ulp(v, w)}, nil
	case *symbol:
		return ball{}, fmt.Errorf("%s has no value", x.name)
	case *sum:
		acc := exactBall(decimal.Zero)
		for _, t := range x.terms {
			b, err := evalBall(t, w)
			if err != nil {
				return ball{}, err
			}
			acc = addBall(acc, b, w+5)
		}
		return acc, nil
	case *prod:
		acc := exactBall(decimal.NewFromInt(1))
		for _, f := range x.factors {
			b, err := evalBall(f, w)
			if err != nil {
				return ball{}, err
			}
			acc = mulBall(acc, b, w+5)
		}
		return acc, nil
	case *pow:
		return evalPowBall(x, w)
	case *call:
		args := make([]ball, len(x.args))
		for i, a := range x.args {
			b, err := evalBall(a, w)
			if err != nil {
				return ball{}, err
			}
			args[i] = b
		}
		return callBall(x, args, w)
	}
	return ball{}, fmt.Errorf("cannot evaluate %T", e)
}

func evalPowBall(x *pow, w int) (ball, error) {
	if x.base == E {
		u, err := evalBall(x.exp, w)
		if err != nil {
			return ball{}, err
		}
		return expBall(u, w)
	}
	b, err := evalBall(x.base, w)
	if err != nil {
		return ball{}, err
	}
	if r, ok := x.exp.(*rat); ok && r.r.IsInt() {
		if b.mid.IsZero() && b.rad.IsZero() && r.r.Sign() < 0 {
			return ball{}, domainErr("division by zero")
		}
		return powIntBall(b, r.r.Num(), w)
	}
	y, err := evalBall(x.exp, w)
	if err != nil {
		return ball{}, err
	}
	if y.rad.IsZero() && y.mid.IsInteger() {
		if b.mid.IsZero() && b.rad.IsZero() && y.mid.Sign() < 0 {
			return ball{}, domainErr("division by zero")
		}
		return powIntBall(b, y.mid.BigInt(), w)
	}
	// A non-integer power needs a non-negative base.
	if b.mid.IsZero() && b.rad.IsZero() {
		if y.mid.Sign() > 0 && y.mid.Abs().GreaterThan(y.rad) {
			return b, nil
		}
		if y.mid.Sign() < 0 && y.mid.Abs().GreaterThan(y.rad) {
			return ball{}, domainErr("division by zero")
		}
		return ball{}, errPrecision
	}
	if b.mid.Sign() < 0 && b.mid.Abs().GreaterThan(b.rad) {
		if r, ok := x.exp.(*rat); ok && r.r.Denom().IsInt64() && r.r.Denom().Int64() == 2 {
			return ball{}, domainErr("sqrt of a negative number (%s)", shortDec(b.mid))
		}
		return ball{}, domainErr("negative number (%s) to a non-integer power (%s)", shortDec(b.mid), shortDec(y.mid))
	}
	if b.mid.Abs().LessThanOrEqual(b.rad.Mul(decimal.NewFromInt(2))) {
		return ball{}, errPrecision
	}
	if r, ok := x.exp.(*rat); ok && r.r.Cmp(half.r) == 0 {
		v, err := sqrtD(b.mid, w+2)
		if err != nil {
			return ball{}, err
		}
		// |d√x| ≤ rad/√(x − rad) ≤ rad·√2/√x when rad ≤ x/2.
		prop := divSig(b.rad.Mul(decimal.NewFromInt(2)), v, 6)
		return ball{mid: v, rad: radUp(prop.Abs().Add(ulp(v, w)))}, nil
	}
	// x^y = exp(y log x).
	l, err := logBall(b, w+5)
	if err != nil {
		return ball{}, err
	}
	return expBall(mulBall(y, l, w+5), w)
}

func logBall(a ball, w int) (ball, error) {
	if a.mid.IsZero() && a.rad.IsZero() {
		return ball{}, domainErr("log of zero")
	}
	if a.mid.Sign() < 0 && a.mid.Abs().GreaterThan(a.rad) {
		return ball{}, domainErr("log of a negative number (%s)", shortDec(a.mid))
	}
	if a.mid.Abs().LessThanOrEqual(a.rad.Mul(decimal.NewFromInt(2))) {
		return ball{}, errPrecision
	}
	v, err := lnD(a.mid, w+2)
	if err != nil {
		return ball{}, err
	}
	// |d log x| ≤ rad/(x − rad) ≤ 2·rad/x when rad ≤ x/2.
	prop := divSig(a.rad.Mul(decimal.NewFromInt(2)), a.mid, 6)
	return ball{mid: v, rad: radUp(prop.Abs().Add(ulp(v, w)))}, nil
}

// maxExpArg bounds arguments of exp so that the result's decimal exponent
// stays in range.
var maxExpArg = decimal.NewFromInt(200_000_000)

// expUnderflowArg is the argument below which exp is smaller than
// 10^−MaxExponent, the smallest magnitude decimal evaluation represents.
var expUnderflowArg = decimal.NewFromFloat(-dec.MaxExponent * math.Ln10)

func expBall(a ball, w int) (ball, error) {
	if a.mid.Add(a.rad).LessThan(expUnderflowArg) {
		// e^x < 10^−MaxExponent: a ball around 0 of that radius, so that
		// exp(−10⁶) in a sum or a product only widens its error bound.
		return ball{mid: decimal.Zero, rad: decimal.New(1, -dec.MaxExponent)}, nil
	}
	if a.mid.Abs().GreaterThan(maxExpArg) {
		if a.mid.Sign() > 0 {
			return ball{}, errOverflowDecimal
		}
		return ball{}, fmt.Errorf("underflow: exp(%s) is below the decimal range", shortDec(a.mid))
	}
	if a.rad.GreaterThan(decimal.NewFromFloat(0.5)) {
		return ball{}, errPrecision
	}
	v, err := expD(a.mid, w+2)
	if err != nil {
		return ball{}, err
	}
	// |d exp| ≤ e^(x+rad)·rad ≤ 2·eˣ·rad when rad ≤ 1/2.
	prop := v.Abs().Mul(a.rad).Mul(decimal.NewFromInt(2))
	return ball{mid: v, rad: radUp(prop.Add(ulp(v, w)))}, nil
}

// poleDistance returns the distance from x to the nearest pole of the gamma
// function (a non-positive integer), or +Inf for x > 0.
func poleDistance(x decimal.Decimal) decimal.Decimal {
	if x.Sign() > 0 {
		return x.Add(decimal.NewFromInt(1 << 30))
	}
	return x.Sub(x.Round(0)).Abs()
}

func callBall(c *call, args []ball, w int) (ball, error) {
	switch c.name {
	case "log":
		return logBall(args[0], w)
	case "abs":
		return ball{mid: args[0].mid.Abs(), rad: args[0].rad}, nil
	case "sin", "cos", "tanh", "sigmoid":
		return trigBall(c.name, args[0], w)
	case "logbesseli0", "besselratio":
		return besselBall(c.name, args[0], w)
	case "lbeta":
		a, b := args[0], args[1]
		ab := addBall(a, b, w+5)
		for _, x := range []ball{a, b, ab} {
			if x.rad.IsZero() && x.mid.IsInteger() && x.mid.Sign() <= 0 {
				return ball{}, domainErr("lbeta at a pole of the gamma function (%s)", x.mid.String())
			}
		}
		la, err := gammaFamilyBall("lgamma", -1, a, w+5)
		if err != nil {
			return ball{}, err
		}
		lb, err := gammaFamilyBall("lgamma", -1, b, w+5)
		if err != nil {
			return ball{}, err
		}
		lab, err := gammaFamilyBall("lgamma", -1, ab, w+5)
		if err != nil {
			return ball{}, err
		}
		lab.mid = lab.mid.Neg()
		return addBall(addBall(la, lb, w+5), lab, w), nil
	case "polygamma":
		n := args[0]
		if !n.rad.IsZero() || !n.mid.IsInteger() || n.mid.Sign() < 0 || n.mid.GreaterThan(decimal.NewFromInt(1000)) {
			return ball{}, domainErr("polygamma: order must be a non-negative integer, got %s", shortDec(n.mid))
		}
		return gammaFamilyBall("polygamma", int(n.mid.IntPart()), args[1], w)
	case "lgamma":
		return gammaFamilyBall("lgamma", -1, args[0], w)
	case "digamma":
		return gammaFamilyBall("polygamma", 0, args[0], w)
	case "trigamma":
		return gammaFamilyBall("polygamma", 1, args[0], w)
	}
	return ball{}, fmt.Errorf("unknown function %s", c.name)
}

// gammaFamilyBall evaluates lgamma (n = −1) or ψ⁽ⁿ⁾ on a ball. The
// propagated error uses |ψ⁽ⁿ⁺¹⁾| at the midpoint, doubled; that bound holds
// when the ball is small against the distance to the nearest pole.
func gammaFamilyBall(name string, n int, a ball, w int) (ball, error) {
	label := name
	switch {
	case name == "polygamma" && n == 0:
		label = "digamma"
	case name == "polygamma" && n == 1:
		label = "trigamma"
	}
	if a.rad.IsZero() && a.mid.IsInteger() && a.mid.Sign() <= 0 {
		return ball{}, domainErr("%s at a pole (%s)", label, a.mid.String())
	}
	dist := poleDistance(a.mid)
	if a.rad.Mul(decimal.NewFromInt(int64(100 * (n + 3)))).GreaterThan(dist) {
		return ball{}, errPrecision
	}
	var v decimal.Decimal
	var err error
	if n < 0 {
		v, err = lgammaD(a.mid, w+2)
	} else {
		v, err = polygammaD(n, a.mid, w+2)
	}
	if err != nil {
		return ball{}, fmt.Errorf("%s(%s): %w", label, shortDec(a.mid), err)
	}
	rad := ulp(v, w)
	if !a.rad.IsZero() {
		d, err := polygammaD(n+1, a.mid, 8)
		if err != nil {
			return ball{}, fmt.Errorf("%s(%s): %w", label, shortDec(a.mid), err)
		}
		rad = rad.Add(d.Abs().Mul(a.rad).Mul(decimal.NewFromInt(2)))
	}
	if v.IsZero() {
		rad = rad.Add(decimal.New(1, int32(-w)))
	}
	return ball{mid: v, rad: radUp(rad)}, nil
}
