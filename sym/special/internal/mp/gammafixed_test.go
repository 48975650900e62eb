package mp

import (
	"math/big"
	"testing"
)

func TestPowWord(t *testing.T) {
	for _, q := range []uint64{2, 3, 10, 1000, 1<<31 - 1} {
		for _, n := range []int64{1, 2, 5, 19, 20, 21, 64, 117, 300} {
			want := new(big.Int).Exp(new(big.Int).SetUint64(q), big.NewInt(n), nil)
			if got := powWord(q, n); got.Cmp(want) != 0 {
				t.Errorf("powWord(%d, %d) = %v, want %v", q, n, got, want)
			}
		}
	}
}
