package metrics

import (
	"math"
	"testing"

	"statcalc/dist"
	"statcalc/sym"
)

// TestNumericMatchesClosedForms runs the quadrature route on pairs that
// have closed forms and compares, and checks the error it reports.
func TestNumericMatchesClosedForms(t *testing.T) {
	pairs := []struct {
		family *dist.Family
		p, q   []float64
	}{
		{dist.Normal, []float64{0, 1}, []float64{1, 2}},
		{dist.Gamma, []float64{2, 1}, []float64{3, 2}},
		{dist.Beta, []float64{2, 3}, []float64{0.5, 4}},
		{dist.Cauchy, []float64{0, 3}, []float64{1, 1}},
		{dist.Weibull, []float64{2, 1}, []float64{3, 2}},
		{dist.Gumbel, []float64{0, 1}, []float64{1, 2}},
	}
	for _, d := range Divergences() {
		if d.Integrand == nil || !d.Integrand.Linear {
			continue
		}
		for _, pr := range pairs {
			p, _ := pr.family.NewFloat(pr.p...)
			q, _ := pr.family.NewFloat(pr.q...)
			e, err := d.Family(p, q)
			if err != nil {
				continue // no closed form to compare with (Bhattacharyya of Laplace)
			}
			want, _ := sym.Float64(e)
			got, err := Numeric(d, pr.family.Gonum(pr.p, nil), pr.family.Gonum(pr.q, nil))
			if err != nil {
				t.Errorf("%s of %s: %v", d.Name, pr.family.Name, err)
				continue
			}
			if diff := math.Abs(got.Value - want); diff > 1e-12*math.Abs(want) || diff > 10*got.RelErr*math.Abs(want)+1e-300 {
				t.Errorf("%s of %s%v, %s%v: quadrature %.17g (relerr %.2g), closed form %.17g",
					d.Name, pr.family.Name, pr.p, pr.family.Name, pr.q, got.Value, got.RelErr, want)
			}
			if got.RelErr > 1e-11 {
				t.Errorf("%s of %s: reported relative error %g", d.Name, pr.family.Name, got.RelErr)
			}
		}
	}
}

// TestNumericAcrossFamilies checks KL(Exponential(2)‖Gamma(3, 1)) against
// its closed form 2 log 2 − 1 ... computed by hand: E_p[log p] = log 2 − 1,
// E_p[log q] = −log Γ(3) + 2 E[log x] − E[x], E[log x] = −γ − log 2, E[x] = 1/2.
func TestNumericAcrossFamilies(t *testing.T) {
	p, _ := dist.Exponential.NewFloat(2)
	q, _ := dist.Gamma.NewFloat(3, 1)
	kl, _ := LookupDivergence("kl")
	got, err := Numeric(kl, p.Family.Gonum([]float64{2}, nil), q.Family.Gonum([]float64{3, 1}, nil))
	if err != nil {
		t.Fatal(err)
	}
	const euler = 0.57721566490153286061
	want := (math.Ln2 - 1) - (-math.Log(2) + 2*(-euler-math.Ln2) - 0.5)
	if math.Abs(got.Value-want) > 1e-13*want {
		t.Errorf("KL(Exponential(2)‖Gamma(3, 1)) = %.17g, want %.17g", got.Value, want)
	}
	// Disjoint supports: Uniform has no gonum form, so two gammas against a
	// shifted Pareto stand in: q = 0 below x_m.
	pq, _ := dist.Pareto.NewFloat(1, 3)
	_, err = Numeric(kl, q.Family.Gonum([]float64{3, 1}, nil), pq.Family.Gonum([]float64{1, 3}, nil))
	if err != ErrNumericInfinite {
		t.Errorf("KL(Gamma‖Pareto) = finite (%v), want ErrNumericInfinite", err)
	}
}
