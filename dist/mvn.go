package dist

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack/gonum"
	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/gonum/mat"

	"statcalc/stop"
)

// lapackImpl provides the LAPACK routines that lapack64 does not wrap.
var lapackImpl gonum.Implementation

// eps is the spacing of float64 numbers at 1, 2⁻⁵².
const eps = 0x1p-52

// SingularTol returns the relative threshold τ = d·ε (ε = 2⁻⁵²) below which a
// d×d covariance counts as singular. Σ is judged through its equilibrated
// form Σ_s = S⁻¹ΣS⁻¹, S = diag(√Σᵢᵢ) rounded to powers of two: Σ is singular
// when the Cholesky factorisation of Σ_s fails or its condition number
// exceeds 1/τ; an eigenvalue λ of Σ_s with |λ| ≤ τ·λ_max(Σ_s) counts as zero,
// so a slightly negative one is rounding error, not a violation of positive
// semi-definiteness. Rounding a matrix product such as XXᵀ moves eigenvalues
// by about d·ε·λ_max (Golub & Van Loan, Matrix Computations, 4th ed., §8.1),
// so τ separates rounding noise from structure. Judging Σ_s rather than Σ
// makes the verdict independent of the units of the coordinates:
// diag(1, 10⁻³⁰) is a valid, well-conditioned covariance.
func SingularTol(d int) float64 { return float64(d) * eps }

// MVN is the multivariate normal distribution N(μ, Σ) with density
//
//	p(x) = (2π)^{−d/2} det(Σ)^{−1/2} exp(−½ (x−μ)ᵀ Σ⁻¹ (x−μ))
//
// when Σ is positive definite. A positive semi-definite, singular Σ is valid
// too (the distribution then lives on an affine subspace); methods that need
// Σ⁻¹ report an error for it. MVN caches the factorisations that divergences
// need. Construct one with NewMVN or NewMVNSym; an MVN is immutable.
type MVN struct {
	dim   int
	mu    []float64
	sigma *mat.SymDense

	// chol is U, upper triangular with UᵀU = Σ, when the factorisation of
	// the equilibrated covariance succeeded (also for nearly singular Σ).
	chol *mat.TriDense
	// factor is R (rank×d) with RᵀR = Σ when chol is nil; nil when rank is 0.
	factor *mat.Dense

	logDet   float64 // ln det Σ; −∞ when singular
	cond     float64 // condition number estimate of the equilibrated Σ
	singular bool
	rank     int
	eigMin   float64 // eigenvalue range of Σ, recorded when singular
	eigMax   float64

	cond2Once sync.Once
	cond2     float64 // see Cond2

	backwardOnce sync.Once
	backward     float64    // see BackwardErr
	whitened     *mat.Dense // see WhitenedResidual
}

// SingularError reports a singular covariance where its inverse is needed.
type SingularError struct {
	Dim, Rank      int     // dimension and numerical rank of Σ
	MinEig, MaxEig float64 // smallest and largest eigenvalue of Σ
}

// Error implements the error interface.
func (e *SingularError) Error() string {
	return fmt.Sprintf("covariance is singular (rank %d of %d; eigenvalues from %.4g to %.4g)",
		e.Rank, e.Dim, e.MinEig, e.MaxEig)
}

// NewMVN returns N(μ, Σ) for the mean mu and the covariance sigma, given
// row-major as a square matrix. It checks that the sizes agree, that every
// entry is finite, that Σ is symmetric to within 8ε·max(|Σᵢⱼ|, |Σⱼᵢ|, √(ΣᵢᵢΣⱼⱼ))
// (the two entries are then averaged) and that Σ is positive semi-definite
// (see SingularTol). Indices in error messages count from 1.
func NewMVN(mu []float64, sigma [][]float64) (*MVN, error) {
	d := len(mu)
	if d == 0 {
		return nil, fmt.Errorf("mean is empty")
	}
	if len(sigma) != d {
		return nil, fmt.Errorf("mean has %d entries but covariance has %d rows", d, len(sigma))
	}
	for i, row := range sigma {
		if len(row) != d {
			return nil, fmt.Errorf("covariance row %d has %d entries, want %d", i+1, len(row), d)
		}
	}
	if err := checkMean(mu); err != nil {
		return nil, err
	}
	for i, row := range sigma {
		for j, v := range row {
			if !finite(v) {
				return nil, fmt.Errorf("covariance entry [%d,%d] is %v", i+1, j+1, v)
			}
		}
	}
	data := make([]float64, d*d)
	for i := 0; i < d; i++ {
		data[i*d+i] = sigma[i][i]
		for j := i + 1; j < d; j++ {
			a, b := sigma[i][j], sigma[j][i]
			if a != b {
				scale := math.Max(math.Max(math.Abs(a), math.Abs(b)),
					math.Sqrt(math.Abs(sigma[i][i]))*math.Sqrt(math.Abs(sigma[j][j])))
				if math.Abs(a-b) > 8*eps*scale {
					return nil, fmt.Errorf("covariance is not symmetric: Σ[%d,%d] = %v but Σ[%d,%d] = %v",
						i+1, j+1, a, j+1, i+1, b)
				}
				a = 0.5*a + 0.5*b
			}
			data[i*d+j] = a
			data[j*d+i] = a
		}
	}
	return newMVN(append([]float64(nil), mu...), mat.NewSymDense(d, data))
}

// NewMVNSym is NewMVN for a covariance already held as a mat.SymDense (which
// is symmetric by construction). sigma is retained, not copied: it must not
// be modified afterwards.
func NewMVNSym(mu []float64, sigma *mat.SymDense) (*MVN, error) {
	d := len(mu)
	if d == 0 {
		return nil, fmt.Errorf("mean is empty")
	}
	if n := sigma.SymmetricDim(); n != d {
		return nil, fmt.Errorf("mean has %d entries but covariance has %d rows", d, n)
	}
	if err := checkMean(mu); err != nil {
		return nil, err
	}
	raw := sigma.RawSymmetric()
	for i := 0; i < d; i++ {
		for j, v := range raw.Data[i*raw.Stride+i : i*raw.Stride+d] {
			if !finite(v) {
				return nil, fmt.Errorf("covariance entry [%d,%d] is %v", i+1, i+j+1, v)
			}
		}
	}
	return newMVN(append([]float64(nil), mu...), sigma)
}

func checkMean(mu []float64) error {
	for i, v := range mu {
		if !finite(v) {
			return fmt.Errorf("mean entry %d is %v", i+1, v)
		}
	}
	return nil
}

// finite reports whether v is neither infinite nor NaN.
func finite(v float64) bool { return math.Abs(v) <= math.MaxFloat64 }

// newMVN factorises the validated, symmetric sigma, which it keeps.
//
// Both the Cholesky factorisation and, when that fails, the eigenvalue test
// work on the equilibrated covariance Σ_s = S⁻¹ Σ S⁻¹, S = diag(2^{eᵢ}) with
// 2^{eᵢ} ≈ √Σᵢᵢ (1 where Σᵢᵢ = 0): scaling by powers of two is exact, the
// condition number of Σ_s is within a factor d of the smallest over all
// diagonal scalings (van der Sluis 1969, Numer. Math. 14), and the tests do
// not depend on the units of the coordinates.
func newMVN(mu []float64, sigma *mat.SymDense) (*MVN, error) {
	d := len(mu)
	n := &MVN{dim: d, mu: mu, sigma: sigma, rank: d}
	raw := sigma.RawSymmetric()
	scale := make([]float64, d) // 2^{−eᵢ}
	twoExpSum := 0
	for i := 0; i < d; i++ {
		v := raw.Data[i*raw.Stride+i]
		if v < 0 {
			return nil, notPSD(sigma, fmt.Sprintf("variance Σ[%d,%d] = %v is negative", i+1, i+1, v))
		}
		scale[i] = 1
		if v > 0 {
			_, k := math.Frexp(v)
			e := floorHalf(k)
			scale[i] = math.Ldexp(1, -e)
			twoExpSum += 2 * e
		}
	}
	u := mat.NewTriDense(d, mat.Upper, nil)
	work := make([]float64, 2*d)
	norm, ok := equilibrate(sigma, scale, u.RawTriangular(), work)
	if !ok {
		return nil, notPSD(sigma, minorReason(sigma))
	}
	if n.factorCholesky(u, norm, scale, twoExpSum, work) {
		return n, nil
	}
	equilibrate(sigma, scale, u.RawTriangular(), work)
	if err := n.factorEigen(u, scale); err != nil {
		return nil, err
	}
	return n, nil
}

// equilibrate writes the upper triangle of S⁻¹ΣS⁻¹ into dst and returns its
// 1-norm (the largest column sum of absolute values) and whether every row
// sum is finite: the entries of S⁻¹ΣS⁻¹ for a PSD Σ are below 2 in magnitude
// (|Σᵢⱼ| ≤ √(ΣᵢᵢΣⱼⱼ), diagonal scaled into [½, 2)), so an infinite sum proves
// that Σ is not PSD. work needs length d; it receives the column sums.
func equilibrate(sigma *mat.SymDense, scale []float64, dst blas64.Triangular, work []float64) (norm float64, ok bool) {
	raw := sigma.RawSymmetric()
	d := raw.N
	colSum := work[:d]
	clear(colSum)
	for i := 0; i < d; i++ {
		src := raw.Data[i*raw.Stride+i : i*raw.Stride+d]
		row := dst.Data[i*dst.Stride+i : i*dst.Stride+d]
		sums := colSum[i:]
		scales := scale[i:]
		si := scale[i]
		rowSum := 0.0
		for j, v := range src {
			v *= si * scales[j]
			row[j] = v
			a := math.Abs(v)
			sums[j] += a
			rowSum += a
		}
		// The diagonal entry was counted in both sums; rows of the upper
		// triangle are the columns of the lower one.
		colSum[i] += rowSum - math.Abs(row[0])
		if !(rowSum <= math.MaxFloat64) {
			return 0, false
		}
		norm = math.Max(norm, colSum[i])
	}
	return norm, true
}

// notPSD returns the error for a covariance that is not positive
// semi-definite, naming its most negative eigenvalue; when rounding hides
// that eigenvalue (badly scaled Σ), it gives the reason instead.
func notPSD(sigma *mat.SymDense, reason string) error {
	var e mat.EigenSym
	if vals, ok := eigenScaled(sigma, &e); ok && vals[0] < 0 {
		return fmt.Errorf("covariance is not positive semi-definite (eigenvalue %.4g)", vals[0])
	}
	return fmt.Errorf("covariance is not positive semi-definite (%s)", reason)
}

// minorReason names the first 2×2 principal minor of sigma that is negative.
func minorReason(sigma *mat.SymDense) string {
	d := sigma.SymmetricDim()
	for i := 0; i < d; i++ {
		for j := i + 1; j < d; j++ {
			a, b, c := sigma.At(i, i), sigma.At(j, j), sigma.At(i, j)
			if math.Abs(c) > math.Sqrt(a)*math.Sqrt(b) {
				return fmt.Sprintf("|Σ[%d,%d]| > √(Σ[%d,%d]·Σ[%d,%d])", i+1, j+1, i+1, i+1, j+1, j+1)
			}
		}
	}
	return "a principal minor is negative"
}

// factorCholesky factorises the equilibrated covariance held in u, of
// 1-norm anorm, in place (LAPACK dpotrf), estimates its condition number
// (condOne) and scales the factor back. It reports whether the factorisation
// succeeded; Σ counts as singular when the condition estimate exceeds
// 1/SingularTol, and chol is then kept for sampling and Wasserstein
// distances. work needs length 2d.
func (n *MVN) factorCholesky(u *mat.TriDense, anorm float64, scale []float64, twoExpSum int, work []float64) bool {
	d := n.dim
	uraw := u.RawTriangular()
	sym := blas64.Symmetric{N: d, Stride: uraw.Stride, Data: uraw.Data, Uplo: blas.Upper}
	if _, ok := lapack64.Potrf(sym); !ok {
		return false
	}
	cond := condOne(uraw, anorm, work, make([]int, d))
	// Σ = S Σ_s S = (U_s S)ᵀ(U_s S): column j of U_s times 2^{eⱼ}.
	inv := work[:d]
	for j, s := range scale {
		inv[j] = 1 / s
	}
	logDet := 0.0
	for i := 0; i < d; i++ {
		row := uraw.Data[i*uraw.Stride+i : i*uraw.Stride+d]
		logDet += math.Log(row[0])
		for j, s := range inv[i:] {
			row[j] *= s
		}
	}
	n.logDet = 2*logDet + float64(twoExpSum)*math.Ln2
	n.cond = cond
	n.chol = u
	if n.cond*SingularTol(d) > 1 {
		n.singular = true
		n.logDet = math.Inf(-1)
		var e mat.EigenSym
		if vals, ok := eigenScaled(equilibrated(n.sigma, scale), &e); ok {
			n.rank = countAbove(vals, SingularTol(d)*vals[d-1])
		}
		n.rank = min(n.rank, d-1)
		n.recordEigenRange()
	}
	return true
}

// condOne estimates the 1-norm condition number κ₁(A) = ‖A‖₁‖A⁻¹‖₁ of the
// equilibrated, positive definite A = UᵀU from its upper Cholesky factor u
// and anorm = ‖A‖₁. ‖A⁻¹‖₁ comes from Hager's estimator as refined by Higham
// (Higham 1988, ACM Trans. Math. Softw. 14, 381–396; LAPACK dlacn2), a lower
// bound that is exact or close in practice, with each product A⁻¹x formed by
// the triangular solves Uᵀy = x, Ux = y. This is LAPACK's dpocon without
// its overflow-guarded solves (dlatrs), which cost more than the
// factorisation for small d: A has diagonal entries in [½, 2), so
// |uᵢⱼ| < √2, the vectors the estimator solves with have entries of at most
// 2, and a solve overflows only when ‖A⁻¹‖ is far beyond 1/SingularTol; a
// non-finite solution then gives +Inf, as dpocon gives rcond = 0.
// work needs length 2d, isgn length d.
func condOne(u blas64.Triangular, anorm float64, work []float64, isgn []int) float64 {
	d := u.N
	x, v := work[:d], work[d:2*d]
	var (
		est   float64
		kase  int
		isave [3]int
	)
	for {
		est, kase = lapackImpl.Dlacn2(d, v, x, isgn, est, kase, &isave)
		if kase == 0 {
			break
		}
		solveUpperTrans(u, x)
		solveUpper(u, x)
		for _, xi := range x {
			if !finite(xi) {
				return math.Inf(1)
			}
		}
	}
	if !(est > 0) || math.IsInf(est, 1) {
		return math.Inf(1)
	}
	return est * anorm
}

// solveUpperTrans overwrites x with U⁻ᵀx for the upper triangular,
// non-singular u (forward substitution along the rows of U).
func solveUpperTrans(u blas64.Triangular, x []float64) {
	d := u.N
	for i := 0; i < d; i++ {
		row := u.Data[i*u.Stride+i : i*u.Stride+d]
		xi := x[i] / row[0]
		x[i] = xi
		if xi == 0 {
			continue
		}
		axpy(-xi, row[1:], x[i+1:d])
	}
}

// solveUpper overwrites x with U⁻¹x for the upper triangular, non-singular u
// (back substitution).
func solveUpper(u blas64.Triangular, x []float64) {
	d := u.N
	for i := d - 1; i >= 0; i-- {
		row := u.Data[i*u.Stride+i : i*u.Stride+d]
		x[i] = (x[i] - dot(row[1:], x[i+1:d])) / row[0]
	}
}

// dot returns Σᵢ aᵢbᵢ over len(a) terms, in four partial sums so that the
// additions overlap.
func dot(a, b []float64) float64 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// axpy adds αa to b, over len(b) terms.
func axpy(alpha float64, a, b []float64) {
	a = a[:len(b)]
	i := 0
	for ; i+4 <= len(b); i += 4 {
		b[i] += alpha * a[i]
		b[i+1] += alpha * a[i+1]
		b[i+2] += alpha * a[i+2]
		b[i+3] += alpha * a[i+3]
	}
	for ; i < len(b); i++ {
		b[i] += alpha * a[i]
	}
}

// floorHalf returns ⌊k/2⌋.
func floorHalf(k int) int {
	if k >= 0 {
		return k / 2
	}
	return -((-k + 1) / 2)
}

// equilibrated returns S⁻¹ΣS⁻¹ as a new matrix.
func equilibrated(sigma *mat.SymDense, scale []float64) *mat.SymDense {
	d := sigma.SymmetricDim()
	s := mat.NewSymDense(d, nil)
	r := s.RawSymmetric()
	equilibrate(sigma, scale, blas64.Triangular{N: d, Stride: r.Stride, Data: r.Data, Uplo: blas.Upper}, make([]float64, d))
	return s
}

// recordEigenRange stores the extreme eigenvalues of Σ for error messages.
func (n *MVN) recordEigenRange() {
	var e mat.EigenSym
	vals, ok := eigenScaled(n.sigma, &e)
	if !ok {
		n.eigMin, n.eigMax = math.NaN(), math.NaN()
		return
	}
	n.eigMin, n.eigMax = vals[0], vals[len(vals)-1]
}

// factorEigen handles a covariance whose Cholesky factorisation failed, given
// its equilibrated form in u: it checks positive semi-definiteness from the
// eigenvalues λ of Σ_s and builds R = diag(√λ)·Vᵀ·S over the eigenpairs with
// λ > τ·λ_max, so that RᵀR = S Σ_s S = Σ.
func (n *MVN) factorEigen(u *mat.TriDense, scale []float64) error {
	d := n.dim
	uraw := u.RawTriangular()
	eq := mat.NewSymDense(d, uraw.Data)
	var e mat.EigenSym
	if !FactorizeEigen(&e, eq) {
		return fmt.Errorf("eigenvalue computation for the covariance did not converge")
	}
	vals := e.Values(nil)
	lmin, lmax := vals[0], vals[d-1]
	tol := SingularTol(d) * math.Max(lmax, 0)
	if lmin < -tol || lmax < 0 {
		return notPSD(n.sigma, fmt.Sprintf("eigenvalue %.4g after scaling to unit diagonal", lmin))
	}
	n.singular = true
	n.logDet = math.Inf(-1)
	n.cond = math.Inf(1)
	n.rank = min(countAbove(vals, tol), d-1)
	n.recordEigenRange()
	if n.rank == 0 {
		return nil
	}
	var v mat.Dense
	e.VectorsTo(&v)
	f := mat.NewDense(n.rank, d, nil)
	row := 0
	for k := d - 1; k >= 0 && row < n.rank; k-- {
		s := math.Sqrt(vals[k])
		for i := 0; i < d; i++ {
			f.Set(row, i, v.At(i, k)*s/scale[i])
		}
		row++
	}
	n.factor = f
	return nil
}

// eigenScaled computes the eigenvalues (ascending) of a, scaled by an even
// power of two 2^shift near its largest entry so that LAPACK works on numbers
// near 1. The returned values are those of a itself.
func eigenScaled(a *mat.SymDense, e *mat.EigenSym) (vals []float64, ok bool) {
	d := a.SymmetricDim()
	amax, shift := 0.0, 0
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			amax = math.Max(amax, math.Abs(a.At(i, j)))
		}
	}
	if amax > 0 {
		_, k := math.Frexp(amax)
		shift = 2 * floorHalf(k)
	}
	b := mat.NewSymDense(d, nil)
	for i := 0; i < d; i++ {
		for j := i; j < d; j++ {
			b.SetSym(i, j, math.Ldexp(a.At(i, j), -shift))
		}
	}
	if !FactorizeEigen(e, b) {
		return nil, false
	}
	vals = e.Values(nil)
	for i := range vals {
		vals[i] = math.Ldexp(vals[i], shift)
	}
	return vals, true
}

// FactorizeEigen factorises the symmetric a into e with eigenvectors and reports
// success. It always asks for eigenvectors: gonum v0.17's eigenvalues-only
// path (LAPACK dsterf) panics with "insufficient length of a" when a block
// of the tridiagonal form has a norm below about 3·10⁻¹²³ or above 4·10¹⁵³
// relative to 1 (it passes the wrong leading dimension to dlascl), while the
// path with vectors (dsteqr) is correct. A panic inside LAPACK is reported as
// failure, never passed on. The factorisation stops waiting when the
// evaluator asks (package stop): it cannot poll inside LAPACK.
func FactorizeEigen(e *mat.EigenSym, a mat.Symmetric) (ok bool) {
	stop.Run(func() { ok = factorizeEigen(e, a) })
	return ok
}

func factorizeEigen(e *mat.EigenSym, a mat.Symmetric) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return e.Factorize(a, true)
}

func countAbove(vals []float64, tol float64) int {
	c := 0
	for _, v := range vals {
		if v > tol {
			c++
		}
	}
	return c
}

// Dim returns the dimension d.
func (n *MVN) Dim() int { return n.dim }

// Mean returns a copy of μ.
func (n *MVN) Mean() []float64 { return append([]float64(nil), n.mu...) }

// Cov returns a copy of Σ.
func (n *MVN) Cov() *mat.SymDense {
	c := mat.NewSymDense(n.dim, nil)
	c.CopySym(n.sigma)
	return c
}

// Sigma returns Σ without copying. It must not be modified; use Cov for a
// copy.
func (n *MVN) Sigma() *mat.SymDense { return n.sigma }

// Singular reports whether Σ is singular in the sense of SingularTol.
func (n *MVN) Singular() bool { return n.singular }

// Rank returns the numerical rank of Σ: d unless Σ is singular, otherwise the
// number of eigenvalues of the equilibrated covariance above
// SingularTol(d)·λ_max (at most d−1).
func (n *MVN) Rank() int { return n.rank }

// Invertible returns nil when Σ is positive definite and a *SingularError
// otherwise.
func (n *MVN) Invertible() error {
	if !n.singular {
		return nil
	}
	return &SingularError{Dim: n.dim, Rank: n.rank, MinEig: n.eigMin, MaxEig: n.eigMax}
}

// LogDet returns ln det Σ, computed from the Cholesky factor of the
// equilibrated covariance as 2 Σᵢ ln (L_s)ᵢᵢ + 2 Σᵢ eᵢ ln 2 without forming the
// determinant, so it neither overflows nor underflows. It is −∞ for a
// singular Σ.
func (n *MVN) LogDet() float64 { return n.logDet }

// Cond returns an estimate of the 1-norm condition number κ₁ of the
// equilibrated covariance S⁻¹ΣS⁻¹, S = diag(√Σᵢᵢ) rounded to powers of two
// (the estimate of LAPACK dpocon: Hager's method as refined by Higham). It
// is +Inf when the Cholesky factorisation failed.
// Relative errors of quantities that involve Σ⁻¹ scale with d·ε·κ.
func (n *MVN) Cond() float64 { return n.cond }

// UpperFactor returns U, upper triangular with UᵀU = Σ (the Cholesky factor,
// as in mat.Cholesky), without copying, or a *SingularError when Σ is
// singular. U must not be modified.
func (n *MVN) UpperFactor() (*mat.TriDense, error) {
	if n.singular {
		return nil, n.Invertible()
	}
	return n.chol, nil
}

// Factor returns a copy of an r×d matrix R with RᵀR = Σ: the Cholesky factor
// U when it exists (r = d, also for a nearly singular Σ), otherwise
// diag(√λ)·Vᵀ·S over the r = Rank() eigenpairs (λ, v) of the equilibrated
// covariance Σ_s = S⁻¹ΣS⁻¹ with λ > SingularTol(d)·λ_max. It returns nil
// when Σ = 0.
func (n *MVN) Factor() *mat.Dense {
	if n.chol != nil {
		return mat.DenseCopyOf(n.chol)
	}
	if n.factor == nil {
		return nil
	}
	return mat.DenseCopyOf(n.factor)
}

// LogProb returns the log-density
//
//	ln p(x) = −½ (d ln 2π + ln det Σ + ‖U⁻ᵀ(x−μ)‖²),  UᵀU = Σ,
//
// by a triangular solve (no inverse is formed). It returns an error when
// len(x) ≠ d, when x has a NaN entry or when Σ is singular.
func (n *MVN) LogProb(x []float64) (float64, error) {
	if len(x) != n.dim {
		return 0, fmt.Errorf("point has %d entries but the distribution has dimension %d", len(x), n.dim)
	}
	for i, v := range x {
		if math.IsNaN(v) {
			return 0, fmt.Errorf("point entry %d is NaN", i+1)
		}
	}
	if err := n.Invertible(); err != nil {
		return 0, err
	}
	z := make([]float64, n.dim)
	for i := range z {
		z[i] = x[i] - n.mu[i]
	}
	m := mahalanobisSq(n.chol, z)
	return -0.5 * (float64(n.dim)*math.Log(2*math.Pi) + n.logDet + m), nil
}

// mahalanobisSq returns ‖U⁻ᵀz‖², overwriting z with U⁻ᵀz.
func mahalanobisSq(u *mat.TriDense, z []float64) float64 {
	blas64.Trsv(blas.Trans, u.RawTriangular(), blas64.Vector{N: len(z), Inc: 1, Data: z})
	nrm := blas64.Nrm2(blas64.Vector{N: len(z), Inc: 1, Data: z})
	return nrm * nrm
}

// Rand returns a sample x = μ + Rᵀz, z ~ N(0, I_r), with R from Factor (the
// method of distmv.NormalRand, extended to singular Σ). If dst is nil a new
// slice is allocated; otherwise it must have length d.
func (n *MVN) Rand(dst []float64, rnd *rand.Rand) []float64 {
	if dst == nil {
		dst = make([]float64, n.dim)
	} else if len(dst) != n.dim {
		panic("dist: MVN.Rand: destination length differs from the dimension")
	}
	copy(dst, n.mu)
	switch {
	case n.chol != nil:
		z := make([]float64, n.dim)
		for i := range z {
			z[i] = rnd.NormFloat64()
		}
		blas64.Trmv(blas.Trans, n.chol.RawTriangular(), blas64.Vector{N: n.dim, Inc: 1, Data: z})
		for i := range dst {
			dst[i] += z[i]
		}
	case n.factor != nil:
		z := make([]float64, n.rank)
		for i := range z {
			z[i] = rnd.NormFloat64()
		}
		blas64.Gemv(blas.Trans, 1, n.factor.RawMatrix(), blas64.Vector{N: n.rank, Inc: 1, Data: z},
			1, blas64.Vector{N: n.dim, Inc: 1, Data: dst})
	}
	return dst
}
