package special

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mathext"
)

// benchArgs covers the branches: small, near the root, recurrence range,
// asymptotic range and negative.
var benchArgs = []float64{0.3, 1.46, 3.7, 7.9, 25.5, 1e6, -2.7}

var sink float64

func BenchmarkDigamma(b *testing.B) {
	for b.Loop() {
		for _, x := range benchArgs {
			v, _ := Digamma(x)
			sink += v
		}
	}
}

func BenchmarkGonumDigamma(b *testing.B) {
	for b.Loop() {
		for _, x := range benchArgs {
			sink += mathext.Digamma(x)
		}
	}
}

func BenchmarkTrigamma(b *testing.B) {
	for b.Loop() {
		for _, x := range benchArgs {
			v, _ := Trigamma(x)
			sink += v
		}
	}
}

func BenchmarkPolygamma2(b *testing.B) {
	for b.Loop() {
		for _, x := range benchArgs {
			v, _ := Polygamma(2, x)
			sink += v
		}
	}
}

func BenchmarkLgamma(b *testing.B) {
	for b.Loop() {
		for _, x := range benchArgs {
			v, _ := Lgamma(x)
			sink += v
		}
	}
}

func BenchmarkMathLgamma(b *testing.B) {
	for b.Loop() {
		for _, x := range benchArgs {
			v, _ := math.Lgamma(x)
			sink += v
		}
	}
}

func BenchmarkLbeta(b *testing.B) {
	for b.Loop() {
		for _, x := range benchArgs[:6] {
			v, _ := Lbeta(x, 2.5)
			sink += v
		}
	}
}

func BenchmarkLog1pmx(b *testing.B) {
	for b.Loop() {
		for _, x := range []float64{-0.6, -1e-3, 1e-8, 0.4, 1.9, 5} {
			sink += Log1pmx(x)
		}
	}
}

func BenchmarkLog1pMinusX(b *testing.B) {
	for b.Loop() {
		for _, x := range []float64{-0.6, -1e-3, 1e-8, 0.4, 1.9, 5} {
			sink += math.Log1p(x) - x
		}
	}
}
