package sym

import (
	"errors"
	"fmt"
	"math"
	"math/big"
)

// Linear algebra on matrices of expressions, held row-major in []Expr.
// Elimination is fraction-free (Bareiss): each step forms
//
//	M⁽ᵏ⁾ᵢⱼ = (M⁽ᵏ⁻¹⁾ₖₖ M⁽ᵏ⁻¹⁾ᵢⱼ − M⁽ᵏ⁻¹⁾ᵢₖ M⁽ᵏ⁻¹⁾ₖⱼ) / M⁽ᵏ⁻²⁾ₖ₋₁,ₖ₋₁
//
// where the division is exact (each entry is a minor of the input, by
// Sylvester's identity), so that entries stay polynomials instead of
// growing nested fractions (E. H. Bareiss, "Sylvester's identity and
// multistep integer-preserving Gaussian elimination", Math. Comp. 22
// (1968) 565–578). Run over all rows, not only those below the pivot, it
// reduces [A | B] to [d·I | d·A⁻¹B] with d = ±det A (the fraction-free
// Gauss–Jordan form; G. Nakos, P. Turner, R. Williams, "Fraction-free
// algorithms for linear and polynomial equations", SIGSAM Bull. 31 (1997)
// 11–19). The arithmetic is on polynomials in the generators of the
// entries (symbols, and calls, roots and exponentials taken as
// variables), after each row is multiplied by the common denominator of
// its entries. Results are passed through Simplify for display only.

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

// Limits of exact elimination: the coefficient operations, the terms of
// one polynomial and the distinct generators (symbols, calls, roots).
const (
	matrixBudget   = 3_000_000
	matrixMaxTerms = 20_000
	matrixMaxGens  = 200
	// matrixMaxProducts bounds the term products of one multiplication,
	// and so the memory it takes before its terms are counted.
	matrixMaxProducts = 200_000
)

// ErrTooComplex reports a symbolic matrix whose exact elimination would
// exceed the limits on work or size.
var ErrTooComplex = errors.New("too complex for exact elimination (the entries grow beyond the size limit)")

// polyMatrix is the augmented matrix [A | B] of a linear system with every
// row multiplied by the least common denominator of its entries, so that
// all entries are polynomials in the generators of c: the scaled rows
// describe the same equations, and det A = det P / Π scaleᵢ.
type polyMatrix struct {
	c     *ratCtx
	n, w  int
	m     []poly
	scale []poly // the factor each row was multiplied by
}

func newPolyMatrix(a []Expr, n int, b []Expr, k int) *polyMatrix {
	c := &ratCtx{bud: &polyBudget{maxTerms: matrixMaxTerms}, maxGens: matrixMaxGens}
	entry := func(i, j int) Expr {
		var e Expr
		if j < n {
			e = a[i*n+j]
		} else {
			e = b[i*k+j-n]
		}
		if f, ok := e.(*flt); ok && !math.IsInf(f.f, 0) && !math.IsNaN(f.f) {
			return &rat{new(big.Rat).SetFloat64(f.f)} // its exact binary value
		}
		return e
	}
	w := n + k
	for i := 0; i < n; i++ {
		for j := 0; j < w; j++ {
			c.collect(entry(i, j))
		}
	}
	c.one = constPoly(len(c.gens), big.NewRat(1, 1))
	c.vars = make([]poly, len(c.gens))
	// A term operation costs in proportion to the generators it carries.
	c.bud.left = matrixBudget * 16 / max(16, len(c.gens))
	pm := &polyMatrix{c: c, n: n, w: w, m: make([]poly, n*w), scale: make([]poly, n)}
	rfs := make([]ratFunc, w)
	for i := 0; i < n; i++ {
		q := c.one
		for j := 0; j < w; j++ {
			rfs[j] = c.toRF(entry(i, j))
			if len(rfs[j].num) == 0 {
				continue
			}
			g := polyGCD(q, rfs[j].den, c.bud)
			d, ok := polyDivExact(rfs[j].den, g, c.bud)
			if !ok {
				panic(budgetExceeded{})
			}
			q = polyMul(q, d, c.bud)
		}
		for j := 0; j < w; j++ {
			if len(rfs[j].num) == 0 {
				continue
			}
			f, ok := polyDivExact(q, rfs[j].den, c.bud)
			if !ok {
				panic(budgetExceeded{})
			}
			pm.m[i*w+j] = polyMul(rfs[j].num, f, c.bud)
		}
		pm.scale[i] = q
	}
	return pm
}

// eliminate runs fraction-free elimination over all rows when full is set
// and over the rows below each pivot otherwise. It returns the sign of the
// row permutation, or 0 when a column has no non-zero pivot.
func (pm *polyMatrix) eliminate(full bool) int {
	n, w, m, bud := pm.n, pm.w, pm.m, pm.c.bud
	sign := 1
	prev := pm.c.one
	for k := 0; k < n; k++ {
		p := -1
		for i := k; i < n; i++ {
			if !pm.vanishes(m[i*w+k]) {
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
			pm.scale[k], pm.scale[p] = pm.scale[p], pm.scale[k]
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
				v := polySub(pm.mul(pivot, m[i*w+j]), pm.mul(f, m[k*w+j]), bud)
				q, ok := polyDivExactHeap(v, prev, bud)
				if !ok {
					panic(budgetExceeded{}) // Sylvester's identity makes the division exact
				}
				m[i*w+j] = q
			}
			m[i*w+k] = nil
		}
		prev = pivot
	}
	return sign
}

// mul multiplies two entries, refusing products too large to hold.
func (pm *polyMatrix) mul(p, q poly) poly {
	if len(p)*len(q) > matrixMaxProducts {
		panic(budgetExceeded{})
	}
	return polyMul(p, q, pm.c.bud)
}

// vanishes reports whether p is zero: as a polynomial, or as an
// expression once its generators are put back, since generators need not
// be independent (√a·√a = a, x^(1/3)·x^(2/3) = x).
func (pm *polyMatrix) vanishes(p poly) bool {
	return len(p) == 0 || isZero(pm.c.polyToExpr(p))
}

// quotient returns num/den as an expression in lowest terms.
func (pm *polyMatrix) quotient(num, den poly) Expr {
	bud := pm.c.bud
	if len(num) == 0 {
		return zero
	}
	g := commonFactor(num, den, pm.c.one)
	num, ok1 := polyDivExact(num, g, bud)
	den, ok2 := polyDivExact(den, g, bud)
	if !ok1 || !ok2 {
		panic(budgetExceeded{})
	}
	den, f := normalize(den)
	num = polyScale(num, new(big.Rat).Inv(f))
	return Div(pm.c.polyToExpr(num), pm.c.polyToExpr(den))
}

// commonFactor returns gcd(p, q), or one when the gcd's remainder
// sequence grows beyond its own budget: the quotient is then left with a
// common factor, which does not change its value.
func commonFactor(p, q, one poly) (g poly) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(budgetExceeded); !ok {
				panic(r)
			}
			g = one
		}
	}()
	if coprime(p, q) {
		return one
	}
	return polyGCD(p, q, &polyBudget{left: ratBudget * 5, maxTerms: matrixMaxTerms})
}

// forDisplay simplifies a result unless it is so large that the expanded
// quotient, already in lowest terms, is the better use of the time.
func forDisplay(e Expr, as *Assumptions) Expr {
	if e.size() > maxRationalSize {
		return e
	}
	return Simplify(e, as)
}

// exactly runs f, turning an exhausted budget into ErrTooComplex.
func exactly(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(budgetExceeded); !ok {
				panic(r)
			}
			err = ErrTooComplex
		}
	}()
	f()
	return nil
}

// Det returns the determinant of the n×n matrix a (row-major), computed by
// Bareiss elimination over polynomials in the entries' generators and
// simplified under the assumptions as (which may be nil).
func Det(a []Expr, n int, as *Assumptions) (Expr, error) {
	if err := checkSquare(a, n); err != nil {
		return nil, err
	}
	var d Expr
	err := exactly(func() {
		pm := newPolyMatrix(a, n, nil, 0)
		sign := pm.eliminate(false)
		if sign == 0 {
			d = zero
			return
		}
		den := pm.c.one
		for _, q := range pm.scale {
			den = polyMul(den, q, pm.c.bud)
		}
		num := pm.m[n*n-1]
		if sign < 0 {
			num = polyScale(num, big.NewRat(-1, 1))
		}
		d = pm.quotient(num, den)
	})
	if err != nil {
		return nil, err
	}
	return forDisplay(d, as), nil
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
	var x []Expr
	singular := false
	err := exactly(func() {
		pm := newPolyMatrix(a, n, b, k)
		if pm.eliminate(true) == 0 {
			singular = true
			return
		}
		x = make([]Expr, n*k)
		for i := 0; i < n; i++ {
			for j := 0; j < k; j++ {
				x[i*k+j] = pm.quotient(pm.m[i*pm.w+n+j], pm.m[i*pm.w+i])
			}
		}
	})
	switch {
	case err != nil:
		return nil, err
	case singular:
		return nil, ErrSingular
	}
	for i, e := range x {
		x[i] = forDisplay(e, as)
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
			out[i*c+j] = forDisplay(normalEntry(Add(terms...), as), as)
		}
	}
	return out
}

// maxSymbolicPower bounds the exponent of a symbolic matrix power.
const maxSymbolicPower = 64

// MatPow returns Aᵖ for the n×n matrix a and an integer p; A⁰ = I. The
// power is taken over polynomials: A = P/q with q the common denominator
// of the entries gives Aᵖ = Pᵖ/qᵖ, and A⁻¹ = R/d from the fraction-free
// reduction (R the right block, d the common diagonal) gives
// A⁻ᵖ = Rᵖ/dᵖ; Pᵖ and Rᵖ are formed by repeated squaring. It returns
// ErrSingular for a negative power of a singular matrix.
func MatPow(a []Expr, n, p int, as *Assumptions) ([]Expr, error) {
	if err := checkSquare(a, n); err != nil {
		return nil, err
	}
	if p > maxSymbolicPower || p < -maxSymbolicPower {
		return nil, fmt.Errorf("power %d of a symbolic matrix too large (at most %d in absolute value)", p, maxSymbolicPower)
	}
	var out []Expr
	singular := false
	err := exactly(func() {
		var pm *polyMatrix
		var base []poly
		var den poly
		if p < 0 {
			id := make([]Expr, n*n)
			for i := range id {
				id[i] = zero
			}
			for i := 0; i < n; i++ {
				id[i*n+i] = one
			}
			pm = newPolyMatrix(a, n, id, n)
			if pm.eliminate(true) == 0 {
				singular = true
				return
			}
			base = make([]poly, n*n)
			for i := 0; i < n; i++ {
				copy(base[i*n:(i+1)*n], pm.m[i*pm.w+n:(i+1)*pm.w])
			}
			den, p = pm.m[0], -p
		} else {
			pm = newPolyMatrix(a, n, nil, 0)
			den = pm.c.one
			for _, q := range pm.scale {
				den = polyMul(den, polyDivExactOrPanic(q, commonFactor(q, den, pm.c.one), pm.c.bud), pm.c.bud)
			}
			// Every row on the common denominator: P = q·A.
			base = make([]poly, n*n)
			for i := 0; i < n; i++ {
				f := polyDivExactOrPanic(den, pm.scale[i], pm.c.bud)
				for j := 0; j < n; j++ {
					base[i*n+j] = polyMul(pm.m[i*n+j], f, pm.c.bud)
				}
			}
		}
		num := pm.polyPower(base, p)
		denP := pm.c.one
		for i := 0; i < p; i++ {
			denP = polyMul(denP, den, pm.c.bud)
		}
		out = make([]Expr, n*n)
		for i, e := range num {
			out[i] = pm.quotient(e, denP)
		}
	})
	switch {
	case err != nil:
		return nil, err
	case singular:
		return nil, ErrSingular
	}
	for i, e := range out {
		out[i] = forDisplay(e, as)
	}
	return out, nil
}

func polyDivExactOrPanic(p, d poly, bud *polyBudget) poly {
	q, ok := polyDivExact(p, d, bud)
	if !ok {
		panic(budgetExceeded{})
	}
	return q
}

// polyPower returns Bᵏ (k ≥ 0) for the n×n polynomial matrix b.
func (pm *polyMatrix) polyPower(b []poly, k int) []poly {
	n, bud := pm.n, pm.c.bud
	mul := func(x, y []poly) []poly {
		z := make([]poly, n*n)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				var acc poly
				for l := 0; l < n; l++ {
					acc = polyAdd(acc, pm.mul(x[i*n+l], y[l*n+j]), bud)
				}
				z[i*n+j] = acc
			}
		}
		return z
	}
	result := make([]poly, n*n)
	for i := 0; i < n; i++ {
		result[i*n+i] = pm.c.one
	}
	for k > 0 {
		if k&1 == 1 {
			result = mul(result, b)
		}
		k >>= 1
		if k > 0 {
			b = mul(b, b)
		}
	}
	return result
}
