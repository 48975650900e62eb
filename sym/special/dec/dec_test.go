package dec

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// refRow is one row of testdata/refs.json, written by testdata/gen_refs.py
// from mpmath: the function, its decimal arguments, the order n for
// polygamma, the reference to 230 significant digits, and the largest
// digits to check (100 or 200).
type refRow struct {
	F    string   `json:"f"`
	Args []string `json:"args"`
	N    int      `json:"n"`
	Ref  string   `json:"ref"`
	Max  int      `json:"max"`
}

func loadRefs(t testing.TB) []refRow {
	t.Helper()
	b, err := os.ReadFile("testdata/refs.json")
	if err != nil {
		t.Fatal(err)
	}
	var rows []refRow
	if err := json.Unmarshal(b, &rows); err != nil {
		t.Fatal(err)
	}
	return rows
}

// call evaluates row's function at digits.
func (r refRow) call(digits int) (decimal.Decimal, error) {
	arg := func(i int) decimal.Decimal { return decimal.RequireFromString(r.Args[i]) }
	switch r.F {
	case "sqrt":
		return Sqrt(arg(0), digits)
	case "ln":
		return Ln(arg(0), digits)
	case "exp":
		return Exp(arg(0), digits)
	case "log1p":
		return Log1p(arg(0), digits)
	case "pow":
		return Pow(arg(0), arg(1), digits)
	case "pi":
		return Pi(digits), nil
	case "lgamma":
		return Lgamma(arg(0), digits)
	case "digamma":
		return Digamma(arg(0), digits)
	case "trigamma":
		return Trigamma(arg(0), digits)
	case "polygamma":
		return Polygamma(r.N, arg(0), digits)
	case "lgammaRat", "polygammaRat":
		x, ok := new(big.Rat).SetString(r.Args[0])
		if !ok {
			return decimal.Zero, fmt.Errorf("not a rational: %q", r.Args[0])
		}
		if r.F == "lgammaRat" {
			return LgammaRat(x, digits)
		}
		return PolygammaRat(r.N, x, digits)
	}
	return decimal.Zero, fmt.Errorf("unknown function %q", r.F)
}

// ratCall evaluates a gamma-family row's function at digits by the entry
// points for rationals (LgammaRat, PolygammaRat), on the argument's exact
// value; ok is false for other rows.
func (r refRow) ratCall(digits int) (d decimal.Decimal, ok bool) {
	var err error
	switch r.F {
	case "lgamma":
		d, err = LgammaRat(decimal.RequireFromString(r.Args[0]).Rat(), digits)
	case "digamma":
		d, err = PolygammaRat(0, decimal.RequireFromString(r.Args[0]).Rat(), digits)
	case "trigamma":
		d, err = PolygammaRat(1, decimal.RequireFromString(r.Args[0]).Rat(), digits)
	case "polygamma":
		d, err = PolygammaRat(r.N, decimal.RequireFromString(r.Args[0]).Rat(), digits)
	default:
		return decimal.Zero, false
	}
	return d, err == nil
}

func (r refRow) String() string {
	if r.F == "polygamma" || r.F == "polygammaRat" {
		return fmt.Sprintf("polygamma(%d, %s)", r.N, r.Args[0])
	}
	return fmt.Sprintf("%s%v", r.F, r.Args)
}

// errorInUlps returns |got − ref| in units of the last of digits
// significant digits of ref: 10^(e−digits+1) with e = ⌊log₁₀|ref|⌋.
func errorInUlps(got, ref decimal.Decimal, digits int) float64 {
	return diffInUlps(got, ref, ref, digits)
}

// diffInUlps returns |a − b| in units of the last of digits significant
// digits of scale.
func diffInUlps(a, b, scale decimal.Decimal, digits int) float64 {
	e := adjustedExponent(scale)
	ulp := decimal.New(1, int32(e)-int32(digits)+1)
	return a.Sub(b).Abs().Div(ulp).InexactFloat64()
}

// significantDigits returns the number of significant digits of d, not
// counting trailing zeros.
func significantDigits(d decimal.Decimal) int {
	s := d.Coefficient().String()
	n := len(s)
	for n > 1 && s[n-1] == '0' {
		n--
	}
	if s[0] == '-' {
		n--
	}
	return n
}

// TestReferences checks every requested digit against mpmath: the error
// must stay within half a unit in the last place plus 1%.
func TestReferences(t *testing.T) {
	worst := map[string]float64{}
	where := map[string]string{}
	for _, row := range loadRefs(t) {
		ref := decimal.RequireFromString(row.Ref)
		for _, digits := range []int{20, 40, 50, 100, 200} {
			if digits > row.Max {
				continue
			}
			got, err := row.call(digits)
			if err != nil {
				t.Errorf("%v at %d digits: %v", row, digits, err)
				continue
			}
			if n := significantDigits(got); n > digits {
				t.Errorf("%v at %d digits: %d significant digits returned", row, digits, n)
			}
			e := errorInUlps(got, ref, digits)
			key := fmt.Sprintf("%s, %d digits", row.F, digits)
			if e >= worst[key] {
				worst[key], where[key] = e, row.String()
			}
			if e > 0.51 {
				t.Errorf("%v at %d digits:\n got %v\nwant %v\nerror %.3g units in the last place", row, digits, got, ref, e)
			}
			if rat, ok := row.ratCall(digits); ok && !rat.Equal(got) {
				t.Errorf("%v at %d digits: %v from the decimal, %v from the rational", row, digits, got, rat)
			}
		}
	}
	for _, f := range []string{"sqrt", "ln", "exp", "log1p", "pow", "pi", "lgamma", "digamma", "trigamma", "polygamma", "lgammaRat", "polygammaRat"} {
		for _, digits := range []int{20, 40, 50, 100, 200} {
			key := fmt.Sprintf("%s, %d digits", f, digits)
			if e, ok := worst[key]; ok {
				t.Logf("%-22s max error %.4f ulp at %s", key, e, where[key])
			}
		}
	}
}

func TestErrors(t *testing.T) {
	d := decimal.RequireFromString
	tests := []struct {
		name string
		call func() (decimal.Decimal, error)
		want error
	}{
		{"sqrt(-1)", func() (decimal.Decimal, error) { return Sqrt(d("-1"), 20) }, ErrDomain},
		{"ln(0)", func() (decimal.Decimal, error) { return Ln(d("0"), 20) }, ErrDomain},
		{"ln(-2)", func() (decimal.Decimal, error) { return Ln(d("-2"), 20) }, ErrDomain},
		{"log1p(-1)", func() (decimal.Decimal, error) { return Log1p(d("-1"), 20) }, ErrDomain},
		{"exp(1e6)", func() (decimal.Decimal, error) { return Exp(d("1e6"), 20) }, ErrRange},
		{"exp(-1e6)", func() (decimal.Decimal, error) { return Exp(d("-1e6"), 20) }, ErrRange},
		{"exp(230262)", func() (decimal.Decimal, error) { return Exp(d("230262"), 20) }, ErrRange},
		{"pow(-2, 0.5)", func() (decimal.Decimal, error) { return Pow(d("-2"), d("0.5"), 20) }, ErrDomain},
		{"pow(0, -1)", func() (decimal.Decimal, error) { return Pow(d("0"), d("-1"), 20) }, ErrDomain},
		{"pow(10, 1e6)", func() (decimal.Decimal, error) { return Pow(d("10"), d("1e6"), 20) }, ErrRange},
		{"pow(2, 1e30)", func() (decimal.Decimal, error) { return Pow(d("2"), d("1e30"), 20) }, ErrRange},
		{"lgamma(0)", func() (decimal.Decimal, error) { return Lgamma(d("0"), 20) }, ErrPole},
		{"lgamma(-7)", func() (decimal.Decimal, error) { return Lgamma(d("-7"), 20) }, ErrPole},
		{"lgamma(1e99999)", func() (decimal.Decimal, error) { return Lgamma(d("1e99999"), 20) }, ErrRange},
		{"digamma(-3)", func() (decimal.Decimal, error) { return Digamma(d("-3"), 20) }, ErrPole},
		{"trigamma(0)", func() (decimal.Decimal, error) { return Trigamma(d("0"), 20) }, ErrPole},
		{"trigamma(1e-60000)", func() (decimal.Decimal, error) { return Trigamma(d("1e-60000"), 20) }, ErrRange},
		{"polygamma(-1, 2)", func() (decimal.Decimal, error) { return Polygamma(-1, d("2"), 20) }, ErrDomain},
		{"polygamma(201, 2)", func() (decimal.Decimal, error) { return Polygamma(MaxPolygammaOrder+1, d("2"), 20) }, ErrDomain},
		{"polygamma(4, -2)", func() (decimal.Decimal, error) { return Polygamma(4, d("-2"), 20) }, ErrPole},
		{"sqrt(1e200000)", func() (decimal.Decimal, error) { return Sqrt(d("1e200000"), 20) }, ErrRange},
		{"lgamma(1 + 1e-1300)", func() (decimal.Decimal, error) { return Lgamma(d("1."+strings.Repeat("0", 1299)+"1"), 20) }, ErrPrecision},
		{"ln(2), 0 digits", func() (decimal.Decimal, error) { return Ln(d("2"), 0) }, ErrDigits},
		{"ln(2), 1001 digits", func() (decimal.Decimal, error) { return Ln(d("2"), MaxDigits+1) }, ErrDigits},
	}
	for _, tt := range tests {
		got, err := tt.call()
		if !errors.Is(err, tt.want) {
			t.Errorf("%s = %v, %v; want error %v", tt.name, got, err, tt.want)
		}
	}
}

// TestExact checks results that are exact in decimal: they must come back
// exactly, not as 0.9999… or 1.0000…1.
func TestExact(t *testing.T) {
	d := decimal.RequireFromString
	tests := []struct {
		name string
		call func() (decimal.Decimal, error)
		want string
	}{
		{"sqrt(4)", func() (decimal.Decimal, error) { return Sqrt(d("4"), 30) }, "2"},
		{"sqrt(0.0001)", func() (decimal.Decimal, error) { return Sqrt(d("0.0001"), 30) }, "0.01"},
		{"sqrt(0)", func() (decimal.Decimal, error) { return Sqrt(d("0"), 30) }, "0"},
		{"ln(1)", func() (decimal.Decimal, error) { return Ln(d("1"), 30) }, "0"},
		{"log1p(0)", func() (decimal.Decimal, error) { return Log1p(d("0"), 30) }, "0"},
		{"exp(0)", func() (decimal.Decimal, error) { return Exp(d("0"), 30) }, "1"},
		{"pow(1.5, 3)", func() (decimal.Decimal, error) { return Pow(d("1.5"), d("3"), 30) }, "3.375"},
		{"pow(0.1, 3)", func() (decimal.Decimal, error) { return Pow(d("0.1"), d("3"), 30) }, "0.001"},
		{"pow(-2, 3)", func() (decimal.Decimal, error) { return Pow(d("-2"), d("3"), 30) }, "-8"},
		{"pow(-2, -2)", func() (decimal.Decimal, error) { return Pow(d("-2"), d("-2"), 30) }, "0.25"},
		{"pow(0, 0)", func() (decimal.Decimal, error) { return Pow(d("0"), d("0"), 30) }, "1"},
		{"pow(0, 2.5)", func() (decimal.Decimal, error) { return Pow(d("0"), d("2.5"), 30) }, "0"},
		{"pow(4, 0.5)", func() (decimal.Decimal, error) { return Pow(d("4"), d("0.5"), 30) }, "2"},
		{"pow(-1, 1e30)", func() (decimal.Decimal, error) { return Pow(d("-1"), d("1e30"), 30) }, "1"},
		{"pow(-1, 1e30+1)", func() (decimal.Decimal, error) { return Pow(d("-1"), d("1000000000000000000000000000001"), 30) }, "-1"},
		{"lgamma(1)", func() (decimal.Decimal, error) { return Lgamma(d("1"), 30) }, "0"},
		{"lgamma(2)", func() (decimal.Decimal, error) { return Lgamma(d("2"), 30) }, "0"},
		{"lgamma(4)", func() (decimal.Decimal, error) { return Lgamma(d("4"), 30) }, "1.79175946922805500081247735838"},
		{"pi, 1 digit", func() (decimal.Decimal, error) { return Pi(1), nil }, "3"},
		{"pi, 0 digits (clamped)", func() (decimal.Decimal, error) { return Pi(0), nil }, "3"},
	}
	for _, tt := range tests {
		got, err := tt.call()
		if err != nil || !got.Equal(decimal.RequireFromString(tt.want)) {
			t.Errorf("%s = %v, %v; want %s", tt.name, got, err, tt.want)
		}
	}
}

// TestIdentities checks relations that tie the functions together, at 50
// digits, away from the reference grid: ψ(x+1) = ψ(x) + 1/x,
// ψ₁(x+1) = ψ₁(x) − 1/x², ln Γ(x+1) = ln Γ(x) + ln x, exp(ln x) = x,
// √x² = x, and ψ⁽³⁾(x+1) = ψ⁽³⁾(x) − 6/x⁴.
func TestIdentities(t *testing.T) {
	const digits = 50
	one := decimal.NewFromInt(1)
	for _, s := range []string{"0.37", "2.9", "17.123", "-4.21", "123456.5", "0.001"} {
		x := decimal.RequireFromString(s)
		x1 := x.Add(one)
		inv := one.DivRound(x, 80)
		// check compares in units of the 48th digit of the largest term,
		// since each side was rounded to 50 digits before adding.
		check := func(name string, lhs, rhs decimal.Decimal, terms ...decimal.Decimal) {
			t.Helper()
			scale := decimal.Max(lhs.Abs(), rhs.Abs())
			for _, term := range terms {
				scale = decimal.Max(scale, term.Abs())
			}
			if e := diffInUlps(lhs, rhs, scale, digits-2); e > 1 {
				t.Errorf("%s at x = %s: %v vs %v (%.3g ulp at %d digits)", name, s, lhs, rhs, e, digits-2)
			}
		}
		a, err1 := Digamma(x1, digits)
		b, err2 := Digamma(x, digits)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		check("ψ(x+1) = ψ(x) + 1/x", a, b.Add(inv), b, inv)
		a, _ = Trigamma(x1, digits)
		b, _ = Trigamma(x, digits)
		check("ψ₁(x+1) = ψ₁(x) − 1/x²", a, b.Sub(inv.Mul(inv)), b)
		a, _ = Polygamma(3, x1, digits)
		b, _ = Polygamma(3, x, digits)
		inv4 := inv.Mul(inv).Mul(inv).Mul(inv)
		check("ψ⁽³⁾(x+1) = ψ⁽³⁾(x) − 6/x⁴", a, b.Sub(inv4.Mul(decimal.NewFromInt(6))), b)
		if x.Sign() > 0 {
			a, _ = Lgamma(x1, digits)
			b, _ = Lgamma(x, digits)
			l, _ := Ln(x, digits+10)
			check("ln Γ(x+1) = ln Γ(x) + ln x", a, b.Add(l), b, l)
			l, _ = Ln(x, digits+10)
			e, _ := Exp(l, digits)
			check("exp(ln x) = x", e, x)
			sq, _ := Sqrt(x.Mul(x), digits)
			check("√(x²) = x", sq, x)
		}
	}
}

// TestNumDigits compares NumDigits with shopspring's own count on powers of
// ten, their neighbours and random coefficients of up to 1100 digits.
func TestNumDigits(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 5))
	var cs []*big.Int
	for k := int64(0); k <= 1100; k += 7 {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
		cs = append(cs, p, new(big.Int).Sub(p, big.NewInt(1)), new(big.Int).Add(p, big.NewInt(1)))
	}
	for range 200 {
		digits := make([]byte, rnd.IntN(1100)+1)
		for i := range digits {
			digits[i] = byte('0' + rnd.IntN(10))
		}
		c, _ := new(big.Int).SetString(string(digits), 10)
		cs = append(cs, c)
	}
	for _, c := range cs {
		for _, sign := range []int64{1, -1} {
			d := decimal.NewFromBigInt(new(big.Int).Mul(c, big.NewInt(sign)), -7)
			if got, want := NumDigits(d), d.NumDigits(); got != want {
				t.Errorf("NumDigits(%v) = %d, want %d", d, got, want)
			}
		}
	}
}
