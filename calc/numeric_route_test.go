package calc_test

import (
	"encoding/json"
	"math"
	"os"
	"testing"
)

// TestNumericRouteSample runs the numeric route's statements of
// testdata/anypair.sc (a fixed sample of the pairs scripts/numroute_sweep.py
// sweeps: heavy tails, poles at an end, narrow peaks, support mismatches)
// and checks that the interval each result vouches for ([lo, hi] of its JSON
// form) holds the mpmath reference of testdata/refs/anypair_refs.py: the
// error estimate is honest, not just the printed digits right.
func TestNumericRouteSample(t *testing.T) {
	data, err := os.ReadFile("../testdata/refs/golden_refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var refs struct {
		Cases []refCase `json:"cases"`
	}
	if err := json.Unmarshal(data, &refs); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, c := range refs.Cases {
		if c.File != "testdata/anypair.sc" {
			continue
		}
		ref, err := parseRef(c.Ref)
		if err != nil || ref.shape != "scalar" {
			continue
		}
		want, _ := ref.x[0].Float64()
		r, err := runRefCase(c)
		if err != nil {
			t.Errorf("%s:%d: %s: %v", c.File, c.Line, c.Input, err)
			continue
		}
		if r.Lo == nil || r.Hi == nil {
			continue // exact, or a closed form: no interval to check
		}
		slack := 4 * 0x1p-52 * math.Abs(want)
		if !(*r.Lo-slack <= want && want <= *r.Hi+slack) {
			t.Errorf("%s:%d: %s vouches for [%.17g, %.17g], reference %.17g", c.File, c.Line, c.Input, *r.Lo, *r.Hi, want)
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("checked %d intervals of testdata/anypair.sc, want at least 10", checked)
	}
	t.Logf("checked %d intervals", checked)
}
