package calc_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"statcalc/calc"
)

// floatSlack allows for the float64 rounding error of a computed result,
// which can move the last printed digit when the exact value lies at a
// rounding tie.
const floatSlack = 1e-12

// minRefCases guards against a references file emptied by accident: the
// transcripts hold well over this many numeric results.
const minRefCases = 100

// refCase is one statement of a transcript with a reference value computed
// independently by testdata/refs/golden_refs.py (mpmath, 50 digits).
type refCase struct {
	File  string          `json:"file"`  // transcript, relative to the module root
	Line  int             `json:"line"`  // line of the statement in it
	Input string          `json:"input"` // the statement exactly as written there
	Setup []string        `json:"setup"` // statements run before it in a fresh session
	Ref   json.RawMessage `json:"ref"`   // "x", ["x", …] or [["x", …], …]
	RTol  float64         `json:"rtol"`  // relative tolerance of the JSON value
	Why   string          `json:"why"`   // reason for an rtol looser than 1e-12
	// PrintedDigits marks a message (a check's outcome) whose numbers are
	// printed with this many significant digits and have no JSON number.
	PrintedDigits int `json:"printed_digits"`
}

// refValue is a scalar, vector or matrix of high-precision numbers.
type refValue struct {
	shape string // "scalar", "vector" or "matrix"
	rows  int
	cols  int
	x     []*big.Float
}

func (n refValue) String() string {
	parts := make([]string, len(n.x))
	for i, x := range n.x {
		parts[i] = x.Text('g', 17)
	}
	return fmt.Sprintf("%s %d×%d [%s]", n.shape, n.rows, n.cols, strings.Join(parts, ", "))
}

const bigPrec = 256 // bits: enough for references of 45 digits

func parseBigFloat(s string) (*big.Float, error) {
	f, _, err := big.ParseFloat(strings.TrimSpace(s), 10, bigPrec, big.ToNearestEven)
	return f, err
}

// parseRef decodes a reference: a string, a list of strings or a list of lists.
func parseRef(raw json.RawMessage) (refValue, error) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		f, err := parseBigFloat(s)
		return refValue{"scalar", 1, 1, []*big.Float{f}}, err
	}
	var v []string
	if json.Unmarshal(raw, &v) == nil {
		n := refValue{"vector", len(v), 1, nil}
		for _, s := range v {
			f, err := parseBigFloat(s)
			if err != nil {
				return n, err
			}
			n.x = append(n.x, f)
		}
		return n, nil
	}
	var m [][]string
	if err := json.Unmarshal(raw, &m); err != nil {
		return refValue{}, fmt.Errorf("reference %s is neither a number, a vector nor a matrix", raw)
	}
	n := refValue{"matrix", len(m), 0, nil}
	for _, row := range m {
		if n.cols == 0 {
			n.cols = len(row)
		}
		if len(row) != n.cols {
			return n, fmt.Errorf("reference %s has ragged rows", raw)
		}
		for _, s := range row {
			f, err := parseBigFloat(s)
			if err != nil {
				return n, err
			}
			n.x = append(n.x, f)
		}
	}
	return n, nil
}

// parseValue decodes the "value" of a JSON Lines result (decoded with
// UseNumber): a number, an array of numbers or an array of arrays. A string
// is returned as ok == false.
func parseValue(v any) (n refValue, ok bool, err error) {
	num := func(v any) (*big.Float, error) {
		if s, isText := v.(string); isText {
			// An entry beyond the float64 range, as decimal text.
			return parseBigFloat(s)
		}
		j, isNum := v.(json.Number)
		if !isNum {
			return nil, fmt.Errorf("%v (%T) is not a number", v, v)
		}
		return parseBigFloat(j.String())
	}
	switch v := v.(type) {
	case json.Number:
		f, err := num(v)
		return refValue{"scalar", 1, 1, []*big.Float{f}}, true, err
	case string:
		return refValue{}, false, nil
	case []any:
		if len(v) > 0 {
			if _, isRow := v[0].([]any); isRow {
				n := refValue{"matrix", len(v), 0, nil}
				for _, r := range v {
					row, isRow := r.([]any)
					if !isRow || (n.cols != 0 && len(row) != n.cols) {
						return n, true, fmt.Errorf("ragged matrix %v", v)
					}
					n.cols = len(row)
					for _, x := range row {
						f, err := num(x)
						if err != nil {
							return n, true, err
						}
						n.x = append(n.x, f)
					}
				}
				return n, true, nil
			}
		}
		n := refValue{"vector", len(v), 1, nil}
		for _, x := range v {
			f, err := num(x)
			if err != nil {
				return n, true, err
			}
			n.x = append(n.x, f)
		}
		return n, true, nil
	}
	return refValue{}, true, fmt.Errorf("value %v (%T) is not a number, vector or matrix", v, v)
}

// bigClose reports whether |got − want| ≤ rtol·max(|want|, tiny), with tiny
// the smallest normal float64, so that a zero reference demands zero (up to
// underflow) and a reference below the float64 range accepts its rounding.
func bigClose(got, want *big.Float, rtol float64) bool {
	diff := new(big.Float).SetPrec(bigPrec).Sub(got, want)
	diff.Abs(diff)
	scale := new(big.Float).SetPrec(bigPrec).Abs(want)
	if tiny := big.NewFloat(0x1p-1022); scale.Cmp(tiny) < 0 {
		scale = tiny
	}
	bound := new(big.Float).SetPrec(bigPrec).Mul(scale, big.NewFloat(rtol))
	return diff.Cmp(bound) <= 0
}

var (
	numberRE = regexp.MustCompile(`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`)
	latexE   = regexp.MustCompile(`(\d+(?:\.\d+)?) \\times 10\^\{([-+]?\d+)\}`)
)

// printedNumbers returns the numbers a result prints: in plain text, in
// LaTeX (a \times 10^{b}) or inside a JSON Lines object (its "text").
func printedNumbers(out string) []string {
	if strings.HasPrefix(out, "{") {
		var obj struct{ Text string }
		if json.Unmarshal([]byte(out), &obj) == nil {
			out = obj.Text
		}
	}
	out = latexE.ReplaceAllString(out, "${1}e${2}")
	return numberRE.FindAllString(out, -1)
}

// leadingExponent is the decimal exponent of the first significant digit
// of a printed number and its count of significant digits (0, 0 for zero).
func leadingExponent(s string) (exp, sig int) {
	s = strings.TrimLeft(s, "+-")
	mant, e, _ := strings.Cut(strings.ToLower(s), "e")
	shift, _ := strconv.Atoi(e)
	ip, frac, _ := strings.Cut(mant, ".")
	ip = strings.TrimLeft(ip, "0")
	all := strings.TrimRight(strings.TrimLeft(ip+frac, "0"), "0")
	if all == "" {
		return 0, 0
	}
	if ip != "" {
		return len(ip) - 1 + shift, len(all)
	}
	lead := len(frac) - len(strings.TrimLeft(frac, "0"))
	return -lead - 1 + shift, len(all)
}

func bigPow10(n int) *big.Float {
	p := new(big.Float).SetPrec(bigPrec).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(n, -n))), nil))
	if n < 0 {
		return p.Quo(new(big.Float).SetPrec(bigPrec).SetInt64(1), p)
	}
	return p
}

// checkPrinted asserts that every number of a printed result is the
// reference rounded to digits significant digits: off by at most half a
// unit in the last place, plus slack·|ref| for rounding error at a tie.
// Printing drops trailing zeros, so "1.5" at 10 digits stands for
// 1.500000000. With warned set the result was printed with fewer digits
// on purpose, and each number is held to the digits it shows.
func checkPrinted(out string, ref refValue, digits int, slack float64, warned bool) error {
	nums := printedNumbers(out)
	if len(nums) != len(ref.x) {
		return fmt.Errorf("prints %d numbers %q, the reference has %d", len(nums), nums, len(ref.x))
	}
	for i, s := range nums {
		got, err := parseBigFloat(s)
		if err != nil {
			return fmt.Errorf("cannot read %q: %v", s, err)
		}
		want := ref.x[i]
		tol := new(big.Float).SetPrec(bigPrec).Abs(want)
		tol.Mul(tol, big.NewFloat(slack))
		if e, sig := leadingExponent(s); sig > 0 {
			d := digits
			if warned {
				d = sig
			}
			half := bigPow10(e - d + 1)
			tol.Add(tol, half.Quo(half, big.NewFloat(2)))
		}
		diff := new(big.Float).SetPrec(bigPrec).Sub(got, want)
		if diff.Abs(diff).Cmp(tol) > 0 {
			return fmt.Errorf("prints %s, the reference %s differs by %s (allowed %s at %d digits)",
				s, want.Text('g', 45), diff.Text('g', 3), tol.Text('g', 3), digits)
		}
	}
	return nil
}

// jsonResult is one JSON Lines object of a statement's output.
type jsonResult struct {
	Value   any    `json:"value"`
	Text    string `json:"text"`
	Warning string `json:"warning"`
	Error   string `json:"error"`
	// Lo and Hi bound a value the numeric route computed (nil otherwise).
	Lo, Hi *float64
}

// runRefCase runs a case's setup and statement in a fresh session with JSON
// output and returns the statement's one result.
func runRefCase(c refCase) (jsonResult, error) {
	var buf bytes.Buffer
	s := calc.NewSession(&buf, &buf)
	if err := s.SetFormat("json"); err != nil {
		return jsonResult{}, err
	}
	for _, st := range c.Setup {
		if failed := s.Run("", st, 1); failed > 0 {
			return jsonResult{}, fmt.Errorf("setup %q failed: %s", st, buf.String())
		}
	}
	buf.Reset()
	if failed := s.Run("", c.Input, c.Line); failed > 0 {
		return jsonResult{}, fmt.Errorf("failed: %s", buf.String())
	}
	var results []jsonResult
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		dec := json.NewDecoder(strings.NewReader(l))
		dec.UseNumber()
		var r jsonResult
		if err := dec.Decode(&r); err != nil {
			return jsonResult{}, fmt.Errorf("output %q is not JSON: %v", l, err)
		}
		if r.Error != "" {
			return jsonResult{}, fmt.Errorf("error: %s", r.Error)
		}
		results = append(results, r)
	}
	if len(results) != 1 {
		return jsonResult{}, fmt.Errorf("gave %d results, want 1: %q", len(results), buf.String())
	}
	return results[0], nil
}

// sessionDigits is the number of significant digits results are printed
// with after the setup's :digits and :precision commands.
func sessionDigits(setup []string) (digits int, decimal bool) {
	digits, prec := 10, 0
	for _, st := range setup {
		f := strings.Fields(st)
		if len(f) != 2 {
			continue
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			continue
		}
		switch f[0] {
		case ":digits":
			digits = n
		case ":precision":
			prec = n
		}
	}
	if prec > 0 {
		return prec, true
	}
	return digits, false
}

// TestGoldenRefs checks every numeric result of the golden transcripts
// against its independent reference: the value the session computes now
// (JSON Lines, float64), the digits it prints now, and the digits the
// transcript shows.
func TestGoldenRefs(t *testing.T) {
	data, err := os.ReadFile("../testdata/refs/golden_refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var refs struct {
		Count int       `json:"count"`
		Cases []refCase `json:"cases"`
	}
	if err := json.Unmarshal(data, &refs); err != nil {
		t.Fatal(err)
	}
	if refs.Count != len(refs.Cases) || refs.Count < minRefCases {
		t.Fatalf("references file lists %d cases and claims %d; want the same, at least %d",
			len(refs.Cases), refs.Count, minRefCases)
	}
	transcripts := map[string][]example{}
	checked := 0
	for _, c := range refs.Cases {
		name := fmt.Sprintf("%s:%d", c.File, c.Line)
		t.Run(name, func(t *testing.T) {
			if c.RTol <= 0 || c.RTol > 1e-12 && c.Why == "" {
				t.Fatalf("%s: rtol %g: want a positive rtol, above 1e-12 only with a reason", c.Input, c.RTol)
			}
			ref, err := parseRef(c.Ref)
			if err != nil {
				t.Fatalf("%s: %v", c.Input, err)
			}
			digits, decimal := sessionDigits(c.Setup)
			slack := floatSlack
			if decimal {
				slack = math.Pow(10, float64(-digits-1))
			}
			if c.PrintedDigits > 0 {
				digits = c.PrintedDigits
			}

			r, err := runRefCase(c)
			if err != nil {
				t.Fatalf("%s: %v", c.Input, err)
			}
			got, isNumber, err := parseValue(r.Value)
			switch {
			case err != nil:
				t.Fatalf("%s: %v", c.Input, err)
			case !isNumber && c.PrintedDigits > 0:
				// A message: its numbers are checked as printed, below.
			case !isNumber:
				// Only a number beyond the float64 range has no JSON number;
				// its value is then a string of its decimal digits.
				huge := new(big.Float).SetFloat64(math.MaxFloat64)
				tiny := new(big.Float).SetFloat64(math.SmallestNonzeroFloat64)
				abs := new(big.Float).Abs(ref.x[0])
				if ref.shape != "scalar" || abs.Cmp(huge) <= 0 && abs.Cmp(tiny) >= 0 {
					t.Fatalf("%s: value %q is not a number", c.Input, r.Value)
				}
				if f, err := parseBigFloat(r.Value.(string)); err == nil {
					got, isNumber = refValue{"scalar", 1, 1, []*big.Float{f}}, true
				}
			case c.PrintedDigits > 0:
				t.Fatalf("%s: value %v is a number, but the case expects a message", c.Input, r.Value)
			}
			if isNumber {
				if got.shape != ref.shape || got.rows != ref.rows || got.cols != ref.cols {
					t.Fatalf("%s = %v, reference %v: shapes differ", c.Input, got, ref)
				}
				for i := range ref.x {
					if !bigClose(got.x[i], ref.x[i], c.RTol) {
						t.Errorf("%s: entry %d = %s, reference %s (rtol %g)",
							c.Input, i, got.x[i].Text('g', 17), ref.x[i].Text('g', 30), c.RTol)
					}
				}
			}
			if err := checkPrinted(r.Text, ref, digits, slack, r.Warning != ""); err != nil {
				t.Errorf("%s: now %v", c.Input, err)
			}

			// The transcript must show the same digits.
			exs, ok := transcripts[c.File]
			if !ok {
				exs = readTranscript(t, "../"+c.File, false)
				transcripts[c.File] = exs
			}
			var ex *example
			shows := false // whether the file shows any output at all
			for i := range exs {
				if exs[i].line == c.Line {
					ex = &exs[i]
				}
				shows = shows || exs[i].output != ""
			}
			switch {
			case ex == nil || ex.input != c.Input:
				t.Fatalf("%s has no statement %q at line %d: regenerate the references", c.File, c.Input, c.Line)
			case ex.output == "" && shows:
				t.Fatalf("%s: %s shows no output", name, c.Input)
			case ex.output != "":
				warned := strings.Contains(ex.output, "warning:")
				out := ex.output
				if warned {
					lines := strings.Split(out, "\n")
					out = strings.Join(lines[:len(lines)-1], "\n")
				}
				if err := checkPrinted(out, ref, digits, slack, warned); err != nil {
					t.Errorf("%s: %s: the transcript %v", name, c.Input, err)
				}
			}
			checked++
		})
	}
	if checked < refs.Count {
		t.Errorf("checked %d of %d reference cases", checked, refs.Count)
	}
}
