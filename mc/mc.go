// Package mc estimates expectations of distributions by Monte Carlo, with
// standard errors, so that any closed form can be checked against an
// estimate that shares none of its algebra.
//
// Draws are split into chunks of ChunkSize, chunk k seeded by the PCG
// stream (seed, k), run on every core and merged in the order of k with
// streaming statistics: the digits depend on the seed and n only, not on
// the number of cores, and memory does not grow with n.
package mc

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
)

// Density is a distribution that can be sampled and evaluated.
type Density interface {
	Dim() int
	LogProb(x []float64) (float64, error)
	Rand(dst []float64, rnd *rand.Rand) []float64
}

// Config says how to sample: N draws from streams seeded by Seed. Stop,
// when set, is polled while sampling; when it returns true the estimate
// of the draws made so far is returned with ErrStopped. Progress, when
// set, is called after each chunk. Running, when set, receives after
// each merged chunk the estimate of the draws so far, as the estimator
// would return it had it stopped there: the chunks are merged in order, so
// its last call gives the final estimate (a convergence plot).
type Config struct {
	N        int
	Seed     uint64
	Stop     func() bool
	Progress Progress
	Running  func(Estimate)
	// estimateOf turns the merged statistics into the estimator's
	// estimate before any mapping by mapRunning (nil: the mean of the
	// first component, or the log of the mean in the log domain).
	estimateOf func(*stats) Estimate
}

// mapRunning makes the running estimates pass through f, the estimator's
// last step, on their way to c.Running.
func (c Config) mapRunning(f func(Estimate) Estimate) Config {
	if r := c.Running; r != nil {
		c.Running = func(e Estimate) { r(f(e)) }
	}
	return c
}

// report gives c.Running the estimate of the statistics merged so far.
func (c Config) report(s *stats, logDomain bool) {
	if c.Running == nil || s.n < 2 {
		return
	}
	switch {
	case c.estimateOf != nil:
		c.Running(c.estimateOf(s))
	case logDomain:
		e, _ := logMean(s, nil)
		c.Running(e)
	default:
		e, _ := finish(s, nil)
		c.Running(e)
	}
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
	// Unstable, when not empty, says why StdErr cannot be trusted (a
	// variance that is infinite or not yet settled).
	Unstable string
}

// MaxDraws bounds n.
const MaxDraws = 100_000_000

// finish turns statistics into an estimate of component j's mean.
func finish(s *stats, err error) (Estimate, error) {
	if s == nil || s.n < 2 {
		if err == nil {
			err = errors.New("fewer than two draws")
		}
		return Estimate{}, err
	}
	m, se := s.meanSE(0)
	return Estimate{Value: m, StdErr: se, N: s.n, Unstable: s.instability()}, err
}

func checkDims(p, q Density) error {
	if p.Dim() != q.Dim() {
		return fmt.Errorf("the distributions have dimensions %d and %d", p.Dim(), q.Dim())
	}
	return nil
}

// logRatio returns log p(x) − log q(x).
func logRatio(p, q Density, x []float64) (float64, error) {
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

// Mean estimates E_p[f(x)] by the sample mean of n draws from p.
func Mean(p Density, f func(x []float64) (float64, error), c Config) (Estimate, error) {
	return finish(run(p, c, 1, false, func(x, out []float64) (err error) {
		out[0], err = f(x)
		return err
	}))
}

// KL estimates KL(p‖q) = E_p[log p(x) − log q(x)] with n draws from p.
func KL(p, q Density, c Config) (Estimate, error) {
	if err := checkDims(p, q); err != nil {
		return Estimate{}, err
	}
	if bp, bq, ok := blockPair(p, q); ok {
		return finish(pairChunks(bp, bq, opLogRatio, 0, c))
	}
	return Mean(p, func(x []float64) (float64, error) { return logRatio(p, q, x) }, c)
}

// CrossEntropy estimates H(p, q) = −E_p[log q(x)].
func CrossEntropy(p, q Density, c Config) (Estimate, error) {
	if err := checkDims(p, q); err != nil {
		return Estimate{}, err
	}
	if bp, bq, ok := blockPair(p, q); ok {
		return finish(pairChunks(bp, bq, opNegLogQ, 0, c))
	}
	return Mean(p, func(x []float64) (float64, error) {
		l, err := q.LogProb(x)
		if math.IsInf(l, -1) {
			return 0, ErrInfinite
		}
		return -l, err
	}, c)
}

// Entropy estimates H(p) = −E_p[log p(x)].
func Entropy(p Density, c Config) (Estimate, error) {
	if bp, _, ok := blockPair(p, p); ok {
		return finish(pairChunks(bp, bp, opNegLogQ, 0, c))
	}
	return Mean(p, func(x []float64) (float64, error) {
		l, err := p.LogProb(x)
		return -l, err
	}, c)
}

// logMeanExp estimates log E_p[exp(w(x))] and its standard error (delta
// method), with the exponentials scaled so that nothing overflows.
func logMeanExp(p Density, w func(x []float64) (float64, error), c Config) (Estimate, error) {
	return logMean(run(p, c, 1, true, func(x, out []float64) (e error) {
		out[0], e = w(x)
		return e
	}))
}

// logMean turns log-domain statistics into an estimate of the log of the
// mean of the exponentials.
func logMean(s *stats, err error) (Estimate, error) {
	e, err := finish(s, err)
	if s == nil || s.n < 2 {
		return e, err
	}
	if e.Value <= 0 {
		// Each chunk is scaled by its largest weight, so a zero mean means
		// every weight was exactly zero (q has no mass where p draws): the
		// log of the mean is −∞.
		return Estimate{Value: math.Inf(-1), N: e.N}, err
	}
	return Estimate{Value: s.shift + math.Log(e.Value), StdErr: e.StdErr / e.Value, N: e.N, Unstable: e.Unstable}, err
}

// Renyi estimates D_α(p‖q) = 1/(α−1) · log E_p[(p(x)/q(x))^(α−1)], α > 0,
// α ≠ 1 (α = 1 is KL). Its standard error comes from the delta method; for
// α > 1 the weights can have infinite variance, which Estimate.Unstable
// reports.
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
	scale := func(e Estimate) Estimate {
		return Estimate{e.Value / (alpha - 1), e.StdErr / math.Abs(alpha-1), e.N, e.Unstable}
	}
	c = c.mapRunning(scale)
	var e Estimate
	var err error
	if bp, bq, ok := blockPair(p, q); ok {
		e, err = logMean(pairChunks(bp, bq, opRenyi, alpha, c))
	} else {
		e, err = logMeanExp(p, func(x []float64) (float64, error) {
			l, err := logRatio(p, q, x)
			if errors.Is(err, ErrInfinite) && alpha < 1 {
				// Where q has no mass the weight (q/p)^(1−α) is 0.
				return math.Inf(-1), nil
			}
			return (alpha - 1) * l, err
		}, c)
	}
	return scale(e), err
}

// Bhattacharyya estimates D_B = −log E_p[√(q(x)/p(x))] = D_{1/2}/2.
func Bhattacharyya(p, q Density, c Config) (Estimate, error) {
	half := func(e Estimate) Estimate { return Estimate{e.Value / 2, e.StdErr / 2, e.N, e.Unstable} }
	e, err := Renyi(p, q, 0.5, c.mapRunning(half))
	return half(e), err
}

// Hellinger estimates H = √(1 − E_p[√(q(x)/p(x))]), the delta method giving
// its standard error.
func Hellinger(p, q Density, c Config) (Estimate, error) {
	if err := checkDims(p, q); err != nil {
		return Estimate{}, err
	}
	c = c.mapRunning(hellingerOf)
	var e Estimate
	var err error
	if bp, bq, ok := blockPair(p, q); ok {
		e, err = finish(pairChunks(bp, bq, opHellinger, 0, c))
	} else {
		e, err = Mean(p, func(x []float64) (float64, error) {
			l, err := logRatio(p, q, x)
			if errors.Is(err, ErrInfinite) {
				return 0, nil // √(q/p) is 0 where q has no mass
			}
			return math.Exp(-l / 2), err
		}, c)
	}
	if e.N < 2 {
		return e, err
	}
	return hellingerOf(e), err
}

// hellingerOf turns an estimate of E_p[√(q/p)] into one of the Hellinger
// distance √(1 − E_p[√(q/p)]), by the delta method.
func hellingerOf(e Estimate) Estimate {
	h := math.Sqrt(math.Max(0, 1-e.Value))
	if h == 0 {
		return Estimate{0, math.Sqrt(e.StdErr), e.N, e.Unstable}
	}
	return Estimate{h, e.StdErr / (2 * h), e.N, e.Unstable}
}

// Verdict words.
const (
	Agrees     = "agrees"
	Disagrees  = "DISAGREES"
	Unreliable = "unreliable"
)

// Verdict compares a closed form with an estimate: z = (estimate −
// closed)/se, and the verdict of a two-sided test at level standard
// errors (|z| > level disagrees), or Unreliable when the estimate's
// standard error cannot be trusted. When every draw gave the same value
// the standard error is zero, and float64 rounding (8 ulps) stands in
// for it.
func Verdict(e Estimate, closed, level float64) (z float64, verdict string) {
	se := math.Max(e.StdErr, 8*0x1p-52*math.Max(math.Abs(closed), math.Abs(e.Value)))
	if se > 0 {
		z = (e.Value - closed) / se
	}
	switch {
	case e.Unstable != "":
		return z, Unreliable
	case math.Abs(z) > level:
		return z, Disagrees
	}
	return z, Agrees
}
