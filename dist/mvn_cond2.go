package dist

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// maxCond2Steps bounds the power iterations of Cond2.
const maxCond2Steps = 20

// minCond2Dim is the smallest dimension for which Cond2 runs its power
// iterations: below it they would cost as much as the factorisation, and
// κ₁ exceeds κ₂ by a small factor only.
const minCond2Dim = 200

// Cond2 returns an estimate of the 2-norm condition number κ₂ = λ_max/λ_min
// of the equilibrated covariance S⁻¹ΣS⁻¹ (see Cond), the amplification that
// rounding errors of the factorisation typically meet. Cond's κ₁ bounds it
// but exceeds it by up to a factor of d (about √d for dense covariances),
// which made 400-dimensional results with κ₂ ≈ 5 look three digits worse
// than they are. The estimate runs the power method on S⁻¹ΣS⁻¹ and on its
// inverse (two triangular solves with the Cholesky factor) from a fixed
// pseudo-random start until the Rayleigh quotients settle to 1 %; each
// quotient approaches its eigenvalue from inside, with a relative gap of
// order ln d / k after k steps (Kuczyński & Woźniakowski 1992, SIAM J.
// Matrix Anal. Appl. 13(4)), so the result is slightly low, never high. It
// costs O(k·d²), computed once. Where Σ is singular or not factorised it
// returns Cond(), and so it does below 200 dimensions (see minCond2Dim).
func (n *MVN) Cond2() float64 {
	n.cond2Once.Do(func() {
		n.cond2 = n.cond
		if n.dim < minCond2Dim || n.chol == nil || n.singular || math.IsInf(n.cond, 0) {
			return
		}
		n.cond2 = math.Min(n.cond, n.powerCond2())
	})
	return n.cond2
}

// powerCond2 estimates λ_max · (1/λ_min) of S⁻¹ΣS⁻¹ by power iteration.
func (n *MVN) powerCond2() float64 {
	d := n.dim
	raw := n.sigma.RawSymmetric()
	scale := make([]float64, d) // S⁻¹
	for i := range d {
		scale[i] = 1
		if v := raw.Data[i*raw.Stride+i]; v > 0 {
			_, k := math.Frexp(v)
			scale[i] = math.Ldexp(1, -floorHalf(k))
		}
	}
	sym := blas64.Symmetric{N: d, Stride: raw.Stride, Data: raw.Data, Uplo: blas.Upper}
	ur := n.chol.RawTriangular()
	u := blas64.Triangular{N: d, Stride: ur.Stride, Data: ur.Data, Uplo: blas.Upper, Diag: blas.NonUnit}
	largest := func(x, y []float64) { // y = S⁻¹ΣS⁻¹x
		for i := range x {
			x[i] *= scale[i]
		}
		blas64.Symv(1, sym, blas64.Vector{N: d, Inc: 1, Data: x}, 0, blas64.Vector{N: d, Inc: 1, Data: y})
		for i := range y {
			y[i] *= scale[i]
		}
	}
	smallest := func(x, y []float64) { // y = (S⁻¹ΣS⁻¹)⁻¹x = S U⁻¹U⁻ᵀ S x
		for i := range x {
			y[i] = x[i] / scale[i]
		}
		v := blas64.Vector{N: d, Inc: 1, Data: y}
		blas64.Trsv(blas.Trans, u, v)
		blas64.Trsv(blas.NoTrans, u, v)
		for i := range y {
			y[i] /= scale[i]
		}
	}
	return rayleighMax(d, largest) * rayleighMax(d, smallest)
}

// rayleighMax returns the largest eigenvalue of the symmetric positive
// definite operator apply, by the power method: the Rayleigh quotient xᵀAx
// of unit vectors x.
func rayleighMax(d int, apply func(x, y []float64)) float64 {
	rnd := rand.New(rand.NewPCG(uint64(d), 2))
	x, y, tmp := make([]float64, d), make([]float64, d), make([]float64, d)
	for i := range x {
		x[i] = rnd.NormFloat64()
	}
	normalise(x)
	rq := 0.0
	for range maxCond2Steps {
		copy(tmp, x)
		apply(tmp, y)
		next := blas64.Dot(blas64.Vector{N: d, Inc: 1, Data: x}, blas64.Vector{N: d, Inc: 1, Data: y})
		copy(x, y)
		if !normalise(x) || !(next > 0) {
			return math.Inf(1)
		}
		settled := math.Abs(next-rq) <= 1e-2*next
		rq = next
		if settled {
			break
		}
	}
	return rq
}

// normalise scales x to unit length; it reports false for a zero or
// non-finite x.
func normalise(x []float64) bool {
	nrm := blas64.Nrm2(blas64.Vector{N: len(x), Inc: 1, Data: x})
	if !(nrm > 0) || math.IsInf(nrm, 0) {
		return false
	}
	blas64.Scal(1/nrm, blas64.Vector{N: len(x), Inc: 1, Data: x})
	return true
}
