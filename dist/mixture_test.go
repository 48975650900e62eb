package dist

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/integrate/quad"
	"gonum.org/v1/gonum/stat"

	"statcalc/sym"
)

func testMixture(t *testing.T) *Dist {
	a, _ := Normal.NewFloat(-1, 1)
	b, _ := Laplace.NewFloat(2, 0.5)
	m, err := NewMixture([]float64{0.3, 0.7}, []*Dist{a, b})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestMixtureForms checks the mixture's gonum form against itself and its
// declared moments: the density integrates to 1, the quantile inverts the
// cdf, and 200000 draws have the declared mean and variance within five
// standard errors.
func TestMixtureForms(t *testing.T) {
	m := testMixture(t)
	θ, _ := m.Floats()
	g := m.Family.Gonum(θ, rand.NewPCG(1, 2))
	density := func(x float64) float64 { return math.Exp(g.LogProb(x)) }
	total := quad.Fixed(density, -40, 2, 2000, nil, 0) + quad.Fixed(density, 2, 40, 2000, nil, 0) // split at the kink
	if math.Abs(total-1) > 1e-9 {
		t.Errorf("∫p = %.12g, want 1", total)
	}
	for _, u := range []float64{1e-9, 0.01, 0.3, 0.5, 0.9, 1 - 1e-9} {
		if c := g.CDF(g.Quantile(u)); math.Abs(c-u) > 1e-12 {
			t.Errorf("F(F⁻¹(%g)) = %.15g", u, c)
		}
	}
	mean, _ := sym.Float64(m.Family.Mean(m.Theta))
	variance, _ := sym.Float64(m.Family.Variance(m.Theta))
	// 0.3(−1) + 0.7·2; 0.3(1 + 1) + 0.7(2·0.25 + 4) − 1.1²
	if math.Abs(mean-1.1) > 1e-15 || math.Abs(variance-(0.6+0.7*4.5-1.21)) > 1e-14 {
		t.Errorf("mean, var = %g, %g", mean, variance)
	}
	xs := make([]float64, 200000)
	for i := range xs {
		xs[i] = g.Rand()
	}
	sm, sv := stat.MeanVariance(xs, nil)
	if se := math.Sqrt(variance / float64(len(xs))); math.Abs(sm-mean) > 5*se {
		t.Errorf("sample mean %g, want %g ± %g", sm, mean, se)
	}
	if math.Abs(sv-variance) > 0.05*variance {
		t.Errorf("sample variance %g, want %g", sv, variance)
	}
	if k := m.Family.Kinks(θ); len(k) != 1 || k[0] != 2 {
		t.Errorf("kinks %v, want Laplace's μ = 2", k)
	}
}

func TestMixtureRefusals(t *testing.T) {
	a, _ := Normal.NewFloat(0, 1)
	p, _ := Poisson.NewFloat(2)
	for _, c := range []struct {
		w     []float64
		comps []*Dist
		want  string
	}{
		{[]float64{0.5, 0.6}, []*Dist{a, a}, "sum to 1.1, not 1"},
		{[]float64{-0.5, 1.5}, []*Dist{a, a}, "must be positive"},
		{[]float64{1}, []*Dist{a, a}, "1 weight(s) for 2"},
		{[]float64{0.5, 0.5}, []*Dist{a, p}, "continuous distribution of one variable"},
	} {
		if _, err := NewMixture(c.w, c.comps); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("NewMixture(%v): %v, want an error with %q", c.w, err, c.want)
		}
	}
}
