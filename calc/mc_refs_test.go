package calc_test

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"statcalc/calc"
)

// mcRef is one mc statement of testdata/mc.sc with its references from
// testdata/refs/mc_refs.py (mpmath): the closed form, or for a pair
// without one the exact value of the expectation estimated.
type mcRef struct {
	File     string  `json:"file"`
	Line     int     `json:"line"`
	Input    string  `json:"input"`
	Closed   *string `json:"closed"`
	Estimate *string `json:"estimate"`
	// Matrix is the closed form of a fisher statement, printed entry by
	// entry (upper triangle) on the lines after a heading.
	Matrix [][]string `json:"matrix"`
	// Exact is the exact matrix a statement without a closed form
	// estimates: each entry within 5 standard errors.
	Exact [][]string `json:"exact"`
}

// mcResult is the JSON Lines object of an mc statement.
type mcResult struct {
	Text     string   `json:"text"`
	Closed   *float64 `json:"closed"`
	Estimate float64  `json:"estimate"`
	SE       float64  `json:"se"`
	N        int      `json:"n"`
	Seed     uint64   `json:"seed"`
	Z        *float64 `json:"z"`
	Verdict  string   `json:"verdict"`
	Error    string   `json:"error"`
}

// TestMCRefs runs each mc statement of the transcript: the closed form it
// prints (JSON and text, and the transcript's digits) must be mpmath's to
// the printed digits, and an estimate without a closed form must lie
// within 5 standard errors of the exact expectation.
func TestMCRefs(t *testing.T) {
	data, err := os.ReadFile("../testdata/refs/mc_refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var refs struct {
		Count int     `json:"count"`
		Cases []mcRef `json:"cases"`
	}
	if err := json.Unmarshal(data, &refs); err != nil || refs.Count != len(refs.Cases) || refs.Count < 15 {
		t.Fatalf("references: %v, %d cases", err, len(refs.Cases))
	}
	transcript, err := os.ReadFile("../testdata/mc.sc")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(transcript), "\n")
	for _, c := range refs.Cases {
		var buf bytes.Buffer
		s := calc.NewSession(&buf, &buf)
		s.SetFormat("json")
		if failed := s.Run("", c.Input, c.Line); failed > 0 {
			t.Errorf("%s: failed: %s", c.Input, buf.String())
			continue
		}
		if c.Matrix != nil || c.Exact != nil {
			checkMCMatrix(t, c, buf.String(), lines)
			continue
		}
		var r mcResult
		if err := json.Unmarshal(buf.Bytes(), &r); err != nil {
			t.Errorf("%s: %v in %q", c.Input, err, buf.String())
			continue
		}
		if r.N < 2 || r.SE <= 0 || r.Seed == 0 || r.Verdict == "" {
			t.Errorf("%s: incomplete result %+v", c.Input, r)
		}
		shown := ""
		if c.Line < len(lines) && strings.HasPrefix(lines[c.Line], "\t") {
			shown = lines[c.Line][1:]
		}
		if shown != r.Text {
			t.Errorf("%s: the transcript shows %q, the session prints %q", c.Input, shown, r.Text)
		}
		if c.Closed == nil {
			want, _ := strconv.ParseFloat(*c.Estimate, 64)
			if r.Closed != nil || r.Verdict != "no closed form" {
				t.Errorf("%s: a closed form %v, verdict %q; want none", c.Input, r.Closed, r.Verdict)
			}
			if z := (r.Estimate - want) / r.SE; math.Abs(z) > 5 {
				t.Errorf("%s: estimate %g ± %g is %.1f standard errors from the exact %g", c.Input, r.Estimate, r.SE, z, want)
			}
			continue
		}
		want, _ := strconv.ParseFloat(*c.Closed, 64)
		if r.Closed == nil || math.Abs(*r.Closed-want) > 1e-12*math.Abs(want) {
			t.Errorf("%s: closed form %v, mpmath %s", c.Input, r.Closed, *c.Closed)
			continue
		}
		// The printed closed form: "f = digits | …" at 10 digits.
		_, rest, _ := strings.Cut(r.Text, " = ")
		printed, _, _ := strings.Cut(rest, " ")
		if got, err := strconv.ParseFloat(printed, 64); err != nil || math.Abs(got-want) > 5e-10*math.Abs(want) {
			t.Errorf("%s: prints %q, mpmath %s", c.Input, printed, *c.Closed)
		}
		if r.Z == nil || math.Abs(*r.Z-(r.Estimate-want)/r.SE) > 1e-6*math.Max(1, math.Abs(*r.Z)) {
			t.Errorf("%s: z = %v, but (estimate − closed)/se = %g", c.Input, r.Z, (r.Estimate-want)/r.SE)
		}
	}
}

// checkMCMatrix checks the entries of `mc fisher(…)`: one JSON object an
// entry of the upper triangle, the closed form mpmath's, the transcript's
// lines the text of each.
func checkMCMatrix(t *testing.T, c mcRef, out string, lines []string) {
	objs := strings.Split(strings.TrimSpace(out), "\n")
	ref := c.Matrix
	if ref == nil {
		ref = c.Exact
	}
	k, cols := len(ref), len(ref[0])
	want := k * (k + 1) / 2
	if cols == 1 {
		want = k
	}
	if len(objs) != want {
		t.Errorf("%s: %d results for a %d×%d matrix", c.Input, len(objs), k, cols)
		return
	}
	n := 0
	for i := 0; i < k; i++ {
		for j := i * min(cols-1, 1); j < cols; j++ {
			var r struct {
				mcResult
				Row, Col        int
				EstimateHessian float64 `json:"estimate_hessian"`
				SEHessian       float64 `json:"se_hessian"`
			}
			if err := json.Unmarshal([]byte(objs[n]), &r); err != nil {
				t.Fatalf("%s: %v", c.Input, err)
			}
			want, _ := strconv.ParseFloat(ref[i][j], 64)
			switch {
			case c.Exact != nil:
				if r.Closed != nil || r.Verdict != "no closed form" || math.Abs(r.Estimate-want) > 5*r.SE {
					t.Errorf("%s: entry %d, %d = %+v, exact %s", c.Input, i+1, j+1, r, ref[i][j])
				}
			case r.Row != i+1 || r.Col != j+1 || r.Closed == nil || math.Abs(*r.Closed-want) > 1e-12*math.Max(math.Abs(want), 1e-300):
				t.Errorf("%s: entry %d, %d = %+v, mpmath %s", c.Input, i+1, j+1, r, ref[i][j])
			case r.SE <= 0 || strings.Contains(r.Text, "−Hessian") && r.SEHessian <= 0 || r.Verdict != "agrees":
				t.Errorf("%s: entry %d, %d: %+v", c.Input, i+1, j+1, r)
			}
			// Line c.Line is the statement, c.Line+1 the heading.
			if l := c.Line + 1 + n; l >= len(lines) || strings.TrimSpace(lines[l]) != r.Text {
				t.Errorf("%s: the transcript's line %d is not %q", c.Input, l+1, r.Text)
			}
			n++
		}
	}
}
