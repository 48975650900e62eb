package special

import "math"

// Log1pmx returns log(1+x) − x for x ≥ −1 (NaN below, −∞ at −1), accurate
// in relative terms also where the difference is much smaller than x.
//
// For −⅔ ≤ x ≤ 2, with t = x/(2+x) ∈ [−½, ½],
//
//	log(1+x) = 2 atanh t = 2(t + t³/3 + t⁵/5 + …)  and  2t − x = −x·t,
//
// so log(1+x) − x = −x·t + 2t³(1/3 + t²/5 + t⁴/7 + …), in which the two
// parts never cancel by more than a sixth; −x·t is formed in
// double-double. Elsewhere the direct difference loses at most two bits.
func Log1pmx(x float64) float64 {
	if x < -2.0/3 || x > 2 || math.IsNaN(x) {
		return math.Log1p(x) - x
	}
	return log1pmxSeries(x, 0)
}

// Xm1mlog returns x − 1 − log x for x ≥ 0 (NaN below, +∞ at 0), accurate in
// relative terms near x = 1, where it behaves like (x−1)²/2.
//
// It equals −Log1pmx(x − 1); for ⅓ ≤ x ≤ 3 the series of Log1pmx is used
// with x − 1 formed in double-double, elsewhere the direct difference.
func Xm1mlog(x float64) float64 {
	if x < 1.0/3 || x > 3 || math.IsNaN(x) {
		return (x - 1) - ln(x)
	}
	u, ul := twoSum(x, -1)
	return -log1pmxSeries(u, ul)
}

// log1pmxSeries returns log(1+u) − u for u = uh + ul ∈ [−⅔, 2] by the atanh
// series of Log1pmx, with t = u/(2+u) and u·t in double-double.
func log1pmxSeries(uh, ul float64) float64 {
	if uh == 0 {
		return 0
	}
	d, dl := twoSum(2, uh)
	dl += ul
	t := uh / d
	tl := (math.FMA(-t, d, uh) + ul - t*dl) / d
	// u·t in double-double
	p, pl := twoProd(uh, t)
	pl += uh*tl + ul*t
	// 2t³ Σⱼ t²ʲ/(2j+3), summed until the terms fall below 2⁻⁶⁰ of the first.
	t2 := t * t
	var s float64
	if t2 < 1e-20 {
		s = 1.0 / 3
	} else {
		n := min(int(math.Ceil(-60*math.Ln2/ln(t2)))+1, len(oddReciprocals)-1)
		for j := n; j >= 0; j-- {
			s = s*t2 + oddReciprocals[j]
		}
	}
	c := 2 * t * t2 * s
	v, vl := twoSum(-p, c)
	return v + (vl - pl)
}

// oddReciprocals[j] = 1/(2j+3), enough terms for |t| ≤ ½.
var oddReciprocals = func() (r [32]float64) {
	for j := range r {
		r[j] = 1 / float64(2*j+3)
	}
	return r
}()

// ln is math.Log, correct also for subnormal x: on amd64 math.Log returns
// about −709.09 for every subnormal (golang/go#56600).
func ln(x float64) float64 {
	if x > 0 && x < 0x1p-1022 {
		return math.Log(x*0x1p54) - 54*math.Ln2
	}
	return math.Log(x)
}
