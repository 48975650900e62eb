package metrics

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"statcalc/dist"
)

// wellConditioned returns 3I + W for a random symmetric W with entries
// uniform in ±0.05·√3: its eigenvalues fill about [1, 5] (Wigner's
// semicircle of radius 2·0.05·√d at d = 400), so κ ≈ 5.
func wellConditioned(d int, rnd *rand.Rand) [][]float64 {
	a := 0.05 * math.Sqrt(3)
	s := make([][]float64, d)
	for i := range s {
		s[i] = make([]float64, d)
	}
	for i := range d {
		s[i][i] = 3 + a*(2*rnd.Float64()-1)
		for j := i + 1; j < d; j++ {
			s[i][j] = a * (2*rnd.Float64() - 1)
			s[j][i] = s[i][j]
		}
	}
	return s
}

// TestHighDimWellConditioned checks the error estimates on 400-dimensional
// normals with κ ≈ 5 where Σ_p = 2Σ_q (doubling is exact), so that the
// divergences have closed forms free of Σ_q:
//
//	KL(p‖q) = d/2·(1 − ln 2), KL(q‖p) = d/2·(ln 2 − ½), D_B = d/2·(ln 1.5 − ½ ln 2),
//	W₂ = ((3 − 2√2) tr Σ_q)^½.
//
// Each estimate must cover the true error (within 10×) and vouch for 12
// digits, so that no warning appears at the 10 digits printed by default.
// (With κ₁ and d·ε in place of κ₂ and √d·ε the KL estimate was 2·10⁻¹²,
// close to a warning, for a true error of 3.5·10⁻¹⁶.)
func TestHighDimWellConditioned(t *testing.T) {
	const d = 400
	rnd := rand.New(rand.NewPCG(4, 4))
	sq := wellConditioned(d, rnd)
	sp := make([][]float64, d)
	for i := range sq {
		sp[i] = make([]float64, d)
		for j := range sq[i] {
			sp[i][j] = 2 * sq[i][j]
		}
	}
	mu := make([]float64, d)
	for i := range mu {
		mu[i] = rnd.NormFloat64()
	}
	p, err := dist.NewMVN(mu, sp)
	if err != nil {
		t.Fatal(err)
	}
	q, err := dist.NewMVN(mu, sq)
	if err != nil {
		t.Fatal(err)
	}
	ln2, ln15 := math.Ln2, math.Log(1.5)
	for _, c := range []struct {
		name string
		f    func() (Estimate, error)
		want float64
	}{
		{"KL(p‖q)", func() (Estimate, error) { return KLNormal(p, q) }, d / 2 * (1 - ln2)},
		{"KL(q‖p)", func() (Estimate, error) { return KLNormal(q, p) }, d / 2 * (ln2 - 0.5)},
		{"Bhattacharyya", func() (Estimate, error) { return BhattacharyyaNormal(p, q) }, d / 2 * (ln15 - 0.5*ln2)},
		{"W2", func() (Estimate, error) { return W2Normal(p, q) }, w2Doubled(sq)},
	} {
		got, err := c.f()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		trueErr := math.Abs(got.Value-c.want) / c.want
		t.Logf("%s = %.17g (want %.17g): true relative error %.2g, estimate %.2g", c.name, got.Value, c.want, trueErr, got.RelErr)
		if trueErr > 10*got.RelErr {
			t.Errorf("%s: true relative error %.2g exceeds 10× the estimate %.2g", c.name, trueErr, got.RelErr)
		}
		if got.RelErr >= 1e-12 {
			t.Errorf("%s: estimate %.2g would leave fewer than 12 digits", c.name, got.RelErr)
		}
	}
}

// w2Doubled returns W₂(N(μ, 2Σ), N(μ, Σ)) = ((3 − 2√2) tr Σ)^½, since
// (Σ^½ 2Σ Σ^½)^½ = √2 Σ; evaluated in 200-bit arithmetic and rounded.
func w2Doubled(s [][]float64) float64 {
	tr := new(big.Float).SetPrec(200)
	for i := range s {
		tr.Add(tr, new(big.Float).SetFloat64(s[i][i]))
	}
	c := new(big.Float).SetPrec(200).Sqrt(big.NewFloat(2).SetPrec(200))
	c.Mul(c, big.NewFloat(-2)).Add(c, big.NewFloat(3))
	v := new(big.Float).SetPrec(200).Mul(c, tr)
	v.Sqrt(v)
	f, _ := v.Float64()
	return f
}
