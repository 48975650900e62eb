package sym

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
)

// Reference values from mpmath at 50 digits (mp.sin, mp.cos, mp.tanh,
// 1/(1 + mp.exp(-x))), rounded to 40 significant digits.
var trigDecimalRefs = []struct {
	name, arg, want string
}{
	{"sin", "1", "0.8414709848078965066525023216302989996226"},
	{"cos", "1", "0.5403023058681397174009366074429766037323"},
	{"tanh", "1", "0.7615941559557648881194582826047935904128"},
	{"sigmoid", "-3", "0.04742587317756678087884815177175220138618"},
	{"sin", "1000000", "-0.3499935021712929521176524867807714690614"},
	{"sin", "355", "-0.00003014435335948844921433028000865009959026"},
	{"tanh", "1e-20", "1e-20"},
	{"sigmoid", "-1000", "5.075958897549456765291809479574336919306e-435"},
}

func TestTrigDecimalAgainstMpmath(t *testing.T) {
	for _, c := range trigDecimalRefs {
		x, err := ParseNumber(strings.TrimPrefix(c.arg, "-"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(c.arg, "-") {
			x = Neg(x)
		}
		e := fn(c.name, x)
		d, err := Decimal(e, 40)
		if err != nil {
			t.Errorf("%s(%s): %v", c.name, c.arg, err)
			continue
		}
		got := d.String()
		if !sameDigits(got, c.want) {
			t.Errorf("%s(%s) = %s, want %s", c.name, c.arg, got, c.want)
		}
	}
}

// sameDigits compares two decimal strings by value, allowing the two
// renderings (plain and exponent) of one number.
func sameDigits(a, b string) bool {
	pa, err1 := ParseNumber(strings.TrimPrefix(a, "-"))
	pb, err2 := ParseNumber(strings.TrimPrefix(b, "-"))
	return err1 == nil && err2 == nil && strings.HasPrefix(a, "-") == strings.HasPrefix(b, "-") && Equal(pa, pb)
}

// TestTrigDerivativesAgainstDifferences compares each derivative with a
// central difference of the float64 function.
func TestTrigDerivativesAgainstDifferences(t *testing.T) {
	x := Symbol("x")
	for _, name := range []string{"sin", "cos", "tanh", "sigmoid"} {
		e := fn(name, Mul(Int(2), x))
		d := Diff(e, "x")
		for _, p := range []float64{-3, -0.7, 0.2, 1.5, 4} {
			at := func(e Expr, v float64) float64 {
				f, err := Float64(Subs(e, map[string]Expr{"x": Float(v)}))
				if err != nil {
					t.Fatal(err)
				}
				return f
			}
			const h = 1e-5
			fd := (at(e, p+h) - at(e, p-h)) / (2 * h)
			if got := at(d, p); math.Abs(got-fd) > 1e-8 {
				t.Errorf("d/dx %s = %s at %g: %g, difference quotient %g", Format(e), Format(d), p, got, fd)
			}
		}
	}
	if got := Format(Diff(fn("sigmoid", x), "x")); got != "(1 - sigmoid(x)) sigmoid(x)" {
		t.Errorf("d/dx sigmoid(x) = %s", got)
	}
}

func TestTrigExactValues(t *testing.T) {
	x := Symbol("x")
	cases := []struct {
		e    Expr
		want string
	}{
		{fn("sin", Mul(Rat(bigRat(1, 6)), Pi)), "1/2"},
		{fn("cos", Mul(Rat(bigRat(1, 3)), Pi)), "1/2"},
		{fn("sin", Mul(Rat(bigRat(1, 4)), Pi)), "sqrt(2)/2"},
		{fn("cos", Mul(Rat(bigRat(5, 6)), Pi)), "-sqrt(3)/2"},
		{fn("sin", Pi), "0"},
		{fn("cos", Pi), "-1"},
		{fn("sin", Mul(Rat(bigRat(-3, 2)), Pi)), "1"},
		{fn("sigmoid", zero), "1/2"},
		{fn("tanh", zero), "0"},
		{fn("sin", Neg(x)), "-sin(x)"},
		{fn("cos", Neg(x)), "cos(x)"},
		{fn("tanh", Mul(Int(-2), x)), "-tanh(2 x)"},
	}
	for _, c := range cases {
		if got := Format(c.e); got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
	for _, e := range []Expr{fn("sin", Mul(Rat(bigRat(1, 5)), Pi)), fn("cos", Mul(Rat(bigRat(7, 12)), Pi))} {
		f, err := Float64(e)
		if err != nil || Format(e) == "" {
			t.Fatal(err)
		}
		if _, isCall := e.(*call); !isCall {
			t.Errorf("%s = %g folded, but has no simple exact value", Format(e), f)
		}
	}
	if got := LaTeX(Mul(fn("sigmoid", x), fn("sin", x))); !strings.Contains(got, `\sigma`) || !strings.Contains(got, `\sin`) {
		t.Errorf("LaTeX: %s", got)
	}
}

// TestTrigSimplifyKeepsValue checks that Simplify leaves the value of
// expressions with these functions unchanged at random points.
func TestTrigSimplifyKeepsValue(t *testing.T) {
	x, y := Symbol("x"), Symbol("y")
	exprs := []Expr{
		Mul(fn("sigmoid", x), Sub(one, fn("sigmoid", x))),
		Div(Sub(Pow(fn("sin", x), Int(2)), Pow(fn("cos", y), Int(2))), Add(fn("sin", x), fn("cos", y))),
		fn("log", Mul(fn("sigmoid", x), Pow(y, Int(2)))),
		Sub(one, Pow(fn("tanh", Add(x, y)), Int(2))),
	}
	for _, e := range exprs {
		s := Simplify(e, nil)
		for _, p := range [][2]float64{{0.3, 1.7}, {-1.2, 0.4}, {2.5, -0.9}} {
			m := map[string]Expr{"x": Float(p[0]), "y": Float(p[1])}
			a, errA := Float64(Subs(e, m))
			b, errB := Float64(Subs(s, m))
			if errA != nil || errB != nil || math.Abs(a-b) > 1e-12*math.Max(1, math.Abs(a)) {
				t.Errorf("Simplify(%s) = %s: %g vs %g at %v (%v, %v)", Format(e), Format(s), a, b, p, errA, errB)
			}
		}
	}
}

func bigRat(a, b int64) *big.Rat { return big.NewRat(a, b) }

// TestTrigDecimalAgainstFloat64 compares the decimal evaluation at 20
// digits with Go's math package at random arguments of many magnitudes.
func TestTrigDecimalAgainstFloat64(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	ref := map[string]func(float64) float64{
		"sin": math.Sin, "cos": math.Cos, "tanh": math.Tanh,
		"sigmoid": func(x float64) float64 { return 1 / (1 + math.Exp(-x)) },
	}
	for i := 0; i < 400; i++ {
		x := (rng.Float64()*2 - 1) * math.Pow(10, float64(rng.IntN(12)-8))
		for name, f := range ref {
			d, err := Decimal(fn(name, Rat(new(big.Rat).SetFloat64(x))), 20) // exact: no float folding
			if err != nil {
				t.Fatalf("%s(%g): %v", name, x, err)
			}
			got, _ := d.Float64()
			want := f(x)
			if math.Abs(got-want) > 4e-16*math.Abs(want)+1e-300 {
				t.Errorf("%s(%.17g) = %s, math gives %.17g", name, x, d.String(), want)
			}
		}
	}
}
