package dist

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// BackwardErr returns η = ‖U⁻ᵀ (Σ − UᵀU) U⁻¹‖_F for the computed Cholesky
// factor U of a positive definite Σ: the relative backward error of the
// factorisation as it actually occurred, measured in the metric of Σ. A
// perturbation ΔΣ moves ln det Σ by tr(Σ⁻¹ΔΣ) and xᵀΣ⁻¹x by −xᵀΣ⁻¹ΔΣΣ⁻¹x to
// first order, that is by at most ‖U⁻ᵀΔΣU⁻¹‖ relative to the size of the
// quantity, so η·(size) is a first-order estimate of what the rounding of the
// factorisation does to a divergence (Higham, Accuracy and Stability of
// Numerical Algorithms, 2nd ed., §10.1: the computed U is the exact factor of
// Σ + ΔΣ with |ΔΣ| ≤ γ_{d+1}|Uᵀ||U|). Unlike the worst-case bound d·ε·κ it
// does not assume that every rounding error lands on the smallest
// eigenvector: for a covariance with κ = 10¹² it is typically 10–100 times
// smaller. The residual Σ − UᵀU is accumulated in twice the working
// precision (error-free products by FMA and compensated sums, Ogita, Rump &
// Oishi 2005, SIAM J. Sci. Comput. 26(6), 1955–1988), then mapped by two
// triangular solves; it costs about as much as the factorisation and is
// computed once, on first use. It is +Inf when Σ is singular or was not
// factorised by Cholesky.
func (n *MVN) BackwardErr() float64 {
	n.backwardOnce.Do(n.computeBackward)
	return n.backward
}

// WhitenedResidual returns C = U⁻ᵀ (Σ − UᵀU) U⁻¹ (see BackwardErr), without
// copying, or nil when Σ is singular or was not factorised by Cholesky. A
// smooth function f of Σ computed from U is f(Σ − UᵀC U), so its rounding
// error from the factorisation is −⟨∇f, UᵀCU⟩ to first order. C must not be
// modified.
func (n *MVN) WhitenedResidual() *mat.Dense {
	n.backwardOnce.Do(n.computeBackward)
	return n.whitened
}

func (n *MVN) computeBackward() {
	n.backward = math.Inf(1)
	if n.chol == nil || n.singular {
		return
	}
	c, nrm := whitenedResidual(n.sigma.RawSymmetric(), n.chol.RawTriangular())
	if math.IsNaN(nrm) || math.IsInf(nrm, 0) {
		return
	}
	n.whitened, n.backward = c, nrm
}

// whitenedResidual returns C = U⁻ᵀ(A − UᵀU)U⁻¹ and ‖C‖_F (see BackwardErr).
func whitenedResidual(a blas64.Symmetric, u blas64.Triangular) (*mat.Dense, float64) {
	d := a.N
	r := blas64.General{Rows: d, Cols: d, Stride: d, Data: make([]float64, d*d)}
	// Rows of L = Uᵀ, so that (UᵀU)ᵢⱼ = Σ_{k≤i} LᵢₖLⱼₖ reads contiguous memory.
	l := make([]float64, d*d)
	for k := 0; k < d; k++ {
		for j := k; j < d; j++ {
			l[j*d+k] = u.Data[k*u.Stride+j]
		}
	}
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			v := ResidualDot(a.Data[i*a.Stride+j], l[i*d:i*d+i+1], l[j*d:j*d+i+1])
			r.Data[i*d+j] = v
			r.Data[j*d+i] = v
		}
	}
	blas64.Trsm(blas.Left, blas.Trans, 1, u, r)
	blas64.Trsm(blas.Right, blas.NoTrans, 1, u, r)
	c := mat.NewDense(d, d, r.Data)
	return c, mat.Norm(c, 2)
}

// ResidualDot returns a − Σₖ xₖyₖ (over len(x) terms) as if computed in
// twice the working precision and rounded once: each product is split
// exactly by FMA and every addition is an error-free TwoSum (Knuth), the
// errors summed separately (algorithm Dot2 of Ogita, Rump & Oishi 2005). Its
// error is at most ε|result| + O(dε²)·(|a| + Σ|xₖyₖ|), so it resolves a
// residual that cancels to ε relative to its terms.
func ResidualDot(a float64, x, y []float64) float64 {
	y = y[:len(x)]
	s, c := a, 0.0
	for k, xk := range x {
		p := -xk * y[k]
		pe := math.FMA(-xk, y[k], -p)
		t := s + p
		bv := t - s
		se := (s - (t - bv)) + (p - bv)
		s = t
		c += se + pe
	}
	return s + c
}
