package mc

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
)

// ChunkSize is the number of draws of one chunk. Chunk k draws from the
// PCG stream (seed, k) whichever worker runs it, and chunks are merged in
// the order of k, so an estimate depends on the seed and n alone.
const ChunkSize = 1 << 14

// stats are the streaming statistics of k quantities over the draws of
// one or more chunks: counts, means and sums of squared deviations
// (Welford within a chunk, Chan et al.'s pairwise rule between chunks),
// and the extremes, which reveal a draw that dominates the variance.
type stats struct {
	n        int
	mean, m2 []float64
	lo, hi   []float64
	// shift, for log-domain quantities, is the logarithm the values were
	// divided by (exp(v − shift) is what mean and m2 describe).
	shift float64
	// half holds the variance estimate of each half of the chunks
	// merged, for the stability diagnostic (first component only).
	halves [2]struct {
		n        int
		mean, m2 float64
	}
}

func newStats(k int) *stats {
	s := &stats{mean: make([]float64, k), m2: make([]float64, k), lo: make([]float64, k), hi: make([]float64, k)}
	for i := range s.lo {
		s.lo[i], s.hi[i] = math.Inf(1), math.Inf(-1)
	}
	s.shift = math.Inf(-1)
	return s
}

// rescale moves log-domain statistics to a larger shift.
func (s *stats) rescale(shift float64) {
	if shift == s.shift || s.n == 0 {
		s.shift = shift
		return
	}
	f := math.Exp(s.shift - shift)
	for i := range s.mean {
		s.mean[i] *= f
		s.m2[i] *= f * f
		s.lo[i] *= f
		s.hi[i] *= f
	}
	s.shift = shift
}

// merge adds the statistics of later draws b to s.
func (s *stats) merge(b *stats, logDomain bool) {
	if b.n == 0 {
		return
	}
	if logDomain {
		sh := math.Max(s.shift, b.shift)
		s.rescale(sh)
		b.rescale(sh)
	}
	na, nb := float64(s.n), float64(b.n)
	n := na + nb
	for i := range s.mean {
		d := b.mean[i] - s.mean[i]
		s.mean[i] += d * nb / n
		s.m2[i] += b.m2[i] + d*d*na*nb/n
		s.lo[i] = math.Min(s.lo[i], b.lo[i])
		s.hi[i] = math.Max(s.hi[i], b.hi[i])
	}
	s.n += b.n
}

// Progress is told, after each merged chunk, how many draws are done.
type Progress func(done, total int)

// integrand computes k quantities at a draw x into out.
type integrand func(x, out []float64) error

// chunkFunc fills vals (m rows of k values) with the quantities of m
// draws from rnd. Each worker makes its own (newChunk), with its own
// scratch space.
type chunkFunc func(rnd *rand.Rand, m int, vals []float64) error

// run draws c.N points from p in chunks and returns the statistics of f,
// or ErrStopped with the statistics of the chunks finished when c.Stop
// asks to stop. With logDomain the values are logarithms, and the
// statistics describe their exponentials (relative to a shift).
func run(p Density, c Config, k int, logDomain bool, f integrand) (*stats, error) {
	if err := checkN(c.N); err != nil {
		return nil, err
	}
	return runDraws(c, k, logDomain, p.Dim(), func(x []float64, rnd *rand.Rand) { p.Rand(x, rnd) }, f)
}

func checkN(n int) error {
	if n < 2 || n > MaxDraws {
		return fmt.Errorf("n must be between 2 and %d, not %d", MaxDraws, n)
	}
	return nil
}

// runDraws is run for any way of drawing a point of dimension dim, one
// draw at a time.
func runDraws(c Config, k int, logDomain bool, dim int, draw func(x []float64, rnd *rand.Rand), f integrand) (*stats, error) {
	return runChunks(c, k, logDomain, func() chunkFunc {
		x := make([]float64, dim)
		out := make([]float64, k)
		return func(rnd *rand.Rand, m int, vals []float64) error {
			for i := 0; i < m; i++ {
				if i%1024 == 1023 && c.Stop != nil && c.Stop() {
					return ErrStopped
				}
				draw(x, rnd)
				if err := f(x, out); err != nil {
					return err
				}
				for _, v := range out {
					if !finiteValue(v, logDomain) {
						return fmt.Errorf("%w: the integrand is %v at the draw x = %v (the draws or their densities left the float64 range)", ErrNotFinite, v, x)
					}
				}
				copy(vals[i*k:], out)
			}
			return nil
		}
	})
}

// finiteValue reports whether v may be averaged: not NaN, not infinite
// (but −∞ in the log domain, a zero weight).
func finiteValue(v float64, logDomain bool) bool {
	return !math.IsNaN(v) && (!math.IsInf(v, 0) || logDomain && math.IsInf(v, -1))
}

// chunkResult is the outcome of one chunk.
type chunkResult struct {
	k   int
	s   *stats
	err error
}

// runChunks runs the chunks of c.N draws on every core and merges their
// statistics in order.
func runChunks(c Config, k int, logDomain bool, newChunk func() chunkFunc) (*stats, error) {
	if err := checkN(c.N); err != nil {
		return nil, err
	}
	chunks := (c.N + ChunkSize - 1) / ChunkSize
	workers := min(runtime.GOMAXPROCS(0), chunks)
	var next atomic.Int64
	var stopped atomic.Bool
	results := make(chan chunkResult, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch := -1
			defer func() {
				// A panic here would end the process, not the statement:
				// hand it to the caller as this chunk's error.
				if r := recover(); r != nil {
					stopped.Store(true)
					results <- chunkResult{k: ch, err: fmt.Errorf("internal error in stream %d: %v", ch, r)}
				}
			}()
			fill := newChunk()
			buf := make([]float64, ChunkSize*k)
			var pcg rand.PCG
			rnd := rand.New(&pcg)
			for {
				ch = int(next.Add(1) - 1)
				if ch >= chunks || stopped.Load() {
					return
				}
				if c.Stop != nil && c.Stop() {
					stopped.Store(true)
					results <- chunkResult{k: ch, err: ErrStopped}
					return
				}
				m := min((ch+1)*ChunkSize, c.N) - ch*ChunkSize
				pcg.Seed(c.Seed, uint64(ch))
				r := chunkResult{k: ch, err: fill(rnd, m, buf[:m*k])}
				if r.err == nil {
					r.s = chunkStats(buf[:m*k], k, logDomain)
				}
				results <- r
				if r.err != nil {
					stopped.Store(true)
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	total := newStats(k)
	pending := map[int]chunkResult{}
	merged := 0
	var firstErr error
	for r := range results {
		pending[r.k] = r
		for firstErr == nil {
			p, ok := pending[merged]
			if !ok {
				break
			}
			delete(pending, merged)
			if p.err != nil {
				firstErr = p.err
				break
			}
			total.addHalf(p.s, merged < chunks/2)
			total.merge(p.s, logDomain)
			merged++
			c.report(total, logDomain)
			if c.Progress != nil {
				c.Progress(total.n, c.N)
			}
		}
	}
	if firstErr == nil && merged < chunks {
		firstErr = ErrStopped
		for _, r := range pending {
			if r.err != nil && !errors.Is(r.err, ErrStopped) {
				firstErr = r.err // a chunk that failed after others stopped
			}
		}
	}
	if firstErr != nil && !errors.Is(firstErr, ErrStopped) {
		return nil, firstErr
	}
	return total, firstErr
}

// addHalf records the first component's chunk statistics in the first or
// second half, to compare their variance estimates.
func (s *stats) addHalf(b *stats, first bool) {
	h := &s.halves[1]
	if first {
		h = &s.halves[0]
	}
	m, v := b.mean[0], b.m2[0]
	if b.shift != math.Inf(-1) && b.n > 0 {
		// Log-domain halves are compared relative to their own mean.
		m, v = 1, v/(b.mean[0]*b.mean[0])
	}
	na, nb := float64(h.n), float64(b.n)
	n := na + nb
	d := m - h.mean
	h.mean += d * nb / n
	h.m2 += v + d*d*na*nb/n
	h.n += b.n
}

// chunkStats computes the statistics of one chunk's values (row-major,
// k a row) in two passes: the mean, then the squared deviations.
func chunkStats(v []float64, k int, logDomain bool) *stats {
	s := newStats(k)
	n := len(v) / k
	s.n = n
	if logDomain {
		sh := math.Inf(-1)
		for _, x := range v {
			if x > sh {
				sh = x
			}
		}
		if math.IsInf(sh, -1) {
			sh = 0
		}
		s.shift = sh
		for i := range v {
			v[i] = math.Exp(v[i] - sh)
		}
	}
	for j := 0; j < k; j++ {
		var sum float64
		lo, hi := math.Inf(1), math.Inf(-1)
		for i := 0; i < n; i++ {
			x := v[i*k+j]
			sum += x
			if x < lo {
				lo = x
			}
			if x > hi {
				hi = x
			}
		}
		m := sum / float64(n)
		var m2, comp float64
		for i := 0; i < n; i++ {
			d := v[i*k+j] - m
			m2 += d * d
			comp += d
		}
		// The compensation term corrects the mean's rounding error.
		m += comp / float64(n)
		m2 -= comp * comp / float64(n)
		s.mean[j], s.m2[j], s.lo[j], s.hi[j] = m, m2, lo, hi
	}
	return s
}

// meanSE returns the mean of component j and its standard error.
func (s *stats) meanSE(j int) (float64, float64) {
	n := float64(s.n)
	return s.mean[j], math.Sqrt(s.m2[j] / (n - 1) / n)
}

// instability returns why the standard error of component 0 cannot be
// trusted, or "": one draw carries a large share of the sum of squared
// deviations (a tail too heavy for a finite variance), or the two halves
// of the draws estimate variances that differ by more than sampling
// explains.
func (s *stats) instability() string {
	if s.n < 2 || s.m2[0] == 0 {
		return ""
	}
	m := s.mean[0]
	dev := math.Max(s.hi[0]-m, m-s.lo[0])
	share := dev * dev / s.m2[0]
	n := float64(s.n)
	if share > math.Max(maxShare, 10*math.Log(n)*math.Log(n)/n) {
		return fmt.Sprintf("one draw carries %.0f%% of the variance: the tail of the integrand is too heavy for a trustworthy standard error", 100*share)
	}
	a, b := s.halves[0], s.halves[1]
	if a.n > 1 && b.n > 1 && a.m2 > 0 && b.m2 > 0 {
		va, vb := a.m2/float64(a.n-1), b.m2/float64(b.n-1)
		if r := math.Max(va/vb, vb/va); r > maxHalfRatio {
			return fmt.Sprintf("the two halves of the draws give variances %.3g apart (ratio %.1f): the variance is unstable, likely infinite", math.Abs(va-vb), r)
		}
	}
	return ""
}

// maxShare is the largest share of the sum of squared deviations one draw
// may carry (or 10 (log n)²/n for small n): for a finite variance and an
// exponential tail the share of the largest falls like (log n)²/n; with an
// infinite variance it stays of order one.
const maxShare = 0.1

// maxHalfRatio bounds the ratio of the variance estimates of the two
// halves of the draws. For a finite fourth moment the ratio is 1 + O(1/√n).
const maxHalfRatio = 2
