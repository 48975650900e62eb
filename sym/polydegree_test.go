package sym

import "testing"

func TestPolynomialDegree(t *testing.T) {
	x1, x2, a := Symbol("x1"), Symbol("x2"), Symbol("a")
	log := func(e Expr) Expr { c, _ := Call("log", e); return c }
	xs := []string{"x1", "x2"}
	for _, c := range []struct {
		e      Expr
		degree int
		ok     bool
	}{
		{Add(Mul(Pow(x1, Int(2)), x2), Mul(log(a), x2)), 3, true},
		{Pow(Add(x1, a), Int(3)), 3, true},
		{Mul(a, Pow(a, Int(-1))), 0, true},
		{Pow(a, Int(-2)), 0, true},
		{log(x1), 0, false},
		{Pow(x1, Int(-1)), 0, false},
		{Pow(x2, Div(Int(1), Int(2))), 0, false},
		{Pow(Int(2), x1), 0, false},
		{Pow(x1, a), 0, false},
	} {
		d, ok := PolynomialDegree(c.e, xs)
		if ok != c.ok || ok && d != c.degree {
			t.Errorf("PolynomialDegree(%s) = %d, %v; want %d, %v", Format(c.e), d, ok, c.degree, c.ok)
		}
	}
}
