package sym

import (
	"math/big"
	"testing"
)

func TestCheckInequality(t *testing.T) {
	pos := NewAssumptions()
	pos.Assume("x", Positive)
	x := Symbol("x")
	logx, _ := Call("log", x)
	expx, _ := Call("exp", x)
	tests := []struct {
		name     string
		lhs, rhs Expr
		op       Relation
		a        *Assumptions
		ok       bool
		method   string
	}{
		{"x² + 1 > 0 by signs", Add(Pow(x, Int(2)), Int(1)), Int(0), GreaterThan, nil, true, "symbolic"},
		{"e^x ≥ 1 + x at points", expx, Add(Int(1), x), GreaterOrEqual, nil, true, "numeric"},
		{"log x ≤ x − 1 by the bound itself", logx, Sub(x, Int(1)), LessOrEqual, pos, true, "symbolic"},
		{"x log x ≥ x − 1 for x > 0, by log x ≥ 1 − 1/x", Mul(x, logx), Sub(x, Int(1)), GreaterOrEqual, pos, true, "symbolic"},
		{"log x ≥ x − 1 is false", logx, Sub(x, Int(1)), GreaterOrEqual, pos, false, "numeric"},
		{"log x ≤ x − 2 is false", logx, Sub(x, Int(2)), LessOrEqual, pos, false, "numeric"},
		{"x² ≥ x is false", Pow(x, Int(2)), x, GreaterOrEqual, nil, false, "numeric"},
		{"1 < 1 is false", Int(1), Int(1), LessThan, nil, false, "numeric"},
		{"1 ≤ 1", Int(1), Int(1), LessOrEqual, nil, true, "symbolic"},
		{"2/3 > 0.6666 exactly", Rat(big.NewRat(2, 3)), Rat(big.NewRat(6666, 10000)), GreaterThan, nil, true, "symbolic"},
	}
	for _, tc := range tests {
		r := CheckInequality(tc.lhs, tc.rhs, tc.op, tc.a)
		if r.OK != tc.ok || r.Method != tc.method {
			t.Errorf("%s: got ok=%v method=%s (%s), want ok=%v method=%s", tc.name, r.OK, r.Method, r.Detail, tc.ok, tc.method)
		}
		if !tc.ok && r.Detail == "" {
			t.Errorf("%s: a failure must show both sides", tc.name)
		}
		if tc.ok && tc.method == "numeric" && len(FreeSymbols(tc.lhs)) > 0 && r.Points != inequalityPoints {
			t.Errorf("%s: tested at %d points, want %d", tc.name, r.Points, inequalityPoints)
		}
	}
	// The counterexample of x² ≥ x lies in (0, 1), where x² < x.
	r := CheckInequality(Pow(x, Int(2)), x, GreaterOrEqual, nil)
	if v, ok := r.Counterexample["x"]; !ok || v[0] != '0' {
		t.Errorf("x² ≥ x: counterexample %v, want a point in (0, 1)", r.Counterexample)
	}
}
