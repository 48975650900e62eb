package mp

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// atanhSeriesFloat is the series summed in big.Float, term by term: the
// reference for atanhSeries.
func atanhSeriesFloat(t *big.Float, w uint) *big.Float {
	sum := newFloat(w + 32).Set(t)
	if t.Sign() == 0 {
		return sum
	}
	t2 := newFloat(w+32).Mul(t, t)
	power := newFloat(w + 32).Set(t)
	term := newFloat(w + 32)
	stop := t.MantExp(nil) - int(w) - 40
	for j := int64(1); ; j++ {
		power.Mul(power, t2)
		if power.Sign() == 0 || power.MantExp(nil) < stop {
			return sum
		}
		term.Quo(power, newFloat(64).SetInt64(2*j+1))
		sum.Add(sum, term)
	}
}

func TestAtanhSeriesFixedPoint(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 3))
	for range 300 {
		w := uint(53 + rnd.IntN(600))
		x := newFloat(w).SetFloat64(rnd.Float64() - 0.5)
		x.SetMantExp(x, -rnd.IntN(40))
		got, want := atanhSeries(x, w), atanhSeriesFloat(x, w)
		diff := newFloat(w+32).Sub(got, want)
		if diff.Sign() != 0 && diff.MantExp(nil) > want.MantExp(nil)-int(w)+1 {
			t.Fatalf("atanhSeries(%v, %d) = %v, want %v", x, w, got, want)
		}
	}
	if v := atanhSeries(newFloat(100), 100); v.Sign() != 0 {
		t.Errorf("atanhSeries(0) = %v", v)
	}
}

func BenchmarkAtanhSeries(b *testing.B) {
	x := newFloat(200).SetFloat64(0.17)
	b.Run("fixed", func(b *testing.B) {
		for b.Loop() {
			atanhSeries(x, 200)
		}
	})
	b.Run("float", func(b *testing.B) {
		for b.Loop() {
			atanhSeriesFloat(x, 200)
		}
	})
}
