// Package calc evaluates statcalc statements: it holds a session's
// variables and settings, dispatches calls through one table of built-ins
// and formats results as plain text, LaTeX or JSON Lines.
package calc

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"statcalc/sym"
)

// Value is the result of evaluating an expression.
type Value interface {
	// Kind names the value's type in error messages ("a matrix").
	Kind() string
}

// Scalar is a number or a symbolic expression. Numbers stay exact
// (rationals, or constants such as log(2)) until they are printed.
type Scalar struct {
	E sym.Expr
	// RelErr, when positive, estimates the relative error of a numeric
	// result, so that it is printed with only the digits it has.
	RelErr float64
}

// Matrix is a vector (Cols == 1 and IsVector) or a matrix, held in one
// of two forms, row-major:
//
//   - numeric (Num, float64), for speed: a literal is numeric when each
//     entry is a number literal of at most 17 significant digits (held as
//     its nearest float64), an exact number that float64 carries without
//     loss (1/4, 2^10), or a numeric result such as kl(p, q). So are
//     read_matrix, I(n), sample and the results of numeric linear algebra:
//     sums and products of numeric matrices, scaling by such numbers, inv,
//     chol, eig, powers. An entry stands for its shortest decimal, which is
//     what enters exact arithmetic (0.1 is 1/10).
//   - exact (Sym, expressions): one entry that float64 would round (1/3,
//     log(2), pi, 2^100, a literal of 18 or more digits) or that has free
//     symbols makes a literal exact, and its number literals are then read
//     exactly as written. Exact matrices stay exact through arithmetic (a
//     numeric operand enters with its decimals; 1/3 times a numeric matrix
//     is exact), transpose, products, subs and simplify, and so are the
//     results of symbolic functions (gradient, hessian).
//
// Numeric linear algebra (det, inv, chol, eig, ^) takes every matrix of
// constants: det, inv and whole powers of an exact matrix of rationals are
// exact (up to a size and exponent bound); any other constant matrix is
// evaluated to float64 first. Both forms print their numbers as scalars
// print.
type Matrix struct {
	Rows, Cols int
	Num        []float64  // row-major; nil when Sym is used
	Sym        []sym.Expr // row-major; nil when Num is used
	IsVector   bool
	// Note, printed under the matrix, says what a result is in, such as
	// the coordinates of a Fisher information ("in (mean, variance)") or
	// the error estimate of a numerical derivative.
	Note string
}

// Str is a string, used for options and file names.
type Str string

func (Scalar) Kind() string { return "a number" }
func (Str) Kind() string    { return "a string" }
func (m *Matrix) Kind() string {
	if m.IsVector {
		return fmt.Sprintf("a %d-vector", m.Rows)
	}
	return fmt.Sprintf("a %d×%d matrix", m.Rows, m.Cols)
}

// IsNumeric reports whether the matrix holds float64 entries.
func (m *Matrix) IsNumeric() bool { return m.Sym == nil }

// Dense returns the numeric matrix as a gonum matrix sharing its storage.
func (m *Matrix) Dense() *mat.Dense { return mat.NewDense(m.Rows, m.Cols, m.Num) }

// At returns entry (i, j) as a symbolic expression.
func (m *Matrix) At(i, j int) sym.Expr {
	if m.Sym != nil {
		return m.Sym[i*m.Cols+j]
	}
	return sym.Float(m.Num[i*m.Cols+j])
}

// symbolic returns the entries as expressions, converting numbers.
func (m *Matrix) symbolic() []sym.Expr {
	if m.Sym != nil {
		return m.Sym
	}
	s := make([]sym.Expr, len(m.Num))
	for i, v := range m.Num {
		pollEntry(i)
		s[i] = sym.Float(v)
	}
	return s
}

// rowsOf returns the numeric entries as rows (copies).
func (m *Matrix) rowsOf() [][]float64 {
	rows := make([][]float64, m.Rows)
	for i := range rows {
		rows[i] = append([]float64(nil), m.Num[i*m.Cols:(i+1)*m.Cols]...)
	}
	return rows
}

func newNumMatrix(r, c int, data []float64) *Matrix {
	return &Matrix{Rows: r, Cols: c, Num: data}
}

func newVector(v []float64) *Matrix {
	return &Matrix{Rows: len(v), Cols: 1, Num: v, IsVector: true}
}

func fromDense(d mat.Matrix) *Matrix {
	r, c := d.Dims()
	data := make([]float64, r*c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			data[i*c+j] = d.At(i, j)
		}
	}
	return newNumMatrix(r, c, data)
}

// numericIfPossible turns a symbolic matrix whose entries are all
// numbers into a numeric one.
func numericIfPossible(m *Matrix) (*Matrix, error) {
	if m.Sym == nil {
		return m, nil
	}
	num := make([]float64, len(m.Sym))
	for i, e := range m.Sym {
		pollEntry(i)
		if !sym.IsNumber(e) {
			return m, nil
		}
		v, err := sym.Float64(e)
		if err != nil {
			return nil, err
		}
		num[i] = v
	}
	return &Matrix{Rows: m.Rows, Cols: m.Cols, Num: num, IsVector: m.IsVector}, nil
}
