package calc

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"statcalc/dist"
)

// BenchmarkNumericRoute times whole statements of the numeric route
// (quadrature, parsing and printing included): a cross-family KL to the 15
// digits float64 vouches for, and the same at :precision 40, where the
// quadrature still runs in float64 and the warning says how many digits
// it has.
func BenchmarkNumericRoute(b *testing.B) {
	for _, bench := range []struct{ name, setup, stmt string }{
		{"klStudentTNormal", ":digits 15", "kl(StudentT(4, 0, 1), N(0, 2))"},
		{"klGammaLogNormal", ":digits 15", "kl(Gamma(2, 3), LogNormal(0, 1))"},
		{"klStudentTNormal/precision40", ":precision 40", "kl(StudentT(4, 0, 1), N(0, 2))"},
		{"klGammaLogNormal/precision40", ":precision 40", "kl(Gamma(2, 3), LogNormal(0, 1))"},
		{"w2StudentTNormal", ":digits 15", "w2(StudentT(3, 0, 1), N(0, 1))"},
	} {
		b.Run(bench.name, func(b *testing.B) {
			s := NewSession(io.Discard, io.Discard)
			s.Run("", bench.setup, 1)
			for b.Loop() {
				if s.Run("", bench.stmt, 1) != 0 {
					b.Fatal("failed")
				}
			}
		})
	}
}

// sameFamilyKL returns kl(F(a1, …), F(b1, …)) in free symbols for a
// declared family: fixed parameters (Binomial's n) shared, a vector
// family with three components, a normal in its scalar form.
func sameFamilyKL(f *dist.Family) string {
	args := func(prefix string) string {
		if f.Vector {
			return fmt.Sprintf("[%s1, %s2, %s3]", prefix, prefix, prefix)
		}
		var xs []string
		for i, prm := range f.Params {
			if prm.Fixed {
				xs = append(xs, "n0")
				continue
			}
			xs = append(xs, fmt.Sprintf("%s%d", prefix, i+1))
		}
		return strings.Join(xs, ", ")
	}
	return fmt.Sprintf("kl(%s(%s), %s(%s))", f.Name, args("a"), f.Name, args("b"))
}

// BenchmarkSymbolicKL times the symbolic derivation of KL between two
// members of each declared family with free parameters, from A(η) or the
// family's closed forms, simplified and printed: the whole statement.
func BenchmarkSymbolicKL(b *testing.B) {
	for _, f := range dist.Families() {
		stmt := sameFamilyKL(f)
		b.Run(f.Name, func(b *testing.B) {
			s := NewSession(io.Discard, io.Discard)
			if s.Run("", stmt, 1) != 0 {
				b.Skipf("%s has no symbolic form", stmt)
			}
			for b.Loop() {
				if s.Run("", stmt, 1) != 0 {
					b.Fatal("failed")
				}
			}
		})
	}
}
