package sym

import (
	"math"
	"strings"
	"testing"
)

var fuzzSeeds = [][]byte{
	{},
	{3, 0, 0},
	{6, 11, 8, 4, 9, 0, 12, 16},
	[]byte("(a^2 - b^2)/(a - b)"),
	[]byte("digamma(a + 1) - digamma(a) - 1/a"),
	{8, 3, 1, 0, 5, 9, 13, 2, 40, 7, 7, 11, 12, 14, 15, 10, 4, 3},
	{255, 254, 253, 252, 251, 250, 249, 248, 247, 246, 245, 244},
	{9, 9, 9, 9, 200, 200, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3},
}

// fuzzPoint gives every generated symbol a positive value.
var fuzzPoint = map[string]Expr{
	"x": mustParse("0.7"), "y": mustParse("1.3"), "z": mustParse("2.1"), "a": mustParse("0.45"), "b": mustParse("3.2"),
}

func allPositive() *Assumptions {
	a := NewAssumptions()
	for _, n := range genSymbols {
		a.Assume(n, Positive)
	}
	return a
}

// agreeAt reports whether e and s have the same value at fuzzPoint where
// both are defined: within 1e-9 in float64, or, where float64 loses that
// accuracy to cancellation, in 20-digit decimal evaluation.
func agreeAt(e, s Expr) (bool, float64, float64) { return agreeAtPoint(e, s, fuzzPoint) }

func FuzzSimplify(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	pos := allPositive()
	f.Fuzz(func(t *testing.T, data []byte) {
		g := genFromBytes(data, 30)
		g.floats = len(data) > 0 && data[0]%4 == 0
		e := g.expr()
		for _, a := range []*Assumptions{nil, pos} {
			s := Simplify(e, a)
			if again := Simplify(s, a); !Equal(again, s) {
				t.Fatalf("not idempotent: %s → %s → %s", e, s, again)
			}
			if ok, ev, sv := agreeAt(e, s); !ok {
				t.Fatalf("Simplify changed the value: %s = %.17g, %s = %.17g", e, ev, s, sv)
			}
		}
	})
}

func FuzzFormat(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e := genFromBytes(data, 40).expr()
		s := Format(e)
		back, err := parseExpr(s)
		if err != nil {
			t.Fatalf("cannot read back %q: %v", s, err)
		}
		if !Equal(back, e) {
			t.Fatalf("%q reads back as %q", s, Format(back))
		}
		if l := LaTeX(e); strings.Count(l, "{") != strings.Count(l, "}") {
			t.Fatalf("unbalanced LaTeX %q", l)
		}
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"2", "0.1", ".5", "1e-3", "1.5E+10", "", "1e", "9e9999", "0000.0000e-0000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, lit string) {
		e, err := ParseNumber(lit)
		if err != nil {
			return
		}
		back, err := parseExpr(Format(e))
		if err != nil || !Equal(back, e) {
			t.Fatalf("ParseNumber(%q) = %s does not read back: %v", lit, Format(e), err)
		}
	})
}

// FuzzDecimal evaluates random constant expressions: no panic, no hang, and
// a value from Decimal is consistent with the float64 one where float64 is
// well conditioned (no cancellation: every term of the same sign).
func FuzzDecimal(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g := genFromBytes(data, 20)
		g.consts = true
		g.floats = len(data) > 0 && data[0]%4 == 0
		e := g.expr()
		d, err := Decimal(e, 20)
		v, ferr := Float64(e)
		if err != nil || ferr != nil || hasMixedSigns(e) {
			return
		}
		got, _ := d.Float64()
		if math.Abs(got-v) > 1e-9*math.Abs(got) && math.Abs(got) > 1e-300 && math.Abs(got) < 1e300 {
			t.Fatalf("%s: Decimal %s, Float64 %.17g", e, d, v)
		}
	})
}

// hasMixedSigns reports a sum whose terms' values differ in sign, or any
// function that may amplify a float64 rounding error.
func hasMixedSigns(e Expr) bool {
	mixed := false
	Walk(e, func(n Expr) bool {
		switch x := n.(type) {
		case *sum:
			pos, neg := false, false
			for _, t := range x.terms {
				v, err := Float64(t)
				if err != nil {
					mixed = true
				}
				pos = pos || v > 0
				neg = neg || v < 0
			}
			mixed = mixed || pos && neg
		case *call, *pow:
			// log near 1, ψ near its roots and powers can magnify
			// an input error without bound.
			mixed = true
		}
		return !mixed
	})
	return mixed
}
