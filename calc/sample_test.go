package calc_test

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"statcalc/calc"
)

// TestSampleMoments checks the first two moments of sample(p, n) against
// the distribution's mean and variance, within 4.5 standard errors.
func TestSampleMoments(t *testing.T) {
	cases := []struct {
		dist      string
		mean, vr  float64
		fourthMom float64 // E[(x − μ)⁴], for the standard error of the variance
	}{
		{"N(3, 4)", 3, 4, 3 * 16},
		{"Gamma(2, 0.5)", 4, 8, 3 * 2 * (2 + 2) / math.Pow(0.5, 4)},
		{"Poisson(3)", 3, 3, 3 * (1 + 3*3)},
		{"Geometric(0.25)", 4, 12, 0},
		{"Uniform(-1, 3)", 1, 16.0 / 12, math.Pow(4, 4) / 80},
	}
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	s.SetFormat("json")
	const n = 200_000
	for _, c := range cases {
		out.Reset()
		s.Run("", "sample("+c.dist+", 200000)", 1)
		var res struct {
			Value []float64 `json:"value"`
			Error string    `json:"error"`
		}
		if err := json.Unmarshal(out.Bytes(), &res); err != nil || len(res.Value) != n {
			t.Fatalf("%s: %v %s", c.dist, err, res.Error)
		}
		var m, v float64
		for _, x := range res.Value {
			m += x
		}
		m /= n
		for _, x := range res.Value {
			v += (x - m) * (x - m)
		}
		v /= n - 1
		if se := math.Sqrt(c.vr / n); math.Abs(m-c.mean) > 4.5*se {
			t.Errorf("%s: sample mean %g, want %g ± %g", c.dist, m, c.mean, se)
		}
		if c.fourthMom > 0 {
			if se := math.Sqrt((c.fourthMom - c.vr*c.vr) / n); math.Abs(v-c.vr) > 4.5*se {
				t.Errorf("%s: sample variance %g, want %g ± %g", c.dist, v, c.vr, se)
			}
		}
	}
}
