package fisher

import (
	"math"
	"math/rand/v2"
	"testing"

	"statcalc/dist"
	"statcalc/metrics"
	"statcalc/sym"
)

func member(t *testing.T, f *dist.Family, θ ...float64) *dist.Dist {
	t.Helper()
	d, err := f.NewFloat(θ...)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func floats(t *testing.T, es [][]sym.Expr) [][]float64 {
	t.Helper()
	out := make([][]float64, len(es))
	for i, row := range es {
		out[i] = make([]float64, len(row))
		for j, e := range row {
			v, err := sym.Float64(e)
			if err != nil {
				t.Fatal(err)
			}
			out[i][j] = v
		}
	}
	return out
}

var cases = []struct {
	f *dist.Family
	θ []float64
}{
	{dist.Normal, []float64{0.7, 2.5}},
	{dist.Exponential, []float64{1.7}},
	{dist.Gamma, []float64{2.3, 1.4}},
	{dist.Beta, []float64{2.5, 3.5}},
	{dist.Poisson, []float64{3.2}},
	{dist.Bernoulli, []float64{0.3}},
	{dist.Binomial, []float64{12, 0.35}},
	{dist.Geometric, []float64{0.4}},
	{dist.LogNormal, []float64{0.2, 0.6}},
	{dist.Laplace, []float64{-0.5, 1.3}},
}

// TestInformationIsCovarianceOfScore estimates E[s sᵀ] and E[s] for the
// score s by sampling with gonum's samplers, independently of the
// log-partition, and compares with the derived information.
func TestInformationIsCovarianceOfScore(t *testing.T) {
	const n = 200_000
	x := sym.Symbol("x")
	for _, c := range cases {
		d := member(t, c.f, c.θ...)
		free := d.Family.Free(len(d.Theta))
		F, err := Information(d, free)
		if err != nil {
			t.Fatalf("%s: %v", c.f.Name, err)
		}
		want := floats(t, F)
		score, err := Score(d, x, free)
		if err != nil {
			t.Fatalf("%s: %v", c.f.Name, err)
		}
		smp, err := d.Sampler()
		if err != nil {
			t.Fatal(err)
		}
		rnd := rand.New(rand.NewPCG(1, 2))
		k := len(free)
		sum := make([]float64, k)
		outer := make([][]float64, k)
		sq := make([][]float64, k)
		for i := range outer {
			outer[i], sq[i] = make([]float64, k), make([]float64, k)
		}
		v := make([]float64, k)
		obs := make([]float64, 1)
		for it := 0; it < n; it++ {
			smp.Rand(obs, rnd)
			at := map[string]sym.Expr{"x": sym.Float(obs[0])}
			for i, s := range score {
				if v[i], err = sym.Float64(sym.Subs(s, at)); err != nil {
					t.Fatalf("%s: score at %g: %v", c.f.Name, obs[0], err)
				}
				sum[i] += v[i]
			}
			for i := range v {
				for j := range v {
					outer[i][j] += v[i] * v[j]
					sq[i][j] += v[i] * v[i] * v[j] * v[j]
				}
			}
		}
		for i := 0; i < k; i++ {
			// E[s] = 0 within 4.5 standard errors; the variance of s_i is F_ii.
			if se := math.Sqrt(want[i][i] / n); math.Abs(sum[i]/n) > 4.5*se {
				t.Errorf("%s: mean score %d = %g, want 0 ± %g", c.f.Name, i, sum[i]/n, se)
			}
			for j := 0; j < k; j++ {
				m := outer[i][j] / n
				se := math.Sqrt((sq[i][j]/n - m*m) / n)
				if math.Abs(m-want[i][j]) > 4.5*se+1e-12 {
					t.Errorf("%s: F[%d][%d] = %g, Monte Carlo %g ± %g", c.f.Name, i, j, want[i][j], m, se)
				}
			}
		}
	}
}

// TestLocalKL checks KL(p_θ‖p_{θ+h d}) = ½ h² dᵀ F d + O(h³): the ratio of
// the two sides tends to 1 linearly in h.
func TestLocalKL(t *testing.T) {
	for _, c := range cases {
		if c.f == dist.Laplace {
			continue // KL is not twice differentiable in μ at h = 0 for Laplace
		}
		p := member(t, c.f, c.θ...)
		free := p.Family.Free(len(p.Theta))
		F := floats(t, must(Information(p, free)))
		dir := []float64{1, -0.5}
		var prevErr float64
		for step, h := range []float64{1e-2, 1e-3} {
			θq := append([]float64(nil), c.θ...)
			quad := 0.0
			for a, i := range free {
				θq[i] += h * dir[a] * c.θ[i]
				for b, j := range free {
					quad += 0.5 * h * h * dir[a] * c.θ[i] * F[a][b] * dir[b] * c.θ[j]
				}
			}
			q := member(t, c.f, θq...)
			e, err := metrics.KL(p, q)
			if err != nil {
				t.Fatal(err)
			}
			kd, err := sym.Decimal(e, 20)
			if err != nil {
				t.Fatal(err)
			}
			kl, _ := kd.Float64()
			relErr := math.Abs(kl/quad - 1)
			if relErr > 10*h {
				t.Errorf("%s, h = %g: KL %g but ½ dᵀFd %g", c.f.Name, h, kl, quad)
			}
			if step > 0 && relErr > prevErr/5 {
				t.Errorf("%s: the error of ½ dᵀFd does not shrink with h (%g then %g)", c.f.Name, prevErr, relErr)
			}
			prevErr = relErr
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestNaturalGradient(t *testing.T) {
	F := [][]float64{{4, 1}, {1, 3}}
	g := []float64{1, 2}
	x, err := NaturalGradient(F, g)
	if err != nil {
		t.Fatal(err)
	}
	for i := range F {
		s := 0.0
		for j := range F[i] {
			s += F[i][j] * x[j]
		}
		if math.Abs(s-g[i]) > 1e-14 {
			t.Errorf("F x = %v at %d, want %v", s, i, g[i])
		}
	}
	if _, err := NaturalGradient([][]float64{{1, 1}, {1, 1}}, g); err == nil {
		t.Error("singular information: no error")
	}
	if _, err := NaturalGradient(F, []float64{1}); err == nil {
		t.Error("gradient of the wrong length: no error")
	}
}

func TestMVNMeanInformation(t *testing.T) {
	p, err := dist.NewMVN([]float64{0, 0}, [][]float64{{2, 0.5}, {0.5, 1}})
	if err != nil {
		t.Fatal(err)
	}
	F, err := InformationMVNMean(p)
	if err != nil {
		t.Fatal(err)
	}
	// Σ⁻¹ = [[1, −0.5], [−0.5, 2]]/1.75
	want := [][]float64{{1 / 1.75, -0.5 / 1.75}, {-0.5 / 1.75, 2 / 1.75}}
	for i := range want {
		for j := range want[i] {
			if math.Abs(F[i][j]-want[i][j]) > 1e-15 {
				t.Errorf("F[%d][%d] = %v, want %v", i, j, F[i][j], want[i][j])
			}
		}
	}
}
