package dist

import (
	"math"
	"math/big"

	"statcalc/sym"
)

// Entropies of the Poisson and binomial distributions for any parameter.
// Their closed forms need E[log x!], a series whose terms cancel against
// λ log λ − λ (or n h(p)) as the parameter grows, so the entropy itself is
// computed and E[log h(x)] is written in terms of it:
//
//	Poisson:  E[log x!]    = λ log λ − λ + H(λ)
//	binomial: E[log C(n,x)] = −n (p log p + q log q) − H(n, p).
//
// H is summed term by term from accurate log-probabilities for moderate
// parameters, and taken from its asymptotic series, an exact expression
// with a truncation bound, for large ones.

// poissonSeriesFrom is the λ from which the asymptotic series is used: its
// last term there, 3.4e-16, is below the resolution of H ≈ 4.87 in float64.
const poissonSeriesFrom = 1000

// poissonSeries holds the coefficients c_k of the asymptotic expansion
//
//	H(λ) = ½ log(2πeλ) − Σ_k c_k λ^(−k)
//
// (Evans & Boersma 1988 give the first three), derived and checked
// against sums of the definition at 50 digits in
// testdata/refs/discrete_refs.py.
var poissonSeries = [][2]int64{{1, 12}, {1, 24}, {19, 360}, {9, 80}, {863, 2520}}

// PoissonEntropy returns the entropy of Poisson(λ), λ ≥ 0 numeric, and a
// bound on its absolute error. With digits = 0 it is a float64 sum for
// λ < 1000 and the series beyond; with digits > 0 (for :precision) it is
// the series when its truncation bound gives that many digits, else the
// exact sum of the definition over the terms that matter, with a bound on
// the tails left out.
func PoissonEntropy(λ sym.Expr, digits int) (sym.Expr, float64, error) {
	l, err := numeric(λ)
	if err != nil {
		return nil, 0, err
	}
	if l == 0 {
		return zero, 0, nil
	}
	var series sym.Expr
	var last float64
	if l >= poissonSeriesFrom || digits > 0 {
		terms := []sym.Expr{sym.Mul(half, log(sym.Mul(two, sym.Pi, sym.E, λ)))}
		for i, c := range poissonSeries {
			k := sym.Int(int64(i + 1))
			terms = append(terms, sym.Neg(sym.Div(sym.Div(sym.Int(c[0]), sym.Int(c[1])), sym.Pow(λ, k))))
			last = float64(c[0]) / float64(c[1]) / math.Pow(l, float64(i+1))
		}
		series = sym.Add(terms...)
	}
	if digits == 0 && l >= poissonSeriesFrom {
		return series, last, nil
	}
	logp := func(k float64) (float64, float64) { return poissonLogPMF(k, l) }
	ratio := func(k float64, up bool) float64 {
		if up {
			return l / (k + 1)
		}
		return k / l
	}
	mode := math.Floor(l)
	if l >= poissonSeriesFrom {
		// digits > 0: the series, unless an exact sum gives more digits
		// (it cannot beyond λ = 10⁵: the sum would be too long).
		if l > 1e5 {
			return series, last, nil
		}
		h := 0.5 * math.Log(2*math.Pi*math.E*l)
		tol := h * math.Pow(10, -float64(digits)-3)
		lo, hi, tail, ok := entropyWindow(mode, 0, math.Inf(1), logp, ratio, tol)
		if last < tol || !ok || digits > maxExactDigits {
			return series, last, nil
		}
		return exactEntropySum(lo, hi, poissonLogPMFExpr(λ)), tail, nil
	}
	h, herr := entropySum(mode, 0, math.Inf(1), logp, ratio)
	if digits == 0 {
		return exactFloat(h), herr, nil
	}
	tol := h * math.Pow(10, -float64(digits)-3)
	lo, hi, tail, ok := entropyWindow(mode, 0, math.Inf(1), logp, ratio, tol)
	if !ok || digits > maxExactDigits {
		return exactFloat(h), herr, nil
	}
	return exactEntropySum(lo, hi, poissonLogPMFExpr(λ)), tail, nil
}

// poissonLogPMFExpr returns k ↦ log p(k) = k log λ − λ − log k!.
func poissonLogPMFExpr(λ sym.Expr) func(k sym.Expr) sym.Expr {
	return func(k sym.Expr) sym.Expr {
		return sym.Sub(sym.Sub(sym.Mul(k, log(λ)), λ), lgamma(sym.Add(k, one)))
	}
}

// poissonMeanLogBase is E[log h(x)] = −E[log x!] = −(λ log λ − λ + H(λ)).
func poissonMeanLogBase(θ []sym.Expr, digits int) (sym.Expr, float64, error) {
	λ := θ[0]
	if l, err := numeric(λ); err == nil && l == 0 {
		return zero, 0, nil // Poisson(0) is the point mass at 0, and log 0! = 0
	}
	h, herr, err := PoissonEntropy(λ, digits)
	if err != nil {
		return nil, 0, err
	}
	return sym.Neg(sym.Add(sym.Mul(λ, log(λ)), sym.Neg(λ), h)), herr, nil
}

// binomialSeriesFrom is the variance npq from which the asymptotic series
// is used; its last term there is below 1e-17 of the entropy.
const binomialSeriesFrom = 1e4

// binomialSeries holds the coefficients of the asymptotic expansion
//
//	H(n, p) = ½ log(2πe npq) + Σ_k P_k(p) / (d_k (pq)^k n^k),
//
// P_k a polynomial in p (constant term first), derived from Stirling's
// series and the central moments of the binomial, and checked against
// sums of the definition at 50 digits, in testdata/refs/discrete_refs.py.
// For p → 0 with np = λ they become the Poisson coefficients.
var binomialSeries = []struct {
	poly []int64
	den  int64
}{
	{[]int64{-1, 4, -4}, 12},                          // −(1 − 2p)²
	{[]int64{-1, 4, -6, 4, -2}, 24},                   // −(p⁴ + q⁴)
	{[]int64{-19, 102, -222, 244, -132, 12, -4}, 360}, // note the sign of (p − 1)³
	{[]int64{-27, 184, -536, 864, -830, 472, -148, -8, 2}, 240},
}

// BinomialEntropy returns the entropy of Binomial(n, p) with numeric
// parameters, and a bound on its absolute error; digits as for
// PoissonEntropy, the series being used from npq = 10⁴.
func BinomialEntropy(n, p sym.Expr, digits int) (sym.Expr, float64, error) {
	nf, err := numeric(n)
	if err != nil {
		return nil, 0, err
	}
	pf, err := numeric(p)
	if err != nil {
		return nil, 0, err
	}
	q := sym.Sub(one, p)
	qf, err := numeric(q) // from the exact q: 1 − pf loses q's digits when p is near 1
	if err != nil {
		return nil, 0, err
	}
	if nf == 0 || pf == 0 || qf == 0 {
		return zero, 0, nil
	}
	if pf > 0.5 {
		// H(n, p) = H(n, 1 − p): sum from the side where the mode is small,
		// so that k stays exact in float64 for any n.
		p, q, pf, qf = q, p, qf, pf
	}
	v := nf * pf * qf
	var series sym.Expr
	var last float64
	if v >= binomialSeriesFrom || digits > 0 {
		terms := []sym.Expr{sym.Mul(half, log(sym.Mul(two, sym.Pi, sym.E, n, p, q)))}
		pq := sym.Mul(p, q)
		for i, c := range binomialSeries {
			k := int64(i + 1)
			var poly []sym.Expr
			pv, pk := 0.0, 1.0
			for j, a := range c.poly {
				poly = append(poly, sym.Mul(sym.Int(a), sym.Pow(p, sym.Int(int64(j)))))
				pv += float64(a) * pk
				pk *= pf
			}
			den := sym.Mul(sym.Int(c.den), sym.Pow(pq, sym.Int(k)), sym.Pow(n, sym.Int(k)))
			terms = append(terms, sym.Div(sym.Add(poly...), den))
			last = math.Abs(pv) / float64(c.den) / math.Pow(v, float64(k))
		}
		series = sym.Add(terms...)
	}
	if digits == 0 && v >= binomialSeriesFrom {
		return series, last, nil
	}
	logp := func(k float64) (float64, float64) { return binomialLogPMF(k, nf, pf, qf) }
	ratio := func(k float64, up bool) float64 {
		if up {
			return (nf - k) / (k + 1) * pf / qf
		}
		return k / (nf - k + 1) * qf / pf
	}
	mode := math.Min(math.Floor((nf+1)*pf), nf)
	if v >= binomialSeriesFrom {
		// digits > 0: the series; an exact sum would be too long.
		return series, last, nil
	}
	h, herr := entropySum(mode, 0, nf, logp, ratio)
	if digits == 0 {
		return exactFloat(h), herr, nil
	}
	tol := h * math.Pow(10, -float64(digits)-3)
	lo, hi, tail, ok := entropyWindow(mode, 0, nf, logp, ratio, tol)
	if !ok || digits > maxExactDigits || nf > maxExactN {
		return exactFloat(h), herr, nil
	}
	logN := lgamma(sym.Add(n, one))
	return exactEntropySum(lo, hi, func(k sym.Expr) sym.Expr {
		// log p(k) = log n! − log k! − log (n − k)! + k log p + (n − k) log q
		nk := sym.Sub(n, k)
		return sym.Add(logN, sym.Neg(lgamma(sym.Add(k, one))), sym.Neg(lgamma(sym.Add(nk, one))),
			sym.Mul(k, log(p)), sym.Mul(nk, log(q)))
	}), tail, nil
}

// Exact sums for :precision cost about a millisecond a term in decimal
// arithmetic; beyond these sizes the float64 sum is kept, and its bound
// says how many digits it has.
const (
	maxExactTerms  = 300
	maxExactDigits = 60
	maxExactN      = 10_000 // binomial n: log n! costs more as n grows
)

// exactEntropySum returns −Σ p(k) log p(k) over k = lo … hi as an exact
// expression, logp giving log p(k).
func exactEntropySum(lo, hi float64, logp func(k sym.Expr) sym.Expr) sym.Expr {
	terms := make([]sym.Expr, 0, int(hi-lo)+1)
	for k := lo; k <= hi; k++ {
		l := logp(exactFloat(k))
		terms = append(terms, sym.Neg(sym.Mul(exp(l), l)))
	}
	return sym.Add(terms...)
}

// binomialMeanLogBase is E[log C(n, x)] = −n (p log p + q log q) − H(n, p).
func binomialMeanLogBase(θ []sym.Expr, digits int) (sym.Expr, float64, error) {
	n, p := θ[0], θ[1]
	if nf, err := numeric(n); err == nil {
		if pf, err := numeric(p); err == nil && (nf == 0 || pf == 0 || pf == 1) {
			return zero, 0, nil // a point mass at 0 or n, where C(n, x) = 1
		}
	}
	h, herr, err := BinomialEntropy(n, p, digits)
	if err != nil {
		return nil, 0, err
	}
	q := sym.Sub(one, p)
	nh := sym.Neg(sym.Mul(n, sym.Add(sym.Mul(p, log(p)), sym.Mul(q, log(q)))))
	return sym.Sub(nh, h), herr, nil
}

// exactFloat turns a computed float64 into the exact rational it stands
// for: a Float would turn the whole closed form into float64 arithmetic
// and lose the cancellation of its terms.
func exactFloat(f float64) sym.Expr { return sym.Rat(new(big.Rat).SetFloat64(f)) }

// EntropyMethod describes, for :steps, how E[log h(x)] of a Poisson or
// binomial member with numeric parameters is obtained; "" for others.
func EntropyMethod(d *Dist) string {
	if !d.IsNumeric() || (d.Family != Poisson && d.Family != Binomial) {
		return ""
	}
	if _, ok := d.Atom(); ok {
		return ""
	}
	θ, _ := d.Floats()
	switch {
	case d.Family == Poisson && θ[0] >= poissonSeriesFrom:
		return "−(λ log λ − λ + H(λ)), H(λ) = ½ log(2πeλ) − 1/(12λ) − 1/(24λ²) − 19/(360λ³) − … (asymptotic series)"
	case d.Family == Poisson:
		return "−(λ log λ − λ + H(λ)), H(λ) = −Σ p(k) log p(k) summed with accurate log p(k) (Loader 2000)"
	case θ[0]*θ[1]*(1-θ[1]) >= binomialSeriesFrom:
		return "−n (p log p + q log q) − H, H = ½ log(2πe npq) − (1 − 4pq)/(12npq) + … (asymptotic series)"
	}
	return "−n (p log p + q log q) − H, H = −Σ p(k) log p(k) summed with accurate log p(k) (Loader 2000)"
}
