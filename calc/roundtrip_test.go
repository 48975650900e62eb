package calc_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"statcalc/calc"
)

// jsonValue runs one statement in JSON format and returns its "value".
func jsonValue(t *testing.T, s *calc.Session, out *bytes.Buffer, src string) (any, bool) {
	t.Helper()
	out.Reset()
	s.Run("", src, 1)
	var obj map[string]any
	if err := json.Unmarshal(out.Bytes(), &obj); err != nil {
		return nil, false
	}
	v, ok := obj["value"]
	return v, ok
}

// roundTripInputs are expressions whose printed form must read back.
var roundTripInputs = []string{
	"x + 1", "2 x", "x/2", "-x", "-x^2", "(-x)^3", "x^-1", "1/x^2", "x^(1/2)", "2^x",
	"log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2) - 1/2",
	"a b c", "(a + b) c", "a (b + c)", "(a + b)^2", "a^b^c", "(a^b)^c", "-(a + b)",
	"a - (b - c)", "a/(b c)", "a/b/c", "(a/b)/(c/d)", "3/4 x", "-3/4 x y^2",
	"sqrt(x)", "exp(-x^2/2)", "abs(x - 1)", "lgamma(a) + digamma(b) - trigamma(c)",
	"polygamma(2, x)", "lbeta(a, b)", "x 0.5", "1e-30 x", "1.5e300 y", "x + 1e-7",
	"(a1 - a2) digamma(a1) - lgamma(a1) + lgamma(a2) + a2 (log(b1) - log(b2)) + a1 (b2 - b1)/b1",
	"diff(log(s^2), s)", "exp(x) exp(y)", "log(x)^2", "log(x^2)", "x^2 y^3 z",
	"pi x", "e^x", "2 pi", "sqrt(2) x", "x - 2 y + 3 z",
}

func TestPrintParseRoundTrip(t *testing.T) {
	inputs := append([]string(nil), roundTripInputs...)
	corpus, _ := filepath.Glob("../parser/testdata/fuzz/FuzzParse/*")
	for _, path := range corpus {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		// Corpus files are "go test fuzz v1" followed by string("…").
		lines := strings.Split(string(data), "\n")
		if len(lines) < 2 || !strings.HasPrefix(lines[1], "string(") {
			continue
		}
		var src string
		if err := json.Unmarshal([]byte(strings.TrimSuffix(strings.TrimPrefix(lines[1], "string("), ")")), &src); err == nil {
			inputs = append(inputs, src)
		}
	}
	var out bytes.Buffer
	checked := 0
	for _, in := range inputs {
		if strings.ContainsAny(in, ":;\n=") || strings.Contains(in, "mc ") {
			continue
		}
		s := calc.NewSession(&out, &out)
		s.SetFormat("json")
		v, ok := jsonValue(t, s, &out, in)
		printed, isString := v.(string)
		if !ok || !isString {
			continue // numbers, matrices and errors are not expressions
		}
		v2, ok := jsonValue(t, s, &out, printed)
		if !ok {
			t.Errorf("%s prints as %s, which does not parse back: %s", in, printed, out.String())
			continue
		}
		if v2 != printed {
			t.Errorf("%s prints as %s, which reads back as %v", in, printed, v2)
		}
		checked++
	}
	if checked < len(roundTripInputs)/2 {
		t.Fatalf("only %d expressions were checked", checked)
	}
}
