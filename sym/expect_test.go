package sym

import (
	"testing"
)

// normalMoments knows E[x^k] for x ~ N(m, v) through the recurrence
// E[x^k] = m E[x^(k−1)] + (k−1) v E[x^(k−2)].
func normalMoments(atom Expr) (Expr, bool) {
	m, v := Symbol("m"), Symbol("v")
	prev, cur := Expr(Int(1)), Expr(m)
	for k := 1; k <= 12; k++ {
		if k > 1 {
			prev, cur = cur, Add(Mul(m, cur), Mul(Int(int64(k-1)), v, prev))
		}
		if Equal(atom, Pow(Symbol("x"), Int(int64(k)))) {
			return cur, true
		}
	}
	return nil, false
}

func TestExpect(t *testing.T) {
	x, m, v, c := Symbol("x"), Symbol("m"), Symbol("v"), Symbol("c")
	for _, tc := range []struct {
		in, want Expr
	}{
		{c, c},
		{Add(x, c), Add(m, c)},
		{Mul(c, x), Mul(c, m)},
		{Pow(Sub(x, m), Int(2)), v},      // the variance
		{Pow(Sub(x, m), Int(3)), Int(0)}, // odd central moment
		{Pow(Sub(x, m), Int(4)), Mul(Int(3), Pow(v, Int(2)))}, // normal kurtosis
		{Mul(Add(x, Int(1)), Sub(x, Int(1))), Add(Pow(m, Int(2)), v, Int(-1))},
		{Div(Pow(Sub(x, m), Int(2)), Mul(Int(2), v)), Div(Int(1), Int(2))},
	} {
		got, err := Expect(tc.in, "x", normalMoments)
		if err != nil {
			t.Errorf("E[%s]: %v", tc.in, err)
			continue
		}
		if !Check(got, tc.want, nil).OK {
			t.Errorf("E[%s] = %s, want %s", tc.in, got, tc.want)
		}
	}
	logx, _ := Call("log", x)
	if _, err := Expect(Add(x, logx), "x", normalMoments); err == nil {
		t.Error("E[log x] with no moment for it: no error")
	}
	if _, err := Expect(Pow(Sub(x, m), Int(200)), "x", normalMoments); err == nil {
		t.Error("a power beyond the expansion bound: no error")
	}
}
