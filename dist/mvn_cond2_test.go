package dist

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestCond2 compares Cond2 with κ₂ of the equilibrated covariance from a
// full eigendecomposition (gonum's EigenSym): it must not exceed it and
// must come within half of it, and it must not exceed Cond's κ₁. Below
// minCond2Dim it is Cond.
func TestCond2(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 7))
	for _, tc := range []struct {
		d      int
		spread float64 // eigenvalues from 1 to spread
	}{{2, 3}, {100, 100}, {200, 1e6}, {250, 5}} {
		// Σ = Q diag(λ) Qᵀ with Q from the QR factorisation of a Gaussian matrix.
		g := mat.NewDense(tc.d, tc.d, nil)
		for i := range tc.d {
			for j := range tc.d {
				g.Set(i, j, rnd.NormFloat64())
			}
		}
		var qr mat.QR
		qr.Factorize(g)
		var q mat.Dense
		qr.QTo(&q)
		lam := make([]float64, tc.d)
		for i := range lam {
			lam[i] = math.Pow(tc.spread, float64(i)/float64(max(tc.d-1, 1)))
		}
		var ql, s mat.Dense
		ql.Mul(&q, mat.NewDiagDense(tc.d, lam))
		s.Mul(&ql, q.T())
		sigma := make([][]float64, tc.d)
		for i := range sigma {
			sigma[i] = make([]float64, tc.d)
			for j := range sigma[i] {
				sigma[i][j] = (s.At(i, j) + s.At(j, i)) / 2
			}
		}
		n, err := NewMVN(make([]float64, tc.d), sigma)
		if err != nil {
			t.Fatal(err)
		}
		raw := n.Sigma()
		scale := make([]float64, tc.d)
		for i := range scale {
			_, k := math.Frexp(raw.At(i, i))
			scale[i] = math.Ldexp(1, -floorHalf(k))
		}
		var e mat.EigenSym
		if !e.Factorize(equilibrated(raw, scale), false) {
			t.Fatal("EigenSym failed")
		}
		vals := e.Values(nil)
		want := vals[tc.d-1] / vals[0]
		got := n.Cond2()
		if tc.d < minCond2Dim {
			if got != n.Cond() {
				t.Errorf("d=%d: Cond2 = %v, want Cond = %v", tc.d, got, n.Cond())
			}
			continue
		}
		t.Logf("d=%d: Cond2 %.4g, κ₂ %.4g, Cond (κ₁) %.4g", tc.d, got, want, n.Cond())
		if got > want*(1+1e-9) || got < 0.5*want {
			t.Errorf("d=%d: Cond2 = %.4g, κ₂ = %.4g", tc.d, got, want)
		}
		if got > n.Cond()*(1+1e-9) {
			t.Errorf("d=%d: Cond2 = %.4g exceeds Cond = %.4g", tc.d, got, n.Cond())
		}
	}
}

// BenchmarkCond2 times Cond2 beside the factorisation it follows, for a
// dense 400×400 covariance.
func BenchmarkCond2(b *testing.B) {
	const d = 400
	rnd := rand.New(rand.NewPCG(8, 8))
	sigma := make([][]float64, d)
	for i := range sigma {
		sigma[i] = make([]float64, d)
	}
	for i := range d {
		sigma[i][i] = 3
		for j := i + 1; j < d; j++ {
			sigma[i][j] = 0.087 * (2*rnd.Float64() - 1)
			sigma[j][i] = sigma[i][j]
		}
	}
	mu := make([]float64, d)
	b.Run("NewMVN", func(b *testing.B) {
		for b.Loop() {
			NewMVN(mu, sigma)
		}
	})
	b.Run("NewMVN+Cond2", func(b *testing.B) {
		for b.Loop() {
			n, _ := NewMVN(mu, sigma)
			n.Cond2()
		}
	})
}
