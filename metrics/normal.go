package metrics

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
)

// eps is the spacing of float64 numbers at 1, 2⁻⁵².
const eps = 0x1p-52

// nearRatio is the largest ratio between the magnitude of the terms of a
// textbook formula and its result that the formula is trusted with: beyond it
// (more than about two digits cancel) the divergences between normals switch
// to a cancellation-free form built on Σ_p − Σ_q.
const nearRatio = 64

// Estimate is a computed value with an estimate of its relative error.
type Estimate struct {
	Value float64 // the result
	// RelErr estimates |Value − exact|/|exact| caused by rounding and by the
	// conditioning of the covariances (first-order bounds of the form
	// c·d·ε·κ, κ the condition number of an equilibrated covariance); it is
	// meant for deciding how many digits to print. It is 0 for results that
	// are exact (identical arguments) and +Inf when Value is 0 but the bound
	// is not.
	RelErr float64
}

// normal holds the pieces of an MVN that the closed forms read.
type normal struct {
	*dist.MVN
	mu    []float64
	sigma *mat.SymDense
}

func view(n *dist.MVN) normal { return normal{MVN: n, mu: n.Mean(), sigma: n.Sigma()} }

// sameDim reports an error when p and q differ in dimension.
func sameDim(p, q *dist.MVN) error {
	if p == nil || q == nil {
		return errors.New("missing distribution")
	}
	if p.Dim() != q.Dim() {
		return fmt.Errorf("dimensions differ: %d and %d", p.Dim(), q.Dim())
	}
	return nil
}

// needInverse returns an error naming the argument ("first", "second") when
// its covariance is singular.
func needInverse(n *dist.MVN, which string) error {
	err := n.Invertible()
	if err == nil {
		return nil
	}
	var se *dist.SingularError
	if errors.As(err, &se) {
		return fmt.Errorf("covariance of the %s argument is singular (rank %d of %d; eigenvalues from %.4g to %.4g), and this quantity needs Σ⁻¹ or ln det Σ",
			which, se.Rank, se.Dim, se.MinEig, se.MaxEig)
	}
	return fmt.Errorf("covariance of the %s argument: %v", which, err)
}

// ordered reports whether a precedes or equals b in a fixed order on
// (μ, Σ); symmetric quantities evaluate their arguments in this order so that
// swapping them gives bit-identical results.
func ordered(a, b normal) bool {
	for i := range a.mu {
		if a.mu[i] != b.mu[i] {
			return a.mu[i] < b.mu[i]
		}
	}
	ra, rb := a.sigma.RawSymmetric(), b.sigma.RawSymmetric()
	for i := 0; i < ra.N; i++ {
		x, y := ra.Data[i*ra.Stride+i:i*ra.Stride+ra.N], rb.Data[i*rb.Stride+i:i*rb.Stride+rb.N]
		for j := range x {
			if x[j] != y[j] {
				return x[j] < y[j]
			}
		}
	}
	return true
}

func equalSym(a, b *mat.SymDense) bool {
	ra, rb := a.RawSymmetric(), b.RawSymmetric()
	for i := 0; i < ra.N; i++ {
		x, y := ra.Data[i*ra.Stride+i:i*ra.Stride+ra.N], rb.Data[i*rb.Stride+i:i*rb.Stride+rb.N]
		for j := range x {
			if x[j] != y[j] {
				return false
			}
		}
	}
	return true
}

// combine returns the symmetric matrix with upper-triangle entries
// f(Σ_a[i,j], Σ_b[i,j]).
func combine(a, b *mat.SymDense, f func(x, y float64) float64) *mat.SymDense {
	ra, rb := a.RawSymmetric(), b.RawSymmetric()
	s := mat.NewSymDense(ra.N, nil)
	rs := s.RawSymmetric()
	for i := 0; i < ra.N; i++ {
		x, y := ra.Data[i*ra.Stride+i:i*ra.Stride+ra.N], rb.Data[i*rb.Stride+i:i*rb.Stride+rb.N]
		z := rs.Data[i*rs.Stride+i : i*rs.Stride+rs.N]
		for j := range x {
			z[j] = f(x[j], y[j])
		}
	}
	return s
}

// closeCov reports whether ‖Σ_a − Σ_b‖ ≤ tol·‖Σ_b‖ over the upper
// triangles (max norm), without allocating.
func closeCov(a, b *mat.SymDense, tol float64) bool {
	ra, rb := a.RawSymmetric(), b.RawSymmetric()
	diff, size := 0.0, 0.0
	for i := 0; i < ra.N; i++ {
		x, y := ra.Data[i*ra.Stride+i:i*ra.Stride+ra.N], rb.Data[i*rb.Stride+i:i*rb.Stride+rb.N]
		for j := range x {
			diff = math.Max(diff, math.Abs(x[j]-y[j]))
			size = math.Max(size, math.Abs(y[j]))
		}
	}
	return diff <= tol*size
}

// diffMean returns μ_a − μ_b; each entry is correctly rounded.
func diffMean(a, b normal) []float64 {
	z := make([]float64, len(a.mu))
	for i := range z {
		z[i] = a.mu[i] - b.mu[i]
	}
	return z
}

// diffCov returns Σ_a − Σ_b; each entry is correctly rounded, so the
// difference of nearby covariances carries full relative accuracy.
func diffCov(a, b normal) *mat.SymDense {
	return combine(a.sigma, b.sigma, func(x, y float64) float64 { return x - y })
}

// mahalanobisSq returns ‖U⁻ᵀz‖² = zᵀΣ⁻¹z for upper triangular U with
// UᵀU = Σ; z is overwritten.
func mahalanobisSq(u *mat.TriDense, z []float64) float64 {
	blas64.Trsv(blas.Trans, u.RawTriangular(), blas64.Vector{N: len(z), Inc: 1, Data: z})
	nrm := blas64.Nrm2(blas64.Vector{N: len(z), Inc: 1, Data: z})
	return nrm * nrm
}

// congruence returns C = U⁻ᵀ A U⁻¹ (= L⁻¹AL⁻ᵀ with L = Uᵀ) by two
// triangular solves, symmetrised.
func congruence(u *mat.TriDense, a *mat.SymDense) *mat.SymDense {
	x := mat.DenseCopyOf(a)
	raw := u.RawTriangular()
	blas64.Trsm(blas.Left, blas.Trans, 1, raw, x.RawMatrix())
	blas64.Trsm(blas.Right, blas.NoTrans, 1, raw, x.RawMatrix())
	return symmetrise(x)
}

// symmetrise returns (X + Xᵀ)/2 for a square X.
func symmetrise(x *mat.Dense) *mat.SymDense {
	r := x.RawMatrix()
	c := mat.NewSymDense(r.Rows, nil)
	rc := c.RawSymmetric()
	for i := 0; i < r.Rows; i++ {
		row := rc.Data[i*rc.Stride : i*rc.Stride+r.Rows]
		for j := i; j < r.Rows; j++ {
			row[j] = 0.5*r.Data[i*r.Stride+j] + 0.5*r.Data[j*r.Stride+i]
		}
	}
	return c
}

// traceSolve returns ‖R U⁻¹‖²_F = tr(Σ⁻¹ RᵀR) for UᵀU = Σ; r is overwritten.
func traceSolve(u *mat.TriDense, r *mat.Dense) float64 {
	blas64.Trsm(blas.Right, blas.NoTrans, 1, u.RawTriangular(), r.RawMatrix())
	nrm := mat.Norm(r, 2)
	return nrm * nrm
}

// phiShifted returns Φ(M) = tr M − d − ln det M for M = I + tC (C symmetric,
// M positive definite) without the cancellation of the textbook form. With the
// Cholesky factorisation M = UᵀU, uᵢᵢ = 1 + δᵢ,
//
//	Φ(M) = Σᵢ [2(δᵢ − log1p δᵢ) + δᵢ²] + Σ_{k<i} u_{ki}²,
//
// a sum of non-negative terms (Φ(M) = Σⱼ (λⱼ − 1 − ln λⱼ) over the
// eigenvalues of M is Stein's loss, James & Stein 1961, Proc. 4th Berkeley
// Symp. 1, 361–379, here rewritten through the factor). Rounding I + tC to float64 moves Φ by ⟨I − M⁻¹, R⟩ with
// R = M − UᵀU; when tC is small that first-order term is added back using
// ⟨tC, R⟩, R computed exactly enough as tC − (E + Eᵀ + EᵀE), E = U − I. When
// ‖tC‖_F ≤ 10⁻³ the power series (phiSeries) is used instead, which never
// forms I + tC. It returns Φ, an estimate of its absolute error and false
// when M is not numerically positive definite.
func phiShifted(c *mat.SymDense, t float64) (phi, absErr float64, ok bool) {
	d := c.SymmetricDim()
	tc := mat.NewSymDense(d, nil)
	m := mat.NewSymDense(d, nil)
	maxAbs, trace := 0.0, 0.0
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			v := t * c.At(i, j)
			tc.SetSym(i, j, v)
			maxAbs = math.Max(maxAbs, math.Abs(v))
			if i == j {
				m.SetSym(i, i, 1+v)
				trace += 1 + v
			} else {
				m.SetSym(i, j, v)
			}
		}
	}
	if math.IsInf(maxAbs, 0) || math.IsNaN(maxAbs) {
		return 0, 0, false
	}
	if frob := mat.Norm(tc, 2); frob <= 1e-3 {
		return phiSeries(tc), 4 * float64(d) * eps * 0.5 * frob * frob, true
	}
	var ch mat.Cholesky
	if !ch.Factorize(m) {
		return 0, 0, false
	}
	var u mat.TriDense
	ch.UTo(&u)
	raw := u.RawTriangular()
	for i := 0; i < d; i++ {
		row := raw.Data[i*raw.Stride:]
		phi += phiDiag(row[i])
		for j := i + 1; j < d; j++ {
			phi += row[j] * row[j]
		}
	}
	if maxAbs > 0.25 {
		// Far from I the rounding of I + tC is small next to Φ; its effect
		// is bounded through the condition number of M.
		absErr = float64(d) * eps * (trace + float64(d)*ch.Cond())
		return phi, absErr, true
	}
	e := mat.NewDense(d, d, nil)
	for i := 0; i < d; i++ {
		row := raw.Data[i*raw.Stride:]
		e.Set(i, i, row[i]-1)
		for j := i + 1; j < d; j++ {
			e.Set(i, j, row[j])
		}
	}
	var ete mat.SymDense
	ete.SymOuterK(1, e.T())
	corr := 0.0
	for i := 0; i < d; i++ {
		r := tc.At(i, i) - 2*e.At(i, i) - ete.At(i, i)
		corr += tc.At(i, i) * r
		for j := i + 1; j < d; j++ {
			r := tc.At(i, j) - e.At(i, j) - ete.At(i, j)
			corr += 2 * tc.At(i, j) * r
		}
	}
	phi += corr
	// Left over: rounding of the terms and the second-order ½‖M⁻¹R‖²_F.
	fd := float64(d)
	absErr = 4*fd*eps*phi + 4*fd*fd*eps*eps
	return phi, absErr, true
}

// phiSeries returns Φ(I + X) = Σ_{k≥2} (−1)ᵏ tr(Xᵏ)/k, the series of
// tr X − ln det(I + X), truncated after k = 6. For ‖X‖_F ≤ 10⁻³ the first
// omitted term is below 2/7·‖X‖₂⁵ ≤ 3·10⁻¹⁶ relative to the sum.
func phiSeries(x *mat.SymDense) float64 {
	var x2 mat.SymDense
	x2.SymOuterK(1, x)
	// Dense operands, so that the product goes to BLAS dgemm.
	xd, x2d := mat.DenseCopyOf(x), mat.DenseCopyOf(&x2)
	var x3 mat.Dense
	x3.Mul(x2d, xd)
	n2 := mat.Norm(xd, 2)
	n4 := mat.Norm(x2d, 2)
	n6 := mat.Norm(&x3, 2)
	tr3, tr5 := 0.0, 0.0
	a, b, c := xd.RawMatrix(), x2d.RawMatrix(), x3.RawMatrix()
	for i := 0; i < a.Rows; i++ {
		ra, rb, rc := a.Data[i*a.Stride:i*a.Stride+a.Cols], b.Data[i*b.Stride:i*b.Stride+b.Cols], c.Data[i*c.Stride:i*c.Stride+c.Cols]
		for j := range ra {
			tr3 += rb[j] * ra[j]
			tr5 += rb[j] * rc[j]
		}
	}
	return n2*n2/2 - tr3/3 + n4*n4/4 - tr5/5 + n6*n6/6
}

// phiDiag returns u² − 1 − 2 ln u, the Stein-loss term of a diagonal entry
// u > 0 of a Cholesky factor, accurately also for u near 1.
func phiDiag(u float64) float64 {
	delta := u - 1
	if math.Abs(delta) < 0.5 {
		return 2*xMinusLog1p(delta) + delta*delta
	}
	return (u*u - 1) - 2*math.Log(u)
}

// xMinusLog1p returns x − ln(1+x) for x > −1 without cancellation near 0:
// with s = x/(2+x), ln(1+x) = 2 artanh s = 2(s + s³/3 + s⁵/5 + …) and
// x − 2s = x·s, so x − ln(1+x) = x·s − 2 Σ_{k≥1} s^{2k+1}/(2k+1)
// (Abramowitz & Stegun 4.1.27).
func xMinusLog1p(x float64) float64 {
	if math.Abs(x) >= 0.5 {
		return x - math.Log1p(x)
	}
	s := x / (2 + x)
	s2 := s * s
	sum := 0.0
	term := s * s2
	for k := 3; ; k += 2 {
		add := term / float64(k)
		sum += add
		if math.Abs(add) <= 0x1p-60*math.Abs(sum) {
			break
		}
		term *= s2
	}
	return x*s - 2*sum
}

// relErr converts an absolute error bound into a relative one.
func relErr(value, absErr float64) float64 {
	switch {
	case math.IsNaN(absErr):
		return math.Inf(1)
	case absErr == 0:
		return 0
	case value == 0:
		return math.Inf(1)
	}
	return math.Max(absErr/math.Abs(value), eps)
}

// finiteResult rejects a non-finite value computed from finite inputs.
func finiteResult(e Estimate) (Estimate, error) {
	if math.IsNaN(e.Value) || math.IsInf(e.Value, 0) {
		return Estimate{}, fmt.Errorf("result is not representable in float64 (%v)", e.Value)
	}
	return e, nil
}

// nonNegative clamps a divergence, which is ≥ 0, at 0: rounding may leave
// a tiny negative value on the textbook branch.
func nonNegative(e Estimate) Estimate {
	if e.Value < 0 {
		return Estimate{Value: 0, RelErr: math.Inf(1)}
	}
	return e
}

// zeros returns a zero vector of length d.
func zeros(d int) []float64 { return make([]float64, d) }
