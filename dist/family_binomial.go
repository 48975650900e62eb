package dist

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Binomial is Binomial(n, p): C(n, x) p^x (1−p)^{n−x}; n is fixed.
var Binomial = register(&Family{
	Name: "Binomial", Doc: "binomial: successes in n trials of probability p", Discrete: true,
	Example: "kl(Binomial(10, 0.3), Binomial(10, 0.5))",
	Params:  []Param{{Name: "n", Domain: Count, Fixed: true, Degenerate: []float64{0}}, {Name: "p", Domain: UnitInterval, Degenerate: []float64{0, 1}}},
	// Binomial(0, p) and Binomial(n, 0) are point masses at 0, Binomial(n, 1) at n.
	Atom: func(θ []float64) (float64, bool) {
		if θ[0] == 0 || θ[1] == 0 {
			return 0, true
		}
		return θ[0], θ[1] == 1
	},
	Eta: func(θ []sym.Expr) []sym.Expr { return []sym.Expr{log(sym.Div(θ[1], sym.Sub(one, θ[1])))} },
	// A(η) = n log(1 + e^η)
	LogPartition: func(η, θ []sym.Expr) sym.Expr { return sym.Mul(θ[0], log(sym.Add(one, exp(η[0])))) },
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{x} },
	// h(x) = C(n, x)
	LogBase: func(x sym.Expr, θ []sym.Expr) sym.Expr {
		return sym.Sub(lgamma(sym.Add(θ[0], one)), sym.Add(lgamma(sym.Add(x, one)), lgamma(sym.Add(sym.Sub(θ[0], x), one))))
	},
	MeanLogBase: func(θ []sym.Expr) (sym.Expr, error) {
		e, _, err := binomialMeanLogBase(θ, 0)
		return e, err
	},
	MeanLogBaseTo: binomialMeanLogBase,
	MeanLogBaseMethod: func(θ []float64) string {
		if θ[0]*θ[1]*(1-θ[1]) >= binomialSeriesFrom {
			return "−n (p log p + q log q) − H, H = ½ log(2πe npq) − (1 − 4pq)/(12npq) + … (asymptotic series)"
		}
		return "−n (p log p + q log q) − H, H = −Σ p(k) log p(k) summed with accurate log p(k) (Loader 2000)"
	},
	Support: func(x float64, θ []float64) bool { return countSupport(x, nil) && x <= θ[0] },
	Mean:    func(θ []sym.Expr) sym.Expr { return sym.Mul(θ[0], θ[1]) },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Mul(θ[0], θ[1], sym.Sub(one, θ[1]))
	},
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		// E[x(x−1)…(x−j+1)] = n(n−1)…(n−j+1) p^j
		return fromFactorial(k, func(j int) sym.Expr {
			return sym.Mul(rising(sym.Sub(θ[0], sym.Int(int64(j-1))), j), sym.Pow(θ[1], sym.Int(int64(j))))
		})
	},
	LogPMF: func(θ []float64) func(float64) (float64, float64) {
		n, p := θ[0], θ[1]
		return func(k float64) (float64, float64) {
			switch {
			case k < 0 || k > n || k != math.Trunc(k):
				return math.Inf(-1), 0
			case p == 0 || p == 1: // the point mass at 0 or n
				if k == n*p {
					return 0, 0
				}
				return math.Inf(-1), 0
			}
			return BinomialLogPMF(k, n, p, 1-p)
		}
	},
	Sample: func(θ []float64) *Sampler {
		n, p := θ[0], θ[1]
		return scalarDraws(distuv.Binomial{N: n, P: p}.LogProb,
			func(rnd *rand.Rand) float64 { return distuv.Binomial{N: n, P: p, Src: rnd}.Rand() })
	},
	Quantile: func(θ []float64, p float64) (float64, error) {
		return discreteQuantile(distuv.Binomial{N: θ[0], P: θ[1]}.CDF, p, θ[0])
	},
	Rank:   70,
	Values: Naturals,
	// I_{1−p}(n − k, k + 1), k = ⌊x⌋, the regularized incomplete beta
	// function; the complement 1 − I_p(k + 1, n − k) when that is the
	// larger, so that the small tail is never a difference.
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		n, p, k := θ[0], θ[1], math.Floor(x)
		switch {
		case k < 0:
			return 0, 0
		case k >= n:
			return 1, 0
		}
		if F, r := betaI(n-k, k+1, 1-p, ulp/(1-p)); F <= 0.5 {
			return F, r
		}
		I, r := betaI(k+1, n-k, p, 0)
		return 1 - I, I*r/(1-I) + ulp
	},
})

// The entropy of Binomial(n, p) needs E[log C(n, x)], a series whose
// terms cancel against n h(p) as n grows, so the entropy H(n, p) is
// computed (see discrete.go) and E[log C(n, x)] = −n (p log p + q log q)
// − H(n, p).

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

// binomialLogPMF returns log p(k) for Binomial(n, p), 0 < p < 1, and a
// bound on its absolute error (Loader 2000, dbinom_raw):
// log p(k) = stirlerr(n) − stirlerr(k) − stirlerr(n−k) − bd0(k, np)
// − bd0(n−k, nq) − ½ log(2πk(n−k)/n).
func binomialLogPMF(k, n, p, q float64) (float64, float64) {
	switch k {
	case 0:
		v := n * math.Log1p(-p)
		if q < 0.5 {
			v = n * math.Log(q)
		}
		return v, 4 * eps * math.Abs(v)
	case n:
		v := n * math.Log(p)
		if p > 0.5 {
			v = n * math.Log1p(-q)
		}
		return v, 4 * eps * math.Abs(v)
	}
	d1, e1 := bd0(k, n*p)
	d2, e2 := bd0(n-k, n*q)
	lc := stirlerr(n) - stirlerr(k) - stirlerr(n-k) - d1 - d2
	lf := 0.5 * (math.Log(2*math.Pi) + math.Log(k) + math.Log((n-k)/n))
	v := lc - lf
	return v, e1 + e2 + 4*eps*(math.Abs(v)+d1+d2+math.Abs(lf)+1)
}

// BinomialLogPMF returns log p(k) for Binomial(n, p), 0 < p < 1 and
// q = 1 − p (each to full relative precision), k a whole number in 0 … n,
// and a bound on its absolute error.
func BinomialLogPMF(k, n, p, q float64) (float64, float64) {
	return binomialLogPMF(k, n, p, q)
}
