package sym

import (
	"math"
	"math/big"
	"testing"
)

func TestFormat(t *testing.T) {
	x, y, a, b := Symbol("x"), Symbol("y"), Symbol("a"), Symbol("b")
	m1, m2, s1, s2 := Symbol("m1"), Symbol("m2"), Symbol("s1"), Symbol("s2")
	sq := func(e Expr) Expr { return Pow(e, Int(2)) }
	for _, c := range []struct {
		e    Expr
		want string
	}{
		{Add(fn("log", Div(s2, s1)), Div(Add(sq(s1), sq(Sub(m1, m2))), Mul(Int(2), sq(s2))), Neg(half)),
			"log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2) - 1/2"},
		{Mul(Int(2), Pow(Symbol("s2"), Int(2))), "2 s2^2"},
		{Mul(x, Add(a, b)), "(a + b) x"},
		{Mul(s2, Add(a, b)), "(a + b) s2"},
		{Mul(Add(a, b), Add(x, y)), "(a + b) (x + y)"},
		{Mul(Int(2), x, Add(a, b)), "2 (a + b) x"},
		{Mul(Int(3), Pow(Int(2), Rat(big.NewRat(2, 3))), x), "3*2^(2/3) x"},
		{Neg(Pow(x, Int(2))), "-x^2"},
		{Pow(Neg(x), Symbol("n")), "(-x)^n"},
		{Pow(Pow(x, y), Symbol("n")), "(x^y)^n"},
		{Pow(x, Pow(y, Symbol("n"))), "x^(y^n)"},
		{Pow(x, Rat(big.NewRat(1, 3))), "x^(1/3)"},
		{Pow(x, Rat(big.NewRat(-3, 2))), "1/x^(3/2)"},
		{Pow(x, Mul(Int(2), y)), "x^(2 y)"},
		{Pow(x, Neg(y)), "x^(-y)"},
		{Pow(Add(x, one), Int(-1)), "1/(x + 1)"},
		{Pow(x, Rat(big.NewRat(-1, 2))), "1/sqrt(x)"},
		{Div(x, Mul(y, fn("log", x))), "x/(y log(x))"},
		{Mul(Rat(big.NewRat(-3, 4)), x), "-3 x/4"},
		{Rat(big.NewRat(-3, 4)), "-3/4"},
		{Pow(Rat(big.NewRat(2, 3)), x), "(2/3)^x"},
		{Pow(Int(-2), x), "(-2)^x"},
		{Sub(one, x), "1 - x"},
		{Sub(Pow(x, Int(2)), Add(Mul(Int(2), x), one)), "x^2 - 2 x - 1"},
		{fn("polygamma", Int(3), Add(x, one)), "polygamma(3, x + 1)"},
		{fn("exp", Neg(Div(Pow(x, Int(2)), Int(2)))), "exp(-x^2/2)"},
		{Mul(Pi, sq(x)), "pi x^2"},
		{Float(0.1), "0.1"},
		{Float(-1e-5), "-1e-05"},
		{Float(1.5e10), "1.5e+10"},
		{Mul(Float(2.5), x), "2.5 x"},
		{Symbol("σ1"), "σ1"},
		{Mul(Symbol("σ"), Symbol("μ")), "μ σ"},
	} {
		if got := Format(c.e); got != c.want {
			t.Errorf("Format = %s, want %s", got, c.want)
		}
		if c.e.String() != Format(c.e) {
			t.Errorf("String() differs from Format for %s", c.want)
		}
	}
}

// TestFormatReadsBack prints random expressions and reads them back with
// the grammar reader, which must rebuild an equal expression.
func TestFormatReadsBack(t *testing.T) {
	for seed := uint64(0); seed < 2000; seed++ {
		e := genFromSeed(seed, 25).expr()
		s := Format(e)
		back, err := parseExpr(s)
		if err != nil {
			t.Fatalf("seed %d: cannot read back %q: %v", seed, s, err)
		}
		if !Equal(back, e) {
			t.Fatalf("seed %d: %q reads back as %q", seed, s, Format(back))
		}
		if n, _ := printedLen(e); n != len(s) {
			t.Fatalf("seed %d: printedLen = %d, len(%q) = %d", seed, n, s, len(s))
		}
	}
}

func TestFormatDigits(t *testing.T) {
	e := Add(Mul(Float(1.0/3), Symbol("x")), Float(math.Pi))
	if got := FormatDigits(e, 4); got != "0.3333 x + 3.142" {
		t.Errorf("FormatDigits = %s", got)
	}
	if got := FormatDigits(e, 0); got != Format(e) {
		t.Errorf("FormatDigits(e, 0) = %s, want %s", got, Format(e))
	}
}

func TestLaTeX(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"(m1 - m2)^2/(2 s2^2)", `\frac{(m_1 - m_2)^{2}}{2 s_2^{2}}`},
		{"log(s2/s1) - 1/2", `\log\left(\frac{s_2}{s_1}\right) - \frac{1}{2}`},
		{"digamma(a) + trigamma(a) + polygamma(3, a)", `\psi(a) + \psi^{(3)}(a) + \psi_1(a)`},
		{"lgamma(alpha) - lbeta(a, b)", `\log\Gamma(\alpha) - \log\mathrm{B}(a, b)`},
		{"sqrt(x) + abs(y)", `\sqrt{x} + \left|y\right|`},
		{"exp(-x^2/2)", `e^{-\frac{x^{2}}{2}}`},
		{"2 pi sigma^2", `2 \pi \sigma^{2}`},
		{"mu12 + x_hat + theta_k", `\mu_{12} + \theta_k + x_{hat}`},
		{"rate*x", `\mathit{rate} x`},
		{"3*2^(2/3)", `3 \cdot 2^{\frac{2}{3}}`},
		{"(a + b)/(c + d)", `\frac{a + b}{c + d}`},
		{"-x/(2 y)", `-\frac{x}{2 y}`},
		{"1/x^2", `\frac{1}{x^{2}}`},
	} {
		if got := LaTeX(mustParse(c.in)); got != c.want {
			t.Errorf("LaTeX(%s) = %s, want %s", c.in, got, c.want)
		}
	}
	if got := LaTeX(Mul(Float(2.5e-7), Symbol("α"))); got != `2.5 \times 10^{-7} \alpha` {
		t.Errorf("LaTeX float = %s", got)
	}
}
