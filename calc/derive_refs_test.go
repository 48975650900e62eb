package calc_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"statcalc/calc"
)

// TestDeriveRefs runs testdata/derive.sc and checks the value of each
// statement listed in testdata/refs/derive_refs.json (symbolic results
// derived independently with sympy, by testdata/refs/derive_refs.py)
// against its reference with check, which proves the identity or
// compares both sides at random points to 30 digits.
func TestDeriveRefs(t *testing.T) {
	data, err := os.ReadFile("../testdata/refs/derive_refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var refs struct {
		Count int `json:"count"`
		Cases []struct {
			File  string `json:"file"`
			Line  int    `json:"line"`
			Input string `json:"input"`
			Ref   string `json:"ref"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(data, &refs); err != nil {
		t.Fatal(err)
	}
	if refs.Count != len(refs.Cases) || refs.Count < 20 {
		t.Fatalf("references file lists %d cases and claims %d", len(refs.Cases), refs.Count)
	}
	byLine := map[int]int{}
	for i, c := range refs.Cases {
		if c.File != "testdata/derive.sc" {
			t.Fatalf("case %d is for %s", i, c.File)
		}
		byLine[c.Line] = i
	}
	exs := readTranscript(t, "../testdata/derive.sc", false)
	var buf bytes.Buffer
	s := calc.NewSession(&buf, &buf)
	checked := 0
	for _, ex := range exs {
		buf.Reset()
		if s.Run("", ex.input, ex.line) != 0 {
			t.Fatalf("derive.sc:%d: %s: %s", ex.line, ex.input, buf.String())
		}
		i, ok := byLine[ex.line]
		if !ok {
			continue
		}
		c := refs.Cases[i]
		if c.Input != ex.input {
			t.Fatalf("derive.sc:%d is %q, the reference is for %q: regenerate the references", ex.line, ex.input, c.Input)
		}
		buf.Reset()
		stmt := "ref_value = " + c.Input + "\ncheck ref_value == " + c.Ref + "\n:clear ref_value"
		if s.Run("", stmt, 1) != 0 || !strings.HasPrefix(buf.String(), "ok") {
			t.Errorf("derive.sc:%d: %s against %s: %s", ex.line, c.Input, c.Ref, buf.String())
		}
		checked++
	}
	if checked != refs.Count {
		t.Errorf("checked %d of %d references", checked, refs.Count)
	}
}
