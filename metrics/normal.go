package metrics

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/lapack64"
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
	// RelErr estimates |Value − exact|/|exact| caused by rounding, as it
	// is amplified by the conditioning of the covariances: a first-order
	// estimate from the residuals of the factorisations and solves that
	// produced Value (see amp, residual), which on the reference cases
	// exceeds the true error by a median factor of 2 to 10 and never falls
	// below it (TestRelErrHonest); it is meant for deciding how many digits
	// to print. It is 0 for results that are exact (identical arguments) and
	// +Inf when Value is 0 but the estimate is not.
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
// invertiblePair checks that p and q have one dimension and invertible
// covariances, as the divergences that need Σ⁻¹ and ln det Σ require.
func invertiblePair(p, q *dist.MVN) error {
	if err := sameDim(p, q); err != nil {
		return err
	}
	if err := needInverse(p, "first"); err != nil {
		return err
	}
	return needInverse(q, "second")
}

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
			// Plain comparisons: math.Max is not inlined. The entries are
			// finite; an overflowing difference is +Inf and still counts.
			if a := math.Abs(x[j] - y[j]); a > diff {
				diff = a
			}
			if a := math.Abs(y[j]); a > size {
				size = a
			}
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

// diffCov returns Σ_a − Σ_b as a full d×d matrix (both triangles); each
// entry is correctly rounded, so the difference of nearby covariances carries
// full relative accuracy.
func diffCov(a, b normal) *mat.Dense {
	ra, rb := a.sigma.RawSymmetric(), b.sigma.RawSymmetric()
	d := ra.N
	x := mat.NewDense(d, d, nil)
	rx := x.RawMatrix()
	for i := 0; i < d; i++ {
		p, q := ra.Data[i*ra.Stride+i:i*ra.Stride+d], rb.Data[i*rb.Stride+i:i*rb.Stride+d]
		q = q[:len(p)]
		for k := range p {
			v := p[k] - q[k]
			j := i + k
			rx.Data[i*rx.Stride+j] = v
			rx.Data[j*rx.Stride+i] = v
		}
	}
	return x
}

// mahalanobisSq returns ‖U⁻ᵀz‖² = zᵀΣ⁻¹z for upper triangular U with
// UᵀU = Σ; z is overwritten.
func mahalanobisSq(u *mat.TriDense, z []float64) float64 {
	blas64.Trsv(blas.Trans, u.RawTriangular(), blas64.Vector{N: len(z), Inc: 1, Data: z})
	return sumSquares(z)
}

// sumSquares returns Σᵢ xᵢ² as if computed in twice the working precision
// and rounded once (dist.ResidualDot), so within u = ε/2 of the exact sum;
// where that overflows, it falls back to the scaled ‖x‖² of BLAS dnrm2.
func sumSquares(x []float64) float64 {
	if s := -dist.ResidualDot(0, x, x); s <= math.MaxFloat64 {
		return s
	}
	nrm := blas64.Nrm2(blas64.Vector{N: len(x), Inc: 1, Data: x})
	return nrm * nrm
}

// congruence overwrites the full symmetric a with C = U⁻ᵀ A U⁻¹
// (= L⁻¹AL⁻ᵀ with L = Uᵀ), computed by two triangular solves and
// symmetrised, and returns it.
func congruence(u *mat.TriDense, a *mat.Dense) *mat.Dense {
	raw := u.RawTriangular()
	blas64.Trsm(blas.Left, blas.Trans, 1, raw, a.RawMatrix())
	blas64.Trsm(blas.Right, blas.NoTrans, 1, raw, a.RawMatrix())
	symmetrise(a.RawMatrix())
	return a
}

// symmetrise overwrites the square x with (X + Xᵀ)/2.
func symmetrise(x blas64.General) {
	for i := 0; i < x.Rows; i++ {
		for j := i + 1; j < x.Rows; j++ {
			v := 0.5*x.Data[i*x.Stride+j] + 0.5*x.Data[j*x.Stride+i]
			x.Data[i*x.Stride+j] = v
			x.Data[j*x.Stride+i] = v
		}
	}
}

// square returns X² = XXᵀ for a full symmetric X, as a full matrix (BLAS
// dsyrk, then the upper triangle mirrored).
func square(x blas64.General) blas64.General {
	n := x.Rows
	sq := blas64.General{Rows: n, Cols: n, Stride: n, Data: make([]float64, n*n)}
	blas64.Syrk(blas.NoTrans, 1, x, 0, blas64.Symmetric{N: n, Stride: n, Data: sq.Data, Uplo: blas.Upper})
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			sq.Data[j*n+i] = sq.Data[i*n+j]
		}
	}
	return sq
}

// inner returns the Frobenius inner product ⟨A, B⟩ = Σᵢⱼ aᵢⱼbᵢⱼ = tr(AᵀB) of
// two matrices of the same shape.
func inner(a, b blas64.General) float64 {
	sum := 0.0
	for i := 0; i < a.Rows; i++ {
		x, y := a.Data[i*a.Stride:i*a.Stride+a.Cols], b.Data[i*b.Stride:i*b.Stride+a.Cols]
		for j, v := range x {
			sum += v * y[j]
		}
	}
	return sum
}

// traceSolve returns ‖R U⁻¹‖²_F = tr(Σ⁻¹ RᵀR) for UᵀU = Σ; r is overwritten.
func traceSolve(u *mat.TriDense, r *mat.Dense) float64 {
	raw := r.RawMatrix()
	blas64.Trsm(blas.Right, blas.NoTrans, 1, u.RawTriangular(), raw)
	if raw.Stride == raw.Cols {
		return sumSquares(raw.Data[:raw.Rows*raw.Cols])
	}
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
func phiShifted(c *mat.Dense, t float64) (phi, absErr float64, ok bool) {
	d, _ := c.Dims()
	rc := c.RawMatrix()
	tc := blas64.General{Rows: d, Cols: d, Stride: d, Data: make([]float64, d*d)}
	maxAbs, trace, frobSq := 0.0, 0.0, 0.0
	for i := 0; i < d; i++ {
		src, dst := rc.Data[i*rc.Stride:i*rc.Stride+d], tc.Data[i*d:i*d+d]
		for j, x := range src {
			v := t * x
			dst[j] = v
			if a := math.Abs(v); a > maxAbs {
				maxAbs = a
			}
			frobSq += v * v
		}
		trace += 1 + dst[i]
	}
	if maxAbs > math.MaxFloat64 || math.IsNaN(frobSq) {
		return 0, 0, false
	}
	if frob := math.Sqrt(frobSq); frob <= 1e-3 {
		return phiSeries(tc, frob), rounding(float64(d*d)) * 0.5 * frob * frob, true
	}
	// M = I + tC, upper triangle, factorised in place into U.
	u := blas64.Triangular{N: d, Stride: d, Data: make([]float64, d*d), Uplo: blas.Upper, Diag: blas.NonUnit}
	for i := 0; i < d; i++ {
		copy(u.Data[i*d+i:i*d+d], tc.Data[i*d+i:i*d+d])
		u.Data[i*d+i]++
	}
	sym := blas64.Symmetric{N: d, Stride: d, Data: u.Data, Uplo: blas.Upper}
	far := maxAbs > 0.25
	anorm := 0.0
	if far {
		anorm = lapack64.Lansy(lapack.MaxColumnSum, sym, make([]float64, d))
	}
	if _, ok := lapack64.Potrf(sym); !ok {
		return 0, 0, false
	}
	for i := 0; i < d; i++ {
		row := u.Data[i*d+i : i*d+d]
		phi += phiDiag(row[0])
		for _, v := range row[1:] {
			phi += v * v
		}
	}
	if far {
		// Far from I the rounding of I + tC is small next to Φ; its effect
		// is bounded through the condition number of M (LAPACK dpocon).
		cond := 1 / lapack64.Pocon(sym, anorm, make([]float64, 3*d), make([]int, d))
		absErr = rounding(float64(d)) * (trace + float64(d)*cond)
		return phi, absErr, true
	}
	// E = U − I, in place.
	for i := 0; i < d; i++ {
		u.Data[i*d+i]--
	}
	e := blas64.General{Rows: d, Cols: d, Stride: d, Data: u.Data}
	ete := blas64.Symmetric{N: d, Stride: d, Data: make([]float64, d*d), Uplo: blas.Upper}
	blas64.Syrk(blas.Trans, 1, e, 0, ete)
	corr := 0.0
	for i := 0; i < d; i++ {
		tcRow, eRow, eteRow := tc.Data[i*d:i*d+d], e.Data[i*d:i*d+d], ete.Data[i*d:i*d+d]
		r := tcRow[i] - 2*eRow[i] - eteRow[i]
		corr += tcRow[i] * r
		for j := i + 1; j < d; j++ {
			r := tcRow[j] - eRow[j] - eteRow[j]
			corr += 2 * tcRow[j] * r
		}
	}
	phi += corr
	// Left over: rounding of the d² non-negative terms (a random walk) and
	// the second-order ½‖M⁻¹R‖²_F.
	fd := float64(d)
	absErr = 2*rounding(fd*fd)*phi + 4*fd*fd*eps*eps
	return phi, absErr, true
}

// phiSeries returns Φ(I + X) = Σ_{k≥2} (−1)ᵏ tr(Xᵏ)/k, the series of
// tr X − ln det(I + X), for a full symmetric X with ‖X‖_F = frob ≤ 10⁻³.
// As |tr Xᵏ| ≤ ‖X‖₂^{k−2}‖X‖²_F and Φ ≥ ½‖X‖²_F(1 − ⅔‖X‖₂), truncating after
// k = K leaves a relative error of about 2/(K+1)·‖X‖₂^{K−1}, below 3·10⁻¹⁶
// with K = 6 for ‖X‖_F ≤ 10⁻³, K = 4 for ‖X‖_F ≤ 9·10⁻⁶ and K = 2 for
// ‖X‖_F ≤ 4·10⁻¹⁶; the powers come from X² and X⁴ = (X²)² (BLAS dsyrk).
func phiSeries(x blas64.General, frob float64) float64 {
	n2 := inner(x, x)
	if frob <= 4e-16 {
		return n2 / 2
	}
	x2 := square(x)
	tr3, tr4 := inner(x2, x), inner(x2, x2)
	if frob <= 9e-6 {
		return n2/2 - tr3/3 + tr4/4
	}
	x4 := square(x2)
	tr5, tr6 := inner(x4, x), inner(x4, x2)
	return n2/2 - tr3/3 + tr4/4 - tr5/5 + tr6/6
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

// rounding returns the relative rounding error to expect from a sum, an
// inner product or a factorisation over d terms: √d·u, not the worst case
// d·u, since the errors of independent roundings add like a random walk
// (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., §3.6).
// The reference cases measure this: see TestRelErrHonest.
func rounding(d float64) float64 { return math.Sqrt(d) * eps }

// amp returns the relative error that rounding leaves in a quantity built on
// the Cholesky factor of n (ln det Σ, xᵀΣ⁻¹x, tr(Σ⁻¹A) for A ⪰ 0): to first
// order the factorisation perturbs it by at most η = n.BackwardErr() relative
// to its size, and the triangular solves that follow, backward stable with a
// perturbation of the same form and size (Higham, Accuracy and Stability of
// Numerical Algorithms, 2nd ed., Thm 8.5), by as much again; √d·ε covers the
// sums (see rounding). Where residual gives no residual it falls back to
// the worst-case √d·ε·κ₂.
func amp(n *dist.MVN) float64 {
	d := float64(n.Dim())
	if residual(n) == nil {
		return rounding(d) * n.Cond2()
	}
	return 2*n.BackwardErr() + rounding(d)
}

// residualDim is the dimension up to which the error estimates always use
// the residuals of the factorisations: beyond it they cost several times the
// factorisation (O(d³) in twice the working precision and in extra solves),
// and the worst-case bounds are used unless they would cost digits.
const residualDim = 64

// residual returns the whitened residual C of n's Cholesky factor
// (dist.MVN.WhitenedResidual) when the error estimates should use it: up to
// residualDim dimensions, and beyond where the worst-case √d·ε·κ₂ exceeds
// 10⁻¹³ (the estimate would then withhold digits that may hold). It returns
// nil otherwise and when there is no residual.
func residual(n *dist.MVN) *mat.Dense {
	if n.Dim() > residualDim && rounding(float64(n.Dim()))*n.Cond2() <= 1e-13 {
		return nil
	}
	return n.WhitenedResidual()
}

// congruenceAmp returns the relative error of C = U⁻ᵀDU⁻¹ formed by two
// triangular solves with the Cholesky factor U of n (congruence): the
// factor's residual moves C by at most 2η‖C‖/2 (see amp), but the solves
// are backward stable column by column, with a different perturbation of U
// for each column, which for a nearly singular Σ can exceed the factor's
// own by a few times; only the worst-case √d·ε·κ₂ bounds it.
func congruenceAmp(n *dist.MVN) float64 {
	return math.Max(amp(n), rounding(float64(n.Dim()))*n.Cond2())
}

// mahalanobis returns m = zᵀΣ⁻¹z = ‖U⁻ᵀz‖² for the Cholesky factor U of n
// (z is left unchanged) and an estimate of its absolute error from the two
// residuals that decide it, to first order: the factorisation's, m moving
// by yᵀCy with y = U⁻ᵀz and C = n.WhitenedResidual(), and the solve's,
// r = z − Uᵀy evaluated in twice the working precision (dist.ResidualDot),
// which moves m by 2yᵀU⁻ᵀr. Each part is counted twice, for what the first
// order leaves out; the rounding of z (a difference of means, within u = ε/2
// per entry) and of the sum of squares (sumSquares) add 3u·m.
func mahalanobis(n *dist.MVN, z []float64) (m, absErr float64) {
	return mahalanobisC(n, residual(n), z)
}

// mahalanobisC is mahalanobis with the whitened residual c given (nil when
// there is none).
func mahalanobisC(n *dist.MVN, c *mat.Dense, z []float64) (m, absErr float64) {
	u, _ := n.UpperFactor()
	y := append([]float64(nil), z...)
	m = mahalanobisSq(u, y)
	if c == nil || m == 0 {
		return m, m * (amp(n) + 2*eps)
	}
	y = append(y[:0], z...)
	raw := u.RawTriangular()
	vy := blas64.Vector{N: len(y), Inc: 1, Data: y}
	blas64.Trsv(blas.Trans, raw, vy)
	// r = z − Uᵀy: row i of Uᵀ is column i of U.
	r := make([]float64, len(z))
	col := make([]float64, len(z))
	for i := range r {
		for k := 0; k <= i; k++ {
			col[k] = raw.Data[k*raw.Stride+i]
		}
		r[i] = dist.ResidualDot(z[i], col[:i+1], y[:i+1])
	}
	vr := blas64.Vector{N: len(r), Inc: 1, Data: r}
	blas64.Trsv(blas.Trans, raw, vr)
	cy := make([]float64, len(y))
	blas64.Gemv(blas.NoTrans, 1, c.RawMatrix(), vy, 0, blas64.Vector{N: len(cy), Inc: 1, Data: cy})
	factor := math.Abs(blas64.Dot(vy, blas64.Vector{N: len(cy), Inc: 1, Data: cy}))
	solve := 2 * math.Abs(blas64.Dot(vy, vr))
	return m, 2*(factor+solve) + 1.5*eps*m
}

// logDetErr estimates the absolute error of n.LogDet(): to first order the
// factorisation moves ln det Σ by tr C, C = n.WhitenedResidual(), counted
// twice. dist.MVN sums the logarithms lᵢ = ln ũᵢᵢ of the pivots of the
// equilibrated covariance, ũᵢᵢ = uᵢᵢ/2^{eᵢ} with 2^{eᵢ} ≈ √Σᵢᵢ, and adds
// k·ln 2, k = Σᵢ 2eᵢ: each logarithm within u = ε/2 adds 2u·Σᵢ|lᵢ|; the
// running sums sⱼ, each addition off by a rounding error uniform within
// ±u·|sⱼ|, a random walk of standard deviation u·(Σⱼ sⱼ²/3)^½, doubled
// (ln det Σ = 2Σlᵢ + k ln 2) and counted at 3.5σ: 4u·(Σⱼ sⱼ²)^½; the last
// two steps u·(|k ln 2| + |ln det Σ|). The parts are independent (see
// quadrature).
func logDetErr(n *dist.MVN) float64 { return logDetErrC(n, residual(n)) }

// logDetErrC is logDetErr with the whitened residual c given (nil when there
// is none).
func logDetErrC(n *dist.MVN, c *mat.Dense) float64 {
	d := float64(n.Dim())
	u, err := n.UpperFactor()
	if c == nil || err != nil {
		return rounding(d)*(math.Abs(n.LogDet())+d) + amp(n)
	}
	logs, run, runSq, k := 0.0, 0.0, 0.0, 0
	sig := n.Sigma()
	for i := 0; i < n.Dim(); i++ {
		e := 0
		if v := sig.At(i, i); v > 0 {
			_, x := math.Frexp(v)
			e = x >> 1 // ⌊x/2⌋, as dist's equilibration
		}
		k += 2 * e
		l := math.Log(math.Ldexp(u.At(i, i), -e))
		logs += math.Abs(l)
		run += l
		runSq += run * run
	}
	tr := 0.0
	for i := 0; i < n.Dim(); i++ {
		tr += c.At(i, i)
	}
	return quadrature(2*tr, eps*logs, 2*eps*math.Sqrt(runSq), 0.5*eps*float64(k)*math.Ln2, 0.5*eps*n.LogDet())
}

// traceErr estimates the absolute error of t = tr(Σ_q⁻¹Σ_p) = ‖W‖²_F,
// W = R_p U_q⁻¹ as traceSolve leaves it. To first order the factorisation
// of Σ_q moves t by ⟨C_q, WᵀW⟩ and that of Σ_p (when R_p is its Cholesky
// factor) by ⟨C_p, WWᵀ⟩, C the whitened residuals (dist.MVN.WhitenedResidual);
// both are counted twice. The triangular solves, backward stable with a
// perturbation of U_q of the form and size of the factorisation's, add as
// much as the factorisation of Σ_q, and the sum of squares (sumSquares)
// u·t.
func traceErr(p, q *dist.MVN, w *mat.Dense, t float64) float64 {
	d := float64(p.Dim())
	cq := residual(q)
	if cq == nil {
		return t * (amp(q) + amp(p))
	}
	raw := w.RawMatrix()
	wtw := blas64.General{Rows: raw.Cols, Cols: raw.Cols, Stride: raw.Cols, Data: make([]float64, raw.Cols*raw.Cols)}
	blas64.Gemm(blas.Trans, blas.NoTrans, 1, raw, raw, 0, wtw)
	fo := 2 * math.Abs(inner(cq.RawMatrix(), wtw))
	if cp := residual(p); cp != nil && raw.Rows == raw.Cols {
		wwt := blas64.General{Rows: raw.Rows, Cols: raw.Rows, Stride: raw.Rows, Data: make([]float64, raw.Rows*raw.Rows)}
		blas64.Gemm(blas.NoTrans, blas.Trans, 1, raw, raw, 0, wwt)
		fo += math.Abs(inner(cp.RawMatrix(), wwt))
	} else {
		// R_p from the eigen-decomposition of a singular Σ_p: rounded
		// entries, √d·ε relative.
		fo += t * rounding(d)
	}
	return 2*fo + 0.5*eps*t
}

// quadrature combines the error estimates of independent parts of a result,
// (Σᵢ eᵢ²)^½: the parts come from different factorisations, solves and sums,
// so their errors add like independent random variables, and an estimate at
// a fixed multiple of each standard deviation gives the same multiple of
// the total's. It is at least the largest part and at least 1/√n of their
// sum.
func quadrature(e ...float64) float64 {
	s := 0.0
	for _, x := range e {
		s = math.Hypot(s, x)
	}
	return s
}
