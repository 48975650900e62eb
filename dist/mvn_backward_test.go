package dist

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestResidualDot compares ResidualDot with the exact a − Σxᵢyᵢ in 400-bit
// arithmetic on sums that cancel to 10⁻¹⁰ of their terms: the result must be
// the exact value rounded, within one ulp.
func TestResidualDot(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 5))
	for trial := range 200 {
		n := 1 + trial%40
		x, y := make([]float64, n), make([]float64, n)
		exact := new(big.Float).SetPrec(400)
		for i := range x {
			x[i], y[i] = rnd.NormFloat64(), rnd.NormFloat64()
			exact.Add(exact, new(big.Float).SetPrec(400).Mul(big.NewFloat(x[i]), big.NewFloat(y[i])))
		}
		// a cancels the sum to about 10⁻¹⁰ of it.
		s, _ := exact.Float64()
		a := s * (1 + 1e-10*rnd.NormFloat64())
		want := new(big.Float).SetPrec(400).Sub(big.NewFloat(a), exact)
		w, _ := want.Float64()
		got := ResidualDot(a, x, y)
		if math.Abs(got-w) > math.Abs(math.Nextafter(w, math.Inf(1))-w) {
			t.Fatalf("n = %d: ResidualDot = %.17g, exact %.17g", n, got, w)
		}
	}
}

// TestWhitenedResidual checks C = U⁻ᵀ(Σ − UᵀU)U⁻¹ against the residual
// Σ − UᵀU formed exactly in 400-bit arithmetic: UᵀCU must give it back, and
// BackwardErr must be ‖C‖_F. The covariances have κ from 10 to 10¹².
func TestWhitenedResidual(t *testing.T) {
	rnd := rand.New(rand.NewPCG(6, 6))
	for _, c := range []struct {
		d     int
		kappa float64
	}{{3, 10}, {6, 1e6}, {10, 1e12}, {40, 1e3}} {
		sigma := randomCov(rnd, c.d, c.kappa)
		n, err := NewMVN(make([]float64, c.d), sigma)
		if err != nil {
			t.Fatal(err)
		}
		u, _ := n.UpperFactor()
		cw := n.WhitenedResidual()
		if cw == nil {
			t.Fatalf("d = %d: no residual", c.d)
		}
		var back, tmp mat.Dense
		tmp.Mul(cw, u)
		back.Mul(u.T(), &tmp)
		worst, size := 0.0, 0.0
		for i := 0; i < c.d; i++ {
			for j := 0; j < c.d; j++ {
				r := new(big.Float).SetPrec(400).SetFloat64(sigma[i][j])
				for k := 0; k <= min(i, j); k++ {
					r.Sub(r, new(big.Float).SetPrec(400).Mul(big.NewFloat(u.At(k, i)), big.NewFloat(u.At(k, j))))
				}
				ref, _ := r.Float64()
				worst = math.Max(worst, math.Abs(back.At(i, j)-ref))
				size = math.Max(size, math.Abs(ref))
			}
		}
		if size == 0 || worst > 1e-6*size {
			t.Errorf("d = %d, κ = %g: UᵀCU differs from Σ − UᵀU by %.3g (size %.3g)", c.d, c.kappa, worst, size)
		}
		if got, want := n.BackwardErr(), mat.Norm(cw, 2); got != want {
			t.Errorf("d = %d: BackwardErr %g, ‖C‖_F %g", c.d, got, want)
		}
	}
}

// randomCov returns Q diag(λ) Qᵀ, exactly symmetric, with λ from 1 down to
// 1/κ and Q a random rotation (Gram–Schmidt).
func randomCov(rnd *rand.Rand, d int, kappa float64) [][]float64 {
	q := make([][]float64, d)
	for i := range q {
		v := make([]float64, d)
		for j := range v {
			v[j] = rnd.NormFloat64()
		}
		for _, w := range q[:i] {
			c := dot(w, v)
			axpy(-c, w, v)
		}
		nrm := math.Sqrt(dot(v, v))
		for j := range v {
			v[j] /= nrm
		}
		q[i] = v
	}
	s := make([][]float64, d)
	for i := range s {
		s[i] = make([]float64, d)
	}
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			v := 0.0
			for k := 0; k < d; k++ {
				v += q[k][i] * math.Pow(kappa, -float64(k)/float64(d-1)) * q[k][j]
			}
			s[i][j], s[j][i] = v, v
		}
	}
	return s
}
