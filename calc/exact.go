package calc

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"statcalc/parser"
	"statcalc/sym"
)

// smallestNormal is the least positive normal float64; below it a
// float64 keeps fewer than 15 significant digits.
const smallestNormal = 0x1p-1022

// exactFloat returns the exact value a float64 entry stands for: its
// shortest decimal, so that the literal 0.1 is 1/10 again. A value that is
// not finite stays an inexact Float (evaluating it reports the error).
func exactFloat(f float64) sym.Expr {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return sym.Float(f)
	}
	if f == math.Trunc(f) && math.Abs(f) <= 1<<53 {
		return sym.Int(int64(f))
	}
	neg := f < 0
	e, err := sym.ParseNumber(strconv.FormatFloat(math.Abs(f), 'g', -1, 64))
	if err != nil {
		return sym.Float(f)
	}
	if neg {
		return sym.Neg(e)
	}
	return e
}

// carriedFloat reports whether e is a number that a float64 holds without
// loss, and that float64: an inexact Float, or a rational equal to the
// shortest decimal of its nearest float64 (2, 0.25, 0.1 are; 1/3, 2^100
// and 0.12345678901234567891 are not).
func carriedFloat(e sym.Expr) (float64, bool) {
	if f, ok := sym.AsFloat(e); ok {
		return f, !math.IsInf(f, 0) && !math.IsNaN(f)
	}
	r, ok := sym.AsRat(e)
	if !ok {
		return 0, false
	}
	f, _ := r.Float64()
	if r.IsInt() && math.Abs(f) <= 1<<53 {
		return f, true
	}
	if math.IsInf(f, 0) || math.Abs(f) < smallestNormal {
		return 0, false
	}
	back, ok := sym.AsRat(exactFloat(f))
	return f, ok && back.Cmp(r) == 0
}

// fastLiteral reports whether a number literal may be held as a float64:
// inside the normal float64 range and with at most 17 significant digits,
// as many as a float64 is written with. (Up to 15 digits the float64 is
// the literal without loss; with 16 or 17 it is the nearest float64, and a
// matrix that turns exact reads the literal again: see assemble.)
func fastLiteral(text string, f float64) bool {
	if math.IsInf(f, 0) || f != 0 && math.Abs(f) < smallestNormal {
		return false
	}
	var buf [40]byte
	digits, _, ok := significand(buf[:0], text)
	if f == 0 && string(digits) != "0" {
		return false // underflows: 1e-400 is kept exact
	}
	return ok && len(digits) <= maxFloatDigits
}

// maxFloatDigits is the number of significant digits that identify any
// float64.
const maxFloatDigits = 17

// literalExact returns the exact value of a number literal, signed or not,
// written as an entry of a vector or matrix; ok is false for other entries.
func literalExact(n parser.Node) (sym.Expr, bool) {
	neg := false
	if u, ok := n.(*parser.Unary); ok && u.Op == parser.Minus {
		n, neg = u.X, true
	}
	lit, ok := n.(*parser.NumberLit)
	if !ok {
		return nil, false
	}
	e, err := sym.ParseNumber(lit.Text)
	if err != nil {
		return nil, false
	}
	if neg {
		e = sym.Neg(e)
	}
	return e, true
}

// significand appends to buf the significant digits of a decimal literal
// (without leading and trailing zeros) and returns them with the power of
// ten of the leading digit: "0.0250" gives ("25", -2). ok is false for
// text that is not a plain decimal literal.
func significand(buf []byte, text string) (digits []byte, exp int, ok bool) {
	mant := text
	if i := strings.IndexAny(text, "eE"); i >= 0 {
		e, err := strconv.Atoi(text[i+1:])
		if err != nil {
			return nil, 0, false
		}
		mant, exp = text[:i], e
	}
	point := strings.IndexByte(mant, '.')
	if point < 0 {
		point = len(mant)
	}
	lead := -1 // index in mant of the leading nonzero digit
	for i := 0; i < len(mant); i++ {
		c := mant[i]
		if c == '.' {
			continue
		}
		if c < '0' || c > '9' {
			return nil, 0, false
		}
		if lead < 0 && c == '0' {
			continue
		}
		if lead < 0 {
			lead = i
		}
		buf = append(buf, c)
	}
	for len(buf) > 0 && buf[len(buf)-1] == '0' {
		buf = buf[:len(buf)-1]
	}
	if lead < 0 {
		return append(buf, '0'), 0, true
	}
	if lead < point {
		return buf, exp + point - lead - 1, true
	}
	return buf, exp + point - lead, true
}

// exact returns the entries as exact expressions: float64 values become
// the decimals they print as (0.5 is 1/2), so that elimination can cancel
// common factors exactly.
func (m *Matrix) exact() []sym.Expr {
	es := make([]sym.Expr, m.Rows*m.Cols)
	for i := range es {
		pollEntry(i)
		if m.Sym == nil {
			es[i] = exactFloat(m.Num[i])
			continue
		}
		es[i] = m.Sym[i]
		if f, ok := sym.AsFloat(es[i]); ok {
			es[i] = exactFloat(f)
		}
	}
	return es
}

// numericMatrix returns a matrix for the numeric linear algebra of fn: a
// numeric matrix as it is, an exact one whose entries are all constants
// evaluated to float64; one with free symbols is an error.
func (s *Session) numericMatrix(pos parser.Pos, m *Matrix, fn string) *Matrix {
	if m.IsNumeric() {
		return m
	}
	num := make([]float64, len(m.Sym))
	for i, e := range m.Sym {
		if !sym.IsNumber(e) {
			errorf(pos, "%s needs a numeric matrix; this one has symbolic entries", fn)
		}
		f, err := s.number(e)
		if err != nil {
			errorf(pos, "%s: entry [%d, %d]: %v", fn, i/m.Cols+1, i%m.Cols+1, err)
		}
		num[i] = f
	}
	return s.finiteMatrix(pos, &Matrix{Rows: m.Rows, Cols: m.Cols, Num: num, IsVector: m.IsVector})
}

// maxExactSide bounds the side of a matrix whose det or inv is computed
// in exact rationals; larger ones are evaluated in float64.
const maxExactSide = 64

// rationalEntries returns the entries of an exact matrix when all are
// rationals; numeric (float64) matrices keep their float64 algebra.
func rationalEntries(m *Matrix) ([]*big.Rat, bool) {
	if m.IsNumeric() || m.Rows > maxExactSide {
		return nil, false
	}
	rs := make([]*big.Rat, len(m.Sym))
	for i, e := range m.Sym {
		r, ok := sym.AsRat(e)
		if !ok {
			return nil, false
		}
		rs[i] = r
	}
	return rs, true
}

// exactDetInv returns the determinant of the n×n rational matrix a
// (row-major) and, when want is set and the matrix is not singular, its
// inverse, by Gauss–Jordan elimination in exact rational arithmetic
// (pivoting on the first nonzero entry of each column).
func exactDetInv(a []*big.Rat, n int, want bool) (*big.Rat, []*big.Rat) {
	w := 2 * n // each row holds a row of a and of the identity
	t := make([]*big.Rat, n*w)
	for i := 0; i < n; i++ {
		for j := 0; j < w; j++ {
			switch {
			case j < n:
				t[i*w+j] = new(big.Rat).Set(a[i*n+j])
			case j-n == i:
				t[i*w+j] = big.NewRat(1, 1)
			default:
				t[i*w+j] = new(big.Rat)
			}
		}
	}
	det := big.NewRat(1, 1)
	tmp := new(big.Rat)
	for c := 0; c < n; c++ {
		p := c
		for p < n && t[p*w+c].Sign() == 0 {
			p++
		}
		if p == n {
			return new(big.Rat), nil
		}
		if p != c {
			for j := 0; j < w; j++ {
				t[p*w+j], t[c*w+j] = t[c*w+j], t[p*w+j]
			}
			det.Neg(det)
		}
		pivot := new(big.Rat).Set(t[c*w+c])
		det.Mul(det, pivot)
		inv := new(big.Rat).Inv(pivot)
		for j := c; j < w; j++ {
			t[c*w+j].Mul(t[c*w+j], inv)
		}
		for i := 0; i < n; i++ {
			if i == c || t[i*w+c].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Set(t[i*w+c])
			for j := c; j < w; j++ {
				t[i*w+j].Sub(t[i*w+j], tmp.Mul(f, t[c*w+j]))
			}
		}
	}
	if !want {
		return det, nil
	}
	out := make([]*big.Rat, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			out[i*n+j] = t[i*w+n+j]
		}
	}
	return det, out
}

// exactDet is det of an exact rational matrix, or false when m is not one.
func exactDet(m *Matrix) (sym.Expr, bool) {
	rs, ok := rationalEntries(m)
	if !ok {
		return nil, false
	}
	d, _ := exactDetInv(rs, m.Rows, false)
	return sym.Rat(d), true
}

// exactInverse is inv of an exact rational matrix, or false when m is not
// one; a singular matrix is an error.
func (s *Session) exactInverse(pos parser.Pos, m *Matrix) (*Matrix, bool) {
	rs, ok := rationalEntries(m)
	if !ok {
		return nil, false
	}
	_, inv := exactDetInv(rs, m.Rows, true)
	if inv == nil {
		errorf(pos, "matrix is singular")
	}
	out := &Matrix{Rows: m.Rows, Cols: m.Cols, Sym: make([]sym.Expr, len(inv))}
	for i, r := range inv {
		out.Sym[i] = sym.Rat(r)
	}
	return out, true
}

// maxExactPowerWork bounds n³·log₂|k| for an exact power A^k of an n×n
// rational matrix; costlier powers are evaluated in float64.
const maxExactPowerWork = 1 << 16

// exactPower is A^k for an exact matrix of rationals and a whole k, by
// repeated squaring in rational arithmetic (A^-k inverts first); false when
// A or k does not qualify (|k| beyond maxExactExponent, as for scalars).
func (s *Session) exactPower(pos parser.Pos, m *Matrix, k sym.Expr) (*Matrix, bool) {
	rs, ok := rationalEntries(m)
	kr, isRat := sym.AsRat(k)
	if !ok || !isRat || !kr.IsInt() || !kr.Num().IsInt64() {
		return nil, false
	}
	p := kr.Num().Int64()
	n := m.Rows
	if p < -maxExactExponent || p > maxExactExponent || float64(n*n*n)*math.Log2(math.Abs(float64(p))+2) > maxExactPowerWork {
		return nil, false
	}
	if p < 0 {
		_, inv := exactDetInv(rs, n, true)
		if inv == nil {
			errorf(pos, "matrix is singular")
		}
		rs, p = inv, -p
	}
	result := make([]*big.Rat, n*n)
	for i := range result {
		result[i] = new(big.Rat)
		if i/n == i%n {
			result[i].SetInt64(1)
		}
	}
	for sq := rs; p > 0; p >>= 1 {
		if p&1 == 1 {
			result = ratMul(result, sq, n)
		}
		if p > 1 {
			sq = ratMul(sq, sq, n)
		}
	}
	out := &Matrix{Rows: n, Cols: n, Sym: make([]sym.Expr, n*n)}
	for i, r := range result {
		out.Sym[i] = sym.Rat(r)
	}
	return out, true
}

// ratMul is the product of two n×n rational matrices (row-major).
func ratMul(a, b []*big.Rat, n int) []*big.Rat {
	c := make([]*big.Rat, n*n)
	t := new(big.Rat)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			sum := new(big.Rat)
			for k := 0; k < n; k++ {
				sum.Add(sum, t.Mul(a[i*n+k], b[k*n+j]))
			}
			c[i*n+j] = sum
		}
	}
	return c
}
