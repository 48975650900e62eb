package dec

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
)

// Benchmarks at 20, 40 and 100 significant digits. The caches (π, ln 2,
// Bernoulli numbers) are warm after the first iteration.
func benchDigits(b *testing.B, f func(digits int) (decimal.Decimal, error)) {
	for _, digits := range []int{20, 40, 100} {
		b.Run(fmt.Sprintf("digits=%d", digits), func(b *testing.B) {
			if _, err := f(digits); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				f(digits)
			}
		})
	}
}

var (
	benchX = decimal.RequireFromString("3.7")
	benchY = decimal.RequireFromString("0.37")
)

func BenchmarkSqrt(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return Sqrt(benchX, d) })
}

func BenchmarkLn(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return Ln(benchX, d) })
}

func BenchmarkExp(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return Exp(benchX, d) })
}

func BenchmarkLog1p(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return Log1p(benchY, d) })
}

func BenchmarkPow(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return Pow(benchX, benchY, d) })
}

func BenchmarkLgamma(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return Lgamma(benchX, d) })
}

func BenchmarkDigamma(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return Digamma(benchX, d) })
}

func BenchmarkTrigamma(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return Trigamma(benchX, d) })
}

func BenchmarkPolygamma3(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return Polygamma(3, benchX, d) })
}

// BenchmarkShopspringLn and BenchmarkShopspringExp time decimal's own
// Ln(places) and ExpTaylor(places) for comparison; their argument is places
// after the point, which for 3.7 is close to significant digits.
func BenchmarkShopspringLn(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return benchX.Ln(int32(d)) })
}

func BenchmarkShopspringExp(b *testing.B) {
	benchDigits(b, func(d int) (decimal.Decimal, error) { return benchX.ExpTaylor(int32(d)) })
}
