package sym

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	pos := assume("x", Positive, "a", Positive, "b", Positive)
	for _, c := range []struct {
		lhs, rhs string
		a        *Assumptions
		ok       bool
		method   string
	}{
		{"digamma(a + 1)", "digamma(a) + 1/a", nil, true, "symbolic"},
		{"(x + 1)^2", "x^2 + 2 x + 1", nil, true, "symbolic"},
		{"lgamma(a + 1) - lgamma(a)", "log(a)", pos, true, "symbolic"},
		{"lbeta(a, b)", "lgamma(a) + lgamma(b) - lgamma(a + b)", nil, true, "symbolic"},
		{"log(x^2)", "2 log(x)", pos, true, "symbolic"},
		{"1/2 + 1/3", "5/6", nil, true, "symbolic"},
		{"log(6)", "log(2) + log(3)", nil, true, "symbolic"},
		// Legendre's duplication formula and Gauss's multiplication
		// formula for ψ: true, but beyond the rewriting rules.
		{"lgamma(2 x)", "lgamma(x) + lgamma(x + 1/2) + (2 x - 1) log(2) - log(pi)/2", pos, true, "numeric"},
		{"digamma(2 x)", "digamma(x)/2 + digamma(x + 1/2)/2 + log(2)", pos, true, "numeric"},
		// ψ₁(1/4) = π² + 8G, but G (Catalan's constant) cut to 39 digits
		// is not G: exact sides differing by 1.2e-39 are not equal.
		{"trigamma(1/4)", "pi^2 + 8*0.915965594177219015054603514932384110774", nil, false, "numeric"},
		{"x + 10^-40", "x", nil, false, "symbolic"},
		{"1 + 10^-40", "1", nil, false, "symbolic"},
		{"exp(-1000) + 10^-500", "exp(-1000)", nil, false, "numeric"},
		{"2^(1/2) * 2^(1/2)", "2", nil, true, "symbolic"},
		{"(x + 1)^2", "x^2 + 1", nil, false, "numeric"},
		{"log(x^2)", "2 log(x)", nil, false, "numeric"},
		{"sqrt(x)", "x^(1/2)", nil, true, "symbolic"},
		{"pi", "3.14159", nil, false, "numeric"},
		{"1/3", "0.333", nil, false, "symbolic"},
	} {
		r := Check(mustParse(c.lhs), mustParse(c.rhs), c.a)
		if r.OK != c.ok || r.Method != c.method {
			t.Errorf("Check(%s == %s) = %+v, want OK %v by %s", c.lhs, c.rhs, r, c.ok, c.method)
			continue
		}
		switch {
		case r.OK && r.Method == "numeric" && (r.Digits != checkDigits || r.Points < 1):
			t.Errorf("Check(%s == %s): %d points, %d digits", c.lhs, c.rhs, r.Points, r.Digits)
		case !r.OK && r.Method == "numeric" && len(FreeSymbols(mustParse(c.lhs))) > 0 && r.Counterexample == nil:
			t.Errorf("Check(%s == %s) gave no counterexample: %+v", c.lhs, c.rhs, r)
		case !r.OK && !strings.Contains(r.Detail, "lhs"):
			t.Errorf("Check(%s == %s): detail %q", c.lhs, c.rhs, r.Detail)
		}
	}
	// Twenty points for an identity in symbols.
	if r := Check(mustParse("lgamma(2 x)"), mustParse("lgamma(x) + lgamma(x + 1/2) + (2 x - 1) log(2) - log(pi)/2"), pos); r.Points != checkPoints {
		t.Errorf("numeric check used %d points", r.Points)
	}
	// A counterexample names the point and both values.
	r := Check(mustParse("(x + 1)^2"), mustParse("x^2 + 1"), nil)
	if _, ok := r.Counterexample["x"]; !ok || !strings.Contains(r.Detail, "rhs = ") {
		t.Errorf("counterexample %+v", r)
	}
	contra := assume("x", Positive, "x", Negative)
	if r := Check(mustParse("x"), mustParse("abs(x)"), contra); r.OK || !strings.Contains(r.Detail, "contradict") {
		t.Errorf("contradictory assumptions: %+v", r)
	}
	if r := Check(mustParse("log(-1 - x^2)"), mustParse("0"), nil); r.OK {
		t.Errorf("a side defined nowhere: %+v", r)
	}
}

func TestExcludes(t *testing.T) {
	pos := assume("v", Positive, "p", UnitInterval)
	for _, c := range []struct {
		e    string
		p    Property
		want bool
	}{
		{"-v", Positive, true},
		{"-v", Nonnegative, true},
		{"-v^2", Positive, true},
		{"v", Positive, false},
		{"v - 1", Positive, false},
		{"-v - 1", Positive, true},
		{"1 + p", UnitInterval, true},
		{"-p", UnitInterval, true},
		{"p", UnitInterval, false},
		{"p^2", UnitInterval, false},
		{"x", Positive, false},
		{"-x^2", Positive, true},
		{"0", NonzeroReal, true},
	} {
		if got := Excludes(mustParse(c.e), c.p, pos); got != c.want {
			t.Errorf("Excludes(%s, %v) = %v, want %v", c.e, c.p, got, c.want)
		}
	}
}
