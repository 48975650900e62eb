package mc

import (
	"math/rand/v2"
	"runtime"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distmv"
	"gonum.org/v1/gonum/stat/distuv"
)

// The benchmarks estimate KL(p‖q) with benchDraws draws, beside the plain
// single loop a user of gonum would write (distuv or distmv: draw, two
// log-densities, a running sum). scripts/bench.sh prints the ratios.

const benchDraws = 200_000

// reportCPU adds the CPU time per operation (all threads), which a busy
// machine disturbs far less than the wall time.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if used := cpuTime() - start; used > 0 {
			b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
		}
	}
}

func benchMC(b *testing.B, p, q Density) {
	b.ReportAllocs()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		if _, err := KL(p, q, Config{N: benchDraws, Seed: uint64(i)}); err != nil {
			b.Fatal(err)
		}
	}
}

func benchUnivariate(b *testing.B, p, q Univariate, gp, gq func(src rand.Source) distuv.LogProber) {
	b.Run("statcalc", func(b *testing.B) { benchMC(b, p, q) })
	b.Run("gonum", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b)()
		for i := 0; i < b.N; i++ {
			src := rand.NewPCG(uint64(i), 0)
			dp, dq := gp(src), gq(nil)
			r := dp.(distuv.Rander)
			var sum float64
			for j := 0; j < benchDraws; j++ {
				x := r.Rand()
				sum += dp.LogProb(x) - dq.LogProb(x)
			}
			_ = sum / benchDraws
		}
	})
}

func BenchmarkNormal1(b *testing.B) {
	p, _ := NormalDensity(0, 1)
	q, _ := NormalDensity(1, 2)
	benchUnivariate(b, p, q,
		func(src rand.Source) distuv.LogProber { return distuv.Normal{Mu: 0, Sigma: 1, Src: src} },
		func(src rand.Source) distuv.LogProber {
			return distuv.Normal{Mu: 1, Sigma: 1.4142135623730951, Src: src}
		})
}

func BenchmarkGamma(b *testing.B) {
	p, _ := GammaDensity(2, 1)
	q, _ := GammaDensity(3, 2)
	benchUnivariate(b, p, q,
		func(src rand.Source) distuv.LogProber { return distuv.Gamma{Alpha: 2, Beta: 1, Src: src} },
		func(src rand.Source) distuv.LogProber { return distuv.Gamma{Alpha: 3, Beta: 2, Src: src} })
}

func BenchmarkExponential(b *testing.B) {
	p, _ := ExponentialDensity(1)
	q, _ := ExponentialDensity(2)
	benchUnivariate(b, p, q,
		func(src rand.Source) distuv.LogProber { return distuv.Exponential{Rate: 1, Src: src} },
		func(src rand.Source) distuv.LogProber { return distuv.Exponential{Rate: 2, Src: src} })
}

// normal10 returns the means and covariances of two 10-dimensional normals.
func normal10() (mu1, mu2 []float64, s1, s2 *mat.SymDense) {
	const d = 10
	s1, s2 = mat.NewSymDense(d, nil), mat.NewSymDense(d, nil)
	mu1, mu2 = make([]float64, d), make([]float64, d)
	for i := 0; i < d; i++ {
		mu2[i] = 0.1 * float64(i)
		for j := i; j < d; j++ {
			c := 0.3 / float64(1+j-i)
			if i == j {
				c = 1 + 0.1*float64(i)
			}
			s1.SetSym(i, j, c)
			s2.SetSym(i, j, c*1.5)
		}
	}
	return
}

func BenchmarkNormal10(b *testing.B) {
	mu1, mu2, s1, s2 := normal10()
	b.Run("statcalc", func(b *testing.B) {
		p, err1 := NewMVNDensity(mu1, s1)
		q, err2 := NewMVNDensity(mu2, s2)
		if err1 != nil || err2 != nil {
			b.Fatal(err1, err2)
		}
		benchMC(b, p, q)
	})
	b.Run("gonum", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b)()
		for i := 0; i < b.N; i++ {
			p, ok1 := distmv.NewNormal(mu1, s1, rand.NewPCG(uint64(i), 0))
			q, ok2 := distmv.NewNormal(mu2, s2, nil)
			if !ok1 || !ok2 {
				b.Fatal("not positive definite")
			}
			x := make([]float64, len(mu1))
			var sum float64
			for j := 0; j < benchDraws; j++ {
				p.Rand(x)
				sum += p.LogProb(x) - q.LogProb(x)
			}
			_ = sum / benchDraws
		}
	})
}

// TestMemoryIndependentOfN: sixteen times the draws allocate about the
// same (a few small values a chunk, nothing a draw).
func TestMemoryIndependentOfN(t *testing.T) {
	p, _ := NormalDensity(0, 1)
	q, _ := NormalDensity(1, 2)
	alloc := func(n int) uint64 {
		var a, b runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&a)
		if _, err := KL(p, q, Config{N: n, Seed: 1}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&b)
		return b.TotalAlloc - a.TotalAlloc
	}
	small, large := alloc(4*ChunkSize), alloc(64*ChunkSize)
	perDraw := float64(large-small) / float64(60*ChunkSize)
	if perDraw > 0.1 {
		t.Errorf("%d bytes for %d draws, %d for %d: %.2f bytes a draw", small, 4*ChunkSize, large, 64*ChunkSize, perDraw)
	}
	if large > 8<<20 {
		t.Errorf("%d bytes allocated for %d draws", large, 64*ChunkSize)
	}
}
