package special

import (
	"fmt"
	"math"
	"math/big"

	"statcalc/sym/special/internal/mp"
)

// Errors returned by the functions, wrapped with the call that failed;
// test for them with errors.Is. They are the same values as those of
// package dec.
var (
	// ErrDomain reports an argument outside the function's domain (NaN included).
	ErrDomain = mp.ErrDomain
	// ErrPole reports an argument at a pole: 0, −1, −2, … for the gamma family.
	ErrPole = mp.ErrPole
	// ErrRange reports a finite argument whose result overflows float64; the
	// value returned with it is the signed infinity.
	ErrRange = mp.ErrRange
)

// MaxPolygammaOrder is the largest order n that Polygamma accepts.
const MaxPolygammaOrder = mp.MaxPolygammaOrder

// Digamma returns the digamma function
//
//	ψ(x) = d/dx ln Γ(x)
//
// accurate to a few ulps (see the package tests for measured bounds). The
// poles x = 0, −1, −2, … and NaN or −∞ are errors; ψ(+∞) = +∞.
//
// On [1, 2], ψ(x) = (x − x₀)·g(x) with x₀ the positive root and g a
// polynomial, so the relative error stays small at the root. Other x > 0
// are moved into [1, 2] with ψ(x+1) = ψ(x) + 1/x in double-double
// arithmetic (DLMF 5.5.2), or for x ≥ 10 use the asymptotic series
// (DLMF 5.11.2)
//
//	ψ(x) = ln x − 1/(2x) − Σₖ B₂ₖ/(2k x²ᵏ).
//
// x < 0 uses the reflection ψ(x) = ψ(1−x) − π cot(πx) (DLMF 5.5.4); near
// the roots of ψ on the negative axis the error is relative to the size
// of those two terms.
func Digamma(x float64) (float64, error) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, -1):
		return math.NaN(), fmt.Errorf("digamma(%g): %w", x, ErrDomain)
	case math.IsInf(x, 1):
		return x, nil
	case x <= 0 && x == math.Trunc(x):
		return math.NaN(), fmt.Errorf("digamma(%g): %w", x, ErrPole)
	case math.Abs(x) < 1/math.MaxFloat64:
		// ψ(x) ≈ −1/x overflows.
		return math.Inf(-int(math.Copysign(1, x))), fmt.Errorf("digamma(%g): %w", x, ErrRange)
	case x > 0:
		h, l := digammaPos(x, 0)
		return h + l, nil
	case x > -1e-300:
		// ψ(x) = ψ(1+x) − 1/x; π·x could be subnormal in the reflection.
		h, l := digammaPos(twoSum(1, x))
		q, ql := recip(x, 0)
		return h - q + (l - ql), nil
	}
	r := x - math.Round(x)
	h, l := digammaPos(twoSum(1, -x))
	c, cl := cotPi(r)
	p, pl := twoProd(math.Pi, c)
	pl += piLo*c + math.Pi*cl
	s, sl := twoSum(h, -p)
	if v := s + (sl + l - pl); !math.IsInf(v, 0) && !math.IsNaN(v) {
		return v, nil
	}
	// Only next to a pole, where ψ(x) ≈ −1/r.
	v := math.Inf(1)
	if r > 0 {
		v = math.Inf(-1)
	}
	return v, fmt.Errorf("digamma(%g): %w", x, ErrRange)
}

// Trigamma returns the trigamma function
//
//	ψ₁(x) = d²/dx² ln Γ(x) = Σₖ₌₀^∞ 1/(x+k)²
//
// accurate to a few ulps. The poles x = 0, −1, −2, … and NaN or −∞ are
// errors; ψ₁(+∞) = 0. For x ≥ 10 it uses the asymptotic series
// (DLMF 5.15.8 with n = 1)
//
//	ψ₁(x) = 1/x + 1/(2x²) + Σₖ B₂ₖ/x^(2k+1);
//
// smaller x > 0 add the first terms of the sum in double-double. x < 0 uses
// the reflection ψ₁(x) = π²/sin²(πx) − ψ₁(1−x) (DLMF 5.15.6).
func Trigamma(x float64) (float64, error) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, -1):
		return math.NaN(), fmt.Errorf("trigamma(%g): %w", x, ErrDomain)
	case math.IsInf(x, 1):
		return 0, nil
	case x <= 0 && x == math.Trunc(x):
		return math.NaN(), fmt.Errorf("trigamma(%g): %w", x, ErrPole)
	case x > 0 && x < 1e-150:
		// ψ₁(x) = 1/x² + π²/6 + O(x); the constant is below half an ulp.
		return inverseSquare(x, "trigamma", x)
	case x > 0:
		h, l := trigammaPos(x, 0)
		return h + l, nil
	}
	r := x - math.Round(x)
	if math.Abs(r) < 1e-150 {
		return inverseSquare(r, "trigamma", x) // π²/sin²(πr) ≈ 1/r²
	}
	h, l := trigammaPos(twoSum(1, -x))
	s, sl := sinPi(r)
	// π²/s² in double-double.
	s2, s2l := twoProd(s, s)
	s2l += 2 * s * sl
	q := pi2Hi / s2
	ql := (math.FMA(-q, s2, pi2Hi) + pi2Lo - q*s2l) / s2
	v, vl := twoSum(q, -h)
	return v + (vl + ql - l), nil
}

// inverseSquare returns 1/r², or +Inf with ErrRange when it overflows.
func inverseSquare(r float64, name string, x float64) (float64, error) {
	q, ql := recip(r, 0)
	v := q * q
	if math.IsInf(v, 0) {
		return v, fmt.Errorf("%s(%g): %w", name, x, ErrRange)
	}
	return v + 2*q*ql, nil
}

// Polygamma returns the polygamma function of order n,
//
//	ψ⁽ⁿ⁾(x) = dⁿ⁺¹/dxⁿ⁺¹ ln Γ(x) = (−1)ⁿ⁺¹ n! Σₖ₌₀^∞ 1/(x+k)ⁿ⁺¹  (n ≥ 1),
//
// for 0 ≤ n ≤ MaxPolygammaOrder. n = 0 is Digamma and n = 1 Trigamma. For
// n ≥ 2 the value is computed in multiple precision (ψ⁽ⁿ⁾ as a Hurwitz
// zeta function, DLMF 25.11.12, summed by Euler–Maclaurin, DLMF 2.10.1;
// the reflection formula for x < 0) and rounded once, so it is correctly
// rounded but slower (see the benchmarks). A result beyond the float64
// range is ±Inf with ErrRange.
func Polygamma(n int, x float64) (float64, error) {
	switch {
	case n == 0:
		return Digamma(x)
	case n == 1:
		return Trigamma(x)
	case n < 0 || n > MaxPolygammaOrder || math.IsNaN(x) || math.IsInf(x, -1):
		return math.NaN(), fmt.Errorf("polygamma(%d, %g): %w", n, x, ErrDomain)
	case math.IsInf(x, 1):
		return 0, nil
	}
	v, err := mp.Polygamma(n, new(big.Rat).SetFloat64(x), 64)
	if err != nil {
		return math.NaN(), fmt.Errorf("polygamma(%d, %g): %w", n, x, err)
	}
	f, _ := v.Float64()
	if math.IsInf(f, 0) {
		return f, fmt.Errorf("polygamma(%d, %g): %w", n, x, ErrRange)
	}
	return f, nil
}

// Lgamma returns ln|Γ(x)| accurate to a few ulps (math.Lgamma is off by
// up to 3·10⁻¹⁴ relative near x = 1.2; see the package documentation for
// measured bounds). The poles x = 0, −1, −2, … and NaN or −∞ are errors;
// ln Γ(+∞) = +∞, and a finite x whose result overflows (x > 2.5·10³⁰⁵)
// returns +Inf with ErrRange.
//
// On [1, 3], ln Γ(x) = (x−1)(x−2)·h(x) with h a polynomial, so the
// relative error stays small at the roots 1 and 2. Below 1,
// ln Γ(x) = ln Γ(x+1) − ln x (DLMF 5.5.1). From 3 to 20,
// ln Γ(x) = ln Γ(y) + ln(y(y+1)⋯(x−1)) with y ∈ [2, 3) and the product in
// double-double; above 20, Stirling's series (DLMF 5.11.1). For −1 < x < 0,
// ln|Γ(x)| = ln Γ(2+x) − log1p(x) − ln|x|; below −1 the reflection formula
// ln|Γ(x)| = ln π − ln|sin πx| − ln Γ(1−x) (DLMF 5.5.3), and near the roots
// of ln|Γ| on the negative axis the error is relative to the size of
// those terms.
func Lgamma(x float64) (float64, error) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, -1):
		return math.NaN(), fmt.Errorf("lgamma(%g): %w", x, ErrDomain)
	case math.IsInf(x, 1):
		return x, nil
	case x <= 0 && x == math.Trunc(x):
		return math.Inf(1), fmt.Errorf("lgamma(%g): %w", x, ErrPole)
	}
	var v float64
	switch {
	case x > 0:
		v = lgammaPos(x)
	case x > -1:
		// ln|Γ(x)| = ln Γ(2+x) − log1p(x) − ln|x|, ln Γ(2+x) = (1+x)·x·h(x):
		// three terms of one sign but the small first, all from exact x.
		a, al := twoSum(1, x)
		v = lgamma13(a, al, x, 0, x) - math.Log1p(x) - ln(-x)
	default:
		r := x - math.Round(x)
		s, sl := sinPi(r)
		v = lnPi - (ln(s) + sl/s) - lgammaPos(1-x)
	}
	if math.IsInf(v, 0) {
		return v, fmt.Errorf("lgamma(%g): %w", x, ErrRange)
	}
	return v, nil
}

// lnPi is ln π.
const lnPi = 1.1447298858494001741434273513530587116472948129153

// lgammaPos returns ln Γ(x) for x > 0 (see Lgamma).
func lgammaPos(x float64) float64 {
	if x > 1e290 {
		// Splitting for the double-double product would overflow; at this
		// size x ln x − x alone is correct to the last bit (the rest is
		// below an ulp), or overflows to +Inf.
		return x*(ln(x)-1) - 0.5*ln(x)
	}
	if x >= 20 {
		// (x−½) ln x − x + ½ ln 2π + δ(x), the product in double-double.
		p, pl := twoProd(x-0.5, ln(x))
		if math.IsInf(p, 1) {
			return p
		}
		s, sl := twoSum(p, -x)
		return s + (sl + pl + halfLn2Pi + stirlingRemainder(x))
	}
	l, p, pl := lgammaReduced(x)
	if p == 1 {
		return l
	}
	return l + (ln(p) + pl/p)
}

// lgammaReduced splits ln Γ(x) for 0 < x < 20 as l + ln(p + pl), with p + pl
// the product of recurrence factors in double-double:
//
//	x ≥ 3:     y = x − n ∈ [2, 3) exactly, l = ln Γ(y), p = y(y+1)⋯(x−1);
//	1 ≤ x < 3: l = ln Γ(x), p = 1;
//	x < 1:     l = ln Γ(1+x) − ln x with ln Γ(1+x) = x·(x−1)·h(x−1) (1 + x
//	           is never formed), p = 1.
func lgammaReduced(x float64) (l, p, pl float64) {
	switch {
	case x >= 3:
		n := math.Floor(x) - 2
		y := x - n
		p = y
		for k := 1.0; k < n; k++ {
			f, fl := twoSum(y, k)
			q, ql := twoProd(p, f)
			p, pl = twoSum(q, ql+pl*f+p*fl)
		}
		return lgamma13(y-1, 0, y-2, 0, y-2), p, pl
	case x >= 1:
		return lgamma13(x-1, 0, x-2, 0, x-2), 1, 0
	}
	b, bl := twoSum(x, -1)
	return lgamma13(x, 0, b, bl, b) - ln(x), 1, 0
}

// lgamma13 returns (a+al)·(b+bl)·h(t) = ln Γ(x) for x ∈ [1, 3], where
// a = x − 1, b = x − 2 and t = x − 2 (rounded) are passed in, so that
// callers can supply them without rounding.
func lgamma13(a, al, b, bl, t float64) float64 {
	p := hCoeffs[len(hCoeffs)-1]
	for i := len(hCoeffs) - 2; i >= 0; i-- {
		p = math.FMA(p, t, hCoeffs[i])
	}
	hv, hl := twoSum(h0Hi, math.FMA(p, t, h0Lo))
	ab, abl := twoProd(a, b)
	abl += al*b + a*bl
	v, vl := twoProd(ab, hv)
	return v + (vl + ab*hl + abl*hv)
}

// Lbeta returns the logarithm of the beta function,
//
//	ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a+b),  a, b > 0,
//
// without the cancellation of that formula for large a and b. With
// p = min(a, b), q = max(a, b) and δ(x) = ln Γ(x) − (x−½) ln x + x − ½ ln 2π
// the remainder of Stirling's series (DLMF 5.11.1),
//
//	p ≥ 10:     ln B = −½ ln q + ½ ln 2π + δ(p) + δ(q) − δ(p+q)
//	                   + (p−½) ln(p/(p+q)) + q log1p(−p/(p+q)),
//	p < 10 ≤ q: ln B = ln Γ(p) + δ(q) − δ(p+q) − p ln(p+q) + p(p+½)/(p+q)
//	                   + (q−½)(log1p(−r) + r),  r = p/(p+q),
//
// as in R's lbeta (after Didonato and Morris, ACM TOMS 708, 1992), with
// p + (q−½) log1p(−r) rearranged so that nothing cancels (Log1pmx). For
// both below 10, ln Γ(p) + ln Γ(q) − ln Γ(p+q) is taken with the three
// recurrence products of Lgamma joined in one logarithm. Where ln B is
// ill-conditioned (B near 1) the error is relative to the rounding error
// of a and b themselves, |a(ψ(a)−ψ(a+b))| + |b(ψ(b)−ψ(a+b))|. a or b ≤ 0 or
// NaN is an error; an infinite argument gives −∞.
func Lbeta(a, b float64) (float64, error) {
	if math.IsNaN(a) || math.IsNaN(b) || a <= 0 || b <= 0 {
		return math.NaN(), fmt.Errorf("lbeta(%g, %g): %w", a, b, ErrDomain)
	}
	p, q := min(a, b), max(a, b)
	switch {
	case math.IsInf(q, 1):
		return math.Inf(-1), nil
	case p >= 10:
		corr := stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p+q)
		r := p / (p + q)
		return -0.5*ln(q) + halfLn2Pi + corr + (p-0.5)*ln(r) + q*math.Log1p(-r), nil
	case q >= 10:
		// p + (q−½) log1p(−r) = p(p+½)/(p+q) + (q−½)·(log1p(−r) + r), r = p/(p+q).
		corr := stirlingRemainder(q) - stirlingRemainder(p+q)
		r := p / (p + q)
		return lgammaPos(p) - p*ln(p+q) + (corr + p*(p+0.5)/(p+q) + (q-0.5)*Log1pmx(-r)), nil
	}
	// ln Γ(p) + ln Γ(q) − ln Γ(p+q) with the three recurrence products
	// combined into one ratio before the logarithm; p + q = s + e exactly,
	// and e enters through ψ(s).
	s, e := twoSum(p, q)
	lp, pp, ppl := lgammaReduced(p)
	lq, pq, pql := lgammaReduced(q)
	ls, ps, psl := lgammaReduced(s)
	n, nl := twoProd(pp, pq)
	nl += ppl*pq + pp*pql
	r := n / ps
	rl := (math.FMA(-r, ps, n) + nl - r*psl) / ps
	ds, dsl := digammaPos(s, 0)
	return (lp + lq - ls) + (ln(r) + rl/r) - e*(ds+dsl), nil
}

// halfLn2Pi is ½ ln(2π).
const halfLn2Pi = 0.918938533204672741780329736405617639861397473637783412817

// stirlingRemainder returns δ(x) = ln Γ(x) − (x−½) ln x + x − ½ ln 2π for
// x ≥ 10 from its asymptotic series Σₖ B₂ₖ/(2k(2k−1) x^(2k−1)) (DLMF
// 5.11.1), truncated where the next term is below 10⁻²⁰ at x = 10.
func stirlingRemainder(x float64) float64 {
	z := 1 / (x * x)
	return (1.0/12 + z*(-1.0/360+z*(1.0/1260+z*(-1.0/1680+z*(1.0/1188+
		z*(-691.0/360360+z*(1.0/156+z*(-3617.0/122400+z*(43867.0/244188+
			z*(-174611.0/125400)))))))))) / x
}

// digammaPos returns ψ(x + xl) in double-double for x > 0, |xl| ≤ ulp(x)/2.
func digammaPos(x, xl float64) (float64, float64) {
	switch {
	case x >= 10:
		return digammaAsymptotic(x, xl)
	case x < 1:
		// ψ(x) = ψ(1+x) − 1/x
		y, yl := twoSum(1, x)
		h, l := digamma12(y, yl+xl)
		q, ql := recip(x, xl)
		s, sl := twoSum(h, -q)
		return s, sl + l - ql
	case x <= 2:
		return digamma12(x, xl)
	}
	// ψ(x) = ψ(y) + Σₖ₌₀ⁿ⁻¹ 1/(y+k), y = x − n ∈ [1, 2) exactly.
	n := math.Floor(x) - 1
	y := x - n
	var s, sl float64
	for k := n - 1; k >= 0; k-- {
		d, dl := twoSum(y, k)
		r, rl := recip(d, dl+xl)
		s, sl = ddAdd(s, sl, r, rl)
	}
	h, l := digamma12(y, xl)
	return ddAdd(s, sl, h, l)
}

// digamma12 returns ψ(x + xl) for x ∈ [1, 2] as (x − x₀)·g(x), with x − x₀
// in double-double and g the polynomial of digamma_coeffs.go.
func digamma12(x, xl float64) (float64, float64) {
	t := 2*x - 3
	p := gCoeffs[len(gCoeffs)-1]
	for i := len(gCoeffs) - 2; i >= 0; i-- {
		p = math.FMA(p, t, gCoeffs[i])
	}
	g, gl := twoSum(g0Hi, math.FMA(p, t, g0Lo))
	d := x - x0Hi // exact: x and x₀ are within a factor of two
	d, dl := twoSum(d, xl-x0Lo)
	h, l := twoProd(d, g)
	return h, l + d*gl + dl*g
}

// digammaAsymptotic returns ψ(x + xl) for x ≥ 10 from ln x − 1/(2x) −
// Σₖ B₂ₖ/(2k x²ᵏ), the series truncated after B₁₈ (next term below
// 10⁻¹⁹ at x = 10); xl enters through ψ′(x) ≈ 1/x.
func digammaAsymptotic(x, xl float64) (float64, float64) {
	z := 1 / (x * x)
	tail := z * (1.0/12 + z*(-1.0/120+z*(1.0/252+z*(-1.0/240+z*(1.0/132+
		z*(-691.0/32760+z*(1.0/12+z*(-3617.0/8160+z*(43867.0/14364)))))))))
	h, l := twoSum(ln(x), -(0.5/x + tail))
	return h, l + xl/x
}

// trigammaPos returns ψ₁(x + xl) in double-double for x > 0.
func trigammaPos(x, xl float64) (float64, float64) {
	if x >= 10 {
		return trigammaAsymptotic(x, xl)
	}
	// ψ₁(x) = Σₖ₌₀ⁿ⁻¹ 1/(x+k)² + ψ₁(x+n), x + n ≥ 10; smallest terms first.
	n := math.Ceil(10 - x)
	y, yl := twoSum(x, n)
	s, sl := trigammaAsymptotic(y, yl+xl)
	for k := n - 1; k >= 0; k-- {
		d, dl := twoSum(x, k)
		dl += xl
		sq, sql := twoProd(d, d)
		sql += 2 * d * dl
		r, rl := recip(sq, sql)
		s, sl = ddAdd(s, sl, r, rl)
	}
	return s, sl
}

// trigammaAsymptotic returns ψ₁(x + xl) for x ≥ 10 as q + q·u with q =
// 1/x and u = q/2 + Σₖ B₂ₖ q²ᵏ, truncated after B₂₀ (next term below
// 10⁻¹⁹ at x = 10).
func trigammaAsymptotic(x, xl float64) (float64, float64) {
	q, ql := recip(x, xl)
	z := q * q
	u := 0.5*q + z*(1.0/6+z*(-1.0/30+z*(1.0/42+z*(-1.0/30+z*(5.0/66+
		z*(-691.0/2730+z*(7.0/6+z*(-3617.0/510+z*(43867.0/798+z*(-174611.0/330))))))))))
	h, l := twoProd(q, u)
	s, sl := twoSum(q, h)
	return s, sl + l + ql + ql*u
}

// π = math.Pi + piLo and π² = pi2Hi + pi2Lo in double-double.
const (
	piLo  = 1.2246467991473532e-16
	pi2Hi = 9.869604401089358
	pi2Lo = 6.265295508739711e-16
)

// cotPi returns cot(πr) in double-double for an exact 0 < |r| ≤ ½, as
// cos z/sin z with z = π|r| for |r| ≤ ¼ and sin z/cos z with z = π(½−|r|)
// above, so that z ∈ [0, π/4] (math.Tan is off by up to 15 ulps there,
// math.Sin and math.Cos by about one). πr is formed in double-double and
// its low part zl enters through d(cot z)/dz = −(1 + cot² z).
func cotPi(r float64) (float64, float64) {
	a := math.Abs(r)
	var c, dz float64
	if a <= 0.25 {
		z, zl := piTimes(a)
		sn, cs := math.Sincos(z)
		c, dz = cs/sn, -zl
	} else {
		z, zl := piTimes(0.5 - a) // 0.5 − a is exact
		sn, cs := math.Sincos(z)
		c, dz = sn/cs, zl
	}
	cl := dz + dz*c*c // ordered so that huge c (tiny r) does not overflow
	return math.Copysign(c, r), math.Copysign(cl, r)
}

// sinPi returns |sin(πr)| in double-double for an exact 0 < |r| ≤ ½: as
// sin(π|r|) for |r| ≤ ¼ and cos(π(½−|r|)) above.
func sinPi(r float64) (float64, float64) {
	a := math.Abs(r)
	if a <= 0.25 {
		z, zl := piTimes(a)
		return math.Sin(z), zl * math.Cos(z)
	}
	z, zl := piTimes(0.5 - a)
	return math.Cos(z), -zl * math.Sin(z)
}

// piTimes returns π·a in double-double.
func piTimes(a float64) (float64, float64) {
	z, zl := twoProd(math.Pi, a)
	return z, zl + piLo*a
}

// twoSum returns s = fl(a+b) and the rounding error e, a + b = s + e exactly
// (Knuth's TwoSum).
func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

// twoProd returns p = fl(a·b) and the rounding error e, a·b = p + e exactly.
func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

// ddAdd returns (a + al) + (b + bl) in double-double.
func ddAdd(a, al, b, bl float64) (float64, float64) {
	s, e := twoSum(a, b)
	e += al + bl
	return twoSum(s, e)
}

// recip returns 1/(x + xl) in double-double for |xl| ≪ |x|.
func recip(x, xl float64) (float64, float64) {
	r := 1 / x
	return r, (-math.FMA(r, x, -1) - r*xl) / x
}
