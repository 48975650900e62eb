package calc

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"statcalc/dist"
)

// Ctrl-C during mc keeps the estimate of the draws made so far, with its
// verdict, and the session goes on with its variables.
func TestInterruptKeepsMonteCarloEstimate(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	runLines(s, &buf, "a = 2")
	timer := time.AfterFunc(100*time.Millisecond, s.Interrupt)
	defer timer.Stop()
	// 10⁸ draws of a 5-dimensional normal take seconds.
	outs, fails := runLines(s, &buf, "mc kl(N([0, 0, 0, 0, 0], I(5)), N([1, 0, 0, 0, 0], 2 I(5))) n=100000000", "a + 1")
	if fails[0] || !strings.Contains(outs[0], "interrupted after") || !strings.Contains(outs[0], "| agrees") {
		t.Errorf("interrupted mc: %q (failed %v)", outs[0], fails[0])
	}
	if fails[1] || outs[1] != "3" {
		t.Errorf("the statement after: %q", outs[1])
	}
}

// DISAGREES fails the statement, in JSON Lines too, where the result
// carries every field.
func TestMonteCarloJSONAndFailure(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	s.SetFormat("json")
	if n := s.Run("", "mc kl(Binomial(10, 0.3), Binomial(10, 0.5)) n=200000 seed=1 level=2", 1); n != 1 {
		t.Errorf("a disagreement counted %d failures, want 1", n)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("want a result and an error, got %q", buf.String())
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"closed", "estimate", "se", "n", "seed", "z", "verdict"} {
		if _, ok := r[k]; !ok {
			t.Errorf("no %q in %s", k, lines[0])
		}
	}
	if r["verdict"] != "DISAGREES" || r["n"] != 200000.0 || r["seed"] != 1.0 {
		t.Errorf("fields %v", r)
	}
	if !strings.Contains(lines[1], `"error"`) {
		t.Errorf("no error object: %s", lines[1])
	}
}

// In bits, the estimate and the closed form are both divided by log 2.
func TestMonteCarloBits(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	outs, fails := runLines(s, &buf, ":units bits", "mc kl(N(0, 1), N(1, 2)) n=200000 seed=3")
	if fails[1] || !strings.HasPrefix(outs[1], "kl = 0.5 | MC 0.49954") || !strings.HasSuffix(outs[1], "agrees") {
		t.Errorf("in bits: %q", outs[1])
	}
}

// The matrix forms stop alike: the entries of the draws made so far.
func TestTimeBudgetKeepsMatrixEstimates(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	s.Timeout = 500 * time.Millisecond // enough chunks for an estimate on a loaded machine
	outs, fails := runLines(s, &buf, "mc cov(N([0, 0], [[1, 0.5], [0.5, 2]])) n=100000000", "mc fisher(Gamma(2, 3)) n=100000000")
	for i, out := range outs {
		if fails[i] || !strings.Contains(out, "stopped by the time budget of 500ms after") || strings.Count(out, "| agrees") != 3 {
			t.Errorf("%q (failed %v)", out, fails[i])
		}
	}
}

// A family that gonum and mc cannot sample is refused with its name.
func TestFamilyWithoutSampler(t *testing.T) {
	_, err := familyDensity(&dist.Family{Name: "Zeta"}, []float64{2})
	if err == nil || !strings.Contains(err.Error(), "Zeta has no sampler") {
		t.Errorf("got %v", err)
	}
}
