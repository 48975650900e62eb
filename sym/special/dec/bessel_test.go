package dec

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/shopspring/decimal"
)

// TestBesselAgainstMpmath checks LogBesselI0 and BesselRatio at 20, 40 and
// 55 digits against mpmath's besseli (../testdata/bessel_refs.json, 60
// digits, from ../testdata/bessel_refs.py): the result must be the
// reference rounded to that many digits, give or take one unit in the
// last place for a reference near a rounding boundary.
func TestBesselAgainstMpmath(t *testing.T) {
	data, err := os.ReadFile("../testdata/bessel_refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var refs []struct {
		X     string `json:"x"`
		LogI0 string `json:"logi0"`
		Ratio string `json:"ratio"`
	}
	if err := json.Unmarshal(data, &refs); err != nil {
		t.Fatal(err)
	}
	if len(refs) < 20 {
		t.Fatalf("only %d references", len(refs))
	}
	for _, r := range refs {
		x := decimal.RequireFromString(r.X)
		for _, c := range []struct {
			name string
			f    func(decimal.Decimal, int) (decimal.Decimal, error)
			ref  string
		}{{"LogBesselI0", LogBesselI0, r.LogI0}, {"BesselRatio", BesselRatio, r.Ratio}} {
			want := decimal.RequireFromString(c.ref)
			if want.IsZero() {
				continue // log I₀(1e-300) = 2.5e-601: beyond the reference's 60 digits of 0.0
			}
			for _, digits := range []int{20, 40, 55} {
				got, err := c.f(x, digits)
				if err != nil {
					t.Errorf("%s(%s, %d): %v", c.name, r.X, digits, err)
					continue
				}
				// one unit in the last of `digits` significant digits of want
				unit := decimal.New(1, want.Exponent()+int32(len(want.Coefficient().String()))-int32(digits))
				if got.Sub(want).Abs().GreaterThan(unit) {
					t.Errorf("%s(%s) to %d digits = %s, want %s", c.name, r.X, digits, got, want)
				}
			}
			neg, err := c.f(x.Neg(), 40)
			if err != nil {
				t.Fatal(err)
			}
			pos, _ := c.f(x, 40)
			if c.name == "BesselRatio" {
				neg = neg.Neg()
			}
			if !neg.Equal(pos) {
				t.Errorf("%s(−%s) = %s breaks the symmetry of %s", c.name, r.X, neg, pos)
			}
		}
	}
}
