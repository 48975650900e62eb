package calc_test

import (
	"bytes"
	"strings"
	"testing"

	"statcalc/calc"
)

// texAgrees prints src with :format latex, reads the LaTeX back with tex
// and checks that the two are the same expression.
func texAgrees(t *testing.T, src string) {
	t.Helper()
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	s.Run("", ":format latex", 1)
	s.Run("", src, 1)
	latex := strings.TrimSpace(out.String())
	if latex == "" || strings.Contains(latex, "\n") || strings.Contains(latex, "error") || strings.Contains(latex, "begin") ||
		strings.ContainsAny(latex, `"`) {
		return // an error, a matrix or a string: not a formula
	}
	if !hasVariable(latex) {
		return // a constant prints rounded to :digits
	}
	out.Reset()
	s.Run("", ":format plain", 1)
	s.Run("", `check `+src+` == tex("`+latex+`")`, 1)
	got := out.String()
	// A value check cannot compare (a distribution) is not a formula.
	if !strings.HasPrefix(got, "ok") && (strings.Contains(got, "tex:") || strings.Contains(got, "check failed")) {
		t.Errorf("%s printed as %s reads back differently:\n%s", src, latex, got)
	}
}

// hasVariable reports a formula with a free symbol, which prints exactly.
func hasVariable(latex string) bool {
	r := strings.NewReplacer(`\frac`, "", `\times`, "", `\cdot`, "", `\left`, "", `\right`, "", `\sqrt`, "", "e^", "")
	return strings.ContainsAny(r.Replace(latex), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
}

func TestTeXReadsLaTeXOutput(t *testing.T) {
	for _, src := range texSeeds {
		texAgrees(t, src)
	}
}

var texSeeds = []string{
	"kl(N(m1, s1^2), N(m2, s2^2))",
	"kl(Gamma(a1, b1), Gamma(a2, b2))",
	"entropy(Beta(alpha, beta))",
	"renyi(Exponential(l1), Exponential(l2), a)",
	"bhattacharyya(N(mu1, sigma1), N(mu2, sigma2))",
	"fisher(Gamma(a, b))[1, 1]",
	"sqrt(x) + abs(y - 1) + exp(-x^2/2)/sqrt(2 pi)",
	"polygamma(2, a) + trigamma(b) + lbeta(a, b) + sigmoid(x) + tanh(x)",
	"x^(1/3) + 1/(x + y) + 3 x^2 y/7",
	"1.5 x + 2.5e-3",
	"sin(t) cos(t)^2",
}

// FuzzTeX checks that tex reads back what :format latex prints.
func FuzzTeX(f *testing.F) {
	for _, s := range texSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		// Names with underscores print as themselves (a lone _ is not
		// LaTeX), so they are left out.
		if strings.ContainsAny(src, ":;\n#\"_") || strings.Contains(src, "plot") || strings.Contains(src, "read_matrix") ||
			strings.Contains(src, "sample") || strings.Contains(src, "=") || len(src) > 200 {
			return
		}
		texAgrees(t, src)
	})
}
