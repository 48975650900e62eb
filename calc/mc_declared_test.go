package calc

import (
	"math"
	"testing"

	"statcalc/dist"
	"statcalc/mc"
	"statcalc/metrics"
	"statcalc/sym"
)

// TestDeclaredEstimators runs the Monte-Carlo form of every declared
// integrand on two normals and two gammas and compares it with the closed
// form: within 5 standard errors, and the standard error small.
func TestDeclaredEstimators(t *testing.T) {
	p, _ := dist.NewMVN([]float64{0}, [][]float64{{1}})
	q, _ := dist.NewMVN([]float64{1}, [][]float64{{2}})
	gp, _ := dist.Gamma.NewFloat(2, 1)
	gq, _ := dist.Gamma.NewFloat(3, 2)
	sp, _ := gp.Sampler()
	sq, _ := gq.Sampler()
	checked := 0
	for _, d := range metrics.Divergences() {
		est, ok := declaredDensities(d.Name)
		if !ok {
			continue
		}
		for _, pair := range []struct {
			name string
			ps   []mc.Density
			want func() (float64, error)
		}{
			{"normals", []mc.Density{p, q}, func() (float64, error) { e, err := d.Normal(p, q); return e.Value, err }},
			{"gammas", []mc.Density{sp, sq}, func() (float64, error) {
				e, err := d.Family(gp, gq)
				if _, inf := infiniteValue(err); inf {
					return math.Inf(1), nil // χ² of these gammas: the mean of p/q diverges
				}
				if err != nil {
					// no closed form (js, tv, pearson): the quadrature
					g := func(θ ...float64) metrics.Piecewise {
						return metrics.Piecewise{ScalarDensity: dist.Gamma.Gonum(θ, nil), Lo: 0, Hi: math.Inf(1)}
					}
					n, err := metrics.Numeric(d, g(2, 1), g(3, 2))
					return n.Value, err
				}
				return sym.Float64(e)
			}},
		} {
			want, err := pair.want()
			if err != nil {
				t.Fatalf("%s of %s: %v", d.Name, pair.name, err)
			}
			if math.IsInf(want, 1) {
				continue // no finite value for Monte Carlo to estimate
			}
			e, err := est(pair.ps, mc.Config{N: 40000, Seed: 7})
			if err != nil {
				t.Fatalf("mc %s of %s: %v", d.Name, pair.name, err)
			}
			if !(e.StdErr > 0 && e.StdErr < 0.05) || math.Abs(e.Value-want) > 5*e.StdErr {
				t.Errorf("mc %s of %s: %g ± %g, closed form %g", d.Name, pair.name, e.Value, e.StdErr, want)
			}
			checked++
		}
	}
	if checked < 8 {
		t.Errorf("only %d declared integrands checked", checked)
	}
}
