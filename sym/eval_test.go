package sym

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestEvaluationErrors(t *testing.T) {
	for _, c := range []struct{ in, msg string }{
		{"log(-2)", "log of a negative number (-2)"},
		{"log(0)", "log of zero"},
		{"digamma(-3)", "digamma at a pole (-3)"},
		{"lgamma(0)", "lgamma at a pole (0)"},
		{"trigamma(-1)", "trigamma at a pole (-1)"},
		{"polygamma(2, -4)", "polygamma at a pole (-4)"},
		{"lbeta(-1, 2)", "lbeta at a pole"},
		{"1/0", "division by zero"},
		{"x/(1 - 1)", "division by zero"},
		{"sqrt(-2)", "sqrt of a negative number (-2)"},
		{"(-8)^(1/3)", "negative number (-8) to a non-integer power"},
		{"1 + x", "x has no value"},
	} {
		e := mustParse(c.in)
		_, err := Float64(e)
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("Float64(%s): error %v, want %q", c.in, err, c.msg)
		}
		if !strings.Contains(c.msg, "no value") {
			var de *DomainError
			if !errors.As(err, &de) {
				t.Errorf("Float64(%s): %v is not a *DomainError", c.in, err)
			}
		}
		_, err = Decimal(e, 30)
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("Decimal(%s): error %v, want %q", c.in, err, c.msg)
		}
	}
	for _, in := range []string{"exp(1000)", "10^400", "exp(700)*exp(700)*x^0"} {
		if v, err := Float64(mustParse(in)); err == nil || !strings.Contains(err.Error(), "overflow") {
			t.Errorf("Float64(%s) = %v, %v; want an overflow error", in, v, err)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1)} {
		if _, err := Float64(Float(f)); err == nil {
			t.Errorf("Float64(Float(%v)) gave no error", f)
		}
		if _, err := Decimal(Float(f), 10); err == nil {
			t.Errorf("Decimal(Float(%v)) gave no error", f)
		}
	}
}

func TestDecimalSpecialCases(t *testing.T) {
	// An exact zero is exact; a zero that cancellation hides cannot be
	// given digits, and the error says how small the value is.
	if v, err := Decimal(mustParse("log(2) - log(2)"), 40); err != nil || !v.IsZero() {
		t.Errorf("log(2) - log(2) = %v, %v", v, err)
	}
	_, err := Decimal(mustParse("digamma(13/10) - digamma(3/10) - 10/3"), 20)
	if err == nil || !strings.Contains(err.Error(), "cannot reach 20 digits") {
		t.Errorf("hidden zero: %v", err)
	}
	for _, d := range []int{0, -1, maxDecimalDigits + 1} {
		if _, err := Decimal(one, d); err == nil {
			t.Errorf("Decimal(1, %d) gave no error", d)
		}
	}
	// Non-terminating rationals, a Float, and exact large powers.
	for _, c := range []struct {
		e      Expr
		digits int
		want   string
	}{
		{mustParse("1/3"), 20, "0.33333333333333333333"},
		{mustParse("-2/7"), 10, "-0.2857142857"},
		{Float(0.1), 5, "0.1"},
		{mustParse("2^100"), 31, "1267650600228229401496703205376"},
		{mustParse("(1/3)^(-40)"), 5, "12158000000000000000"},
		{mustParse("sqrt(2)^(1/3)"), 12, "1.12246204831"},
		{mustParse("(1 + 1e-30)^1000000000"), 25, "1.000000000000000000001"},
		{mustParse("2^1000000 / 2^999999"), 5, "2"},
	} {
		v, err := Decimal(c.e, c.digits)
		if err != nil || v.String() != c.want {
			t.Errorf("Decimal(%s, %d) = %v, %v; want %s", Format(c.e), c.digits, v, err, c.want)
		}
	}
}
