package mp

import (
	"math"
	"math/big"
	"sync"
)

// MaxPolygammaOrder is the largest n accepted by Polygamma. The reflection
// formula for x < 0 needs the nth derivative of cot, a polynomial with
// n + 2 integer coefficients built in O(n²) steps.
const MaxPolygammaOrder = 200

// Lgamma returns ln|Γ(x)| with relative error below 2^−tbits (x ≠ 1, 2;
// there the result is exactly 0). A non-positive integer x is a pole.
//
// For x > 0, x is shifted up to X = x + n ≥ X₀ and Stirling's series
// (DLMF 5.11.1) is used:
//
//	ln Γ(X) = (X−½) ln X − X + ½ ln 2π + Σₖ B₂ₖ / (2k(2k−1) X^(2k−1)),
//	ln Γ(x) = ln Γ(X) − ln(x(x+1)⋯(x+n−1)).
//
// For x < 0 the reflection formula Γ(x)Γ(1−x) = π/sin(πx) (DLMF 5.5.3) gives
// ln|Γ(x)| = ln π − ln|sin(πx)| − ln Γ(1−x), with sin(πx) taken at the exact
// fractional part of x.
func Lgamma(x *big.Rat, tbits uint) (*big.Float, error) {
	if isNonPositiveInt(x) {
		return nil, ErrPole
	}
	if x.IsInt() && x.Num().IsInt64() && (x.Num().Int64() == 1 || x.Num().Int64() == 2) {
		return newFloat(tbits), nil
	}
	return adaptive(tbits, precLimit(tbits), func(w uint) (*big.Float, int) {
		if x.Sign() > 0 {
			return lgammaPos(x, w)
		}
		r := fracNearest(x)
		lnSin := Ln(SinPi(new(big.Rat).Abs(r), w).SetPrec(w), w)
		lg, _ := lgammaPos(new(big.Rat).Sub(ratOne, x), w)
		lnPi := lnPiCache.get(w)
		v := newFloat(w).Sub(lnPi, lnSin)
		v.Sub(v, lg)
		return v, maxExp(lnPi, lnSin, lg)
	})
}

// Digamma returns ψ(x) = Γ′(x)/Γ(x) with relative error below 2^−tbits;
// near the roots of ψ the working precision grows by the digits x shares
// with the root (up to MaxExtraBits). A non-positive integer x is a pole.
//
// For x > 0, with X = x + n ≥ X₀ (DLMF 5.11.2 and 5.5.2),
//
//	ψ(X) = ln X − 1/(2X) − Σₖ B₂ₖ / (2k X^(2k)),
//	ψ(x) = ψ(X) − Σⱼ₌₀ⁿ⁻¹ 1/(x+j).
//
// For x < 0, ψ(x) = ψ(1−x) − π cot(πx) (DLMF 5.5.4).
func Digamma(x *big.Rat, tbits uint) (*big.Float, error) {
	if isNonPositiveInt(x) {
		return nil, ErrPole
	}
	return adaptive(tbits, precLimit(tbits), func(w uint) (*big.Float, int) {
		if x.Sign() > 0 {
			return digammaPos(x, w)
		}
		r := fracNearest(x)
		a, _ := digammaPos(new(big.Rat).Sub(ratOne, x), w)
		b := CotPi(r, w)
		b.Mul(b, Pi(w))
		return newFloat(w).Sub(a, b), maxExp(a, b)
	})
}

// Polygamma returns ψ⁽ⁿ⁾(x) for 1 ≤ n ≤ MaxPolygammaOrder with relative
// error below 2^−tbits. A non-positive integer x is a pole.
//
// For x > 0, ψ⁽ⁿ⁾(x) = (−1)ⁿ⁺¹ n! ζ(n+1, x) (DLMF 25.11.12), with the
// Hurwitz zeta function ζ(s, x) = Σₖ (x+k)^(−s) summed by the
// Euler–Maclaurin formula (DLMF 2.10.1), s = n+1, X = x + N:
//
//	ζ(s, x) = Σₖ₌₀ᴺ⁻¹ (x+k)^(−s) + X^(1−s)/(s−1) + X^(−s)/2
//	          + Σⱼ B₂ⱼ/(2j)! · s(s+1)⋯(s+2j−2) · X^(−s−2j+1).
//
// For x < 0, differentiating the reflection formula n times gives
//
//	ψ⁽ⁿ⁾(x) = (−1)ⁿ (ψ⁽ⁿ⁾(1−x) − πⁿ⁺¹ Qₙ(cot πx)),
//
// where Q₀(c) = c and Qₖ₊₁(c) = Qₖ′(c)(1+c²), so that dⁿ/dxⁿ cot(πx) =
// (−π)ⁿ Qₙ(cot πx). Qₙ has non-negative integer coefficients.
func Polygamma(n int, x *big.Rat, tbits uint) (*big.Float, error) {
	if n < 1 || n > MaxPolygammaOrder {
		return nil, ErrDomain
	}
	if isNonPositiveInt(x) {
		return nil, ErrPole
	}
	return adaptive(tbits, precLimit(tbits), func(w uint) (*big.Float, int) {
		if x.Sign() > 0 {
			return polygammaPos(n, x, w)
		}
		r := fracNearest(x)
		a, _ := polygammaPos(n, new(big.Rat).Sub(ratOne, x), w)
		b := cotDerivative(n, CotPi(r, w+16), w)
		b.Mul(b, PowInt(Pi(w+16), int64(n+1), w))
		v := newFloat(w).Sub(a, b)
		if n%2 == 1 {
			v.Neg(v)
		}
		return v, maxExp(a, b)
	})
}

var (
	ratOne = big.NewRat(1, 1)
	ratTwo = big.NewRat(2, 1)
	half   = big.NewFloat(0.5)
)

// isNonPositiveInt reports whether x ∈ {0, −1, −2, …}.
func isNonPositiveInt(x *big.Rat) bool {
	return x.Sign() <= 0 && x.IsInt()
}

// fracNearest returns x − round(x) ∈ [−½, ½], exactly.
func fracNearest(x *big.Rat) *big.Rat {
	// ⌊x + ½⌋ by Euclidean division (the denominator is positive).
	num := new(big.Int).Mul(x.Num(), big.NewInt(2))
	num.Add(num, x.Denom())
	den := new(big.Int).Mul(x.Denom(), big.NewInt(2))
	n := new(big.Int).Div(num, den)
	return new(big.Rat).Sub(x, new(big.Rat).SetInt(n))
}

// MaxExtraBits bounds the bits the adaptive loop adds to the requested
// ones to make up for cancellation: about 1233 decimal digits, so an
// argument may agree with a root of the function to that many digits.
// Beyond, the functions return ErrPrecision rather than run for minutes.
const MaxExtraBits = 4096

// precLimit is the largest working precision the adaptive loop may use.
func precLimit(tbits uint) uint {
	return tbits + MaxExtraBits
}

// adaptive evaluates kernel at increasing working precision w until its
// result is good to tbits bits. The kernel returns its value and the
// binary exponent of its largest intermediate term, so that the absolute
// error is about 2^(mag − w) and the bits lost to cancellation are
// mag − exponent(value).
func adaptive(tbits, limit uint, kernel func(w uint) (*big.Float, int)) (*big.Float, error) {
	const slack = 24 // bits for rounding errors accumulated over many operations
	w := roundFixedWords(tbits + slack + 16)
	for {
		v, mag := kernel(w)
		var need uint
		if v.Sign() != 0 {
			lost := max(0, mag-v.MantExp(nil))
			if int(w)-lost-slack >= int(tbits) {
				return v.SetPrec(tbits + 8), nil
			}
			need = tbits + uint(lost) + 2*slack
		}
		need = max(need, w+w/2)
		if need > limit {
			if w >= limit {
				return nil, ErrPrecision
			}
			need = limit // one last try at the limit
		}
		w = roundFixedWords(need)
	}
}

// roundFixedWords returns the least w ≥ prec for which the fixed-point
// kernels' scale f = w + 32 fills whole words: at 50 digits f = 256 bits
// (four words) rather than 288 (five). A big.Float of w bits takes as many
// words as one of roundUpWords(prec) bits, or fewer.
func roundFixedWords(prec uint) uint {
	return roundUpWords(prec+32) - 32
}

// maxExp returns the largest binary exponent among non-zero values.
func maxExp(vs ...*big.Float) int {
	m := math.MinInt32
	for _, v := range vs {
		if v.Sign() != 0 {
			m = max(m, v.MantExp(nil))
		}
	}
	return m
}

// shiftTarget returns X₀, the argument above which the asymptotic series
// reach 2^−w: their smallest term is about e^(−2πX) (times powers of X),
// so X₀ must exceed w·ln 2/(2π) ≈ 0.11·w; larger X₀ trades series terms
// for recurrence steps. s is the Hurwitz zeta order (0 for ln Γ and ψ).
func shiftTarget(w uint, s int) int64 {
	return int64(math.Ceil(shiftPerBit*float64(w+16))) + int64(s)/2 + 4
}

// shiftPerBit sets X₀ per bit of working precision (see shiftTarget).
var shiftPerBit = 0.2

// shifted returns x + n and n, with n the least integer such that
// x + n ≥ X₀.
func shifted(x *big.Rat, x0 int64) (*big.Rat, int64) {
	xf, _ := x.Float64()
	if xf >= float64(x0) {
		return x, 0
	}
	n := int64(math.Ceil(float64(x0) - xf))
	return new(big.Rat).Add(x, new(big.Rat).SetInt64(n)), n
}

// lgammaPos is ln Γ(x) for x > 0 at working precision w (see Lgamma).
func lgammaPos(x *big.Rat, w uint) (*big.Float, int) {
	if v, mag, ok := lgammaHalfInteger(x, w); ok {
		return v, mag
	}
	if belowFixedGammaMaxX(x) {
		return lgammaPosFixed(x, w)
	}
	return lgammaPosFloat(x, w)
}

// belowFixedGammaMaxX reports whether x < fixedGammaMaxX = 2³⁰, from the
// bit lengths of its numerator p and denominator q where they decide
// (p < 2³⁰ ≤ 2³⁰q, or p ≥ 2^(b−1) with b − 1 ≥ 30 + bit length of q), as
// Rat.Cmp would but without scaling q.
func belowFixedGammaMaxX(x *big.Rat) bool {
	p, q := x.Num(), x.Denom()
	switch {
	case p.BitLen() <= 30:
		return true
	case p.BitLen()-1 >= 30+q.BitLen():
		return false
	}
	return p.Cmp(new(big.Int).Lsh(q, 30)) < 0
}

// lgammaPosFloat is ln Γ(x) for x > 0 at working precision w in big.Float
// arithmetic (see Lgamma).
func lgammaPosFloat(x *big.Rat, w uint) (*big.Float, int) {
	for x0 := shiftTarget(w, 0); ; x0 *= 2 {
		xs, n := shifted(x, x0)
		bigX := newFloat(w).SetRat(xs)
		tail, ok := asymptoticTail(bigX, w, -int(w)-8, 1, func(k int, b *big.Float, t *big.Float) {
			t.Quo(b, t.SetInt64(int64(2*k*(2*k-1))))
		})
		if !ok {
			continue
		}
		lnX := Ln(bigX, w)
		a := newFloat(w).Sub(bigX, half)
		a.Mul(a, lnX)
		v := newFloat(w).Sub(a, bigX)
		v.Add(v, halfLn2PiCache.get(w))
		v.Add(v, tail)
		mag := maxExp(a, bigX)
		if n > 0 {
			lnP := Ln(risingProduct(x, n, w), w)
			v.Sub(v, lnP)
			mag = max(mag, maxExp(lnP))
		}
		return v, mag
	}
}

// digammaPos is ψ(x) for x > 0 at working precision w (see Digamma).
func digammaPos(x *big.Rat, w uint) (*big.Float, int) {
	if belowFixedGammaMaxX(x) {
		return digammaPosFixed(x, w)
	}
	return digammaPosFloat(x, w)
}

// digammaPosFloat is ψ(x) for x > 0 at working precision w in big.Float
// arithmetic (see Digamma).
func digammaPosFloat(x *big.Rat, w uint) (*big.Float, int) {
	for x0 := shiftTarget(w, 0); ; x0 *= 2 {
		xs, n := shifted(x, x0)
		bigX := newFloat(w).SetRat(xs)
		tail, ok := asymptoticTail(bigX, w, -int(w)-8, 2, func(k int, b *big.Float, t *big.Float) {
			t.Quo(b, t.SetInt64(int64(2*k)))
		})
		if !ok {
			continue
		}
		lnX := Ln(bigX, w)
		v := newFloat(w).Quo(half, bigX)
		v.Sub(lnX, v)
		v.Sub(v, tail)
		mag := maxExp(lnX)
		if n > 0 {
			s := reciprocalSum(x, n, w)
			v.Sub(v, s)
			mag = max(mag, maxExp(s))
		}
		return v, mag
	}
}

// polygammaPos is ψ⁽ⁿ⁾(x) for x > 0 at working precision w (see Polygamma).
// All terms of ζ(s, x) are positive, so nothing cancels.
func polygammaPos(n int, x *big.Rat, w uint) (*big.Float, int) {
	s := n + 1
	for x0 := shiftTarget(w, s); ; x0 *= 2 {
		xs, shift := shifted(x, x0)
		bigX := newFloat(w).SetRat(xs)
		xinv := newFloat(w).Quo(newFloat(w).SetInt64(1), bigX)
		// X^(1−s)/(s−1) + X^(−s)/2
		p := PowInt(xinv, int64(s-1), w)
		head := newFloat(w).Quo(p, newFloat(w).SetInt64(int64(s-1)))
		p2 := newFloat(w).Mul(p, xinv)
		p2.SetMantExp(p2, -1)
		head.Add(head, p2)
		// Σⱼ B₂ⱼ fⱼ X^(−s−2j+1), fⱼ = s(s+1)⋯(s+2j−2)/(2j)!
		f := newFloat(w).SetInt64(int64(s))
		f.SetMantExp(f, -1)
		tail, ok := asymptoticTail(bigX, w, head.MantExp(nil)-int(w)-8, s+1, func(k int, b *big.Float, t *big.Float) {
			if k > 1 {
				j := int64(k)
				f.Mul(f, t.SetInt64((int64(s)+2*j-3)*(int64(s)+2*j-2)))
				f.Quo(f, t.SetInt64((2*j-1)*(2*j)))
			}
			t.Mul(b, f)
		})
		if !ok {
			continue
		}
		z := head.Add(head, tail)
		xf := newFloat(w).SetRat(x)
		term := newFloat(w)
		for k := shift - 1; k >= 0; k-- {
			term.Add(xf, term.SetInt64(k))
			z.Add(z, PowInt(term, -int64(s), w))
		}
		z.Mul(z, factorial(n, w))
		if n%2 == 0 {
			z.Neg(z)
		}
		return z, maxExp(z)
	}
}

// asymptoticTail sums Σₖ cₖ X^(−(p0+2k−2)) for k ≥ 1, the Bernoulli part
// of an asymptotic series, where coef sets t = cₖ from b = B₂ₖ. It stops when a
// term falls below 2^stop and reports false if the terms start to grow
// first (X too small for the precision).
func asymptoticTail(bigX *big.Float, w uint, stop int, p0 int, coef func(k int, b, t *big.Float)) (*big.Float, bool) {
	xinv := newFloat(w).Quo(newFloat(w).SetInt64(1), bigX)
	xinv2 := newFloat(w).Mul(xinv, xinv)
	pw := PowInt(xinv, int64(p0), w)
	sum := newFloat(w)
	term := newFloat(w)
	prevExp := math.MaxInt32
	chunk := 32
	bs := bernoulliFloats(chunk, w)
	for k := 1; ; k++ {
		if k >= len(bs) {
			chunk *= 2
			bs = bernoulliFloats(chunk, w)
		}
		coef(k, bs[k], term)
		term.Mul(term, pw)
		e := term.MantExp(nil)
		if e < stop {
			return sum, true
		}
		if e > prevExp {
			return nil, false
		}
		prevExp = e
		sum.Add(sum, term)
		pw.Mul(pw, xinv2)
	}
}

// risingProduct returns x(x+1)⋯(x+n−1) at precision w.
func risingProduct(x *big.Rat, n int64, w uint) *big.Float {
	xf := newFloat(w).SetRat(x)
	p := newFloat(w).Set(xf)
	f := newFloat(w)
	for k := int64(1); k < n; k++ {
		f.Add(xf, f.SetInt64(k))
		p.Mul(p, f)
	}
	return p
}

// reciprocalSum returns Σⱼ₌₀ⁿ⁻¹ 1/(x+j) at precision w, accumulated as one
// fraction N/D so that only one division is needed.
func reciprocalSum(x *big.Rat, n int64, w uint) *big.Float {
	xf := newFloat(w).SetRat(x)
	num := newFloat(w)
	den := newFloat(w).SetInt64(1)
	f, t := newFloat(w), newFloat(w)
	for j := int64(0); j < n; j++ {
		f.Add(xf, f.SetInt64(j))
		t.Mul(num, f)
		num.Add(t, den)
		den.Mul(den, f)
	}
	return num.Quo(num, den)
}

// factorial returns n! at precision w.
func factorial(n int, w uint) *big.Float {
	f := new(big.Int).MulRange(1, int64(max(n, 1)))
	return newFloat(w).SetInt(f)
}

// cotDerivative returns Qₙ(c) at precision w (see Polygamma), evaluated
// as Qₙ(|c|) by Horner's rule with the sign Qₙ(−c) = (−1)ⁿ⁺¹ Qₙ(c).
func cotDerivative(n int, c *big.Float, w uint) *big.Float {
	coefs := cotPolynomial(n)
	wp := w + 16 + uint(bitLen64(int64(len(coefs))))
	ac := newFloat(wp).Abs(c)
	v := newFloat(wp)
	t := newFloat(wp)
	for i := len(coefs) - 1; i >= 0; i-- {
		v.Mul(v, ac)
		v.Add(v, t.SetInt(coefs[i]))
	}
	if c.Sign() < 0 && n%2 == 0 {
		v.Neg(v)
	}
	return v.SetPrec(w)
}

var cotPolys struct {
	mu sync.Mutex
	m  map[int][]*big.Int
}

// cotPolynomial returns the coefficients of Qₙ, constant term first.
func cotPolynomial(n int) []*big.Int {
	cotPolys.mu.Lock()
	defer cotPolys.mu.Unlock()
	if q, ok := cotPolys.m[n]; ok {
		return q
	}
	q := []*big.Int{big.NewInt(0), big.NewInt(1)}
	for range n {
		// Qₖ₊₁ = Qₖ′ (1 + c²)
		d := make([]*big.Int, len(q)-1)
		for i := range d {
			d[i] = new(big.Int).Mul(q[i+1], big.NewInt(int64(i+1)))
		}
		next := make([]*big.Int, len(d)+2)
		for i := range next {
			next[i] = new(big.Int)
			if i < len(d) {
				next[i].Add(next[i], d[i])
			}
			if i >= 2 {
				next[i].Add(next[i], d[i-2])
			}
		}
		q = next
	}
	if cotPolys.m == nil {
		cotPolys.m = make(map[int][]*big.Int)
	}
	cotPolys.m[n] = q
	return q
}
