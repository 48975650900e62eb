package dist

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mathext"
)

// TestQuantile checks F⁻¹(p) against closed forms and, for the gamma
// and beta families, by putting it back into the regularised incomplete
// gamma and beta functions: F(F⁻¹(p)) = p.
func TestQuantile(t *testing.T) {
	const z999 = 3.090232306167813 // Φ⁻¹(0.999), mpmath
	for _, c := range []struct {
		f    *Family
		θ    []float64
		p    float64
		want float64
	}{
		{Normal, []float64{1, 4}, 0.999, 1 + 2*z999},
		{Normal, []float64{1, 4}, 0.001, 1 - 2*z999},
		{Exponential, []float64{2}, 0.999, -math.Log(0.001) / 2},
		{Uniform, []float64{-1, 3}, 0.25, 0},
		{Laplace, []float64{1, 0.5}, 0.999, 1 - 0.5*math.Log(2*0.001)},
		{LogNormal, []float64{0, 1}, 0.001, math.Exp(-z999)},
	} {
		d, err := c.f.NewFloat(c.θ...)
		if err != nil {
			t.Fatal(err)
		}
		got, err := d.Quantile(c.p)
		if err != nil || math.Abs(got-c.want) > 1e-12*math.Max(1, math.Abs(c.want)) {
			t.Errorf("%s%v.Quantile(%g) = %.17g, %v; want %.17g", c.f.Name, c.θ, c.p, got, err, c.want)
		}
	}
	for _, p := range []float64{0.001, 0.5, 0.999} {
		g, _ := Gamma.NewFloat(0.5, 2)
		q, err := g.Quantile(p)
		if F := mathext.GammaIncReg(0.5, 2*q); err != nil || math.Abs(F-p) > 1e-12 {
			t.Errorf("Gamma(0.5, 2): F(Q(%g)) = %.17g, %v", p, F, err)
		}
		b, _ := Beta.NewFloat(2, 5)
		q, err = b.Quantile(p)
		if F := mathext.RegIncBeta(2, 5, q); err != nil || math.Abs(F-p) > 1e-12 {
			t.Errorf("Beta(2, 5): F(Q(%g)) = %.17g, %v", p, F, err)
		}
	}
	// Discrete families: the least k with F(k) ≥ p, F summed here.
	for _, c := range []struct {
		f   *Family
		θ   []float64
		pmf func(k float64) float64
	}{
		{Poisson, []float64{3}, func(k float64) float64 { lg, _ := math.Lgamma(k + 1); return math.Exp(k*math.Log(3) - 3 - lg) }},
		{Poisson, []float64{0.01}, func(k float64) float64 {
			lg, _ := math.Lgamma(k + 1)
			return math.Exp(k*math.Log(0.01) - 0.01 - lg)
		}},
		{Binomial, []float64{10, 0.3}, func(k float64) float64 {
			lc, _ := math.Lgamma(11)
			l1, _ := math.Lgamma(k + 1)
			l2, _ := math.Lgamma(11 - k)
			return math.Exp(lc - l1 - l2 + k*math.Log(0.3) + (10-k)*math.Log(0.7))
		}},
		{Bernoulli, []float64{0.3}, func(k float64) float64 { return []float64{0.7, 0.3}[int(k)] }},
		{Geometric, []float64{0.2}, func(k float64) float64 {
			if k < 1 {
				return 0
			}
			return 0.2 * math.Pow(0.8, k-1)
		}},
	} {
		d, err := c.f.NewFloat(c.θ...)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []float64{0.001, 0.25, 0.5, 0.999} {
			want, F := 0.0, c.pmf(0)
			for F < p-1e-12 {
				want++
				F += c.pmf(want)
			}
			if got, err := d.Quantile(p); err != nil || got != want {
				t.Errorf("%s%v.Quantile(%g) = %g, %v; want %g", c.f.Name, c.θ, p, got, err, want)
			}
		}
	}
	cat, err := Categorical.NewFloat(0.2, 0.8)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cat.Quantile(0.5); err == nil || !strings.Contains(err.Error(), "no quantile") {
		t.Errorf("Categorical: %v, want no quantile function", err)
	}
	n, _ := Normal.NewFloat(0, 1)
	if _, err := n.Quantile(1); err == nil {
		t.Error("Quantile(1): no error")
	}
}
