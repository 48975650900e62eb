// Package mp holds the math/big kernels behind the decimal functions of
// package dec and the float64 functions of package special that need more
// than float64 internally. Inputs are exact (*big.Rat or *big.Float);
// results are *big.Float values with a stated relative accuracy.
package mp

import (
	"errors"
	"math"
	"math/big"
	"sync"
)

// Sentinel errors shared by packages special and dec.
var (
	// ErrDomain reports an argument outside the function's domain.
	ErrDomain = errors.New("argument outside the domain")
	// ErrPole reports an argument at a pole (a non-positive integer for the gamma family).
	ErrPole = errors.New("pole")
	// ErrRange reports a result too large or too small to represent.
	ErrRange = errors.New("result out of range")
	// ErrPrecision reports cancellation too severe for the working-precision limit.
	ErrPrecision = errors.New("cancellation beyond the working-precision limit")
)

// log2of10 is log₂ 10.
const log2of10 = 3.321928094887362347870319429489390175864831393

// BitsForDigits returns ⌈d·log₂10⌉, the bits that carry d decimal digits.
func BitsForDigits(d int) uint {
	return uint(math.Ceil(float64(d) * log2of10))
}

// roundUpWords rounds a precision up to a whole number of 64-bit words,
// the granularity of math/big, so that cached values are shared.
func roundUpWords(prec uint) uint {
	return (prec + 63) &^ 63
}

// newFloat returns a zero *big.Float with precision prec.
func newFloat(prec uint) *big.Float {
	return new(big.Float).SetPrec(prec)
}

// constCache holds one constant at the highest precision asked for so far.
type constCache struct {
	mu      sync.Mutex
	prec    uint
	val     *big.Float
	compute func(prec uint) *big.Float
}

// get returns the constant rounded to prec bits.
func (c *constCache) get(prec uint) *big.Float {
	c.mu.Lock()
	if c.val == nil || c.prec < prec {
		p := roundUpWords(prec + 64)
		c.val = c.compute(p)
		c.prec = p
	}
	v := c.val
	c.mu.Unlock()
	return newFloat(prec).Set(v)
}

var (
	piCache  = constCache{compute: computePi}
	ln2Cache = constCache{compute: computeLn2}
	// halfLn2Pi is ½ ln(2π), the constant of Stirling's series.
	halfLn2PiCache = constCache{compute: func(prec uint) *big.Float {
		twoPi := computePi(prec + 16)
		twoPi.SetMantExp(twoPi, 1)
		v := Ln(twoPi, prec+16)
		return v.SetMantExp(v, -1).SetPrec(prec)
	}}
	lnPiCache = constCache{compute: func(prec uint) *big.Float {
		return Ln(computePi(prec+16), prec)
	}}
)

// Pi returns π to prec bits.
func Pi(prec uint) *big.Float { return piCache.get(prec) }

// Ln2 returns ln 2 to prec bits.
func Ln2(prec uint) *big.Float { return ln2Cache.get(prec) }

// computePi evaluates Machin's formula π = 16 atan(1/5) − 4 atan(1/239)
// in fixed point.
func computePi(prec uint) *big.Float {
	w := prec + 32
	s := new(big.Int).Lsh(arctanRecip(5, w, false), 4)
	s.Sub(s, new(big.Int).Lsh(arctanRecip(239, w, false), 2))
	return fixedToFloat(s, w, prec)
}

// computeLn2 evaluates the Machin-like formula
//
//	ln 2 = 18 atanh(1/26) − 2 atanh(1/4801) + 8 atanh(1/8749)
//
// in fixed point.
func computeLn2(prec uint) *big.Float {
	w := prec + 32
	s := new(big.Int).Mul(arctanRecip(26, w, true), big.NewInt(18))
	s.Sub(s, new(big.Int).Lsh(arctanRecip(4801, w, true), 1))
	s.Add(s, new(big.Int).Lsh(arctanRecip(8749, w, true), 3))
	return fixedToFloat(s, w, prec)
}

// fixedToFloat returns s·2^−w rounded to prec bits.
func fixedToFloat(s *big.Int, w, prec uint) *big.Float {
	f := newFloat(prec).SetInt(s)
	return f.SetMantExp(f, -int(w))
}

// arctanRecip returns 2^w·atan(1/n), or 2^w·atanh(1/n) when hyperbolic,
// in fixed point by the Taylor series Σ (∓1)ᵏ n^−(2k+1)/(2k+1), n ≥ 2.
// Each truncating division costs at most one unit, so the error is below
// the number of terms, about w/(2 log₂ n) units.
func arctanRecip(n int64, w uint, hyperbolic bool) *big.Int {
	power := new(big.Int).Lsh(big.NewInt(1), w)
	power.Quo(power, big.NewInt(n))
	sum := new(big.Int).Set(power)
	nn := new(big.Int).Mul(big.NewInt(n), big.NewInt(n))
	term, div := new(big.Int), new(big.Int)
	for k := int64(1); ; k++ {
		power.Quo(power, nn)
		if power.Sign() == 0 {
			return sum
		}
		term.Quo(power, div.SetInt64(2*k+1))
		if hyperbolic || k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
	}
}
