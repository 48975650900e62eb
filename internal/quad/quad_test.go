package quad

import (
	"errors"
	"math"
	"testing"
)

func ok(f func(float64) float64) func(float64) (float64, error) {
	return func(x float64) (float64, error) { return f(x), nil }
}

func TestIntegrate(t *testing.T) {
	inf := math.Inf(1)
	// Exact values by hand or from the standard tables.
	tests := []struct {
		name string
		f    func(float64) float64
		a, b float64
		want float64
	}{
		{"x² on [0, 1]", func(x float64) float64 { return x * x }, 0, 1, 1.0 / 3},
		{"Gaussian on ℝ", func(x float64) float64 { return math.Exp(-x * x / 2) }, -inf, inf, math.Sqrt(2 * math.Pi)},
		{"e^−x on [0, ∞)", func(x float64) float64 { return math.Exp(-x) }, 0, inf, 1},
		{"e^x on (−∞, 0]", math.Exp, -inf, 0, 1},
		{"1/√x on [0, 1]", func(x float64) float64 { return 1 / math.Sqrt(x) }, 0, 1, 2},
		{"1/(1 + x²) on ℝ", func(x float64) float64 { return 1 / (1 + x*x) }, -inf, inf, math.Pi},
		{"log x on (0, 1]", math.Log, 0, 1, -1},
		{"sin on [0, π]", math.Sin, 0, math.Pi, 2},
	}
	for _, tc := range tests {
		r, err := Integrate(ok(tc.f), tc.a, tc.b)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		got := math.Abs(r.Value - tc.want)
		if got > r.AbsErr || r.AbsErr > 1e-9*math.Abs(tc.want) {
			t.Errorf("%s: %v ± %v, want %v (error %v)", tc.name, r.Value, r.AbsErr, tc.want, got)
		}
	}
	for _, tc := range []struct {
		name string
		f    func(float64) float64
		a, b float64
		end  string
	}{
		{"1/x on [1, ∞)", func(x float64) float64 { return 1 / x }, 1, inf, "upper"},
		{"1/x on (0, 1]", func(x float64) float64 { return 1 / x }, 0, 1, "lower"},
		{"1/x² on (0, 1]", func(x float64) float64 { return 1 / (x * x) }, 0, 1, "lower"},
		{"1/(x − 1)² on [0, 2]", func(x float64) float64 { return 1 / ((x - 1) * (x - 1)) }, 0, 2, ""},
	} {
		_, err := Integrate(ok(tc.f), tc.a, tc.b)
		var de *DivergenceError
		if !errors.As(err, &de) || de.End != tc.end {
			t.Errorf("%s: got %v, want a divergence at the %q end", tc.name, err, tc.end)
		}
	}
}
