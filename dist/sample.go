package dist

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distmv"
	"gonum.org/v1/gonum/stat/distuv"
)

// Sampler draws from a member of a family with numeric parameters and
// evaluates its log-density, through gonum's distuv and distmv: an
// implementation independent of the symbolic closed forms, which is what
// Monte-Carlo checks of those closed forms need.
type Sampler struct {
	dim  int
	logp func(x []float64) float64
	draw func(dst []float64, rnd *rand.Rand)
}

// Dim returns the dimension of an observation.
func (s *Sampler) Dim() int { return s.dim }

// LogProb returns log p(x).
func (s *Sampler) LogProb(x []float64) (float64, error) {
	if len(x) != s.dim {
		return 0, fmt.Errorf("point has %d entries but the distribution has dimension %d", len(x), s.dim)
	}
	return s.logp(x), nil
}

// Rand draws one observation into dst (allocated when nil).
func (s *Sampler) Rand(dst []float64, rnd *rand.Rand) []float64 {
	if dst == nil {
		dst = make([]float64, s.dim)
	}
	s.draw(dst, rnd)
	return dst
}

// univariate is a gonum distribution built around a random source.
type univariate interface {
	LogProb(float64) float64
	Rand() float64
}

func scalarSampler(make func(src rand.Source) univariate) *Sampler {
	ref := make(nil)
	return &Sampler{
		dim:  1,
		logp: func(x []float64) float64 { return ref.LogProb(x[0]) },
		draw: func(dst []float64, rnd *rand.Rand) { dst[0] = make(rnd).Rand() },
	}
}

// Sampler returns a sampler for d, whose parameters must be numbers.
func (d *Dist) Sampler() (*Sampler, error) {
	if d.Multivariate() {
		return nil, fmt.Errorf("a multivariate normal samples through its MVN")
	}
	θ, err := d.Floats()
	if err != nil || !d.IsNumeric() {
		return nil, fmt.Errorf("sampling needs numeric parameters")
	}
	if x0, ok := d.Atom(); ok {
		// A member at the boundary of its parameters: all its mass at x0.
		return &Sampler{
			dim: 1,
			logp: func(x []float64) float64 {
				if x[0] == x0 {
					return 0
				}
				return math.Inf(-1)
			},
			draw: func(dst []float64, _ *rand.Rand) { dst[0] = x0 },
		}, nil
	}
	if g := d.Family.Gonum; g != nil {
		return scalarSampler(func(src rand.Source) univariate { return g(θ, src) }), nil
	}
	switch d.Family {
	case Poisson:
		return scalarSampler(func(src rand.Source) univariate { return distuv.Poisson{Lambda: θ[0], Src: src} }), nil
	case Bernoulli:
		return scalarSampler(func(src rand.Source) univariate { return distuv.Bernoulli{P: θ[0], Src: src} }), nil
	case Binomial:
		return scalarSampler(func(src rand.Source) univariate { return distuv.Binomial{N: θ[0], P: θ[1], Src: src} }), nil
	case Uniform:
		return uniformSampler(θ[0], θ[1]), nil
	case Geometric:
		p := θ[0]
		return &Sampler{
			dim: 1,
			logp: func(x []float64) float64 {
				if x[0] < 1 || x[0] != math.Trunc(x[0]) {
					return math.Inf(-1)
				}
				return math.Log(p) + (x[0]-1)*math.Log1p(-p)
			},
			// Inversion: the smallest k with 1 − (1−p)^k ≥ U.
			draw: func(dst []float64, rnd *rand.Rand) {
				dst[0] = math.Max(1, math.Ceil(math.Log1p(-rnd.Float64())/math.Log1p(-p)))
			},
		}, nil
	case Categorical:
		ref := distuv.NewCategorical(θ, nil)
		return &Sampler{
			dim:  1,
			logp: func(x []float64) float64 { return ref.LogProb(x[0] - 1) },
			draw: func(dst []float64, rnd *rand.Rand) { dst[0] = distuv.NewCategorical(θ, rnd).Rand() + 1 },
		}, nil
	case Dirichlet:
		ref := distmv.NewDirichlet(θ, nil)
		return &Sampler{
			dim:  len(θ),
			logp: ref.LogProb,
			draw: func(dst []float64, rnd *rand.Rand) { distmv.NewDirichlet(θ, rnd).Rand(dst) },
		}, nil
	}
	return nil, fmt.Errorf("sampling from %s is not supported", d.Family.Name)
}

// uniformSampler draws a(1 − u) + b u, which stays finite where
// a + (b − a) u overflows (Uniform(−1e308, 1e308)), and evaluates the
// log-density −log(b − a) through log(b/2 − a/2) + log 2 when b − a does.
func uniformSampler(a, b float64) *Sampler {
	logWidth := math.Log(b - a)
	if math.IsInf(b-a, 0) {
		logWidth = math.Log(b/2-a/2) + math.Ln2
	}
	return &Sampler{
		dim: 1,
		logp: func(x []float64) float64 {
			if x[0] < a || x[0] > b {
				return math.Inf(-1)
			}
			return -logWidth
		},
		draw: func(dst []float64, rnd *rand.Rand) {
			u := rnd.Float64()
			dst[0] = min(max(a*(1-u)+b*u, a), b)
		},
	}
}
