package calc

import (
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
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

// BenchmarkMatrixLiteral500 times `S = [[…], …]` for a 500×500 matrix of
// numbers written with nine decimals, parsing and reading the numbers
// included; compare parser's BenchmarkStrconvMatrix500.
func BenchmarkMatrixLiteral500(b *testing.B) {
	const n = 500
	rnd := rand.New(rand.NewPCG(1, 1))
	var src strings.Builder
	src.WriteString("S = [")
	for i := range n {
		if i > 0 {
			src.WriteString(",\n     ")
		}
		src.WriteByte('[')
		for j := range n {
			if j > 0 {
				src.WriteString(", ")
			}
			src.WriteString(strconv.FormatFloat(rnd.Float64(), 'f', 9, 64))
		}
		src.WriteByte(']')
	}
	src.WriteString("]\n")
	text := src.String()
	s := NewSession(io.Discard, io.Discard)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if s.Run("", text, 1) != 0 {
			b.Fatal("failed")
		}
	}
}
