package dist

import (
	"errors"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Poisson is Poisson(λ): λ^x e^{−λ}/x!, x = 0, 1, 2, …
var Poisson = register(&Family{
	Name: "Poisson", Doc: "Poisson with mean λ: λ^x exp(−λ)/x!", Discrete: true,
	Example: "kl(Poisson(3), Poisson(4))",
	Params:  []Param{{Name: "lambda", Domain: Positive, Degenerate: []float64{0}}},
	Eta:     func(θ []sym.Expr) []sym.Expr { return []sym.Expr{log(θ[0])} },
	// A(η) = e^η
	LogPartition: func(η, _ []sym.Expr) sym.Expr { return exp(η[0]) },
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{x} },
	LogBase:      func(x sym.Expr, _ []sym.Expr) sym.Expr { return sym.Neg(lgamma(sym.Add(x, one))) },
	MeanLogBase: func(θ []sym.Expr) (sym.Expr, error) {
		e, _, err := poissonMeanLogBase(θ, 0)
		return e, err
	},
	MeanLogBaseTo: poissonMeanLogBase,
	MeanLogBaseMethod: func(θ []float64) string {
		if θ[0] >= poissonSeriesFrom {
			return "−(λ log λ − λ + H(λ)), H(λ) = ½ log(2πeλ) − 1/(12λ) − 1/(24λ²) − 19/(360λ³) − … (asymptotic series)"
		}
		return "−(λ log λ − λ + H(λ)), H(λ) = −Σ p(k) log p(k) summed with accurate log p(k) (Loader 2000)"
	},
	// Poisson(0) is the point mass at 0.
	Atom:     func(θ []float64) (float64, bool) { return 0, θ[0] == 0 },
	Support:  countSupport,
	Mean:     func(θ []sym.Expr) sym.Expr { return θ[0] },
	Variance: func(θ []sym.Expr) sym.Expr { return θ[0] },
	// E[x(x−1)…(x−j+1)] = λ^j
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		return fromFactorial(k, func(j int) sym.Expr { return sym.Pow(θ[0], sym.Int(int64(j))) })
	},
	LogPMF: func(θ []float64) func(float64) (float64, float64) {
		λ := θ[0]
		return func(k float64) (float64, float64) {
			if k < 0 || k != math.Trunc(k) {
				return math.Inf(-1), 0
			}
			return poissonLogPMF(k, λ)
		}
	},
	Sample: func(θ []float64) *Sampler {
		λ := θ[0]
		return scalarDraws(distuv.Poisson{Lambda: λ}.LogProb,
			func(rnd *rand.Rand) float64 { return distuv.Poisson{Lambda: λ, Src: rnd}.Rand() })
	},
	Quantile: func(θ []float64, p float64) (float64, error) {
		return discreteQuantile(distuv.Poisson{Lambda: θ[0]}.CDF, p, math.Inf(1))
	},
	// Fisher–Rao: ∫ √F dλ = ∫ dλ/√λ, d = 2|√λ₁ − √λ₂|.
	RaoDistance: func(p, q []sym.Expr) sym.Expr {
		return sym.Mul(two, abs(sym.Sub(sqrtPow(p[0]), sqrtPow(q[0]))))
	},
	Rank:   50,
	Values: Naturals,
	// Σ_{j ≤ k} e^{−λ} λ^j/j! in closed form for a numeric x, k = ⌊x⌋ ≤
	// 1000; numerically Q(k + 1, λ), the regularized upper incomplete
	// gamma function.
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		k, long, err := wholePart(x, 1000)
		switch {
		case err != nil:
			return nil, err
		case long:
			return nil, errors.New("the cdf of Poisson is written out as a sum only up to x = 1000; beyond, give numeric parameters")
		case k < 0:
			return zero, nil
		}
		terms := make([]sym.Expr, k+1)
		for j := range terms {
			terms[j] = sym.Div(sym.Pow(θ[0], sym.Int(int64(j))), factorial(j))
		}
		return sym.Mul(exp(sym.Neg(θ[0])), sym.Add(terms...)), nil
	},
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		if x < 0 {
			return 0, 0
		}
		return gammaQ(math.Floor(x)+1, θ[0], 0)
	},
})

// The entropy of Poisson(λ) needs E[log x!], a series whose terms cancel
// against λ log λ − λ as λ grows, so the entropy H(λ) is computed (see
// discrete.go) and E[log x!] = λ log λ − λ + H(λ).

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

// poissonLogPMF returns log p(k) for Poisson(λ), λ > 0, and a bound on
// its absolute error:
// log p(k) = −stirlerr(k) − bd0(k, λ) − ½ log(2πk), and −λ at k = 0.
func poissonLogPMF(k, λ float64) (float64, float64) {
	if k == 0 {
		return -λ, eps * λ
	}
	d, derr := bd0(k, λ)
	l := 0.5 * math.Log(2*math.Pi*k)
	v := -stirlerr(k) - d - l
	return v, derr + 4*eps*(math.Abs(v)+d+l+1)
}
