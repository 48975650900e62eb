package mp

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestPowWord(t *testing.T) {
	for _, q := range []uint64{2, 3, 10, 1000, 1<<31 - 1} {
		for _, n := range []int64{1, 2, 5, 19, 20, 21, 64, 117, 300} {
			want := new(big.Int).Exp(new(big.Int).SetUint64(q), big.NewInt(n), nil)
			// work space holding values from an earlier use, as from the pool
			if got := powWord(q, n, big.NewInt(12345), big.NewInt(-7)); got.Cmp(want) != 0 {
				t.Errorf("powWord(%d, %d) = %v, want %v", q, n, got, want)
			}
		}
	}
}

// TestLnTables compares the table-driven Ln with the square-root method of
// lnSeriesRoots (a different reduction and series) at random arguments
// over many binades, next to the ends of the reduced range and of the
// tables' reach, at precisions from one word to fastLnMaxPrec bits: they
// must agree to the requested precision.
func TestLnTables(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 11))
	args := []float64{math.Sqrt2 / 2, math.Sqrt2, 1 - 1.0/16, 1 + 1.0/16, 0.9375 - 1e-12, 1.0625 + 1e-12,
		1.0/64 + 1, 1 - 19.0/64, 2, 0.5, 1e300, 1e-300, 3.7}
	for range 60 {
		args = append(args, math.Exp(rnd.NormFloat64()*20))
	}
	for _, prec := range []uint{53, 64, 200, 256, 448, 1000, 2048, fastLnMaxPrec} {
		for _, a := range args {
			x := new(big.Float).SetPrec(prec + 64).SetFloat64(a)
			if prec > 53 {
				// random low bits, so that x is not a short binary number
				lo := new(big.Float).SetFloat64(rnd.Float64())
				lo.SetMantExp(lo, x.MantExp(nil)-60)
				x.Add(x, lo)
			}
			got := Ln(x, prec)
			want := lnSeriesRoots(x, prec+32)
			d := new(big.Float).Sub(got, want)
			if d.Sign() == 0 {
				continue
			}
			if rel := d.MantExp(nil) - want.MantExp(nil); rel > -int(prec)+1 {
				t.Errorf("Ln(%g) at %d bits: off by 2^%d relative", a, prec, rel)
			}
		}
	}
}
