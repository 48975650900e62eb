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

// poissonSeriesFrom is the λ from which the asymptotic series is used; its
// last term there is below 1e-17.
const poissonSeriesFrom = 1000

// poissonSeries holds the coefficients c_k of the asymptotic expansion
//
//	H(λ) = ½ log(2πeλ) − Σ_k c_k λ^(−k)
//
// (Evans & Boersma 1988 give the first three), derived and checked
// against sums of the definition at 50 digits in
// testdata/refs/discrete_refs.py.
var poissonSeries = [][2]int64{{1, 12}, {1, 24}, {19, 360}, {9, 80}, {863, 2520}}

// PoissonEntropy returns the entropy of Poisson(λ), λ > 0 numeric, and a
// bound on its absolute error.
func PoissonEntropy(λ sym.Expr) (sym.Expr, float64, error) {
	l, err := numeric(λ)
	if err != nil {
		return nil, 0, err
	}
	if l == 0 {
		return zero, 0, nil
	}
	if l >= poissonSeriesFrom {
		terms := []sym.Expr{sym.Mul(half, log(sym.Mul(two, sym.Pi, sym.E, λ)))}
		var last float64
		for i, c := range poissonSeries {
			k := sym.Int(int64(i + 1))
			terms = append(terms, sym.Neg(sym.Div(sym.Div(sym.Int(c[0]), sym.Int(c[1])), sym.Pow(λ, k))))
			last = float64(c[0]) / float64(c[1]) / math.Pow(l, float64(i+1))
		}
		return sym.Add(terms...), last, nil
	}
	mode := math.Floor(l)
	h, herr := entropySum(mode, 0, math.Inf(1),
		func(k float64) (float64, float64) { return poissonLogPMF(k, l) },
		func(k float64, up bool) float64 {
			if up {
				return l / (k + 1)
			}
			return k / l
		})
	return exactFloat(h), herr, nil
}

// poissonMeanLogBase is E[log h(x)] = −E[log x!] = −(λ log λ − λ + H(λ)).
func poissonMeanLogBase(θ []sym.Expr) (sym.Expr, float64, error) {
	λ := θ[0]
	if l, err := numeric(λ); err == nil && l == 0 {
		return zero, 0, nil // Poisson(0) is the point mass at 0, and log 0! = 0
	}
	h, herr, err := PoissonEntropy(λ)
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

// BinomialEntropy returns the entropy of Binomial(n, p), 0 < p < 1, with
// numeric parameters, and a bound on its absolute error.
func BinomialEntropy(n, p sym.Expr) (sym.Expr, float64, error) {
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
	if v := nf * pf * qf; v >= binomialSeriesFrom {
		terms := []sym.Expr{sym.Mul(half, log(sym.Mul(two, sym.Pi, sym.E, n, p, q)))}
		pq := sym.Mul(p, q)
		var last float64
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
		return sym.Add(terms...), last, nil
	}
	mode := math.Floor((nf + 1) * pf)
	h, herr := entropySum(math.Min(mode, nf), 0, nf,
		func(k float64) (float64, float64) { return binomialLogPMF(k, nf, pf, qf) },
		func(k float64, up bool) float64 {
			if up {
				return (nf - k) / (k + 1) * pf / qf
			}
			return k / (nf - k + 1) * qf / pf
		})
	return exactFloat(h), herr, nil
}

// binomialMeanLogBase is E[log C(n, x)] = −n (p log p + q log q) − H(n, p).
func binomialMeanLogBase(θ []sym.Expr) (sym.Expr, float64, error) {
	n, p := θ[0], θ[1]
	if nf, err := numeric(n); err == nil {
		if pf, err := numeric(p); err == nil && (nf == 0 || pf == 0 || pf == 1) {
			return zero, 0, nil // a point mass at 0 or n, where C(n, x) = 1
		}
	}
	h, herr, err := BinomialEntropy(n, p)
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
