// Package mc estimates divergences and entropies by Monte Carlo, with
// standard errors, so that any closed form can be checked against an
// estimate that shares none of its algebra.
//
// Draws are split into a fixed number of streams, each seeded from the
// user's seed and its index (PCG), and run in parallel: the result depends
// on the seed and n only, not on the number of cores.
package mc

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
)

// Density is a distribution that can be sampled and evaluated.
type Density interface {
	Dim() int
	LogProb(x []float64) (float64, error)
	Rand(dst []float64, rnd *rand.Rand) []float64
}

// Config says how to sample: N draws from streams seeded by Seed. Stop,
// when set, is polled while sampling; when it returns true the estimate
// ends with ErrStopped.
type Config struct {
	N    int
	Seed uint64
	Stop func() bool
}

// ErrStopped is returned when Config.Stop asked to stop.
var ErrStopped = errors.New("interrupted")

// ErrNotFinite is returned when the quantity averaged is NaN or infinite at
// a draw: the estimate would be NaN or infinite, which is no estimate.
var ErrNotFinite = errors.New("no finite estimate")

// ErrInfinite reports draws from p where q has no mass: the estimated
// divergence or cross-entropy is +∞.
var ErrInfinite = errors.New("q has zero density where p draws: the divergence is infinite")

// Estimate is a Monte-Carlo estimate with its standard error.
type Estimate struct {
	Value  float64
	StdErr float64 // estimated standard deviation of Value
	N      int     // number of draws
}

// MaxDraws bounds n.
const MaxDraws = 100_000_000

// streams is the number of independent random streams.
const streams = 16

// sampleValues draws n points from p and returns f at each, in stream
// order. A NaN or infinite value is an error, except +∞ where plusInf
// says that it stands for a draw where q has no mass.
func sampleValues(p Density, c Config, f func(x []float64) (float64, error), plusInf bool) ([]float64, error) {
	n, seed := c.N, c.Seed
	if n < 2 || n > MaxDraws {
		return nil, fmt.Errorf("n must be between 2 and %d, not %d", MaxDraws, n)
	}
	out := make([]float64, n)
	errs := make([]error, streams)
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for k := 0; k < streams; k++ {
		lo, hi := k*n/streams, (k+1)*n/streams
		wg.Add(1)
		sem <- struct{}{}
		go func(k, lo, hi int) {
			defer wg.Done()
			defer func() { <-sem }()
			defer func() {
				// A panic here would end the process, not the statement:
				// hand it to the caller as this stream's error.
				if r := recover(); r != nil {
					errs[k] = fmt.Errorf("internal error in stream %d: %v", k, r)
				}
			}()
			rnd := rand.New(rand.NewPCG(seed, uint64(k)))
			x := make([]float64, p.Dim())
			for i := lo; i < hi; i++ {
				if c.Stop != nil && i%1024 == 0 && c.Stop() {
					errs[k] = ErrStopped
					return
				}
				p.Rand(x, rnd)
				v, err := f(x)
				if err == nil && (math.IsNaN(v) || math.IsInf(v, -1) || math.IsInf(v, 1) && !plusInf) {
					err = fmt.Errorf("%w: the integrand is %v at the draw x = %v (the draws or their densities left the float64 range)", ErrNotFinite, v, x)
				}
				if err != nil {
					errs[k] = err
					return
				}
				out[i] = v
			}
		}(k, lo, hi)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err // the first stream's error, not one per stream
		}
	}
	return out, nil
}

// meanSE returns the sample mean and its standard error, by Welford's
// algorithm.
func meanSE(v []float64) (mean, se float64) {
	var m, s float64
	for i, x := range v {
		d := x - m
		m += d / float64(i+1)
		s += d * (x - m)
	}
	n := float64(len(v))
	return m, math.Sqrt(s / (n - 1) / n)
}

// logMeanExp returns log E[exp(w)] and the standard error of that log
// (delta method), shifting by max w so that nothing overflows.
func logMeanExp(w []float64) (float64, float64) {
	shift := math.Inf(-1)
	for _, x := range w {
		shift = math.Max(shift, x)
	}
	e := make([]float64, len(w))
	for i, x := range w {
		e[i] = math.Exp(x - shift)
	}
	m, se := meanSE(e)
	return shift + math.Log(m), se / m
}

func checkDims(p, q Density) error {
	if p.Dim() != q.Dim() {
		return fmt.Errorf("the distributions have dimensions %d and %d", p.Dim(), q.Dim())
	}
	return nil
}

// logRatio returns f(x) = log p(x) − log q(x).
func logRatio(p, q Density) func(x []float64) (float64, error) {
	return func(x []float64) (float64, error) {
		lp, err := p.LogProb(x)
		if err != nil {
			return 0, err
		}
		lq, err := q.LogProb(x)
		if err != nil {
			return 0, err
		}
		if math.IsInf(lq, -1) {
			return 0, ErrInfinite
		}
		return lp - lq, nil
	}
}

// logRatioOrInf is logRatio with +∞ where q has no mass, for estimators
// that weight a draw by (q/p)^β, β > 0, which is then 0.
func logRatioOrInf(p, q Density) func(x []float64) (float64, error) {
	f := logRatio(p, q)
	return func(x []float64) (float64, error) {
		v, err := f(x)
		if errors.Is(err, ErrInfinite) {
			return math.Inf(1), nil
		}
		return v, err
	}
}

// KL estimates KL(p‖q) = E_p[log p(x) − log q(x)] with n draws from p.
func KL(p, q Density, c Config) (Estimate, error) {
	if err := checkDims(p, q); err != nil {
		return Estimate{}, err
	}
	v, err := sampleValues(p, c, logRatio(p, q), false)
	if err != nil {
		return Estimate{}, err
	}
	m, se := meanSE(v)
	return Estimate{m, se, c.N}, nil
}

// CrossEntropy estimates H(p, q) = −E_p[log q(x)].
func CrossEntropy(p, q Density, c Config) (Estimate, error) {
	if err := checkDims(p, q); err != nil {
		return Estimate{}, err
	}
	v, err := sampleValues(p, c, func(x []float64) (float64, error) {
		l, err := q.LogProb(x)
		if err == nil && math.IsInf(l, -1) {
			return 0, ErrInfinite
		}
		return -l, err
	}, false)
	if err != nil {
		return Estimate{}, err
	}
	m, se := meanSE(v)
	return Estimate{m, se, c.N}, nil
}

// Entropy estimates H(p) = −E_p[log p(x)].
func Entropy(p Density, c Config) (Estimate, error) {
	v, err := sampleValues(p, c, func(x []float64) (float64, error) {
		l, err := p.LogProb(x)
		return -l, err
	}, false)
	if err != nil {
		return Estimate{}, err
	}
	m, se := meanSE(v)
	return Estimate{m, se, c.N}, nil
}

// Renyi estimates D_α(p‖q) = 1/(α−1) · log E_p[(p(x)/q(x))^(α−1)], α > 0,
// α ≠ 1 (α = 1 is KL). Its standard error comes from the delta method; for
// α > 1 the weights can have infinite variance, and the error with them.
func Renyi(p, q Density, alpha float64, c Config) (Estimate, error) {
	if alpha == 1 {
		return KL(p, q, c)
	}
	if !(alpha > 0) || math.IsInf(alpha, 0) {
		return Estimate{}, fmt.Errorf("the order alpha must be positive and finite, not %v", alpha)
	}
	if err := checkDims(p, q); err != nil {
		return Estimate{}, err
	}
	ratio := logRatio(p, q)
	if alpha < 1 {
		// Draws where q has no mass add 0 to E_p[(q/p)^(1−α)].
		ratio = logRatioOrInf(p, q)
	}
	v, err := sampleValues(p, c, ratio, alpha < 1)
	if err != nil {
		return Estimate{}, err
	}
	disjoint := true
	for i := range v {
		v[i] *= alpha - 1
		disjoint = disjoint && math.IsInf(v[i], -1)
	}
	if disjoint {
		// No draw where q has mass: ∫ p^α q^(1−α) = 0.
		return Estimate{math.Inf(1), 0, c.N}, nil
	}
	l, se := logMeanExp(v)
	return Estimate{l / (alpha - 1), se / math.Abs(alpha-1), c.N}, nil
}

// Bhattacharyya estimates D_B = −log E_p[√(q(x)/p(x))].
func Bhattacharyya(p, q Density, c Config) (Estimate, error) {
	e, err := Renyi(p, q, 0.5, c)
	// D_{1/2} = −2 log E_p[√(q/p)] = 2 D_B.
	return Estimate{e.Value / 2, e.StdErr / 2, e.N}, err
}

// Hellinger estimates H = √(1 − E_p[√(q(x)/p(x))]).
func Hellinger(p, q Density, c Config) (Estimate, error) {
	if err := checkDims(p, q); err != nil {
		return Estimate{}, err
	}
	v, err := sampleValues(p, c, logRatioOrInf(p, q), true)
	if err != nil {
		return Estimate{}, err
	}
	for i, x := range v {
		v[i] = math.Exp(-x / 2)
	}
	m, se := meanSE(v)
	h := math.Sqrt(math.Max(0, 1-m))
	if h == 0 {
		return Estimate{0, math.Sqrt(se), c.N}, nil
	}
	return Estimate{h, se / (2 * h), c.N}, nil
}
