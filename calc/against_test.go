package calc_test

import (
	"bytes"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"statcalc/calc"
)

func TestReferee(t *testing.T) {
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	s.Run("", "p = N(0, 1); q = N(1, 2)", 1)
	// References: log(2) and KL(N(0,1) ‖ N(1,2)) = log(√2) + 1/2 − 1/2 =
	// (log 2)/2 from mpmath (testdata/refs/verbs_refs.py).
	tests := []struct {
		input, value string
		digits       int
	}{
		{"log(2)", "0.6931", 4},
		{"log(2)", "0.69314718055994530941723212145817656807550013436025525", 40},
		{"kl(p, q)", "0.3465735902799727", 15},
		{"kl(p, q)", "0.35", 2}, // relative error 0.0099: ⌊−log₁₀⌋ = 2
		{"digamma(1)", "-0.5772156649", 11},
	}
	for _, tc := range tests {
		v, err := s.Referee(tc.input, tc.value)
		if err != nil {
			t.Errorf("%s: %v", tc.input, err)
			continue
		}
		if v.Digits != tc.digits {
			t.Errorf("%s = %s: %d correct digits, want %d (reference %s)", tc.input, tc.value, v.Digits, tc.digits, v.Reference)
		}
	}
	if _, err := s.Referee("kl(p, x)", "1"); err == nil {
		t.Error("an input that fails must be an error")
	}
	if _, err := s.Referee("log(2)", "abc"); err == nil {
		t.Error("a value that is not a number must be an error")
	}
	out.Reset()
	lines := `{"input": "log(2)", "value": 0.6931471805599453}
{"input": "1/3", "value": "0.333"}
not json
`
	if failed := s.RunAgainst("v.jsonl", strings.NewReader(lines)); failed != 1 {
		t.Errorf("RunAgainst: %d failures, want 1 (the line that is not JSON)\n%s", failed, out.String())
	}
	for _, want := range []string{"v.jsonl:1: log(2) = 0.6931471805599453: 16 correct digits", "v.jsonl:2: 1/3 = 0.333: 3 correct digits",
		"v.jsonl:3: expected", "2 values judged: median 16 correct digits, worst 3 (line 2)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("RunAgainst output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestCertifiedJSON checks that the lo and hi of JSON results hold the
// exact value and that digits counts the correct digits of value.
func TestCertifiedJSON(t *testing.T) {
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	s.Run("", ":format json", 1)
	for _, tc := range []struct {
		input  string
		exact  *big.Rat // nil: only check the fields are consistent
		digits int
	}{
		{"1/3", big.NewRat(1, 3), 16},
		{"1/4", big.NewRat(1, 4), 17},
		{"2/7 - 1/7", big.NewRat(1, 7), 16},
		{"log(2)", nil, 16},
		{"integrate(exp(-x), x, 0, 1)", nil, 16},
	} {
		out.Reset()
		s.Run("", tc.input, 1)
		var got struct {
			Value  json.Number
			Digits int
			Lo, Hi json.Number
		}
		d := json.NewDecoder(strings.NewReader(out.String()))
		d.UseNumber()
		if err := d.Decode(&got); err != nil || got.Lo == "" || got.Hi == "" {
			t.Errorf("%s: %v in %s", tc.input, err, out.String())
			continue
		}
		if got.Digits < tc.digits-1 || got.Digits > 17 {
			t.Errorf("%s: digits %d, want about %d", tc.input, got.Digits, tc.digits)
		}
		lo, _ := new(big.Rat).SetString(string(got.Lo))
		hi, _ := new(big.Rat).SetString(string(got.Hi))
		v, _ := new(big.Rat).SetString(string(got.Value))
		if tc.exact != nil && (lo.Cmp(tc.exact) > 0 || hi.Cmp(tc.exact) < 0) {
			t.Errorf("%s: [%s, %s] does not hold the exact value", tc.input, got.Lo, got.Hi)
		}
		if lo.Cmp(v) > 0 || hi.Cmp(v) < 0 {
			t.Errorf("%s: [%s, %s] does not hold the printed value %s", tc.input, got.Lo, got.Hi, got.Value)
		}
	}
}
