package mp

import (
	"math"
	"math/big"
)

// Ln returns ln x to prec bits for finite x > 0.
//
// Up to fastLnMaxPrec bits, and unless x is within 1/16 of 1, it reduces
// x with tables of logarithms in fixed point (see lnFixed); otherwise it
// uses lnSeriesRoots.
func Ln(x *big.Float, prec uint) *big.Float {
	if prec <= fastLnMaxPrec {
		f := roundUpWords(prec + 32)
		if v, ok := lnFixed(x, f); ok {
			return fromFixed(v, f, prec)
		}
	}
	return lnSeriesRoots(x, prec)
}

// lnSeriesRoots returns ln x to prec bits for finite x > 0.
//
// With x = m·2ᵏ and m ∈ [1/√2, √2), ln x = k·ln 2 + 2 atanh((m−1)/(m+1)).
// At high precision m is first replaced by m^(1/2ˢ) (s square roots), which
// shortens the atanh series; the result is then scaled by 2ˢ.
func lnSeriesRoots(x *big.Float, prec uint) *big.Float {
	w := prec + 16
	m := new(big.Float)
	k := x.MantExp(m)
	if m.Cmp(sqrtHalf) < 0 {
		m.SetMantExp(m, 1)
		k--
	}
	// m − 1 is exact at m's own precision; keep at least w bits.
	mp := m.Prec()
	if mp < w {
		mp = w
	}
	one := big.NewFloat(1)
	s := sqrtSteps(w)
	if s > 0 {
		// Each root halves m − 1; the roots need the bits that m − 1
		// lacks in front as well. Skip them when m − 1 is already small.
		e := newFloat(mp+1).Sub(m, one).MantExp(nil)
		if e <= -int(s) {
			s = 0
		} else {
			rp := w + s + 8 + uint(max(0, -e))
			m = newFloat(rp).Set(m)
			for range s {
				m.Sqrt(m)
			}
			mp = rp
		}
	}
	num := newFloat(mp+1).Sub(m, one)
	den := newFloat(w+s).Add(m, one)
	t := newFloat(w+s).Quo(num, den)
	v := atanhSeries(t, w+s)
	v.SetMantExp(v, 1+int(s))
	if k != 0 {
		kb := uint(bitLen64(int64(k)))
		l2 := Ln2(w + kb + 8)
		kl := newFloat(w + kb + 8).SetInt64(int64(k))
		kl.Mul(kl, l2)
		v = newFloat(w).Add(v, kl)
	}
	return newFloat(prec).Set(v)
}

// sqrtHalf is 1/√2 to 64 bits, the lower end of Ln's reduced range.
var sqrtHalf = new(big.Float).SetFloat64(math.Sqrt2 / 2)

// sqrtSteps returns how many square roots Ln takes at precision w; tuned so
// that the roots cost about as much as the series terms they save.
func sqrtSteps(w uint) uint {
	if w <= 320 {
		return 0
	}
	return uint(math.Sqrt(float64(w)) / 3)
}

// Log1p returns ln(1+u) to prec bits for finite u > −1. It is accurate in
// relative terms for small |u|: for |u| < ¼, ln(1+u) = 2 atanh(u/(2+u)).
func Log1p(u *big.Float, prec uint) *big.Float {
	if u.Sign() == 0 {
		return newFloat(prec)
	}
	w := prec + 16
	if u.MantExp(nil) <= -2 { // |u| < ¼
		den := newFloat(w).Add(u, big.NewFloat(2))
		t := newFloat(w).Quo(u, den)
		v := atanhSeries(t, w)
		v.SetMantExp(v, 1)
		return newFloat(prec).Set(v)
	}
	// 1 + u is exact at this precision.
	onePlus := newFloat(u.Prec()+4+uint(max(0, u.MantExp(nil)))).Add(u, big.NewFloat(1))
	return Ln(onePlus, prec)
}

// atanhSeries returns atanh t = Σ t^(2j+1)/(2j+1) to w bits for |t| ≤ ½.
//
// The sum runs in fixed point on integers scaled by 2^f, f chosen so that
// t carries w + 24 bits: a term then costs one multiplication and one
// division by a single word, against a full division in big.Float. Each
// truncation is below one unit of 2^−f, and there are fewer than w terms,
// so the 24 guard bits cover them.
func atanhSeries(t *big.Float, w uint) *big.Float {
	if t.Sign() == 0 {
		return newFloat(w).Set(t)
	}
	const guard = 24
	f := uint(int(w) + guard - t.MantExp(nil))
	scaled := newFloat(w+guard+8).SetMantExp(t, int(f))
	tt, _ := scaled.Int(nil) // t·2^f, truncated
	t2 := new(big.Int).Mul(tt, tt)
	t2.Rsh(t2, f)
	sum := new(big.Int).Set(tt)
	power := new(big.Int).Set(tt)
	term := new(big.Int)
	div := new(big.Int)
	for j := int64(1); ; j++ {
		power.Mul(power, t2)
		power.Rsh(power, f) // truncates towards −∞ for negative t: still below one unit
		if power.Sign() == 0 {
			break
		}
		term.Quo(power, div.SetInt64(2*j+1))
		if term.Sign() == 0 {
			break
		}
		sum.Add(sum, term)
	}
	v := newFloat(w).SetInt(sum)
	return v.SetMantExp(v, -int(f))
}

// ExpLimit bounds |x| for Exp: e^±2³² is far outside every range the
// packages accept, and it keeps k = round(x/ln 2) well inside an int.
const ExpLimit = 1 << 32

// Exp returns eˣ to prec bits for |x| < ExpLimit.
//
// With k = round(x/ln 2) and r = x − k·ln 2, eˣ = 2ᵏ·(e^(r/2ˢ))^(2ˢ); the
// Taylor series of e^(r/2ˢ) converges quickly and s squarings follow.
func Exp(x *big.Float, prec uint) *big.Float {
	if x.Sign() == 0 {
		return newFloat(prec).SetInt64(1)
	}
	xf, _ := x.Float64()
	k := int64(math.Round(xf / math.Ln2))
	kb := uint(bitLen64(k))
	s := uint(math.Sqrt(float64(prec)) / 2)
	w := prec + 16 + s
	r := newFloat(w + kb + 8).Set(x)
	if k != 0 {
		kl := newFloat(w + kb + 8).SetInt64(k)
		kl.Mul(kl, Ln2(w+kb+8))
		r.Sub(r, kl)
	}
	r = newFloat(w).Set(r)
	r.SetMantExp(r, -int(s))
	// Taylor series of e^r − 1, kept separate from the leading 1.
	sum := newFloat(w).Set(r)
	term := newFloat(w).Set(r)
	div := newFloat(64)
	stop := -int(w) - 2
	for j := int64(2); ; j++ {
		term.Mul(term, r)
		term.Quo(term, div.SetInt64(j))
		if term.Sign() == 0 || term.MantExp(nil) < stop {
			break
		}
		sum.Add(sum, term)
	}
	sum.Add(sum, big.NewFloat(1))
	for range s {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	return newFloat(prec).Set(sum)
}

// SinPi returns sin(π·r) to prec bits for an exact |r| ≤ ½, by the Taylor
// series of sin z at z = π·r (|z| ≤ π/2, so no term exceeds 1.6).
func SinPi(r *big.Rat, prec uint) *big.Float {
	w := prec + 16
	z := newFloat(w).SetRat(r)
	if z.Sign() == 0 {
		return newFloat(prec)
	}
	z.Mul(z, Pi(w))
	sum := newFloat(w).Set(z)
	term := newFloat(w).Set(z)
	z2 := newFloat(w).Mul(z, z)
	z2.Neg(z2)
	div := newFloat(64)
	stop := z.MantExp(nil) - int(w) - 2
	for j := int64(1); ; j++ {
		term.Mul(term, z2)
		term.Quo(term, div.SetInt64((2*j)*(2*j+1)))
		if term.Sign() == 0 || term.MantExp(nil) < stop {
			break
		}
		sum.Add(sum, term)
	}
	return newFloat(prec).Set(sum)
}

// CotPi returns cot(π·r) to prec bits for an exact 0 < |r| ≤ ½, as
// sin(π(½−|r|))/sin(π|r|) with the sign of r, so that neither factor
// suffers cancellation.
func CotPi(r *big.Rat, prec uint) *big.Float {
	w := prec + 8
	a := new(big.Rat).Abs(r)
	c := new(big.Rat).Sub(big.NewRat(1, 2), a)
	v := newFloat(w).Quo(SinPi(c, w), SinPi(a, w))
	if r.Sign() < 0 {
		v.Neg(v)
	}
	return newFloat(prec).Set(v)
}

// PowInt returns xⁿ to prec bits by binary powering; the working precision
// grows by 2·log₂ n bits to absorb the doubling of relative error at each
// squaring. x = 0 with n < 0 is the caller's to exclude.
func PowInt(x *big.Float, n int64, prec uint) *big.Float {
	if n == 0 {
		return newFloat(prec).SetInt64(1)
	}
	neg := n < 0
	if neg {
		n = -n
	}
	w := prec + 16 + 2*uint(bitLen64(n))
	base := newFloat(w).Set(x)
	acc := newFloat(w).SetInt64(1)
	for {
		if n&1 == 1 {
			acc.Mul(acc, base)
		}
		n >>= 1
		if n == 0 {
			break
		}
		base.Mul(base, base)
	}
	if neg {
		acc.Quo(newFloat(w).SetInt64(1), acc)
	}
	return newFloat(prec).Set(acc)
}

// bitLen64 returns the number of bits in |k|.
func bitLen64(k int64) int {
	if k < 0 {
		k = -k
	}
	n := 0
	for k != 0 {
		n++
		k >>= 1
	}
	return n
}
