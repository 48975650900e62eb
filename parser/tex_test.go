package parser

import (
	"errors"
	"strings"
	"testing"
)

func TestTeX(t *testing.T) {
	tests := []struct{ tex, want string }{
		{`\frac{1}{2}`, "((1)/(2))"},
		{`\frac12`, "((1)/(2))"},
		{`\sigma_1`, "sigma1"},
		{`\mu_{2}`, "mu2"},
		{`a_{b}`, "a_b"},
		{`\sigma_{12}^2`, "(sigma12)^(2)"},
		{`\log\frac{\sigma_2}{\sigma_1}`, "log(((sigma2)/(sigma1)))"},
		{`\ln x`, "log(x)"},
		{`\exp(-x)`, "exp((-x))"},
		{`e^{-x}`, "exp((-x))"},
		{`\sqrt{x}`, "sqrt(x)"},
		{`\sqrt[3]{x}`, "((x)^(1/(3)))"},
		{`2\sigma^2`, "2*(sigma)^(2)"},
		{`a \cdot b \times c`, "a*b*c"},
		{`ab`, "a*b"},
		{`\left( a + b \right)^2`, "((a + b))^(2)"},
		{`\left| x \right|`, "(abs(x))"},
		{`\operatorname{tr}(A)`, "tr(A)"},
		{`\mathrm{tr}(A)`, "tr(A)"},
		{`\det A`, "det(A)"},
		{`A^\top`, "transpose(A)"},
		{`A^{\top}`, "transpose(A)"},
		{`\psi(a)`, "digamma(a)"},
		{`\psi_1(a)`, "trigamma(a)"},
		{`\psi^{(2)}(a)`, "polygamma(2, a)"},
		{`\log\Gamma(a)`, "lgamma(a)"},
		{`\Gamma(a)`, "exp(lgamma(a))"},
		{`\log\mathrm{B}(a, b)`, "lbeta(a, b)"},
		{`\sigma(x)`, "sigmoid(x)"},
		{`\mathit{mu}_{1}`, "mu1"},
		{`\alpha \, \beta`, "alpha*beta"},
		{`\pi`, "pi"},
		{`x^{-1}`, "(x)^((-1))"},
		{`\boldsymbol{\mu}`, "mu"},
	}
	for _, tc := range tests {
		got, err := TeX(tc.tex)
		if err != nil || got != tc.want {
			t.Errorf("TeX(%q) = %q, %v; want %q", tc.tex, got, err, tc.want)
			continue
		}
		if _, err := ParseExpr(got); err != nil {
			t.Errorf("TeX(%q) = %q does not parse: %v", tc.tex, got, err)
		}
	}
}

func TestTeXErrors(t *testing.T) {
	tests := []struct {
		tex, msg string
		col      int
	}{
		{`\frac{1}{2} + \foo{x}`, `unsupported LaTeX command \foo`, 15},
		{`x + `, "unexpected end of formula", 5},
		{`\left( x \right]`, `expected \right), found \right]`, 16},
		{`\frac{1}{2`, "expected '}', found end of formula", 11},
		{`\sigma_{\frac{1}{2}}`, `a subscript holds letters and digits, not \frac`, 9},
		{`f'(x)`, "primes (f') are not supported; write diff(f, x)", 2},
		{`\log`, `log needs an argument, found end of formula`, 5},
	}
	for _, tc := range tests {
		_, err := TeX(tc.tex)
		var te *TeXError
		if !errors.As(err, &te) || te.Msg != tc.msg || te.Col != tc.col {
			t.Errorf("TeX(%q): got %v, want column %d: %s", tc.tex, err, tc.col, tc.msg)
		}
	}
}

// FuzzTeX checks that TeX never panics and that whatever it accepts
// parses as statcalc syntax.
func FuzzTeX(f *testing.F) {
	for _, s := range []string{`\frac{1}{2}`, `\log\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2}{2\sigma_2^2}`,
		`\left( a \right)^\top`, `\psi^{(2)}(a)`, `\sqrt[3]{x}`, `\mathrm{tr}(A)`, `x_{ij}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out, err := TeX(src)
		if err != nil {
			return
		}
		if _, perr := ParseExpr(out); perr != nil && !strings.Contains(src, `"`) {
			t.Errorf("TeX(%q) = %q, which does not parse: %v", src, out, perr)
		}
	})
}
