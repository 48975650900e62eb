package dist

import (
	"math"
	"testing"

	"statcalc/sym"
)

// declaredLogPDF is log p(x) from a declaration: η · T(x) + log h(x) − A(η),
// or the closed form of a family that is not exponential.
func declaredLogPDF(d *Dist, x float64) float64 {
	xs := sym.Float(x)
	var e sym.Expr
	if d.Family.Eta == nil {
		e = d.Family.NonExp.LogPDF(xs, d.Theta)
	} else {
		η := d.NaturalParams()
		terms := []sym.Expr{d.Family.LogBase(xs, d.Theta), sym.Neg(d.LogPartitionAt(η))}
		for i, t := range d.Family.Stat(xs) {
			terms = append(terms, sym.Mul(η[i], t))
		}
		e = sym.Add(terms...)
	}
	v, _ := sym.Float64(e)
	return v
}

// TestDeclarationsAgreeWithGonum checks each family that declares a gonum
// form: its log-density, mean and variance against gonum's, and the
// declared cdf against the declared quantile.
func TestDeclarationsAgreeWithGonum(t *testing.T) {
	params := map[string][]float64{
		"N": {0.5, 2}, "Exponential": {1.5}, "Gamma": {2.5, 1.5}, "Beta": {2, 3.5}, "LogNormal": {0.3, 0.5},
		"Laplace": {1, 2}, "Chi2": {3}, "InverseGamma": {3.5, 2}, "Chi": {3}, "HalfNormal": {1.5},
		"Weibull": {1.5, 2}, "Pareto": {1, 3.5}, "Gumbel": {0.5, 2}, "Logistic": {1, 0.5}, "Cauchy": {1, 2},
		"StudentT":         {5, 1, 2},
		"NegativeBinomial": {3, 0.4}, "Kumaraswamy": {2, 3}, "TruncatedNormal": {0.5, 2, -1, 3}, "VonMises": {0.5, 2},
	}
	ranks := map[int]string{}
	for _, f := range Families() {
		if f.Doc == "" || f.Example == "" {
			t.Errorf("%s: no doc line or example for :help", f.Name)
		}
		if other, ok := ranks[f.Rank]; ok {
			t.Errorf("%s and %s share rank %d", f.Name, other, f.Rank)
		}
		ranks[f.Rank] = f.Name
		if f.Gonum == nil {
			continue
		}
		θ, ok := params[f.Name]
		if !ok {
			t.Errorf("%s declares a gonum form but has no test parameters here", f.Name)
			continue
		}
		d, err := f.NewFloat(θ...)
		if err != nil {
			t.Fatal(err)
		}
		g := f.Gonum(θ, nil)
		for _, p := range []float64{0.01, 0.2, 0.5, 0.8, 0.99} {
			x := g.Quantile(p)
			if c := g.CDF(x); f.Discrete && (c < p || g.CDF(x-1) >= p) {
				t.Errorf("%s%v: quantile(%g) = %g is not the least k with cdf(k) ≥ p: cdf = %g there, %g before", f.Name, θ, p, x, c, g.CDF(x-1))
			} else if !f.Discrete && math.Abs(c-p) > 1e-9 {
				t.Errorf("%s%v: cdf(quantile(%g)) = %g", f.Name, θ, p, c)
			}
			if q, err := d.Quantile(p); err != nil || q != x {
				t.Errorf("%s%v: Quantile(%g) = %g, %v; gonum %g", f.Name, θ, p, q, err, x)
			}
			if got, want := declaredLogPDF(d, x), g.LogProb(x); math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
				t.Errorf("%s%v: log p(%g) = %.17g from the declaration, %.17g from gonum", f.Name, θ, x, got, want)
			}
			if prob, ok := g.(interface{ Prob(float64) float64 }); ok {
				if got, want := math.Exp(g.LogProb(x)), prob.Prob(x); math.Abs(got-want) > 1e-13*want {
					t.Errorf("%s%v: exp(LogProb(%g)) = %g, Prob = %g", f.Name, θ, x, got, want)
				}
			}
			if f.Support != nil && !f.Support(x, θ) {
				t.Errorf("%s%v: the quantile %g lies outside the declared support", f.Name, θ, x)
			}
			if f.Values == PositiveReals && !(x > 0) || f.Values == OpenUnit && !(x > 0 && x < 1) {
				t.Errorf("%s%v: the quantile %g lies outside the declared set %v", f.Name, θ, x, f.Values)
			}
		}
		moments, ok := g.(interface {
			Mean() float64
			Variance() float64
		})
		if !ok || f.Mean == nil || f.MomentExists != nil && !f.MomentExists(θ, 2) {
			continue
		}
		m, _ := sym.Float64(f.Mean(d.Theta))
		v, _ := sym.Float64(f.Variance(d.Theta))
		if math.Abs(m-moments.Mean()) > 1e-12*math.Abs(m) || math.Abs(v-moments.Variance()) > 1e-12*v {
			t.Errorf("%s%v: mean, variance %g, %g declared; gonum %g, %g", f.Name, θ, m, v, moments.Mean(), moments.Variance())
		}
		if f.RawMoment != nil {
			m1, _ := sym.Float64(f.RawMoment(d.Theta, 1))
			m2, _ := sym.Float64(f.RawMoment(d.Theta, 2))
			if math.Abs(m1-m) > 1e-12*math.Abs(m) || math.Abs(m2-m*m-v) > 1e-10*(m*m+v) {
				t.Errorf("%s%v: raw moments %g, %g disagree with mean %g and variance %g", f.Name, θ, m1, m2, m, v)
			}
		}
	}
}
