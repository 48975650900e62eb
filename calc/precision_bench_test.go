package calc

import (
	"io"
	"testing"
)

// BenchmarkPrecision50 times whole statements at :precision 50, parsing
// and printing included; scripts/bench.sh sets them beside mpmath.
func BenchmarkPrecision50(b *testing.B) {
	for _, bench := range []struct{ name, stmt string }{
		{"lgamma", "lgamma(3.7)"},
		{"digamma", "digamma(3.7)"},
		{"klBeta", "kl(Beta(2, 3), Beta(4, 5))"},
	} {
		b.Run(bench.name, func(b *testing.B) {
			s := NewSession(io.Discard, io.Discard)
			s.Run("", ":precision 50", 1)
			for b.Loop() {
				if s.Run("", bench.stmt, 1) != 0 {
					b.Fatal("failed")
				}
			}
		})
	}
}
