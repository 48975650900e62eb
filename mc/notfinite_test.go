package mc

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// pointMass draws x = at and gives log p(x) = logp: a density whose value
// float64 cannot hold.
type pointMass struct{ at, logp float64 }

func (pointMass) Dim() int                                     { return 1 }
func (d pointMass) LogProb([]float64) (float64, error)         { return d.logp, nil }
func (d pointMass) Rand(dst []float64, _ *rand.Rand) []float64 { dst[0] = d.at; return dst }

// TestNotFinite: a NaN or infinite integrand at a draw is an error, never
// a NaN estimate.
func TestNotFinite(t *testing.T) {
	c := Config{N: 100, Seed: 1}
	nan := pointMass{0, math.NaN()}
	inf := pointMass{0, math.Inf(1)}
	fine := pointMass{0, -1}
	for name, run := range map[string]func() (Estimate, error){
		"KL NaN":      func() (Estimate, error) { return KL(nan, fine, c) },
		"KL +Inf":     func() (Estimate, error) { return KL(inf, fine, c) },
		"entropy NaN": func() (Estimate, error) { return Entropy(nan, c) },
	} {
		e, err := run()
		if !errors.Is(err, ErrNotFinite) {
			t.Errorf("%s: got %+v, %v; want ErrNotFinite", name, e, err)
		}
	}
	if e, err := KL(fine, fine, c); err != nil || e.Value != 0 {
		t.Errorf("KL of equal finite densities: %+v, %v", e, err)
	}
}
