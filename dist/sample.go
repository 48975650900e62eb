package dist

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Sampler draws from a member of a family with numeric parameters and
// evaluates its log-density, through gonum's distuv and distmv (the
// family's Gonum form, or the Sample it declares, which follows gonum's
// algorithms where gonum has the family): an implementation independent
// of the symbolic closed forms, which is what Monte-Carlo checks of those
// closed forms need.
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
	if smp := d.Family.Sample; smp != nil {
		return smp(θ), nil
	}
	if g := d.Family.Gonum; g != nil {
		return scalarSampler(func(src rand.Source) univariate { return g(θ, src) }), nil
	}
	return nil, fmt.Errorf("sampling from %s is not supported", d.Family.Name)
}

// scalarDraws is the sampler of a scalar family (Family.Sample) with
// log-density logp and draws from draw.
func scalarDraws(logp func(x float64) float64, draw func(rnd *rand.Rand) float64) *Sampler {
	return &Sampler{
		dim:  1,
		logp: func(x []float64) float64 { return logp(x[0]) },
		draw: func(dst []float64, rnd *rand.Rand) { dst[0] = draw(rnd) },
	}
}
