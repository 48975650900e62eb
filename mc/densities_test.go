package mc

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distmv"
	"gonum.org/v1/gonum/stat/distuv"
)

// The log-densities of mc's own families equal gonum's at many points.
func TestLogDensitiesMatchGonum(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	type pair struct {
		name string
		mine Univariate
		ref  func(float64) float64
	}
	n1, _ := NormalDensity(-0.7, 2.5)
	e1, _ := ExponentialDensity(1.7)
	g1, _ := GammaDensity(0.4, 3)
	g2, _ := GammaDensity(7.5, 0.2)
	l1, _ := LaplaceDensity(1.5, 0.7)
	ln1, _ := LogNormalDensity(0.3, 0.8)
	b1, _ := BetaDensity(0.7, 2.5)
	for _, c := range []pair{
		{"laplace", l1, distuv.Laplace{Mu: 1.5, Scale: 0.7}.LogProb},
		{"lognormal", ln1, distuv.LogNormal{Mu: 0.3, Sigma: math.Sqrt(0.8)}.LogProb},
		{"beta", b1, distuv.Beta{Alpha: 0.7, Beta: 2.5}.LogProb},
		{"normal", n1, distuv.Normal{Mu: -0.7, Sigma: math.Sqrt(2.5)}.LogProb},
		{"exponential", e1, distuv.Exponential{Rate: 1.7}.LogProb},
		{"gamma small shape", g1, distuv.Gamma{Alpha: 0.4, Beta: 3}.LogProb},
		{"gamma", g2, distuv.Gamma{Alpha: 7.5, Beta: 0.2}.LogProb},
	} {
		for i := 0; i < 1000; i++ {
			x := 10 * rnd.Float64()
			switch {
			case c.name == "beta":
				x /= 10
			case i%2 == 1 && (c.name == "normal" || c.name == "laplace"):
				x = -x
			}
			got, _ := c.mine.LogProb([]float64{x})
			if want := c.ref(x); math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
				t.Errorf("%s at %v: %v, gonum %v", c.name, x, got, want)
				break
			}
		}
	}
	if l, _ := e1.LogProb([]float64{-1}); !math.IsInf(l, -1) {
		t.Errorf("exponential below its support: %v", l)
	}
}

// The samplers draw from the right law: E[x], E[x²] and E[log x] of
// Gamma(a, b) are a/b, a(a+1)/b² and ψ(a) − log b, checked within 5
// standard errors, for a shape below 1 (the boosted path) and above.
func TestGammaSamplerMoments(t *testing.T) {
	for _, ab := range [][2]float64{{0.3, 2}, {1, 1}, {4.5, 0.5}} {
		a, b := ab[0], ab[1]
		g, _ := GammaDensity(a, b)
		c := Config{N: 200_000, Seed: 11}
		for name, tc := range map[string]struct {
			f    func(x []float64) (float64, error)
			want float64
		}{
			"x":     {func(x []float64) (float64, error) { return x[0], nil }, a / b},
			"x^2":   {func(x []float64) (float64, error) { return x[0] * x[0], nil }, a * (a + 1) / (b * b)},
			"log x": {func(x []float64) (float64, error) { return math.Log(x[0]), nil }, mathext.Digamma(a) - math.Log(b)},
		} {
			e, err := Mean(g, tc.f, c)
			if err != nil {
				t.Fatal(err)
			}
			if z := (e.Value - tc.want) / e.StdErr; math.Abs(z) > 5 {
				t.Errorf("Gamma(%v, %v): E[%s] ≈ %v ± %v, want %v (z = %.1f)", a, b, name, e.Value, e.StdErr, tc.want, z)
			}
		}
	}
}

// The multivariate normal's log-density equals gonum's distmv, and a
// singular covariance is drawn from (on its support) but has no density.
func TestMVNDensity(t *testing.T) {
	mu := []float64{1, -2, 0.5}
	sigma := mat.NewSymDense(3, []float64{2, 0.3, -0.4, 0.3, 1, 0.2, -0.4, 0.2, 1.5})
	m, err := NewMVNDensity(mu, sigma)
	if err != nil {
		t.Fatal(err)
	}
	ref, ok := distmv.NewNormal(mu, sigma, nil)
	if !ok {
		t.Fatal("gonum: not positive definite")
	}
	rnd := rand.New(rand.NewPCG(3, 4))
	x := make([]float64, 3)
	for i := 0; i < 200; i++ {
		m.Rand(x, rnd)
		got, _ := m.LogProb(x)
		if want := ref.LogProb(x); math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
			t.Fatalf("at %v: %v, gonum %v", x, got, want)
		}
	}
	mean, cov, err := Moments(m, Config{N: 200_000, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if z := (mean[i].Value - mu[i]) / mean[i].StdErr; math.Abs(z) > 5 {
			t.Errorf("mean %d: %v ± %v, want %v", i, mean[i].Value, mean[i].StdErr, mu[i])
		}
		for j := 0; j < 3; j++ {
			e := cov[i*3+j]
			if z := (e.Value - sigma.At(i, j)) / e.StdErr; math.Abs(z) > 5 {
				t.Errorf("cov %d, %d: %v ± %v, want %v", i, j, e.Value, e.StdErr, sigma.At(i, j))
			}
		}
	}

	// Rank 1: x = μ + t (1, 2), so x₂ − μ₂ = 2 (x₁ − μ₁) for every draw.
	single := mat.NewSymDense(2, []float64{1, 2, 2, 4})
	s, err := NewMVNDensity([]float64{0, 1}, single)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LogProb([]float64{0, 1}); err == nil {
		t.Error("a singular normal has a density")
	}
	y := make([]float64, 2)
	for i := 0; i < 100; i++ {
		s.Rand(y, rnd)
		if math.Abs((y[1]-1)-2*y[0]) > 1e-9*(1+math.Abs(y[0])) {
			t.Fatalf("draw %v leaves the support", y)
		}
	}
}

// W2 by the optimal map and by the quantile coupling: for N(0, 1) and
// N(1, 4) both estimate √(1² + (1 − 2)²) = √2.
func TestW2(t *testing.T) {
	c := Config{N: 100_000, Seed: 2}
	want := math.Sqrt2
	e, err := W2Normal([]float64{0}, mat.NewSymDense(1, []float64{1}), []float64{1}, mat.NewSymDense(1, []float64{4}), c)
	if err != nil {
		t.Fatal(err)
	}
	if z, v := Verdict(e, want, 5); v != Agrees {
		t.Errorf("W2 by the map: %v ± %v, want %v (z = %.1f)", e.Value, e.StdErr, want, z)
	}
	q, err := W2Quantile(distuv.Normal{Mu: 0, Sigma: 1}.Quantile, distuv.Normal{Mu: 1, Sigma: 2}.Quantile, c)
	if z, v := Verdict(q, want, 5); err != nil || v != Agrees {
		t.Errorf("W2 by quantiles: %v ± %v, %v; want %v (z = %.1f)", q.Value, q.StdErr, err, want, z)
	}
	// Variance of Exponential(2) is 1/4.
	x, _ := ExponentialDensity(2)
	v, err := Variance(x, c)
	if z, verdict := Verdict(v, 0.25, 5); err != nil || verdict != Agrees {
		t.Errorf("variance %v ± %v, %v (z = %.1f)", v.Value, v.StdErr, err, z)
	}
}

// The samplers of Laplace, LogNormal and Beta by their moments: E[x] and
// E[x²] within 5 standard errors (Laplace: μ, μ² + 2b²; LogNormal:
// exp(μ + v/2), exp(2μ + 2v); Beta: a/(a+b), a(a+1)/((a+b)(a+b+1))).
func TestMoreSamplerMoments(t *testing.T) {
	l, _ := LaplaceDensity(1.5, 0.7)
	ln, _ := LogNormalDensity(0.3, 0.4)
	b, _ := BetaDensity(0.7, 2.5)
	for _, tc := range []struct {
		name   string
		d      Univariate
		m1, m2 float64
	}{
		{"laplace", l, 1.5, 1.5*1.5 + 2*0.49},
		{"lognormal", ln, math.Exp(0.3 + 0.2), math.Exp(0.6 + 0.8)},
		{"beta", b, 0.7 / 3.2, 0.7 * 1.7 / (3.2 * 4.2)},
	} {
		c := Config{N: 200_000, Seed: 13}
		e1, err1 := Mean(tc.d, func(x []float64) (float64, error) { return x[0], nil }, c)
		e2, err2 := Mean(tc.d, func(x []float64) (float64, error) { return x[0] * x[0], nil }, c)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		for k, e := range map[float64]Estimate{tc.m1: e1, tc.m2: e2} {
			if z := (e.Value - k) / e.StdErr; math.Abs(z) > 5 {
				t.Errorf("%s: %v ± %v, want %v (z = %.1f)", tc.name, e.Value, e.StdErr, k, z)
			}
		}
	}
}
