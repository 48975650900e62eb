package calc_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"statcalc/calc"
)

// TestFisherRefs checks each Fisher information matrix of
// testdata/fisher_coords.sc against sympy's −E[Hessian], computed by
// symbolic integration or summation in testdata/refs/fisher_refs.py.
func TestFisherRefs(t *testing.T) {
	data, err := os.ReadFile("../testdata/refs/fisher_refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var refs struct {
		Cases []struct {
			Statement string   `json:"statement"`
			Setup     []string `json:"setup"`
			Ref       string   `json:"ref"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(data, &refs); err != nil {
		t.Fatal(err)
	}
	if len(refs.Cases) < 20 {
		t.Fatalf("only %d reference cases: fisher_refs.json is incomplete", len(refs.Cases))
	}
	transcript, err := os.ReadFile("../testdata/fisher_coords.sc")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range refs.Cases {
		if !strings.Contains(string(transcript), "\n"+c.Statement+"\n") {
			t.Errorf("%s is not a statement of testdata/fisher_coords.sc", c.Statement)
		}
		var buf bytes.Buffer
		s := calc.NewSession(&buf, &buf)
		for _, st := range c.Setup {
			if s.Run("", st, 1) > 0 {
				t.Fatalf("setup %q: %s", st, buf.String())
			}
		}
		buf.Reset()
		stmt := "check " + c.Statement + " == " + c.Ref
		if s.Run("", stmt, 1) > 0 || !strings.HasPrefix(buf.String(), "ok") {
			t.Errorf("%s\ngot: %s", stmt, buf.String())
		}
	}
}
