package sym

import (
	"slices"
	"testing"
)

func TestMonomial(t *testing.T) {
	x := Symbol("x")
	logx := fn("log", x)
	gammaStats := []Expr{logx, x}
	normalStats := []Expr{x, Pow(x, Int(2))}
	for _, c := range []struct {
		e    string
		gens []Expr
		want []int // nil: not a monomial
	}{
		{"x log(x)", gammaStats, []int{1, 1}},
		{"log(x)^3 x^2", gammaStats, []int{3, 2}},
		{"x", gammaStats, []int{0, 1}},
		{"x^2", normalStats, []int{0, 1}},
		{"x^3", normalStats, []int{3, 0}},
		{"exp(x)", gammaStats, nil},
		{"x^(1/2)", gammaStats, nil},
		{"log(1 - x)", gammaStats, nil},
	} {
		got, ok := Monomial(mustParse(c.e), c.gens)
		if c.want == nil {
			if ok {
				t.Errorf("Monomial(%s) = %v, want none", c.e, got)
			}
			continue
		}
		if !ok || !slices.Equal(got, c.want) {
			t.Errorf("Monomial(%s) = %v, %v, want %v", c.e, got, ok, c.want)
		}
	}
}
