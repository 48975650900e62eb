package calc

import (
	"math/big"
	"strconv"
	"testing"

	"statcalc/sym"
)

func TestFastLiteral(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"0.1", true}, {"2", true}, {"1e-3", true}, {"1.5E+10", true}, {"0.0250", true},
		{"0.33333333333333333", true},    // 17 digits
		{"0.123456789012345678", false},  // 18 digits
		{"1000000000000000000000", true}, // 1e21: trailing zeros are no digits
		{"1e-320", false},                // subnormal
		{"1e400", false},                 // beyond float64
	} {
		f, _ := strconv.ParseFloat(c.text, 64)
		if got := fastLiteral(c.text, f); got != c.want {
			t.Errorf("fastLiteral(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	// Up to 15 digits the float64's shortest decimal is the literal.
	for _, text := range []string{"0.1", "123456789012345", "2.5e-07", "9.99999999999999e300"} {
		f, _ := strconv.ParseFloat(text, 64)
		lit, _ := sym.ParseNumber(text)
		exact, _ := sym.AsRat(lit)
		back, _ := sym.AsRat(exactFloat(f))
		if back == nil || back.Cmp(exact) != 0 {
			t.Errorf("%q: the shortest decimal of %v is not the literal", text, f)
		}
	}
}

func TestCarriedFloat(t *testing.T) {
	for _, c := range []struct {
		r    *big.Rat
		want bool
	}{
		{big.NewRat(1, 4), true}, {big.NewRat(1, 10), true}, {big.NewRat(1, 3), false},
		{new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), 100)), false},
		{big.NewRat(-7, 2), true},
	} {
		if _, got := carriedFloat(sym.Rat(c.r)); got != c.want {
			t.Errorf("carriedFloat(%v) = %v, want %v", c.r, got, c.want)
		}
	}
}

// TestExactDetInv compares the exact determinant and inverse with the
// cofactor formulas (det of a 3×3 by the rule of Sarrus, A·A⁻¹ = I).
func TestExactDetInv(t *testing.T) {
	r := func(a, b int64) *big.Rat { return big.NewRat(a, b) }
	a := []*big.Rat{r(1, 3), r(2, 1), r(0, 1), r(1, 2), r(0, 1), r(5, 7), r(0, 1), r(4, 1), r(-1, 6)}
	det, inv := exactDetInv(a, 3, true)
	at := func(i, j int) *big.Rat { return a[i*3+j] }
	mul := func(xs ...*big.Rat) *big.Rat {
		p := big.NewRat(1, 1)
		for _, x := range xs {
			p.Mul(p, x)
		}
		return p
	}
	sarrus := new(big.Rat)
	sarrus.Add(sarrus, mul(at(0, 0), at(1, 1), at(2, 2)))
	sarrus.Add(sarrus, mul(at(0, 1), at(1, 2), at(2, 0)))
	sarrus.Add(sarrus, mul(at(0, 2), at(1, 0), at(2, 1)))
	sarrus.Sub(sarrus, mul(at(0, 2), at(1, 1), at(2, 0)))
	sarrus.Sub(sarrus, mul(at(0, 0), at(1, 2), at(2, 1)))
	sarrus.Sub(sarrus, mul(at(0, 1), at(1, 0), at(2, 2)))
	if det.Cmp(sarrus) != 0 {
		t.Errorf("det = %v, want %v", det, sarrus)
	}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			sum := new(big.Rat)
			for k := 0; k < 3; k++ {
				sum.Add(sum, mul(at(i, k), inv[k*3+j]))
			}
			want := int64(0)
			if i == j {
				want = 1
			}
			if sum.Cmp(big.NewRat(want, 1)) != 0 {
				t.Errorf("(A A⁻¹)[%d, %d] = %v, want %d", i, j, sum, want)
			}
		}
	}
	if d, inv := exactDetInv([]*big.Rat{r(1, 2), r(1, 3), r(3, 2), r(1, 1)}, 2, true); d.Sign() != 0 || inv != nil {
		t.Errorf("singular matrix: det %v, inverse %v", d, inv)
	}
}

func TestSignificand(t *testing.T) {
	for _, c := range []struct {
		text, digits string
		exp          int
	}{
		{"0.0250", "25", -2}, {"250", "25", 2}, {"2.5e-07", "25", -7}, {"0", "0", 0},
		{"1.2676506002282294e+30", "12676506002282294", 30}, {".5", "5", -1}, {"12.5E3", "125", 4},
	} {
		d, e, ok := significand(nil, c.text)
		if !ok || string(d) != c.digits || e != c.exp {
			t.Errorf("significand(%q) = %q, %d, %v; want %q, %d", c.text, d, e, ok, c.digits, c.exp)
		}
	}
}
