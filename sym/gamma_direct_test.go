package sym

import (
	"math/big"
	"strings"
	"testing"
)

// TestGammaDirect checks that lgamma and the polygamma family of an exact
// number, which Decimal hands straight to the decimal kernel, give what
// the ball evaluation proves and rounds to, and that arguments the kernel
// refuses still get the ball evaluation's messages.
func TestGammaDirect(t *testing.T) {
	rat := func(s string) Expr {
		r, _ := new(big.Rat).SetString(s)
		return Rat(r)
	}
	var cases []Expr
	for _, x := range []Expr{rat("37/10"), rat("1/3"), rat("-5/7"), rat("1000000"), rat("5001/10000"), rat("21/2")} {
		for _, name := range []string{"lgamma", "digamma", "trigamma"} {
			e, err := Call(name, x)
			if err != nil {
				t.Fatal(err)
			}
			cases = append(cases, e)
		}
		e, err := Call("polygamma", Int(3), x)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, e)
	}
	// A float64 argument (which Call would evaluate in float64) enters as
	// its shortest decimal.
	cases = append(cases, &call{name: "lgamma", args: []Expr{Float(0.1)}}, &call{name: "digamma", args: []Expr{Float(-2.5)}})
	for _, e := range cases {
		for _, digits := range []int{15, 50, 120} {
			got, ok := gammaDirect(e, digits)
			if !ok {
				t.Errorf("%s: not evaluated directly", Format(e))
				continue
			}
			b, err := evalBallTo(e, digits, maxWorkingDigits(digits))
			if err != nil {
				t.Fatalf("%s: %v", Format(e), err)
			}
			if want := roundSig(b.mid, digits); !got.Equal(want) {
				t.Errorf("%s at %d digits: %s directly, %s by balls", Format(e), digits, got, want)
			}
		}
	}
	for _, c := range []struct {
		name string
		arg  Expr
		want string
	}{{"lgamma", Int(-3), "pole"}, {"digamma", rat("0"), "pole"}, {"lgamma", Float(-4), "pole"}} {
		e := &call{name: c.name, args: []Expr{c.arg}}
		if _, ok := gammaDirect(e, 50); ok {
			t.Errorf("%s: evaluated directly at a pole", Format(e))
		}
		if _, err := Decimal(e, 50); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one about a %s", Format(e), err, c.want)
		}
	}
}
