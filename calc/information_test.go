package calc_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"statcalc/calc"
)

// TestFisherThreeRoutes checks, for every regular family and in several
// coordinates, that the information fisher derives as Jᵀ ∇²A(η) J equals
// the covariance of the score E[s sᵀ] and the negative expected Hessian
// −E[∇² log p], each computed by the expectation operator.
func TestFisherThreeRoutes(t *testing.T) {
	cases := []struct {
		dist, coords string
		hessian      bool // −E[Hessian] applies (log p is smooth in the parameters)
	}{
		{"N(m, v)", "[m, v]", true},
		{"N(mu, s^2)", "[mu, s]", true},
		{"N(m, 1/l)", "[m, l]", true},
		{"N(s, s^2)", "[s]", true},
		{"Exponential(r)", "[r]", true},
		{"Exponential(1/th)", "[th]", true},
		{"Gamma(a, b)", "[a, b]", true},
		{"Gamma(k, 1/th)", "[k, th]", true},
		{"Beta(a, b)", "[a, b]", true},
		{"LogNormal(m, v)", "[m, v]", true},
		{"LogNormal(mu, s^2)", "[mu, s]", true},
		{"Poisson(l)", "[l]", true},
		{"Poisson(exp(t))", "[t]", true},
		{"Bernoulli(p)", "[p]", true},
		{"Bernoulli(sigmoid(z))", "[z]", true},
		{"Binomial(n, p)", "[p]", true},
		{"Geometric(p)", "[p]", true},
		{"Laplace(m, b)", "[m, b]", false}, // the kink at x = μ
	}
	for _, c := range cases {
		t.Run(c.dist, func(t *testing.T) {
			var buf bytes.Buffer
			s := calc.NewSession(&buf, &buf)
			run := func(stmt string) {
				buf.Reset()
				if s.Run("", stmt, 1) > 0 {
					t.Fatalf("%s: %s", stmt, buf.String())
				}
			}
			run("assume th > 0") // a scale, written 1/th as a rate
			info := fmt.Sprintf("fisher(%s, %s)", c.dist, c.coords)
			run(fmt.Sprintf("sc = score(%s, x, %s)", c.dist, c.coords))
			checks := []string{fmt.Sprintf("check %s == expect(%s, sc * transpose(sc))", info, c.dist)}
			if c.hessian {
				checks = append(checks, fmt.Sprintf("check %s == -expect(%s, hessian(logpdf(%s, x), %s))", info, c.dist, c.dist, c.coords))
			}
			for _, stmt := range checks {
				run(stmt)
				if !strings.HasPrefix(buf.String(), "ok") {
					t.Errorf("%s: %s", stmt, buf.String())
				}
			}
		})
	}
}

// TestFisherDefaultCoordinates checks that fisher(p) equals fisher(p, θ)
// when the parameters are written as plain symbols.
func TestFisherDefaultCoordinates(t *testing.T) {
	for _, c := range []string{"N(m, v), [m, v]", "Gamma(a, b), [a, b]", "Beta(a, b), [a, b]", "Laplace(m, b), [m, b]",
		"Dirichlet([a, b, c]), [a, b, c]", "Binomial(n, p), [p]"} {
		var buf bytes.Buffer
		s := calc.NewSession(&buf, &buf)
		d := c[:strings.Index(c, "), ")+1]
		stmt := fmt.Sprintf("check fisher(%s) == fisher(%s)", d, c)
		if s.Run("", stmt, 1) > 0 || !strings.HasPrefix(buf.String(), "ok") {
			t.Errorf("%s: %s", stmt, buf.String())
		}
	}
}

// BenchmarkFisherStatement times whole statements, simplification and
// printing included (the target is well under 10 ms a family).
func BenchmarkFisherStatement(b *testing.B) {
	for _, stmt := range []string{"fisher(N(mu, s^2), [mu, s])", "fisher(N(m, 1/l), [m, l])", "fisher(Gamma(k, 1/th), [k, th])",
		"fisher(Beta(a, b))", "fisher(LogNormal(mu, s^2), [mu, s])", "fisher(Dirichlet([a, b, c]))",
		"fisher(Categorical([p1, p2, 1 - p1 - p2]), [p1, p2])", "fisher(Poisson(exp(t)), [t])"} {
		b.Run(stmt, func(b *testing.B) {
			var buf bytes.Buffer
			s := calc.NewSession(&buf, &buf)
			for i := 0; i < b.N; i++ {
				buf.Reset()
				if s.Run("", stmt, 1) > 0 {
					b.Fatal(buf.String())
				}
			}
		})
	}
}
