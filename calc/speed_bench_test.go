package calc

import (
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkPrecision50 times whole statements at :precision 50, parsing
// and printing included; scripts/bench.sh sets them beside mpmath. Besides
// ns/op (wall time) it reports cpu-ns/op, the process's CPU time per
// statement, which a busy machine disturbs less.
func BenchmarkPrecision50(b *testing.B) {
	for _, bench := range []struct{ name, stmt string }{
		{"lgamma/x=0.5001", "lgamma(0.5001)"},
		{"lgamma/x=3.7", "lgamma(3.7)"},
		{"lgamma/x=10.5", "lgamma(10.5)"},
		{"lgamma/x=1e6", "lgamma(1e6)"},
		{"digamma/x=0.5001", "digamma(0.5001)"},
		{"digamma/x=3.7", "digamma(3.7)"},
		{"digamma/x=10.5", "digamma(10.5)"},
		{"digamma/x=1e6", "digamma(1e6)"},
		{"klBeta/2,3,4,5", "kl(Beta(2, 3), Beta(4, 5))"},
		{"klBeta/2.5,3.5,1.5,4", "kl(Beta(2.5, 3.5), Beta(1.5, 4))"},
	} {
		b.Run(bench.name, func(b *testing.B) {
			s := NewSession(io.Discard, io.Discard)
			s.Run("", ":precision 50", 1)
			if s.Run("", bench.stmt, 1) != 0 {
				b.Fatal("failed")
			}
			cpu := processCPU()
			for b.Loop() {
				if s.Run("", bench.stmt, 1) != 0 {
					b.Fatal("failed")
				}
			}
			if cpu != 0 {
				b.ReportMetric(float64(processCPU()-cpu)/float64(b.N), "cpu-ns/op")
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
