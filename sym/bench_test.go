package sym

import (
	"fmt"
	"testing"
)

// gammaKL is KL(Gamma(a1, b1) ‖ Gamma(a2, b2)) written out, rates b.
const gammaKL = "(a1 - a2) digamma(a1) - lgamma(a1) + lgamma(a2) + a2 (log(b1) - log(b2)) + a1 (b2 - b1)/b1"

// fisherEntries returns the Fisher information Jᵀ ∇²A(η) J of a Dirichlet
// with α = (m t, (1 − m) t, k), a 3×3 set of expressions.
func fisherEntries() []Expr {
	A := mustParse("lgamma(e1) + lgamma(e2) + lgamma(e3) - lgamma(e1 + e2 + e3)")
	eta := []string{"e1", "e2", "e3"}
	h := Hessian(A, eta)
	sub := map[string]Expr{"e1": mustParse("m t"), "e2": mustParse("(1 - m) t"), "e3": mustParse("k")}
	theta := []string{"m", "t", "k"}
	jac := make([][]Expr, 3)
	for i, e := range eta {
		jac[i] = Gradient(sub[e], theta)
	}
	var out []Expr
	for p := range theta {
		for q := range theta {
			var terms []Expr
			for i := range eta {
				for j := range eta {
					terms = append(terms, Mul(jac[i][p], Subs(h[i][j], sub), jac[j][q]))
				}
			}
			out = append(out, Add(terms...))
		}
	}
	return out
}

func BenchmarkSimplifyGammaKL(b *testing.B) {
	e := mustParse(gammaKL)
	for b.Loop() {
		Simplify(e, nil)
	}
}

func BenchmarkSimplifyFisher3x3(b *testing.B) {
	es := fisherEntries()
	a := assume("m", UnitInterval, "t", Positive, "k", Positive)
	for b.Loop() {
		for _, e := range es {
			Simplify(e, a)
		}
	}
}

func BenchmarkSimplifyRandom(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		e := sizedExpr(uint64(n), n)
		b.Run(fmt.Sprintf("nodes=%d", n), func(b *testing.B) {
			for b.Loop() {
				Simplify(e, nil)
			}
		})
	}
}

func BenchmarkFloat64GammaKL(b *testing.B) {
	e := Subs(mustParse(gammaKL), map[string]Expr{"a1": mustParse("2.5"), "a2": mustParse("2.6"), "b1": mustParse("1.5"), "b2": mustParse("1.4")})
	for b.Loop() {
		Float64(e)
	}
}

func BenchmarkDecimalGammaKL(b *testing.B) {
	e := Subs(mustParse(gammaKL), map[string]Expr{"a1": mustParse("2.5"), "a2": mustParse("2.6"), "b1": mustParse("1.5"), "b2": mustParse("1.4")})
	for _, d := range []int{30, 100} {
		b.Run(fmt.Sprintf("digits=%d", d), func(b *testing.B) {
			for b.Loop() {
				Decimal(e, d)
			}
		})
	}
}

func BenchmarkCheckNumeric(b *testing.B) {
	l := mustParse("lgamma(2 x)")
	r := mustParse("lgamma(x) + lgamma(x + 1/2) + (2 x - 1) log(2) - log(pi)/2")
	a := assume("x", Positive)
	for b.Loop() {
		Check(l, r, a)
	}
}

func TestFisherEntriesSimplify(t *testing.T) {
	a := assume("m", UnitInterval, "t", Positive, "k", Positive)
	for i, e := range fisherEntries() {
		s := Simplify(e, a)
		sameValues(t, e, s, a)
		t.Logf("F[%d][%d] = %s", i/3, i%3, s)
	}
}
