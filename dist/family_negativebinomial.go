package dist

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/internal/quad"
	"statcalc/sym"
)

// NegativeBinomial is NegativeBinomial(r, p), the number of failures
// before the r-th success in trials of success probability p, for any
// real r > 0:
//
//	p(k) = Γ(k + r)/(Γ(r) k!) p^r (1 − p)^k,  k = 0, 1, 2, …,
//
// mean r(1 − p)/p, variance r(1 − p)/p². For fixed r it is an exponential
// family with η = log(1 − p), T(k) = k, A(η) = −r log(1 − e^η) and
// h(k) = Γ(k + r)/(Γ(r) k!) (Johnson, Kemp & Kotz 2005, ch. 5); r is fixed
// like the n of a binomial. NegativeBinomial(r, 1) is the point mass at 0.
var NegativeBinomial = register(&Family{
	Name: "NegativeBinomial", Doc: "negative binomial: failures before the r-th success, Γ(k+r)/(Γ(r) k!) p^r (1−p)^k, k ≥ 0, mean r(1−p)/p; r > 0 fixed",
	Example: "kl(NegativeBinomial(3, 0.4), NegativeBinomial(3, 0.5))", Discrete: true,
	Rank:   85,
	Params: []Param{{Name: "r", Domain: Positive, Fixed: true}, {Name: "p", Domain: UnitInterval, Degenerate: []float64{1}}},
	Atom:   func(θ []float64) (float64, bool) { return 0, θ[1] == 1 },
	Eta:    func(θ []sym.Expr) []sym.Expr { return []sym.Expr{log(sym.Sub(one, θ[1]))} },
	// A(η) = −r log(1 − e^η)
	LogPartition: func(η, θ []sym.Expr) sym.Expr { return sym.Neg(sym.Mul(θ[0], log(sym.Sub(one, exp(η[0]))))) },
	NaturalSpace: negativeSpace, // η < 0
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{x} },
	// h(k) = Γ(k + r)/(Γ(r) k!)
	LogBase: func(x sym.Expr, θ []sym.Expr) sym.Expr {
		return sym.Sub(lgamma(sym.Add(x, θ[0])), sym.Add(lgamma(θ[0]), lgamma(sym.Add(x, one))))
	},
	MeanLogBase: func(θ []sym.Expr) (sym.Expr, error) {
		e, _, err := negBinomialMeanLogBase(θ, 0)
		return e, err
	},
	MeanLogBaseTo: negBinomialMeanLogBase,
	Support:       countSupport,
	Values:        Naturals,
	Mean:          func(θ []sym.Expr) sym.Expr { return sym.Div(sym.Mul(θ[0], sym.Sub(one, θ[1])), θ[1]) },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Div(sym.Mul(θ[0], sym.Sub(one, θ[1])), sym.Pow(θ[1], two))
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return negBinomialDist{r: θ[0], p: θ[1], q: 1 - θ[1], src: src}
	},
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		return negBinomialTail(θ, x, false)
	},
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		return negBinomialTail(θ, x, true)
	},
})

// negBinomialTail returns F(k) = P(X ≤ k) = I_p(r, k + 1), or the
// survival S(k) = P(X > k) = I_(1−p)(k + 1, r) when upper is set, k = ⌊x⌋,
// with a bound on its relative error (Johnson, Kemp & Kotz 2005, §5.6:
// P(X ≤ k) is the probability of at least r successes in r + k trials).
// The smaller of the two is computed by betaI (1 − p rounds by half an
// ulp when p < ½, exact from ½ on); the other is 1 minus it, with its
// absolute error.
func negBinomialTail(θ []float64, x float64, upper bool) (float64, float64) {
	r, p, k := θ[0], θ[1], math.Floor(x)
	if k < 0 {
		if upper {
			return 1, 0
		}
		return 0, 0
	}
	F, rF := betaI(r, k+1, p, 0)
	S, rS := betaI(k+1, r, 1-p, ulp/2)
	v, rv, other, rOther := F, rF, S, rS
	if upper {
		v, rv, other, rOther = S, rS, F, rF
	}
	if v <= other {
		return v, rv
	}
	if other == 0 {
		return 1, ulp // the other below the float64 range
	}
	return 1 - other, other*rOther/(1-other) + ulp
}

// negBinomialSumVar is the largest variance r(1 − p)/p² whose entropy is
// summed term by term (at most a few million terms); beyond it the
// Euler–Maclaurin formula takes over (negBinomialEntropyEM).
const negBinomialSumVar = 1e10

// negBinomialHead is the number of terms summed exactly before the
// Euler–Maclaurin formula takes over.
const negBinomialHead = 100_000

// NegBinomialEntropy returns the entropy H = −Σ p(k) log p(k) of
// NegativeBinomial(r, p) with numeric parameters and a bound on its
// absolute error, summed outward from the mode with the log-probabilities
// of negBinomialLogPMF, whose terms stay small for any k; for a variance
// beyond negBinomialSumVar, by the Euler–Maclaurin formula.
func NegBinomialEntropy(r, p sym.Expr) (float64, float64, error) {
	rf, err := numeric(r)
	if err != nil {
		return 0, 0, err
	}
	pf, err := numeric(p)
	if err != nil {
		return 0, 0, err
	}
	qf, err := numeric(sym.Sub(one, p)) // from the exact q: 1 − pf loses q's digits when p is near 1
	if err != nil {
		return 0, 0, err
	}
	if qf == 0 {
		return 0, 0, nil
	}
	if v := rf * qf / (pf * pf); v > negBinomialSumVar {
		return negBinomialEntropyEM(rf, pf, qf, v)
	}
	logp := func(k float64) (float64, float64) { return negBinomialLogPMF(k, rf, pf, qf) }
	ratio := func(k float64, up bool) float64 {
		if up {
			if rf < 1 {
				return qf // (k + r)/(k + 1) q ≤ q
			}
			return (k + rf) / (k + 1) * qf
		}
		return k / ((k + rf - 1) * qf)
	}
	mode := 0.0
	if rf > 1 {
		mode = math.Floor((rf - 1) * qf / pf)
	}
	h, herr := entropySum(mode, 0, math.Inf(1), logp, ratio)
	return h, herr, nil
}

// negBinomialEntropyEM returns the entropy of a negative binomial of
// variance v > negBinomialSumVar, where the sum would be too long, as
//
//	H = Σ_(k<K) f(k) + ∫_K^∞ f(x) dx + f(K)/2 − f′(K)/12 + R,
//	f(x) = −p(x) log p(x),
//
// the Euler–Maclaurin formula (DLMF 2.10.1) with K = negBinomialHead and
// log p(x) extended to real x by negBinomialLogPMF (Loader's form holds
// for real arguments). Beyond K the pmf varies on a scale of at least K,
// so |R| ≤ |f‴(K)|/720 is of order |f′(K)|/K²; the bound returned adds that,
// the quadrature's error estimate (split around the mode, where the mass
// is) and the head's rounding.
func negBinomialEntropyEM(r, p, q, v float64) (float64, float64, error) {
	const K = negBinomialHead
	f := func(x float64) float64 {
		lp, _ := negBinomialLogPMF(x, r, p, q)
		return -math.Exp(lp) * lp
	}
	var head, headErr float64
	for k := 0.0; k < K; k++ {
		lp, le := negBinomialLogPMF(k, r, p, q)
		pk := math.Exp(lp)
		head += -pk * lp
		headErr += pk * (le + math.Abs(lp)*eps)
	}
	mode := math.Max(0, (r-1)*q/p)
	sd := math.Sqrt(v)
	pts := []float64{K}
	for _, x := range []float64{mode - 40*sd, mode - 5*sd, mode, mode + 5*sd, mode + 40*sd} {
		if x > pts[len(pts)-1] {
			pts = append(pts, x)
		}
	}
	// Beyond the mode the pmf falls at least like (1 − p)^x: past
	// hi = mode + 40σ + 50/p what is left is below e^(−50) of the peak.
	hi := mode + 40*sd + 50/p
	if hi > pts[len(pts)-1] {
		pts = append(pts, hi)
	}
	var integral, quadErr float64
	for i := 0; i+1 < len(pts); i++ {
		res, err := quad.Integrate(func(x float64) (float64, error) { return f(x), nil }, pts[i], pts[i+1])
		if err != nil {
			return 0, 0, fmt.Errorf("the entropy of NegativeBinomial(%g, %g): %v", r, p, err)
		}
		integral += res.Value
		quadErr += res.AbsErr
	}
	d1 := (f(K+1) - f(K-1)) / 2
	h := head + integral + f(K)/2 - d1/12
	tail := f(hi) / p // ∫_hi^∞ f ≤ f(hi)/p for a tail falling like (1 − p)^x
	return h, headErr + quadErr + tail + math.Abs(d1)/(K*K) + 4*eps*math.Abs(h), nil
}

// negBinomialMeanLogBase is E[log h(k)] = −H − μ log(1 − p) − r log p,
// μ = r(1 − p)/p, from log p(k) = log h(k) + k log(1 − p) + r log p. H is
// a float64 sum whatever the digits asked; its bound says how many hold.
func negBinomialMeanLogBase(θ []sym.Expr, _ int) (sym.Expr, float64, error) {
	r, p := θ[0], θ[1]
	if pf, err := numeric(p); err == nil && pf == 1 {
		return zero, 0, nil // the point mass at 0, where h(0) = 1
	}
	h, herr, err := NegBinomialEntropy(r, p)
	if err != nil {
		return nil, 0, err
	}
	q := sym.Sub(one, p)
	μ := sym.Div(sym.Mul(r, q), p)
	return sym.Neg(sym.Add(exactFloat(h), sym.Mul(μ, log(q)), sym.Mul(r, log(p)))), herr, nil
}

// stirlerrReal is stirlerr for any real x > 0: the table or the series
// where they apply, else log Γ(x + 1) − (x + ½) log x + x − ½ log 2π,
// whose terms are all small below 15.
func stirlerrReal(x float64) float64 {
	if x > 15 || x == math.Trunc(x) {
		return stirlerr(x)
	}
	lg, _ := math.Lgamma(x + 1)
	return lg - (x+0.5)*math.Log(x) + x - 0.5*math.Log(2*math.Pi)
}

// negBinomialLogPMF returns log p(k) of NegativeBinomial(r, p), q = 1 − p,
// and a bound on its absolute error: p(0) = p^r, and for k ≥ 1
// p(k) = r/(r + k) · b(r; r + k, p), b the binomial probability of r
// successes in r + k trials written as in binomialLogPMF (Loader 2000):
// log b = stirlerr(n) − stirlerr(r) − stirlerr(k) − bd0(r, np) − bd0(k, nq)
// − ½ log(2π r k/n), n = r + k.
func negBinomialLogPMF(k, r, p, q float64) (float64, float64) {
	if k == 0 {
		v := r * math.Log(p)
		if p > 0.5 {
			v = r * math.Log1p(-q)
		}
		return v, 4 * eps * math.Abs(v)
	}
	n := r + k
	d1, e1 := bd0(r, n*p)
	d2, e2 := bd0(k, n*q)
	lc := stirlerrReal(n) - stirlerrReal(r) - stirlerrReal(k) - d1 - d2
	lf := 0.5 * (math.Log(2*math.Pi) + math.Log(r) + math.Log(k/n))
	v := math.Log(r/n) + lc - lf
	return v, e1 + e2 + 8*eps*(math.Abs(v)+d1+d2+math.Abs(lf)+1)
}

// negBinomialDist is the float64 form of NegativeBinomial(r, p): the
// log-probability above, the cdf F(k) = I_p(r, k + 1) (regularised
// incomplete beta), the quantile by search on it, and sampling as a
// gamma–Poisson mixture, k ~ Poisson(λ), λ ~ Gamma(r, rate p/(1 − p)).
type negBinomialDist struct {
	r, p, q float64
	src     rand.Source
}

func (d negBinomialDist) LogProb(x float64) float64 {
	if x < 0 || x != math.Trunc(x) {
		return math.Inf(-1)
	}
	v, _ := negBinomialLogPMF(x, d.r, d.p, d.q)
	return v
}

func (d negBinomialDist) CDF(x float64) float64 {
	if x < 0 {
		return 0
	}
	return mathext.RegIncBeta(d.r, math.Floor(x)+1, d.p)
}

func (d negBinomialDist) Quantile(u float64) float64 {
	k, err := discreteQuantile(d.CDF, u, math.Inf(1))
	if err != nil {
		return math.NaN()
	}
	return k
}

func (d negBinomialDist) Rand() float64 {
	λ := distuv.Gamma{Alpha: d.r, Beta: d.p / d.q, Src: d.src}.Rand()
	return distuv.Poisson{Lambda: λ, Src: d.src}.Rand()
}
