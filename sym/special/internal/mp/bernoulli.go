package mp

import (
	"math/big"
	"sync"
)

// bernoulli caches the Bernoulli numbers B₂ₖ as exact rationals and as
// floats at each working precision asked for (precisions are whole words).
var bernoulli struct {
	mu     sync.Mutex
	exact  []*big.Rat            // exact[k] = B₂ₖ, k ≥ 1; exact[0] unused
	floats map[uint][]*big.Float // floats[prec][k] = B₂ₖ rounded to prec bits
}

// bernoulliFloats returns B₂ₖ for k = 0, …, n rounded to prec bits (entry 0
// is unused). prec must be a whole number of words. The slice is shared and
// must not be modified.
func bernoulliFloats(n int, prec uint) []*big.Float {
	bernoulli.mu.Lock()
	defer bernoulli.mu.Unlock()
	if len(bernoulli.exact) <= n {
		size := n + n/4 + 32
		bernoulli.exact = bernoulliExact(size)
	}
	if bernoulli.floats == nil {
		bernoulli.floats = make(map[uint][]*big.Float)
	}
	fs := bernoulli.floats[prec]
	if len(fs) <= n {
		grown := make([]*big.Float, len(bernoulli.exact))
		copy(grown, fs)
		for k := max(1, len(fs)); k < len(grown); k++ {
			grown[k] = newFloat(prec).SetRat(bernoulli.exact[k])
		}
		bernoulli.floats[prec] = grown
		fs = grown
	}
	return fs[:n+1]
}

// bernoulliExact returns B₂ₖ for k < n from the tangent numbers Tₖ
// (tan z = Σ Tₖ z^(2k−1)/(2k−1)!),
//
//	B₂ₖ = (−1)^(k−1) · 2k · Tₖ / (4ᵏ (4ᵏ − 1)),
//
// with Tₖ from the integer recurrence of Brent and Harvey, "Fast
// computation of Bernoulli, tangent and secant numbers" (2013), Algorithm
// TangentNumbers: O(n²) operations on integers, no fractions.
func bernoulliExact(n int) []*big.Rat {
	m := n - 1 // tangent numbers T₁ … Tₘ
	t := make([]*big.Int, m+1)
	if m >= 1 {
		t[1] = big.NewInt(1)
	}
	for k := 2; k <= m; k++ {
		t[k] = new(big.Int).Mul(t[k-1], big.NewInt(int64(k-1)))
	}
	tmp, f := new(big.Int), new(big.Int)
	for k := 2; k <= m; k++ {
		for j := k; j <= m; j++ {
			tmp.Mul(t[j-1], f.SetInt64(int64(j-k)))
			t[j].Mul(t[j], f.SetInt64(int64(j-k+2)))
			t[j].Add(t[j], tmp)
		}
	}
	b := make([]*big.Rat, n)
	for k := 1; k <= m; k++ {
		num := new(big.Int).Mul(t[k], big.NewInt(int64(2*k)))
		if k%2 == 0 {
			num.Neg(num)
		}
		four := new(big.Int).Lsh(big.NewInt(1), uint(2*k))
		den := new(big.Int).Sub(four, big.NewInt(1))
		den.Mul(den, four)
		b[k] = new(big.Rat).SetFrac(num, den)
	}
	return b
}
