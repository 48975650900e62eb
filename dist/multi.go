package dist

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"

	"statcalc/sym"
)

// MultiFamily is a family whose parameters include a vector or a matrix and
// whose closed forms need linear algebra rather than a scalar log-partition:
// Multinomial(n, p), Wishart(ν, V), InverseWishart(ν, Ψ), MvStudentT(ν, μ, Σ).
// Its members have numeric parameters. Their entropies and divergences are
// returned as exact expressions (determinants and traces as rationals,
// special functions as calls), which the caller evaluates to any number of
// digits; their log-densities and samplers are gonum's where gonum has the
// family, independent of those closed forms.
type MultiFamily struct {
	Name      string
	Signature string // Wishart(nu, V)
	Doc       string // one line, with the parameterisation
	Help      string // conventions, for :help
	Example   string
	Rank      int
	// Univariate names the scalar family this one extends to vectors
	// (StudentT for MvStudentT), or is "".
	Univariate string
	// New checks the arguments and returns the member.
	New func(args []Arg) (MultiMember, error)
}

// Arg is one argument of a MultiFamily constructor: a scalar, a vector or
// a matrix, its entries row by row.
type Arg struct {
	Rows, Cols int
	Vector     bool // a vector [a, b] (Rows entries, Cols = 1)
	Scalar     bool
	E          []sym.Expr
}

// ArgError is a bad argument of a MultiFamily constructor: Index is the
// argument it concerns (from 0), for the caller to place the message.
type ArgError struct {
	Index int
	Msg   string
}

// Error returns the message, which names the family, the parameter and its constraint.
func (e *ArgError) Error() string { return e.Msg }

func argErrorf(i int, format string, a ...any) error {
	return &ArgError{Index: i, Msg: fmt.Sprintf(format, a...)}
}

// Mat is a numeric vector or matrix result (a mean, a covariance), row by
// row.
type Mat struct {
	Rows, Cols int
	Vector     bool
	Data       []float64
}

// MultiMember is a member of a MultiFamily. Its observations are vectors
// of Dim entries (a d×d matrix observation is flattened row by row, so
// Dim = d²), as package mc samples them.
type MultiMember interface {
	Family() *MultiFamily
	// Dim is the number of entries of an observation.
	Dim() int
	// Shape is the shape of an observation: (d, 1) for a vector, (d, d)
	// for a matrix.
	Shape() (rows, cols int)
	// Text prints the member with its parameters, numbers formatted by num.
	Text(num func(float64) string) string
	// Entropy is −E[log p(x)] (nats) as a closed form, with a bound on the
	// absolute error of the parts of it computed in float64 (0: exact).
	Entropy() (sym.Expr, float64, error)
	// KL is KL(p‖q) for q of the same family; *Infinite when q has no mass
	// where p has.
	KL(q MultiMember) (sym.Expr, error)
	// Mean and Cov are E[x] and the covariance of x (of vec x, row-major,
	// for a matrix observation); an error when they diverge.
	Mean() (Mat, error)
	Cov() (Mat, error)
	// LogProb is log p(x) at a flattened observation; −Inf outside the
	// support.
	LogProb(x []float64) (float64, error)
	// Rand draws one observation into dst (allocated when nil).
	Rand(dst []float64, rnd *rand.Rand) []float64
}

var multiFamilies []*MultiFamily

func registerMulti(f *MultiFamily) *MultiFamily {
	multiFamilies = append(multiFamilies, f)
	return f
}

// MultiFamilies returns the vector- and matrix-parameter families in the
// order they are documented.
func MultiFamilies() []*MultiFamily {
	out := append([]*MultiFamily(nil), multiFamilies...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rank < out[j].Rank })
	return out
}

// maxMultiDim bounds the dimension of the matrix parameters: their
// determinants and traces are computed exactly in rationals, whose size
// grows with the dimension.
const maxMultiDim = 32

// rat returns a numeric expression as the exact rational it stands for (a
// computed float64 as its binary value).
func rat(e sym.Expr) (*big.Rat, bool) {
	if r, ok := sym.AsRat(e); ok {
		return new(big.Rat).Set(r), true
	}
	if !sym.IsNumber(e) {
		return nil, false
	}
	f, err := sym.Float64(e)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, false
	}
	return new(big.Rat).SetFloat64(f), true
}

// scalarParam reads argument i as a number.
func scalarParam(fam string, args []Arg, i int, name string) (*big.Rat, error) {
	a := args[i]
	if !a.Scalar {
		return nil, argErrorf(i, "%s: %s must be a number", fam, name)
	}
	r, ok := rat(a.E[0])
	if !ok {
		return nil, argErrorf(i, "%s: %s must be a number (symbolic parameters are not supported for %s)", fam, name, fam)
	}
	return r, nil
}

// vectorParam reads argument i as a numeric vector.
func vectorParam(fam string, args []Arg, i int, name string) ([]*big.Rat, error) {
	a := args[i]
	if a.Scalar || !a.Vector {
		return nil, argErrorf(i, "%s: %s must be a vector such as [0.2, 0.8]", fam, name)
	}
	return ratEntries(fam, a, i, name)
}

func ratEntries(fam string, a Arg, i int, name string) ([]*big.Rat, error) {
	out := make([]*big.Rat, len(a.E))
	for k, e := range a.E {
		r, ok := rat(e)
		if !ok {
			return nil, argErrorf(i, "%s: %s must be numeric (symbolic parameters are not supported for %s)", fam, name, fam)
		}
		out[k] = r
	}
	return out, nil
}

// spdParam reads argument i as a symmetric positive definite matrix.
func spdParam(fam string, args []Arg, i int, name string) (*ratSPD, error) {
	a := args[i]
	if a.Scalar || a.Vector {
		return nil, argErrorf(i, "%s: %s must be a square matrix such as [[2, 0.5], [0.5, 1]]", fam, name)
	}
	if a.Rows != a.Cols {
		return nil, argErrorf(i, "%s: %s must be square, not %d×%d", fam, name, a.Rows, a.Cols)
	}
	if a.Rows > maxMultiDim {
		return nil, argErrorf(i, "%s: %s is %d×%d; dimensions up to %d are supported", fam, name, a.Rows, a.Cols, maxMultiDim)
	}
	es, err := ratEntries(fam, a, i, name)
	if err != nil {
		return nil, err
	}
	d := a.Rows
	rows := make([][]*big.Rat, d)
	for r := range rows {
		rows[r] = es[r*d : (r+1)*d]
	}
	for r := 0; r < d; r++ {
		for c := r + 1; c < d; c++ {
			if rows[r][c].Cmp(rows[c][r]) != 0 {
				return nil, argErrorf(i, "%s: %s must be symmetric, but entry [%d, %d] is %s and [%d, %d] is %s",
					fam, name, r+1, c+1, ratText(rows[r][c]), c+1, r+1, ratText(rows[c][r]))
			}
		}
	}
	m, k := newRatSPD(rows)
	if m == nil {
		return nil, argErrorf(i, "%s: %s must be positive definite, but its leading %d×%d minor is %s", fam, name, k, k, ratText(leadingMinor(rows, k)))
	}
	return m, nil
}

func ratText(r *big.Rat) string {
	f, _ := r.Float64()
	return strconv.FormatFloat(f, 'g', 10, 64)
}

// floatRows returns the matrix as float64 rows.
func floatRows(a [][]*big.Rat) [][]float64 {
	out := make([][]float64, len(a))
	for i, row := range a {
		out[i] = make([]float64, len(row))
		for j, v := range row {
			out[i][j], _ = v.Float64()
		}
	}
	return out
}

func ratFloats(v []*big.Rat) []float64 {
	out := make([]float64, len(v))
	for i, r := range v {
		out[i], _ = r.Float64()
	}
	return out
}

// matText prints a matrix on one line: [[2, 0.5], [0.5, 1]].
func matText(a [][]*big.Rat, num func(float64) string) string {
	rows := make([]string, len(a))
	for i, row := range a {
		rows[i] = vecText(row, num)
	}
	return "[" + strings.Join(rows, ", ") + "]"
}

func vecText(v []*big.Rat, num func(float64) string) string {
	parts := make([]string, len(v))
	for i, r := range v {
		f, _ := r.Float64()
		parts[i] = num(f)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func ratNum(r *big.Rat) sym.Expr { return sym.Rat(new(big.Rat).Set(r)) }

// halfOf is r/2 as an expression.
func halfOf(r *big.Rat) sym.Expr { return sym.Rat(new(big.Rat).Quo(r, big.NewRat(2, 1))) }

// multiLgamma is the multivariate log-gamma function
//
//	log Γ_d(a) = d(d − 1)/4 · log π + Σ_{j=1}^{d} log Γ(a + (1 − j)/2)
//
// (Muirhead 1982, Def. 2.1.10).
func multiLgamma(a *big.Rat, d int) sym.Expr {
	terms := []sym.Expr{sym.Mul(sym.Rat(big.NewRat(int64(d*(d-1)), 4)), log(sym.Pi))}
	for j := 1; j <= d; j++ {
		x := new(big.Rat).Add(a, big.NewRat(int64(1-j), 2))
		terms = append(terms, lgamma(sym.Rat(x)))
	}
	return sym.Add(terms...)
}

// multiDigamma is the multivariate digamma function ψ_d(a) = d/da log Γ_d(a)
// = Σ_{j=1}^{d} ψ(a + (1 − j)/2).
func multiDigamma(a *big.Rat, d int) sym.Expr {
	terms := make([]sym.Expr, d)
	for j := 1; j <= d; j++ {
		x := new(big.Rat).Add(a, big.NewRat(int64(1-j), 2))
		terms[j-1] = call("digamma", sym.Rat(x))
	}
	return sym.Add(terms...)
}

// sameFamily returns q as a member of p's family.
func sameFamily[T MultiMember](p MultiMember, q MultiMember) (T, error) {
	t, ok := q.(T)
	if !ok {
		var zero T
		return zero, fmt.Errorf("no closed form between %s and %s", p.Family().Name, q.Family().Name)
	}
	return t, nil
}

// matrixObservation reads a flattened d×d observation as rows, checking
// that it is symmetric.
func matrixObservation(x []float64, d int) ([][]float64, bool) {
	rows := make([][]float64, d)
	for i := range rows {
		rows[i] = x[i*d : (i+1)*d]
	}
	for i := 0; i < d; i++ {
		for j := i + 1; j < d; j++ {
			if rows[i][j] != rows[j][i] {
				return nil, false
			}
		}
	}
	return rows, true
}

func checkDim(x []float64, dim int) error {
	if len(x) != dim {
		return fmt.Errorf("the point has %d entries but the distribution's observations have %d", len(x), dim)
	}
	return nil
}
