package sym

import (
	"strings"
	"testing"
)

func TestLimit(t *testing.T) {
	x := Symbol("x")
	call := func(name string, u Expr) Expr { v, _ := Call(name, u); return v }
	lg, sn, ex := call("log", x), call("sin", x), call("exp", x)
	// Values from the standard tables (and sympy.limit).
	tests := []struct {
		name      string
		e, to     Expr
		inf, side int
		want      Expr // nil for an infinite result
		wantInf   int
	}{
		{"sin x / x at 0", Div(sn, x), zero, 0, 0, one, 0},
		{"log x/(x − 1) at 1", Div(lg, Sub(x, one)), one, 0, 0, one, 0},
		{"x log x at 0⁺", Mul(x, lg), zero, 0, 1, zero, 0},
		{"1/x at 0⁺", Div(one, x), zero, 0, 1, nil, 1},
		{"1/x at 0⁻", Div(one, x), zero, 0, -1, nil, -1},
		{"1/x² at 0", Div(one, Pow(x, Int(2))), zero, 0, 0, nil, 1},
		{"(eˣ − 1)/x at 0", Div(Sub(ex, one), x), zero, 0, 0, one, 0},
		{"(1 − cos x)/x² at 0", Div(Sub(one, call("cos", x)), Pow(x, Int(2))), zero, 0, 0, half, 0},
		{"(x² + 1)/(3x² + x) at ∞", Div(Add(Pow(x, Int(2)), one), Add(Mul(Int(3), Pow(x, Int(2))), x)), nil, 1, 0, Rat(bigRat(1, 3)), 0},
		{"(1 + 1/x)ˣ at ∞", Pow(Add(one, Div(one, x)), x), nil, 1, 0, E, 0},
		{"log x / x at ∞", Div(lg, x), nil, 1, 0, zero, 0},
		{"x³ e⁻ˣ at ∞", Mul(Pow(x, Int(3)), call("exp", Neg(x))), nil, 1, 0, zero, 0},
		{"eˣ at −∞", ex, nil, -1, 0, zero, 0},
		{"x at −∞", x, nil, -1, 0, nil, -1},
	}
	for _, tc := range tests {
		v, inf, err := Limit(tc.e, "x", tc.to, tc.inf, tc.side, nil)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if inf != tc.wantInf || tc.want != nil && (v == nil || !Check(v, tc.want, nil).OK) {
			t.Errorf("%s: got %v (inf %d), want %v (inf %d)", tc.name, v, inf, tc.want, tc.wantInf)
		}
	}
	for _, tc := range []struct {
		name string
		e    Expr
		inf  int
		want string
	}{
		{"1/x at 0 differs by side", Div(one, x), 0, "does not exist: +inf from the right, -inf from the left"},
		{"sin x at ∞ oscillates", sn, 1, "oscillates"},
	} {
		_, _, err := Limit(tc.e, "x", zero, tc.inf, 0, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}
