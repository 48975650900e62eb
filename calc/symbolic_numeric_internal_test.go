package calc

import (
	"math"
	"testing"
)

// TestRidders checks the extrapolated central difference against known
// derivatives, and that its error estimate bounds the actual error.
func TestRidders(t *testing.T) {
	for _, c := range []struct {
		name  string
		f, df func(float64) float64
		x     float64
	}{
		{"exp", math.Exp, math.Exp, 1},
		{"sin", math.Sin, math.Cos, 0.3},
		{"log", math.Log, func(x float64) float64 { return 1 / x }, 2.5},
		{"x^5", func(x float64) float64 { return math.Pow(x, 5) }, func(x float64) float64 { return 5 * math.Pow(x, 4) }, -1.7},
		{"atan", math.Atan, func(x float64) float64 { return 1 / (1 + x*x) }, 40},
	} {
		D := func(h float64) (float64, error) { return (c.f(c.x+h) - c.f(c.x-h)) / (2 * h), nil }
		got, est, err := ridders(D, stepFor(c.x))
		if err != nil {
			t.Fatal(err)
		}
		want := c.df(c.x)
		actual := math.Abs(got - want)
		if actual > 1e-11*math.Max(1, math.Abs(want)) {
			t.Errorf("%s at %g: %g, want %g (error %g)", c.name, c.x, got, want, actual)
		}
		if actual > 10*est+4e-16*math.Abs(want) {
			t.Errorf("%s at %g: error %g exceeds ten times the estimate %g", c.name, c.x, actual, est)
		}
	}
}
