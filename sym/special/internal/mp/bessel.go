package mp

import (
	"math"
	"math/big"
)

// LogBesselI0 returns log I₀(x) and BesselRatio returns I₁(x)/I₀(x), both
// to prec bits, for x ≥ 0, I_ν the modified Bessel function of the first
// kind. Neither overflows: log I₀(x) ≈ x − ½ log(2πx) and I₁/I₀ < 1.
//
// For x < besselAsymptoticFrom(prec) they are summed from the power
// series (all terms positive, DLMF 10.25.2)
//
//	I₀(x) = Σ (x²/4)ᵏ/(k!)²,  I₁(x) = (x/2) Σ (x²/4)ᵏ/(k! (k+1)!),
//
// with I₀ − 1 kept apart so that log I₀ = log1p(I₀ − 1) keeps its relative
// accuracy near 0. Beyond, from the asymptotic expansion (DLMF 10.40.1)
//
//	I_ν(x) = eˣ/√(2πx) · Σ_k (−1)ᵏ a_k(ν)/xᵏ,
//	a_k(ν) = a_(k−1)(ν) · (4ν² − (2k − 1)²)/(8k),
//
// whose smallest term, about e^(−2x), is then below 2^(−prec−40).
func LogBesselI0(x *big.Float, prec uint) *big.Float {
	if x.Sign() == 0 {
		return newFloat(prec)
	}
	w := prec + 32
	if besselAsymptotic(x, prec) {
		s0 := besselAsymptoticSum(x, 0, w)
		// x − ½ log(2πx) + log S₀
		t := newFloat(w).Mul(Pi(w), newFloat(w).Set(x))
		t.Mul(t, newFloat(w).SetInt64(2))
		l := Ln(t, w)
		l.Quo(l, newFloat(w).SetInt64(2))
		v := newFloat(w).Sub(newFloat(w).Set(x), l)
		v.Add(v, Ln(s0, w))
		return newFloat(prec).Set(v)
	}
	i0m1, _ := besselSeries(x, w)
	return Log1p(i0m1, prec)
}

// BesselRatio returns I₁(x)/I₀(x) to prec bits for x ≥ 0 (see LogBesselI0).
func BesselRatio(x *big.Float, prec uint) *big.Float {
	if x.Sign() == 0 {
		return newFloat(prec)
	}
	w := prec + 32
	if besselAsymptotic(x, prec) {
		s0 := besselAsymptoticSum(x, 0, w)
		s1 := besselAsymptoticSum(x, 1, w)
		return newFloat(prec).Quo(s1, s0)
	}
	i0m1, i1 := besselSeries(x, w)
	i0 := newFloat(w).Add(i0m1, big.NewFloat(1))
	return newFloat(prec).Quo(i1, i0)
}

// besselAsymptotic reports whether x is large enough for the asymptotic
// expansion at prec bits: its smallest term, below e^(−2x), must be below
// 2^(−w−8) for the working precision w = prec + 32 of the callers.
func besselAsymptotic(x *big.Float, prec uint) bool {
	xf, _ := x.Float64()
	return xf > float64(prec+40)*math.Ln2/2+1
}

// besselSeries returns I₀(x) − 1 and I₁(x) from their power series.
func besselSeries(x *big.Float, w uint) (i0m1, i1 *big.Float) {
	q := newFloat(w).Mul(x, x)
	q.Quo(q, newFloat(w).SetInt64(4)) // x²/4
	t := newFloat(w).SetInt64(1)      // (x²/4)ᵏ/(k!)²
	u := newFloat(w).SetInt64(1)      // (x²/4)ᵏ/(k!(k+1)!)
	s0 := newFloat(w)
	s1 := newFloat(w).SetInt64(1)
	d := newFloat(64)
	xf, _ := x.Float64()
	for k := int64(1); ; k++ {
		t.Mul(t, q)
		t.Quo(t, d.SetInt64(k*k))
		u.Mul(u, q)
		u.Quo(u, d.SetInt64(k*(k+1)))
		s0.Add(s0, t)
		s1.Add(s1, u)
		if float64(k) > xf && t.MantExp(nil) < s0.MantExp(nil)-int(w)-2 && u.MantExp(nil) < s1.MantExp(nil)-int(w)-2 {
			break
		}
	}
	s1.Mul(s1, x)
	s1.Quo(s1, newFloat(w).SetInt64(2))
	return s0, s1
}

// besselAsymptoticSum returns Σ_k (−1)ᵏ a_k(ν)/xᵏ, stopped at the first
// term below 2^(−w), or where the terms start to grow.
func besselAsymptoticSum(x *big.Float, ν int64, w uint) *big.Float {
	sum := newFloat(w).SetInt64(1)
	term := newFloat(w).SetInt64(1)
	f := newFloat(w)
	last := 1
	for k := int64(1); k < 100000; k++ {
		m := 2*k - 1
		// term *= −(4ν² − (2k−1)²)/(8k x)
		f.SetInt64(-(4*ν*ν - m*m))
		term.Mul(term, f)
		term.Quo(term, f.SetInt64(8*k))
		term.Quo(term, x)
		e := term.MantExp(nil)
		if term.Sign() == 0 || e < -int(w)-2 || k > 1 && e > last {
			break // converged, or (never for the x it is used at) past the smallest term
		}
		last = e
		sum.Add(sum, term)
	}
	return sum
}
