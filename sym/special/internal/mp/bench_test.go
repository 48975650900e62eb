package mp

import (
	"fmt"
	"math/big"
	"testing"
)

// Benchmarks of the kernels at the working precisions of 20, 50 and 100
// decimal digits (as dec asks for them: digits bits + 8, rounded to words
// with the adaptive loop's slack), on warm caches.
var benchPrecs = []uint{128, 256, 448}

func BenchmarkLn(b *testing.B) {
	x := big.NewFloat(3.7)
	for _, prec := range benchPrecs {
		b.Run(fmt.Sprintf("tables/prec=%d", prec), func(b *testing.B) {
			Ln(x, prec)
			for b.Loop() {
				Ln(x, prec)
			}
		})
		b.Run(fmt.Sprintf("roots/prec=%d", prec), func(b *testing.B) {
			for b.Loop() {
				lnSeriesRoots(x, prec)
			}
		})
	}
}

// benchGammaArgs are the arguments of the ln Γ and ψ benchmarks: near ½,
// small, medium, large.
var benchGammaArgs = []string{"0.5001", "3.7", "10.5", "1e6"}

func benchGamma(b *testing.B, kernel func(x *big.Rat, w uint) (*big.Float, int)) {
	for _, s := range benchGammaArgs {
		x, _ := new(big.Rat).SetString(s)
		for _, w := range benchPrecs {
			b.Run(fmt.Sprintf("x=%s/prec=%d", s, w), func(b *testing.B) {
				kernel(x, w)
				for b.Loop() {
					kernel(x, w)
				}
			})
		}
	}
}

func BenchmarkLgammaPos(b *testing.B)       { benchGamma(b, lgammaPos) }
func BenchmarkLgammaPosFloat(b *testing.B)  { benchGamma(b, lgammaPosFloat) }
func BenchmarkDigammaPos(b *testing.B)      { benchGamma(b, digammaPos) }
func BenchmarkDigammaPosFloat(b *testing.B) { benchGamma(b, digammaPosFloat) }
