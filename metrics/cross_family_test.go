package metrics

import (
	"math"
	"math/big"
	"testing"

	"statcalc/dist"
	"statcalc/internal/quad"
	"statcalc/sym"
)

// TestKLAcrossFamiliesAgainstQuadrature checks the closed forms between two
// families (log q's expectation under p, term by term) against adaptive
// Gauss–Kronrod quadrature of p log(p/q) with gonum's densities, which
// share no code with them.
func TestKLAcrossFamiliesAgainstQuadrature(t *testing.T) {
	member := func(name string, θ ...float64) *dist.Dist {
		f, ok := dist.LookupFamily(name)
		if !ok {
			t.Fatalf("no family %s", name)
		}
		es := make([]sym.Expr, len(θ))
		for i, v := range θ {
			es[i] = sym.Rat(new(big.Rat).SetFloat64(v))
		}
		return &dist.Dist{Family: f, Theta: es}
	}
	cases := []struct{ p, q *dist.Dist }{
		{member("Exponential", 1), member("Gamma", 2, 1)},
		{member("Exponential", 0.3), member("Gamma", 0.7, 2.5)},
		{member("Gamma", 2, 1), member("Exponential", 1)},
		{member("Gamma", 3.5, 0.4), member("Exponential", 2)},
		{member("Chi2", 3), member("Gamma", 1, 0.25)},
		{member("Gamma", 2, 3), member("Chi2", 4)},
		{member("Weibull", 2, 1), member("Exponential", 3)},
		{member("Weibull", 0.7, 2), member("Gamma", 0.5, 0.2)},
		{member("Gamma", 2, 3), member("Weibull", 2, 1)},
		{member("Gamma", 2, 3), member("LogNormal", 0, 1)},
		{member("LogNormal", 0.5, 0.3), member("Gamma", 2, 1)},
		{member("HalfNormal", 1), member("Exponential", 1)},
		{member("Exponential", 1), member("HalfNormal", 2)},
		{member("InverseGamma", 3, 2), member("LogNormal", 0, 1)},
		{member("Beta", 2, 3), member("Uniform", 0, 1)},
		{member("Uniform", 0, 1), member("Beta", 0.5, 0.5)},
		{member("Pareto", 1, 3), member("Exponential", 1)},
		{member("Pareto", 2, 4), member("Gamma", 3, 1)},
		{member("Gumbel", 0, 1), member("N", 0, 1)},
		{member("Logistic", 1, 2), member("N", 0, 3)},
		{member("StudentT", 5, 0, 1), member("N", 0, 1)},
		{member("Laplace", 0, 1), member("N", 0.5, 2)},
		{member("N", 0, 1), member("Laplace", 0, 1)},
	}
	for _, c := range cases {
		name := c.p.Family.Name + "‖" + c.q.Family.Name
		e, err := KL(c.p, c.q)
		if err != nil {
			if c.p.Family == dist.Normal && c.q.Family == dist.Laplace {
				continue // E|x| under a normal is not among the moments
			}
			t.Errorf("%s: %v", name, err)
			continue
		}
		closed, err := sym.Float64(e)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		θp, _ := c.p.Floats()
		θq, _ := c.q.Floats()
		gp, gq := gonumForm(c.p.Family, θp), gonumForm(c.q.Family, θq)
		lo, hi := math.Inf(-1), math.Inf(1)
		if l, h, ok := c.p.SupportEnds(); ok {
			if l != nil {
				lo, _ = sym.Float64(l)
			}
			if h != nil {
				hi, _ = sym.Float64(h)
			}
		}
		r, err := quad.Integrate(func(x float64) (float64, error) {
			lp := gp(x)
			if math.IsInf(lp, -1) {
				return 0, nil
			}
			return math.Exp(lp) * (lp - gq(x)), nil
		}, lo, hi)
		if err != nil {
			t.Errorf("%s: quadrature: %v", name, err)
			continue
		}
		if d := math.Abs(closed - r.Value); d > 1e-10*math.Max(1, math.Abs(r.Value)) {
			t.Errorf("%s: closed form %.17g, quadrature %.17g (difference %.2g)", name, closed, r.Value, d)
		}
	}
}

// gonumForm is a member's log-density from gonum (the uniform's written
// out, as gonum's is not a family form here).
func gonumForm(f *dist.Family, θ []float64) func(float64) float64 {
	if f == dist.Uniform {
		return func(x float64) float64 {
			if x < θ[0] || x > θ[1] {
				return math.Inf(-1)
			}
			return -math.Log(θ[1] - θ[0])
		}
	}
	g := f.Gonum(θ, nil)
	return g.LogProb
}
