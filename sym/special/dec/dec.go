// Package dec evaluates elementary and gamma-family functions to a requested
// number of significant decimal digits on github.com/shopspring/decimal
// values: √x, ln x, eˣ, ln(1+x), xʸ, π, ln|Γ(x)|, ψ(x), ψ₁(x) and ψ⁽ⁿ⁾(x).
//
// Every function takes its argument as the exact decimal it is and returns
// the true value rounded to digits significant digits (not places after
// the point), so a result of size 10⁻⁶⁰ carries digits digits after its
// leading one. The rounding is to nearest; a true value within about 10⁻³
// of a unit in the last place from a rounding boundary may round either
// way. Internally the functions work in binary floating point (math/big)
// with guard bits, and raise the working precision where the argument makes
// the result cancel (ln x near x = 1, ln Γ near 1 and 2, ψ near its roots),
// so the contract holds there too.
//
// Arguments and results are limited to decimal exponents within
// ±MaxExponent; beyond that the functions return ErrRange.
package dec

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"sync"

	"github.com/shopspring/decimal"

	"statcalc/sym/special/internal/mp"
)

const (
	// MaxDigits is the largest number of significant digits accepted.
	MaxDigits = 1000
	// MaxExponent bounds the decimal exponent of arguments and results:
	// every magnitude must lie in [10^−MaxExponent, 10^(MaxExponent+1)).
	MaxExponent = 100000
	// MaxPolygammaOrder is the largest order n that Polygamma accepts.
	MaxPolygammaOrder = mp.MaxPolygammaOrder
)

// Errors returned by the functions, wrapped with the call that failed;
// test for them with errors.Is.
var (
	// ErrDomain reports an argument outside the function's domain.
	ErrDomain = mp.ErrDomain
	// ErrPole reports an argument at a pole (0, −1, −2, … for the gamma family).
	ErrPole = mp.ErrPole
	// ErrRange reports an argument or result outside 10^±MaxExponent.
	ErrRange = mp.ErrRange
	// ErrPrecision reports a result so close to a root of the function
	// that the working precision would exceed its limit.
	ErrPrecision = mp.ErrPrecision
	// ErrDigits reports a digits argument outside [1, MaxDigits].
	ErrDigits = errors.New("digits outside [1, 1000]")
)

// ln10 is ln 10.
const ln10 = 2.302585092994045684017991454684364207601101488628772976

// Sqrt returns √x to digits significant digits, x ≥ 0, computed by
// math/big's square root at digits·log₂10 + 16 bits.
func Sqrt(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	return run("sqrt", func() string { return argString(x) }, digits, func(tb uint) (*big.Float, error) {
		x, err := checkArg(x)
		if err != nil {
			return nil, err
		}
		if x.Sign() < 0 {
			return nil, ErrDomain
		}
		v := toFloat(x, tb+8)
		return v.Sqrt(v), nil
	})
}

// Ln returns the natural logarithm ln x to digits significant digits, x > 0.
//
// For |x − 1| < ¼, ln x = log1p(x − 1) with x − 1 formed exactly, so that
// the result keeps its relative accuracy near x = 1; otherwise
// ln x = k ln 2 + 2 atanh((m−1)/(m+1)) with x = m·2ᵏ.
func Ln(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	return run("ln", func() string { return argString(x) }, digits, func(tb uint) (*big.Float, error) {
		x, err := checkArg(x)
		if err != nil {
			return nil, err
		}
		if x.Sign() <= 0 {
			return nil, ErrDomain
		}
		return lnDecimal(x, tb), nil
	})
}

// Log1p returns ln(1+x) to digits significant digits, x > −1, accurate in
// relative terms for tiny |x|: for |x| < ¼, ln(1+x) = 2 atanh(x/(2+x)).
func Log1p(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	return run("log1p", func() string { return argString(x) }, digits, func(tb uint) (*big.Float, error) {
		x, err := checkArg(x)
		if err != nil {
			return nil, err
		}
		onePlus := x.Add(decimal.NewFromInt(1))
		if onePlus.Sign() <= 0 {
			return nil, ErrDomain
		}
		return lnDecimal(onePlus, tb), nil
	})
}

// Exp returns eˣ to digits significant digits. The result must lie within
// 10^±MaxExponent, so |x| ≤ about 230258.5; beyond that Exp returns
// ErrRange. The argument is reduced as x = k ln 2 + r, and e^r is summed as
// a Taylor series after halving r a few times.
func Exp(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	return run("exp", func() string { return argString(x) }, digits, func(tb uint) (*big.Float, error) {
		x, err := checkArg(x)
		if err != nil {
			return nil, err
		}
		if math.Abs(x.InexactFloat64()) > (MaxExponent+2)*ln10 {
			return nil, ErrRange
		}
		xb := uint(bits.Len64(uint64(math.Abs(x.InexactFloat64())) + 1))
		w := tb + 16 + xb
		return mp.Exp(toFloat(x, w), w), nil
	})
}

// Pow returns xʸ to digits significant digits.
//
// y = 0 gives 1 (also for x = 0). For an integer |y| ≤ 2²⁴, xʸ comes from
// binary powering, so exact results such as 1.5³ = 3.375 are exact. Other y
// use xʸ = exp(y ln x), with ln x accurate in relative terms near x = 1 and
// the working precision raised by the bits of |y ln x|. x < 0 needs an
// integer y (ErrDomain otherwise); x = 0 needs y ≥ 0 (ErrDomain otherwise).
func Pow(x, y decimal.Decimal, digits int) (decimal.Decimal, error) {
	return run("pow", func() string { return argString(x) + ", " + argString(y) }, digits, func(tb uint) (*big.Float, error) {
		x, err := checkArg(x)
		if err != nil {
			return nil, err
		}
		y, err := checkArg(y)
		if err != nil {
			return nil, err
		}
		switch {
		case y.IsZero():
			return big.NewFloat(1), nil
		case x.IsZero():
			if y.Sign() < 0 {
				return nil, ErrDomain
			}
			return new(big.Float), nil
		case x.Sign() < 0 && !y.IsInteger():
			return nil, ErrDomain
		}
		ax := x.Abs()
		// y·ln|x| to 64 bits, to reject out-of-range results early and to
		// size the working precision.
		p := lnDecimal(ax, 64)
		p.Mul(p, toFloat(y, 64))
		pf, _ := p.Float64()
		if math.Abs(pf) > (MaxExponent+2)*ln10 {
			return nil, ErrRange
		}
		negate := x.Sign() < 0 && y.Mod(decimal.NewFromInt(2)).Abs().Equal(decimal.NewFromInt(1))
		var v *big.Float
		if y.IsInteger() && y.Abs().LessThanOrEqual(decimal.NewFromInt(1<<24)) {
			n := y.IntPart()
			w := tb + 16 + 2*uint(bits.Len64(uint64(abs64(n))))
			v = mp.PowInt(toFloat(ax, w), n, w)
		} else {
			w := tb + 16 + uint(bits.Len64(uint64(math.Abs(pf))+1))
			p := lnDecimal(ax, w)
			p.Mul(p, toFloat(y, w))
			v = mp.Exp(p, w)
		}
		if negate {
			v.Neg(v)
		}
		return v, nil
	})
}

// Pi returns π to digits significant digits, from Machin's formula
// π = 16 atan(1/5) − 4 atan(1/239). digits is clamped to [1, MaxDigits].
func Pi(digits int) decimal.Decimal {
	digits = min(max(digits, 1), MaxDigits)
	d, _ := toDecimal(mp.Pi(tbits(digits)), digits) // π is in range
	return d
}

// Lgamma returns ln|Γ(x)| to digits significant digits; x = 0, −1, −2, …
// are poles (ErrPole). For x > 0 it uses Stirling's series after shifting x
// up (DLMF 5.11.1, 5.5.1); for x < 0 the reflection formula
// ln|Γ(x)| = ln π − ln|sin πx| − ln Γ(1−x) (DLMF 5.5.3). ln Γ(1) = ln Γ(2) = 0
// exactly, and near 1, 2 and the negative roots the working precision
// grows with the cancellation.
func Lgamma(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	return run("lgamma", func() string { return argString(x) }, digits, func(tb uint) (*big.Float, error) {
		x, err := checkArg(x)
		if err != nil {
			return nil, err
		}
		return mp.Lgamma(x.Rat(), tb)
	})
}

// Digamma returns ψ(x) = Γ′(x)/Γ(x) to digits significant digits; x = 0, −1,
// −2, … are poles (ErrPole). For x > 0 it uses the asymptotic series
// ψ(X) = ln X − 1/(2X) − Σ B₂ₖ/(2k X²ᵏ) after shifting x up to X
// (DLMF 5.11.2, 5.5.2); for x < 0, ψ(x) = ψ(1−x) − π cot πx (DLMF 5.5.4).
//
// The contract is relative accuracy everywhere, also near the positive root
// x₀ = 1.46163214496836234126… and the negative roots: there the working
// precision grows by the number of digits that x shares with the root.
// Only an x that agrees with a root to more than about 1200 digits gets
// ErrPrecision instead (the same holds for Lgamma near 1, 2 and its
// negative roots, and for Polygamma of even order on the negative axis).
func Digamma(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	return run("digamma", func() string { return argString(x) }, digits, func(tb uint) (*big.Float, error) {
		x, err := checkArg(x)
		if err != nil {
			return nil, err
		}
		return mp.Digamma(x.Rat(), tb)
	})
}

// Trigamma returns ψ₁(x) = ψ′(x) = Σₖ 1/(x+k)² to digits significant digits;
// x = 0, −1, −2, … are poles (ErrPole). See Polygamma for the method.
func Trigamma(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	return Polygamma(1, x, digits)
}

// Polygamma returns ψ⁽ⁿ⁾(x), the nth derivative of ψ, to digits
// significant digits, for 0 ≤ n ≤ MaxPolygammaOrder; x = 0, −1, −2, … are
// poles (ErrPole). n = 0 is Digamma. For n ≥ 1 and x > 0,
// ψ⁽ⁿ⁾(x) = (−1)ⁿ⁺¹ n! ζ(n+1, x) with the Hurwitz zeta function summed by
// Euler–Maclaurin (DLMF 25.11.12, 2.10.1); for x < 0 the reflection formula
// differentiated n times, ψ⁽ⁿ⁾(x) = (−1)ⁿ (ψ⁽ⁿ⁾(1−x) − π dⁿ/dxⁿ cot πx).
func Polygamma(n int, x decimal.Decimal, digits int) (decimal.Decimal, error) {
	if n == 0 {
		return Digamma(x, digits)
	}
	name, args := "polygamma", func() string { return strconv.Itoa(n) + ", " + argString(x) }
	if n == 1 {
		name, args = "trigamma", func() string { return argString(x) }
	}
	return run(name, args, digits, func(tb uint) (*big.Float, error) {
		if n < 0 || n > MaxPolygammaOrder {
			return nil, ErrDomain
		}
		x, err := checkArg(x)
		if err != nil {
			return nil, err
		}
		return mp.Polygamma(n, x.Rat(), tb)
	})
}

// LgammaRat is Lgamma of an exact rational x, which need not be a
// terminating decimal (x = 1/3 is taken exactly): ln|Γ(x)| to digits
// significant digits, by the same method.
func LgammaRat(x *big.Rat, digits int) (decimal.Decimal, error) {
	return run("lgamma", x.RatString, digits, func(tb uint) (*big.Float, error) {
		if err := checkRat(x); err != nil {
			return nil, err
		}
		return mp.Lgamma(x, tb)
	})
}

// PolygammaRat is Polygamma of an exact rational x, which need not be a
// terminating decimal: ψ⁽ⁿ⁾(x) to digits significant digits, by the same
// method (n = 0 is ψ, as in Digamma).
func PolygammaRat(n int, x *big.Rat, digits int) (decimal.Decimal, error) {
	name, args := "polygamma", func() string { return strconv.Itoa(n) + ", " + x.RatString() }
	switch n {
	case 0:
		name, args = "digamma", x.RatString
	case 1:
		name, args = "trigamma", x.RatString
	}
	return run(name, args, digits, func(tb uint) (*big.Float, error) {
		if n < 0 || n > MaxPolygammaOrder {
			return nil, ErrDomain
		}
		if err := checkRat(x); err != nil {
			return nil, err
		}
		if n == 0 {
			return mp.Digamma(x, tb)
		}
		return mp.Polygamma(n, x, tb)
	})
}

// checkRat rejects a rational x ≠ 0 outside about 10^±MaxExponent, as
// checkArg does for decimals: |x| < 2^(b+1) with b the bit length of its
// numerator less that of its denominator, and |x| > 2^(b−1).
func checkRat(x *big.Rat) error {
	if x.Sign() == 0 {
		return nil
	}
	const maxBits = MaxExponent * 3.3219280948873623 // log₂ 10
	b := float64(x.Num().BitLen() - x.Denom().BitLen())
	if b > maxBits || b < -maxBits {
		return ErrRange
	}
	return nil
}

// run validates digits, evaluates f with enough bits for digits digits
// and rounds the result. Errors carry the call, as in "ln(-1): argument
// outside the domain". A NaN from math/big (an operation such as ∞ − ∞
// that the checks above should exclude) becomes ErrDomain, not a panic.
func run(name string, args func() string, digits int, f func(tb uint) (*big.Float, error)) (d decimal.Decimal, err error) {
	// The call is formatted only for an error: formatting the argument
	// costs about as much as rounding the result.
	call := func() string {
		if a := args(); a != "" {
			return name + "(" + a + ")"
		}
		return name
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(big.ErrNaN); !ok {
				panic(r)
			}
			d, err = decimal.Zero, fmt.Errorf("%s: %w", call(), ErrDomain)
		}
	}()
	if digits < 1 || digits > MaxDigits {
		return decimal.Zero, fmt.Errorf("%s: %w", call(), ErrDigits)
	}
	v, err := f(tbits(digits))
	if err != nil {
		return decimal.Zero, fmt.Errorf("%s: %w", call(), err)
	}
	d, err = toDecimal(v, digits)
	if err != nil {
		return decimal.Zero, fmt.Errorf("%s: %w", call(), err)
	}
	return d, nil
}

// tbits is the relative accuracy, in bits, asked of the kernels: eight
// bits beyond digits digits, so that the final rounding is off by at most
// about 1/200 of a unit in the last place.
func tbits(digits int) uint {
	return mp.BitsForDigits(digits) + 8
}

// lnDecimal returns ln x for x > 0 to prec bits; x − 1 is formed exactly,
// so that results near x = 1 keep their relative accuracy.
func lnDecimal(x decimal.Decimal, prec uint) *big.Float {
	u := x.Sub(decimal.NewFromInt(1))
	if u.IsZero() {
		return new(big.Float).SetPrec(prec)
	}
	if u.Abs().LessThan(decimal.New(25, -2)) {
		return mp.Log1p(toFloat(u, prec+16), prec)
	}
	return mp.Ln(toFloat(x, prec+16), prec)
}

// toFloat converts d = c·10ᵉ to a binary float with relative error below
// 2^−prec (correctly rounded when |e| ≤ 30).
func toFloat(d decimal.Decimal, prec uint) *big.Float {
	e := int64(d.Exponent())
	if e >= -30 && e <= 30 {
		return new(big.Float).SetPrec(prec).SetRat(d.Rat())
	}
	w := prec + 16
	c := new(big.Float).SetPrec(w).SetInt(d.Coefficient())
	p := mp.PowInt(new(big.Float).SetInt64(10), abs64(e), w)
	if e > 0 {
		return c.Mul(c, p).SetPrec(prec)
	}
	return c.Quo(c, p).SetPrec(prec)
}

// toDecimal rounds v to digits significant digits: the result is
// n·10^(e+1−digits) with n = round(|v|·10^(digits−1−e)) and e = ⌊log₁₀|v|⌋,
// found by raising an estimate from below until n has no more than digits
// digits. The scaling carries 64 bits more than v or n has, so that it
// rounds wrongly only for a value within about 2⁻⁶⁰ units in the last
// place of a rounding boundary.
func toDecimal(v *big.Float, digits int) (decimal.Decimal, error) {
	if v.IsInf() {
		return decimal.Zero, ErrRange
	}
	if v.Sign() == 0 {
		return decimal.Zero, nil
	}
	e10 := float64(v.MantExp(nil)) * math.Log10(2)
	if e10 > MaxExponent+2 || e10 < -MaxExponent-2 {
		return decimal.Zero, ErrRange
	}
	// |v| ≥ 2^(m−1): e starts at ⌊log₁₀|v|⌋ or one below, and moves up
	// when n has a digit too many. Starting above could round a value
	// just below a power of ten up to it at the wrong scale. Within the
	// float64 range, log₁₀ of v's float64 gives e itself unless it lies
	// within 10⁻⁹ of an integer.
	e := int64(math.Floor(e10 - math.Log10(2) - 1e-9))
	if f, _ := v.Float64(); f != 0 && !math.IsInf(f, 0) {
		l := math.Log10(math.Abs(f))
		e = max(e, int64(math.Floor(l-1e-9)))
	}
	w := max(v.Prec(), mp.BitsForDigits(digits)) + 64
	hi := pow10Int(int64(digits))
	s, p := new(big.Float), new(big.Float)
	n := new(big.Int)
	for {
		k := int64(digits) - 1 - e
		s.SetPrec(w).Abs(v)
		if k >= 0 {
			s.Mul(s, pow10Float(p, k, w))
		} else {
			s.Quo(s, pow10Float(p, -k, w))
		}
		s.Add(s, half)
		s.Int(n)
		if n.Cmp(hi) >= 0 {
			e++
			continue
		}
		// n < 10^digits has digits digits unless it is below 10^(digits−1)
		nd := int64(digits)
		if n.Cmp(pow10Int(int64(digits-1))) < 0 {
			nd = int64(numDigitsInt(n))
		}
		if e := nd - 1 - k; e > MaxExponent || e < -MaxExponent {
			return decimal.Zero, ErrRange
		}
		if v.Sign() < 0 {
			n.Neg(n)
		}
		return decimal.NewFromBigInt(n, int32(-k)), nil
	}
}

var half = big.NewFloat(0.5)

// pow10Cached is how many powers of ten pow10Int keeps.
const pow10Cached = MaxDigits + 64

var pow10s struct {
	mu sync.Mutex
	p  []*big.Int // p[k] = 10ᵏ
}

// pow10Int returns 10ᵏ for 0 ≤ k ≤ pow10Cached, shared: not to be modified.
func pow10Int(k int64) *big.Int {
	pow10s.mu.Lock()
	defer pow10s.mu.Unlock()
	if len(pow10s.p) == 0 {
		pow10s.p = append(pow10s.p, big.NewInt(1))
	}
	for int64(len(pow10s.p)) <= k {
		last := pow10s.p[len(pow10s.p)-1]
		pow10s.p = append(pow10s.p, new(big.Int).Mul(last, big.NewInt(10)))
	}
	return pow10s.p[k]
}

// pow10Float sets z to 10ᵏ, k ≥ 0, rounded to prec bits, and returns z.
func pow10Float(z *big.Float, k int64, prec uint) *big.Float {
	if k <= pow10Cached {
		return z.SetPrec(prec).SetInt(pow10Int(k))
	}
	return z.Set(mp.PowInt(new(big.Float).SetInt64(10), k, prec))
}

// adjustedExponent returns ⌊log₁₀|d|⌋ for d ≠ 0.
func adjustedExponent(d decimal.Decimal) int64 {
	return int64(d.Exponent()) + int64(NumDigits(d)) - 1
}

// NumDigits returns the number of digits of d's coefficient, as
// d.NumDigits() does, but compares with cached powers of ten instead of
// computing one each time: the estimate ⌊bits·log₁₀2⌋ is the count or one
// below it.
func NumDigits(d decimal.Decimal) int {
	c := d.Coefficient()
	if c.IsInt64() {
		return d.NumDigits()
	}
	if n := numDigitsInt(c); n > 0 {
		return n
	}
	return d.NumDigits()
}

// numDigitsInt returns the number of decimal digits of |c| for |c| ≥ 1
// below 10^pow10Cached, by the same estimate as NumDigits, or 0 beyond.
func numDigitsInt(c *big.Int) int {
	n := int64(float64(c.BitLen()) * math.Log10(2))
	if n+1 > pow10Cached {
		return 0
	}
	if c.CmpAbs(pow10Int(n)) >= 0 {
		n++
	}
	return int(n)
}

// checkArg rejects arguments outside 10^±MaxExponent and returns x with a
// zero written as plain 0: a zero such as 0e9999999 would otherwise cost
// a 10⁹⁹⁹⁹⁹⁹⁹-sized integer wherever x is made exact (x.Rat()).
func checkArg(x decimal.Decimal) (decimal.Decimal, error) {
	if x.IsZero() {
		return decimal.Zero, nil
	}
	if e := adjustedExponent(x); e > MaxExponent || e < -MaxExponent {
		return x, ErrRange
	}
	return x, nil
}

// argString formats an argument for an error message, shortened when long.
func argString(x decimal.Decimal) string {
	if NumDigits(x) <= 24 && x.Exponent() > -30 && x.Exponent() < 30 {
		return x.String()
	}
	c := x.Coefficient()
	sign := ""
	if c.Sign() < 0 {
		sign = "-"
	}
	digits := new(big.Int).Abs(c).String()
	mant := digits[:1]
	switch {
	case len(digits) > 13:
		mant += "." + digits[1:12] + "…" + digits[len(digits)-1:]
	case len(digits) > 1:
		mant += "." + digits[1:]
	}
	return sign + mant + "e" + strconv.FormatInt(adjustedExponent(x), 10)
}

// abs64 returns |n|.
func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}
