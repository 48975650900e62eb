package sym

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	for _, c := range []struct{ lit, want string }{
		{"2", "2"},
		{"0.1", "1/10"},
		{".5", "1/2"},
		{"1.", "1"},
		{"007", "7"},
		{"1e-3", "1/1000"},
		{"1.5E+10", "15000000000"},
		{"2.50e1", "25"},
		{"123456789012345678901234567890", "123456789012345678901234567890"},
	} {
		e, err := ParseNumber(c.lit)
		if err != nil {
			t.Errorf("ParseNumber(%q): %v", c.lit, err)
			continue
		}
		r, ok := AsRat(e)
		if !ok || r.RatString() != c.want {
			t.Errorf("ParseNumber(%q) = %s, want %s", c.lit, Format(e), c.want)
		}
	}
	for _, lit := range []string{"", ".", "1e", "1e+", "abc", "1.2.3", "0x10", "-1", "1/2", "1e99999999", "1e10001", "2 3", "1e-+3"} {
		if e, err := ParseNumber(lit); err == nil {
			t.Errorf("ParseNumber(%q) = %.40s, want an error", lit, Format(e))
		}
	}
}

func TestExactArithmetic(t *testing.T) {
	p := func(s string) Expr { e, _ := ParseNumber(s); return e }
	if got := Add(p("0.1"), p("0.2")); !Equal(got, p("0.3")) {
		t.Errorf("0.1 + 0.2 = %s, want 3/10 exactly", got)
	}
	if got := Add(Rat(big.NewRat(1, 2)), Rat(big.NewRat(1, 3))); Format(got) != "5/6" {
		t.Errorf("1/2 + 1/3 = %s", got)
	}
	// 3^(2^20) is not computed exactly; it stays a power.
	if got := Pow(Int(3), Int(1<<20)); Format(got) != "3^1048576" {
		t.Errorf("3^(2^20) = %.40s", Format(got))
	}
	if got := Pow(Int(-1), Int(1<<40+1)); Format(got) != "-1" {
		t.Errorf("(-1)^(2^40+1) = %s", got)
	}
}

// TestCanonicalForms checks the constructors' automatic simplification,
// reading each input with the grammar reader of parse_test.go.
func TestCanonicalForms(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"x + x", "2 x"},
		{"x*x", "x^2"},
		{"(x + 1) - 1", "x"},
		{"x - x", "0"},
		{"log(exp(x))", "x"},
		{"exp(log(x))", "x"},
		{"1/2 + 1/3", "5/6"},
		{"0.1 + 0.2 - 0.3", "0"},
		{"sqrt(4)", "2"},
		{"sqrt(8)", "2 sqrt(2)"},
		{"sqrt(12)", "2 sqrt(3)"},
		{"sqrt(1/2)", "sqrt(2)/2"},
		{"2^(-1/2)", "sqrt(2)/2"},
		{"8^(2/3)", "4"},
		{"2^(2/3)*2^(1/3)", "2"},
		{"sqrt(2)*sqrt(2)", "2"},
		{"(1/4)^(1/2)", "1/2"},
		{"3*2^(2/3)", "3*2^(2/3)"},
		{"log(1)", "0"},
		{"exp(0)", "1"},
		{"log(2)", "log(2)"},
		{"log(e)", "1"},
		{"e^x", "exp(x)"},
		{"exp(a)*exp(b)", "exp(a + b)"},
		{"exp(x)^2", "exp(2 x)"},
		{"exp(2*log(x))", "x^2"},
		{"x^0", "1"},
		{"x^1", "x"},
		{"0*x", "0"},
		{"1^x", "1"},
		{"0^2", "0"},
		{"2*(x + 1)", "2 x + 2"},
		{"-(x - y)", "y - x"},
		{"x*y*x", "x^2 y"},
		{"(x^2)^3", "x^6"},
		{"sqrt(x^2)", "abs(x)"},
		{"(x^4)^(1/2)", "x^2"},
		{"(2*x)^2", "4 x^2"},
		{"(x*y)^(-1)", "1/(x y)"},
		{"sqrt(4*x)", "2 sqrt(x)"},
		{"abs(-3*x)", "3 abs(x)"},
		{"abs(x^2)", "x^2"},
		{"abs(exp(x))", "exp(x)"},
		{"abs(abs(x))", "abs(x)"},
		{"abs(-2/3)", "2/3"},
		{"trigamma(1)", "pi^2/6"},
		{"trigamma(1/2)", "pi^2/2"},
		{"lgamma(1) + lgamma(2)", "0"},
		{"polygamma(0, x)", "digamma(x)"},
		{"polygamma(1, x)", "trigamma(x)"},
		{"lbeta(1, b)", "-log(b)"},
		{"lbeta(b, a)", "lbeta(a, b)"},
		{"-x^2", "-x^2"},
		{"(-x)^3", "-x^3"},
		{"(-x)^2", "x^2"},
		{"x/y/z", "x/(y z)"},
		{"2/(3*x)", "2/(3 x)"},
	} {
		e, err := parseExpr(c.in)
		if err != nil {
			t.Errorf("%s: %v", c.in, err)
			continue
		}
		if got := Format(e); got != c.want {
			t.Errorf("%s → %s, want %s", c.in, got, c.want)
		}
	}
}

func TestFloatContagion(t *testing.T) {
	x := Symbol("x")
	for _, c := range []struct {
		e    Expr
		want float64
	}{
		{Add(Float(0.5), Int(1)), 1.5},
		{Mul(Float(2), Pi), 2 * math.Pi},
		{Add(Float(1), fn("log", Int(2))), 1 + math.Ln2},
		{fn("log", Float(2)), math.Ln2},
		{Pow(Float(2), half), math.Sqrt2},
		{Pow(E, Float(1.5)), math.Exp(1.5)},
		{fn("lgamma", Float(0.5)), 0.5 * math.Log(math.Pi)},
	} {
		f, ok := AsFloat(c.e)
		if !ok || math.Abs(f-c.want) > 1e-15*math.Abs(c.want) {
			t.Errorf("%s: want the Float %v", Format(c.e), c.want)
		}
	}
	if got := Format(Add(Mul(Float(2), x), x)); got != "3 x" {
		t.Errorf("2.0 x + x = %s", got)
	}
	if _, ok := AsFloat(Mul(Float(2), x)); ok {
		t.Errorf("2.0 x folded to a Float")
	}
	// log of a negative Float is kept for evaluation to report.
	if _, ok := AsFloat(fn("log", Float(-1))); ok {
		t.Errorf("log(-1.0) folded")
	}
}

func TestCallErrors(t *testing.T) {
	x := Symbol("x")
	for _, c := range []struct {
		name string
		args []Expr
		msg  string
	}{
		{"asin", []Expr{x}, "unknown function asin"},
		{"sin", []Expr{x, x}, "sin takes 1 argument, got 2"},
		{"log", []Expr{x, x}, "log takes 1 argument, got 2"},
		{"lbeta", []Expr{x}, "lbeta takes 2 arguments, got 1"},
		{"polygamma", []Expr{half, x}, "polygamma: order must be a non-negative integer, got 1/2"},
		{"polygamma", []Expr{Int(-1), x}, "order must be a non-negative integer"},
		{"exp", []Expr{nil}, "argument 1 is missing"},
	} {
		_, err := Call(c.name, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("Call(%s): error %v, want %q", c.name, err, c.msg)
		}
	}
	if _, err := Call("polygamma", Symbol("n"), x); err != nil {
		t.Errorf("polygamma with a symbolic order: %v", err)
	}
}

func TestFunctions(t *testing.T) {
	fs := Functions()
	want := []string{"abs", "besselratio", "cos", "digamma", "exp", "lbeta", "lgamma", "log", "logbesseli0", "polygamma", "sigmoid", "sin", "sqrt", "tanh", "trigamma"}
	if len(fs) != len(want) {
		t.Fatalf("Functions() has %d entries, want %d", len(fs), len(want))
	}
	for i, f := range fs {
		if f.Name != want[i] || f.Description == "" {
			t.Errorf("Functions()[%d] = %+v, want %s with a description", i, f, want[i])
		}
		args := make([]Expr, f.Arity)
		for j := range args {
			args[j] = Int(int64(j + 2))
		}
		if _, err := Call(f.Name, args...); err != nil {
			t.Errorf("Call(%s) with %d arguments: %v", f.Name, f.Arity, err)
		}
	}
}

func TestTreeHelpers(t *testing.T) {
	e := mustParse("log(x*y) + 2 z^3/pi")
	if got := strings.Join(FreeSymbols(e), ","); got != "x,y,z" {
		t.Errorf("FreeSymbols = %s", got)
	}
	if IsNumber(e) || !IsNumber(mustParse("log(2)/3 + pi")) {
		t.Errorf("IsNumber")
	}
	if !Equal(mustParse("a*b + c"), mustParse("c + b a")) || Equal(mustParse("a - b"), mustParse("b - a")) {
		t.Errorf("Equal")
	}
	n := 0
	Walk(e, func(Expr) bool { n++; return true })
	if n != Size(e) {
		t.Errorf("Walk visited %d nodes, Size = %d", n, Size(e))
	}
	doubled := Rewrite(e, func(x Expr) Expr {
		if name, ok := SymbolName(x); ok && name == "z" {
			return Mul(Int(2), x)
		}
		return x
	})
	if want := mustParse("log(x*y) + 16 z^3/pi"); !Equal(doubled, want) {
		t.Errorf("Rewrite = %s, want %s", doubled, want)
	}
	if len(Children(mustParse("x"))) != 0 || len(Children(mustParse("lbeta(a, b)"))) != 2 {
		t.Errorf("Children")
	}
	if got := Subs(mustParse("x + 2 y"), map[string]Expr{"x": Symbol("y"), "y": Symbol("x")}); Format(got) != "2 x + y" {
		t.Errorf("simultaneous Subs = %s", got)
	}
}

// TestParseNumberShort checks literals short enough for the word-sized
// path (at most 18 digits, exponent within ±18) and just beyond it
// against math/big's own reading of the same text.
func TestParseNumberShort(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 7))
	for range 5000 {
		n := 1 + rnd.IntN(20)
		digits := make([]byte, n)
		for i := range digits {
			digits[i] = byte('0' + rnd.IntN(10))
		}
		lit := string(digits)
		if k := rnd.IntN(n + 1); k < n && rnd.IntN(2) == 0 {
			lit = lit[:k] + "." + lit[k:]
		}
		if rnd.IntN(2) == 0 {
			lit += "e" + strconv.Itoa(rnd.IntN(41)-20)
		}
		got, err := ParseNumber(lit)
		if err != nil {
			t.Fatalf("%s: %v", lit, err)
		}
		want, ok := new(big.Rat).SetString(lit)
		if !ok {
			t.Fatalf("big.Rat cannot read %s", lit)
		}
		if r, _ := AsRat(got); r.Cmp(want) != 0 {
			t.Errorf("%s read as %s, want %s", lit, r.RatString(), want.RatString())
		}
	}
	for _, lit := range []string{"9223372036854775807", "999999999999999999e1", "922337203685477580e1", "1e18", "1e-18", "123456789012345678e-18"} {
		got, _ := ParseNumber(lit)
		want, _ := new(big.Rat).SetString(lit)
		if r, _ := AsRat(got); r.Cmp(want) != 0 {
			t.Errorf("%s read as %s, want %s", lit, r.RatString(), want.RatString())
		}
	}
}
