package metrics

import (
	"errors"
	"testing"

	"statcalc/dist"
	"statcalc/sym"
)

// TestRenyiLeavesNaturalSpace: for every family whose natural parameter
// space is not all of ℝᵏ, an order α > 1 that takes α η_p + (1−α) η_q
// outside it gives +∞ (dist.Infinite), and one that stays inside a
// finite, non-negative value; Bhattacharyya (α = ½) always stays inside.
func TestRenyiLeavesNaturalSpace(t *testing.T) {
	for _, c := range []struct {
		family  *dist.Family
		p, q    []float64
		out, in float64 // an order outside (or on the boundary), and one inside
	}{
		{dist.Normal, []float64{0, 4}, []float64{0, 1}, 9.5, 1.2},
		{dist.LogNormal, []float64{0, 4}, []float64{0, 1}, 9.5, 1.2},
		{dist.Exponential, []float64{1}, []float64{3}, 1.5, 1.4},
		{dist.Gamma, []float64{2, 1}, []float64{3, 1}, 9.5, 2},
		{dist.Beta, []float64{1, 1}, []float64{5.5, 5.5}, 2, 1.1},
		{dist.Geometric, []float64{0.5}, []float64{0.9}, 30, 1.1},
		{dist.Dirichlet, []float64{1, 1}, []float64{5, 5}, 2, 1.1},
	} {
		p, err := c.family.NewFloat(c.p...)
		if err != nil {
			t.Fatal(err)
		}
		q, err := c.family.NewFloat(c.q...)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Renyi(p, q, sym.Float(c.out))
		var inf *dist.Infinite
		if !errors.As(err, &inf) {
			t.Errorf("%s: Rényi of order %g: got %v, want +∞", c.family.Name, c.out, err)
		}
		e, err := Renyi(p, q, sym.Float(c.in))
		if err != nil {
			t.Errorf("%s: Rényi of order %g: %v", c.family.Name, c.in, err)
			continue
		}
		if v, err := sym.Float64(e); err != nil || !(v >= 0) {
			t.Errorf("%s: Rényi of order %g = %v, %v; want a finite non-negative value", c.family.Name, c.in, v, err)
		}
		if _, err := Bhattacharyya(p, q); err != nil {
			t.Errorf("%s: Bhattacharyya: %v", c.family.Name, err)
		}
	}
}
