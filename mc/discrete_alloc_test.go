package mc_test

import (
	"fmt"
	"testing"

	"statcalc/dist"
	"statcalc/mc"
)

// samplerPairs are pairs of family members whose draws go through
// dist.Sampler (the families mc has no density of its own for).
var samplerPairs = []struct {
	f    *dist.Family
	p, q []float64
}{
	{dist.Poisson, []float64{3}, []float64{4}},
	{dist.Poisson, []float64{40}, []float64{41}},
	{dist.Bernoulli, []float64{0.3}, []float64{0.5}},
	{dist.Binomial, []float64{10, 0.3}, []float64{10, 0.5}},
	{dist.Binomial, []float64{100, 0.7}, []float64{100, 0.6}},
	{dist.Geometric, []float64{0.3}, []float64{0.4}},
	{dist.Categorical, []float64{0.1, 0.2, 0.3, 0.4}, []float64{0.25, 0.25, 0.25, 0.25}},
	{dist.Dirichlet, []float64{1, 2, 3}, []float64{2, 2, 2}},
	{dist.Uniform, []float64{0, 1}, []float64{-1, 2}},
}

func samplerPair(t testing.TB, f *dist.Family, p, q []float64) (*dist.Sampler, *dist.Sampler) {
	t.Helper()
	out := [2]*dist.Sampler{}
	for i, θ := range [][]float64{p, q} {
		d, err := f.NewFloat(θ...)
		if err != nil {
			t.Fatal(err)
		}
		if out[i], err = d.Sampler(); err != nil {
			t.Fatal(err)
		}
	}
	return out[0], out[1]
}

// TestKLAllocationsDoNotGrowWithDraws: the memory an mc estimate
// allocates is per chunk, not per draw, for the families drawn through
// dist.Sampler: four times the draws cost fewer than 0.01 more
// allocations a draw.
func TestKLAllocationsDoNotGrowWithDraws(t *testing.T) {
	const small, large = mc.ChunkSize, 4 * mc.ChunkSize
	for _, c := range samplerPairs {
		p, q := samplerPair(t, c.f, c.p, c.q)
		allocs := func(n int) float64 {
			return testing.AllocsPerRun(1, func() {
				if _, err := mc.KL(p, q, mc.Config{N: n, Seed: 1}); err != nil {
					t.Fatal(err)
				}
			})
		}
		a, b := allocs(small), allocs(large)
		if per := (b - a) / (large - small); per > 0.01 {
			t.Errorf("%s%v: %g allocations at n = %d, %g at n = %d: %.3g a draw", c.f.Name, c.p, a, small, b, large, per)
		}
	}
}

// BenchmarkKLSampler estimates KL(p‖q) with 10⁵ draws through
// dist.Sampler; allocs/op counts the whole estimate (per chunk and
// worker, none per draw).
func BenchmarkKLSampler(b *testing.B) {
	const n = 100_000
	for _, c := range samplerPairs {
		p, q := samplerPair(b, c.f, c.p, c.q)
		b.Run(fmt.Sprint(c.f.Name, c.p), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := mc.KL(p, q, mc.Config{N: n, Seed: uint64(i)}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
