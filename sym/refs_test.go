package sym

import (
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

// refs holds the mpmath and sympy reference values of testdata/refs.json,
// written by testdata/gen_refs.py.
type refs struct {
	Decimal []struct {
		Expr   string
		Digits int
		Value  string
	}
	Float []struct {
		Expr  string
		Value string
		Tol   float64
	}
	Diff []struct {
		Expr  string
		Var   string
		Point map[string]string
		Value string
	}
}

func loadRefs(t testing.TB) refs {
	t.Helper()
	b, err := os.ReadFile("testdata/refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var r refs
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// correctDigits returns how many leading significant digits of got agree
// with want: −log₁₀ of the relative error.
func correctDigits(got, want decimal.Decimal) float64 {
	diff := got.Sub(want).Abs()
	if diff.IsZero() {
		return math.Inf(1)
	}
	return float64(magnitude(want) - magnitude(diff))
}

func TestDecimalAgainstMpmath(t *testing.T) {
	exact, n := 0, 0
	defer func() { t.Logf("%d of %d references reproduced to the last digit", exact, n) }()
	for _, r := range loadRefs(t).Decimal {
		n++
		e, err := parseExpr(r.Expr)
		if err != nil {
			t.Fatalf("%s: %v", r.Expr, err)
		}
		want, err := decimal.NewFromString(r.Value)
		if err != nil {
			t.Fatalf("%s: %v", r.Value, err)
		}
		got, err := Decimal(e, r.Digits)
		if err != nil {
			t.Errorf("Decimal(%s, %d): %v", r.Expr, r.Digits, err)
			continue
		}
		// Correct to the last digit: equal after rounding, or within one
		// unit of the last place when the true value sits near a rounding
		// boundary.
		if got.Equal(want) {
			exact++
		} else {
			unit := ulp(want, r.Digits)
			if got.Sub(want).Abs().GreaterThan(unit) {
				t.Errorf("Decimal(%s, %d)\n got %s\nwant %s", r.Expr, r.Digits, got, want)
			} else {
				t.Logf("Decimal(%s, %d) differs from the reference by one unit in the last place", r.Expr, r.Digits)
			}
		}
	}
}

func TestFloat64AgainstMpmath(t *testing.T) {
	worst := 0.0
	defer func() { t.Logf("largest relative error %.2g", worst) }()
	for _, r := range loadRefs(t).Float {
		e := mustParse(r.Expr)
		want, _ := strconv.ParseFloat(r.Value, 64)
		got, err := Float64(e)
		if err != nil {
			t.Errorf("Float64(%s): %v", r.Expr, err)
			continue
		}
		rel := math.Abs(got-want) / math.Abs(want)
		worst = math.Max(worst, rel)
		if rel > r.Tol {
			t.Errorf("Float64(%s) = %.17g, want %.17g (relative error %.2g > %.2g)", r.Expr, got, want, rel, r.Tol)
		}
	}
}

func TestDiffAgainstSympy(t *testing.T) {
	for _, r := range loadRefs(t).Diff {
		e := mustParse(r.Expr)
		d := Diff(e, r.Var)
		point := map[string]Expr{}
		for k, v := range r.Point {
			point[k] = mustParse(v)
		}
		got, err := Decimal(Subs(d, point), 25)
		if err != nil {
			t.Errorf("d/d%s %s = %s: %v", r.Var, r.Expr, Format(d), err)
			continue
		}
		want, _ := decimal.NewFromString(r.Value)
		if cd := correctDigits(got, want); cd < 24 {
			t.Errorf("d/d%s %s = %s at %v: got %s, sympy %s (%.0f digits)", r.Var, r.Expr, Format(d), r.Point, got, want, cd)
		}
	}
}
