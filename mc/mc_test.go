package mc

import (
	"errors"
	"math"
	"runtime"
	"testing"

	"statcalc/dist"
	"statcalc/metrics"
)

func mustMVN(t *testing.T, mu []float64, sigma [][]float64) *dist.MVN {
	t.Helper()
	p, err := dist.NewMVN(mu, sigma)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestAgainstClosedForms checks each estimator against the closed form of
// package metrics: the two share no algebra, so agreement within a few
// standard errors tests both. With a fixed seed the outcome is
// deterministic; 4.5 standard errors is a two-sided tolerance that a
// correct estimator exceeds with probability below 1e-5.
func TestAgainstClosedForms(t *testing.T) {
	p := mustMVN(t, []float64{0, 0}, [][]float64{{2, 0.5}, {0.5, 1}})
	q := mustMVN(t, []float64{1, -1}, [][]float64{{1, 0}, {0, 1}})
	c := Config{N: 400_000, Seed: 7}
	type closed func() (metrics.Estimate, error)
	cases := []struct {
		name   string
		mc     func() (Estimate, error)
		closed closed
	}{
		{"kl", func() (Estimate, error) { return KL(p, q, c) }, func() (metrics.Estimate, error) { return metrics.KLNormal(p, q) }},
		{"kl reversed", func() (Estimate, error) { return KL(q, p, c) }, func() (metrics.Estimate, error) { return metrics.KLNormal(q, p) }},
		{"cross_entropy", func() (Estimate, error) { return CrossEntropy(p, q, c) }, func() (metrics.Estimate, error) { return metrics.CrossEntropyNormal(p, q) }},
		{"entropy", func() (Estimate, error) { return Entropy(p, c) }, func() (metrics.Estimate, error) { return metrics.EntropyNormal(p) }},
		{"bhattacharyya", func() (Estimate, error) { return Bhattacharyya(p, q, c) }, func() (metrics.Estimate, error) { return metrics.BhattacharyyaNormal(p, q) }},
		{"hellinger", func() (Estimate, error) { return Hellinger(p, q, c) }, func() (metrics.Estimate, error) { return metrics.HellingerNormal(p, q) }},
		{"renyi 0.3", func() (Estimate, error) { return Renyi(p, q, 0.3, c) }, func() (metrics.Estimate, error) { return metrics.RenyiNormal(p, q, 0.3) }},
		{"renyi 0.8", func() (Estimate, error) { return Renyi(q, p, 0.8, c) }, func() (metrics.Estimate, error) { return metrics.RenyiNormal(q, p, 0.8) }},
		{"renyi 1", func() (Estimate, error) { return Renyi(p, q, 1, c) }, func() (metrics.Estimate, error) { return metrics.KLNormal(p, q) }},
	}
	for _, tc := range cases {
		e, err := tc.mc()
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		want, err := tc.closed()
		if err != nil {
			t.Fatalf("%s: closed form: %v", tc.name, err)
		}
		if e.StdErr <= 0 || e.StdErr > 0.05*math.Abs(want.Value)+1e-3 {
			t.Errorf("%s: implausible standard error %g for value %g", tc.name, e.StdErr, want.Value)
		}
		if z := math.Abs(e.Value-want.Value) / e.StdErr; z > 4.5 {
			t.Errorf("%s: estimate %g ± %g is %.1f standard errors from the closed form %g", tc.name, e.Value, e.StdErr, z, want.Value)
		}
	}
}

// TestStandardErrorIsHonest repeats a small estimate with many seeds: the
// spread of the estimates must match the reported standard error.
func TestStandardErrorIsHonest(t *testing.T) {
	p := mustMVN(t, []float64{0}, [][]float64{{1}})
	q := mustMVN(t, []float64{0.5}, [][]float64{{2}})
	const runs = 200
	var vals, ses []float64
	for seed := uint64(0); seed < runs; seed++ {
		e, err := KL(p, q, Config{N: 2000, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		vals = append(vals, e.Value)
		ses = append(ses, e.StdErr)
	}
	m, se := sampleMeanSE(vals)
	sd := se * math.Sqrt(runs)
	avgSE, _ := sampleMeanSE(ses)
	// The ratio of two standard-deviation estimates from 200 runs: within 25 %.
	if r := sd / avgSE; r < 0.75 || r > 1.25 {
		t.Errorf("spread of estimates %g but mean reported standard error %g (ratio %.2f)", sd, avgSE, r)
	}
	want, _ := metrics.KLNormal(p, q)
	if math.Abs(m-want.Value) > 4.5*se {
		t.Errorf("mean of estimates %g ± %g, closed form %g", m, se, want.Value)
	}
}

func TestDeterministic(t *testing.T) {
	p := mustMVN(t, []float64{0, 1}, [][]float64{{1, 0.2}, {0.2, 1}})
	q := mustMVN(t, []float64{0, 0}, [][]float64{{2, 0}, {0, 1}})
	c := Config{N: 10_001, Seed: 3}
	a, err := KL(p, q, c)
	if err != nil {
		t.Fatal(err)
	}
	prev := runtime.GOMAXPROCS(1)
	b, err := KL(p, q, c)
	runtime.GOMAXPROCS(prev)
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Errorf("same seed, different results: %v and %v", a, b)
	}
	c.Seed = 4
	if d, _ := KL(p, q, c); d.Value == a.Value {
		t.Errorf("different seeds gave the same estimate %v", d.Value)
	}
}

func TestErrors(t *testing.T) {
	p := mustMVN(t, []float64{0}, [][]float64{{1}})
	q2 := mustMVN(t, []float64{0, 0}, [][]float64{{1, 0}, {0, 1}})
	point := mustMVN(t, []float64{0}, [][]float64{{0}})
	if _, err := KL(p, q2, Config{N: 100}); err == nil {
		t.Error("KL of distributions of different dimensions: no error")
	}
	if _, err := KL(p, p, Config{N: 1}); err == nil {
		t.Error("n = 1: no error")
	}
	if _, err := Renyi(p, p, -1, Config{N: 100}); err == nil {
		t.Error("alpha = -1: no error")
	}
	if _, err := KL(point, p, Config{N: 100}); err == nil {
		t.Error("KL from a point mass (no density): no error")
	}
	_, err := KL(p, p, Config{N: 1_000_000, Stop: func() bool { return true }})
	if !errors.Is(err, ErrStopped) {
		t.Errorf("Stop returned true but the error is %v", err)
	}
}

// sampleMeanSE returns the mean of v and its standard error.
func sampleMeanSE(v []float64) (mean, se float64) {
	s := chunkStats(append([]float64(nil), v...), 1, false)
	return s.meanSE(0)
}
