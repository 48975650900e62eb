package calc_test

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"statcalc/calc"
)

// jsonRun runs statements in a fresh JSON session and returns the lines.
func jsonRun(t *testing.T, src string) []string {
	t.Helper()
	var buf bytes.Buffer
	s := calc.NewSession(&buf, &buf)
	if err := s.SetFormat("json"); err != nil {
		t.Fatal(err)
	}
	s.Run("", src, 1)
	return strings.Split(strings.TrimSpace(buf.String()), "\n")
}

// TestJSONExactNumbers: whole numbers keep their digits in "value" and
// "text"; entries beyond float64 are decimal strings, never null.
func TestJSONExactNumbers(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"10^6", `"value": 1000000, "text": "1000000"`},
		{":precision 30\n10^6", `"value": 1000000, "text": "1000000"`},
		{":precision 30\n1000", `"value": 1000, "text": "1000"`},
		{"123456789012", `"value": 123456789012, "text": "123456789012"`},
		{"[1e308] * 10", `"value": ["1e+309"], "text": "[1e+309]"`},
		{"[[1e309, 1], [2, 3]]", `"value": [["1e+309",1],[2,3]]`},
		{"1e-400", `"value": "1e-400", "text": "1e-400"`},
	} {
		lines := jsonRun(t, tc.src)
		got := lines[len(lines)-1]
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %s, want it to contain %s", tc.src, got, tc.want)
		}
	}
}

// TestUniformSampleWide: draws from Uniform(−1e308, 1e308) are finite,
// inside the support, and their mean is 0 within 5 standard errors
// (σ = (b − a)/√12 for the uniform).
func TestUniformSampleWide(t *testing.T) {
	const n = 20000
	lines := jsonRun(t, "sample(Uniform(-1e308, 1e308), 20000)")
	var r struct{ Value []float64 }
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil || len(r.Value) != n {
		t.Fatalf("output %.200s: %v", lines[0], err)
	}
	sum := 0.0
	for _, x := range r.Value {
		if math.IsInf(x, 0) || math.IsNaN(x) || x < -1e308 || x > 1e308 {
			t.Fatalf("draw %g outside [-1e308, 1e308]", x)
		}
		sum += x / n
	}
	sigma := 1e308 / math.Sqrt(3) / math.Sqrt(n)
	if math.Abs(sum) > 5*sigma {
		t.Errorf("mean %g is more than 5 standard errors (%g) from 0", sum, sigma)
	}
}
