package mc

import (
	"math"
	"testing"
)

// TestRunningPrefixes checks Config.Running against independent runs: the
// estimate it reports after j merged chunks must be the estimate of a run
// of j·ChunkSize draws with the same seed (chunk k draws from stream
// (seed, k) whatever n is), and its last report the final estimate.
func TestRunningPrefixes(t *testing.T) {
	p, err := NormalDensity(0, 1)
	if err != nil {
		t.Fatal(err)
	}
	q, err := NormalDensity(1, 2)
	if err != nil {
		t.Fatal(err)
	}
	quantile := func(mu float64) func(u float64) float64 {
		return func(u float64) float64 { return mu + math.Log(u/(1-u)) }
	}
	cases := map[string]func(c Config) (Estimate, error){
		"kl":            func(c Config) (Estimate, error) { return KL(p, q, c) },
		"entropy":       func(c Config) (Estimate, error) { return Entropy(p, c) },
		"renyi":         func(c Config) (Estimate, error) { return Renyi(p, q, 2, c) },
		"bhattacharyya": func(c Config) (Estimate, error) { return Bhattacharyya(p, q, c) },
		"hellinger":     func(c Config) (Estimate, error) { return Hellinger(p, q, c) },
		"var":           func(c Config) (Estimate, error) { return Variance(p, c) },
		"w2":            func(c Config) (Estimate, error) { return W2Quantile(quantile(0), quantile(1), c) },
		"mean": func(c Config) (Estimate, error) {
			return Mean(p, func(x []float64) (float64, error) { return x[0] * x[0], nil }, c)
		},
	}
	const n = 3*ChunkSize + 100
	for name, est := range cases {
		var running []Estimate
		final, err := est(Config{N: n, Seed: 11, Running: func(e Estimate) { running = append(running, e) }})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(running) != 4 {
			t.Fatalf("%s: %d running estimates for 4 chunks", name, len(running))
		}
		last := running[len(running)-1]
		if last.Value != final.Value || last.StdErr != final.StdErr || last.N != n {
			t.Errorf("%s: last running estimate %+v, final %+v", name, last, final)
		}
		for j, r := range running[:3] {
			prefix, err := est(Config{N: (j + 1) * ChunkSize, Seed: 11})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if r.Value != prefix.Value || r.StdErr != prefix.StdErr || r.N != prefix.N {
				t.Errorf("%s after %d chunks: running %+v, a run of %d draws %+v", name, j+1, r, prefix.N, prefix)
			}
		}
	}
}
