package sym

import (
	"errors"
	"fmt"
)

// Linear algebra on matrices of expressions, held row-major in []Expr.
// Elimination is fraction-free (Bareiss): each step forms
//
//	M⁽ᵏ⁾ᵢⱼ = (M⁽ᵏ⁻¹⁾ₖₖ M⁽ᵏ⁻¹⁾ᵢⱼ − M⁽ᵏ⁻¹⁾ᵢₖ M⁽ᵏ⁻¹⁾ₖⱼ) / M⁽ᵏ⁻²⁾ₖ₋₁,ₖ₋₁
//
// where the division is exact, so that entries stay polynomials in the
// entries of the input instead of growing nested fractions (E. H. Bareiss,
// "Sylvester's identity and multistep integer-preserving Gaussian
// elimination", Math. Comp. 22 (1968) 565–578). Run over all rows, not
// only those below the pivot, it reduces [A | B] to [d·I | adj(A)·B·sign]
// with d = ±det A (the fraction-free Gauss–Jordan form; G. Nakos, P. Turner,
// R. Williams, "Fraction-free algorithms for linear and polynomial
// equations", SIGSAM Bull. 31 (1997) 11–19). Each intermediate entry is
// brought to the expanded quotient of coprime polynomials, which also
// decides whether a pivot is zero; results are passed through Simplify.

// ErrSingular reports a square matrix whose determinant simplifies to 0.
var ErrSingular = errors.New("the matrix is singular: its determinant simplifies to 0")

// maxSymbolicSide bounds the side of a symbolic matrix in elimination:
// expression swell makes larger ones impractical.
const maxSymbolicSide = 12

func checkSquare(a []Expr, n int) error {
	if n < 1 || len(a) != n*n {
		return fmt.Errorf("need a square matrix: %d entries do not make %d×%d", len(a), n, n)
	}
	if n > maxSymbolicSide {
		return fmt.Errorf("symbolic matrix too large (%d×%d, at most %d×%d)", n, n, maxSymbolicSide, maxSymbolicSide)
	}
	return nil
}

// normalEntry writes e as an expanded quotient of coprime polynomials when
// that is within budget, and otherwise simplifies it.
func normalEntry(e Expr, a *Assumptions) Expr {
	if IsNumber(e) {
		return e
	}
	if res, ok := cancelRational(e); ok {
		return res[0]
	}
	return Simplify(e, a)
}

// isZeroEntry reports whether a normalised entry is 0.
func isZeroEntry(e Expr) bool { return isZero(e) }

// eliminate runs fraction-free elimination on the n×w row-major matrix m
// (w ≥ n), over all rows when full is set and over the rows below the
// pivot otherwise. It returns the sign of the row permutation, or 0 when
// a column has no non-zero pivot.
func eliminate(m []Expr, n, w int, full bool, a *Assumptions) int {
	sign := 1
	prev := Expr(one)
	for k := 0; k < n; k++ {
		p := -1
		for i := k; i < n; i++ {
			if !isZeroEntry(m[i*w+k]) {
				p = i
				break
			}
		}
		if p < 0 {
			return 0
		}
		if p != k {
			for j := 0; j < w; j++ {
				m[k*w+j], m[p*w+j] = m[p*w+j], m[k*w+j]
			}
			sign = -sign
		}
		pivot := m[k*w+k]
		start := k + 1
		if full {
			start = 0
		}
		for i := start; i < n; i++ {
			if i == k {
				continue
			}
			f := m[i*w+k]
			for j := 0; j < w; j++ {
				if j == k {
					continue
				}
				m[i*w+j] = normalEntry(Div(Sub(Mul(pivot, m[i*w+j]), Mul(f, m[k*w+j])), prev), a)
			}
			m[i*w+k] = zero
		}
		prev = pivot
	}
	return sign
}

// normalised copies the n×w block of a into a new slice, normalising each
// entry.
func normalised(a []Expr, as *Assumptions) []Expr {
	m := make([]Expr, len(a))
	for i, e := range a {
		m[i] = normalEntry(e, as)
	}
	return m
}

// Det returns the determinant of the n×n matrix a (row-major), computed by
// Bareiss elimination and simplified under the assumptions as (which may
// be nil).
func Det(a []Expr, n int, as *Assumptions) (Expr, error) {
	if err := checkSquare(a, n); err != nil {
		return nil, err
	}
	m := normalised(a, as)
	sign := eliminate(m, n, n, false, as)
	if sign == 0 {
		return zero, nil
	}
	d := m[(n-1)*n+n-1]
	if sign < 0 {
		d = Neg(d)
	}
	return Simplify(d, as), nil
}

// Solve returns X with A X = B for the n×n matrix a and the n×k matrix b
// (both row-major): the fraction-free Gauss–Jordan reduction of [A | B]
// leaves d·I on the left, so Xᵢⱼ = (right block)ᵢⱼ / dᵢᵢ. It returns
// ErrSingular when det A simplifies to 0.
func Solve(a []Expr, n int, b []Expr, k int, as *Assumptions) ([]Expr, error) {
	if err := checkSquare(a, n); err != nil {
		return nil, err
	}
	if k < 1 || len(b) != n*k {
		return nil, fmt.Errorf("right-hand side has %d entries, not %d rows of %d", len(b), n, k)
	}
	w := n + k
	m := make([]Expr, n*w)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			m[i*w+j] = normalEntry(a[i*n+j], as)
		}
		for j := 0; j < k; j++ {
			m[i*w+n+j] = normalEntry(b[i*k+j], as)
		}
	}
	if eliminate(m, n, w, true, as) == 0 {
		return nil, ErrSingular
	}
	x := make([]Expr, n*k)
	for i := 0; i < n; i++ {
		d := m[i*w+i]
		for j := 0; j < k; j++ {
			x[i*k+j] = Simplify(Div(m[i*w+n+j], d), as)
		}
	}
	return x, nil
}

// Inverse returns A⁻¹ of the n×n matrix a (row-major), solving A X = I by
// Solve, entries simplified. It returns ErrSingular when det A
// simplifies to 0.
func Inverse(a []Expr, n int, as *Assumptions) ([]Expr, error) {
	id := make([]Expr, n*n)
	for i := range id {
		id[i] = zero
	}
	for i := 0; i < n; i++ {
		id[i*n+i] = one
	}
	return Solve(a, n, id, n, as)
}

// MatMul returns the product of the r×m matrix a and the m×c matrix b
// (row-major), (AB)ᵢⱼ = Σₖ AᵢₖBₖⱼ, each entry simplified.
func MatMul(a []Expr, r, m int, b []Expr, c int, as *Assumptions) []Expr {
	out := make([]Expr, r*c)
	terms := make([]Expr, m)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			for k := 0; k < m; k++ {
				terms[k] = Mul(a[i*m+k], b[k*c+j])
			}
			out[i*c+j] = Simplify(normalEntry(Add(terms...), as), as)
		}
	}
	return out
}

// maxSymbolicPower bounds the exponent of a symbolic matrix power.
const maxSymbolicPower = 64

// MatPow returns Aᵖ for the n×n matrix a and an integer p, by repeated
// squaring; A⁰ = I and a negative power is (A⁻¹)^|p|. It returns
// ErrSingular for a negative power of a singular matrix.
func MatPow(a []Expr, n, p int, as *Assumptions) ([]Expr, error) {
	if err := checkSquare(a, n); err != nil {
		return nil, err
	}
	if p > maxSymbolicPower || p < -maxSymbolicPower {
		return nil, fmt.Errorf("power %d of a symbolic matrix too large (at most %d in absolute value)", p, maxSymbolicPower)
	}
	base := a
	if p < 0 {
		inv, err := Inverse(a, n, as)
		if err != nil {
			return nil, err
		}
		base, p = inv, -p
	}
	result := make([]Expr, n*n)
	for i := range result {
		result[i] = zero
	}
	for i := 0; i < n; i++ {
		result[i*n+i] = one
	}
	for p > 0 {
		if p&1 == 1 {
			result = MatMul(result, n, n, base, n, as)
		}
		p >>= 1
		if p > 0 {
			base = MatMul(base, n, n, base, n, as)
		}
	}
	return result, nil
}
