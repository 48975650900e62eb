package calc

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"

	"statcalc/parser"
	"statcalc/stop"
	"statcalc/sym"
)

// Builtin describes one built-in function. The same table drives
// evaluation, :help and completion.
type Builtin struct {
	Name      string
	Signature string // how it is called: det(A)
	Doc       string // one line
	Notes     string // conventions :help name adds, or ""
	Example   string // a statement that shows it
	Group     string
	min, max  int      // positional argument counts
	keys      []string // accepted key=value arguments
	names     []int    // positional arguments taken as symbol names
	lazy      bool     // positional arguments are left unevaluated (nil in vals): fn reads a.call
	fn        func(s *Session, a *args) Value
}

// args are the evaluated arguments of a call.
type args struct {
	call *parser.Call
	pos  []parser.Pos // of each positional argument
	vals []Value      // positional arguments
	keys map[string]Value
	kpos map[string]parser.Pos
	syms [][]string // names given for positions listed in Builtin.names
}

var builtinList []*Builtin

// builtins maps a name to its built-in; filled by init from builtinList.
var builtins = map[string]*Builtin{}

func register(bs ...*Builtin) {
	for _, b := range bs {
		builtinList = append(builtinList, b)
		builtins[b.Name] = b
	}
}

// Builtins returns the built-in functions in the order of :help.
func Builtins() []*Builtin { return builtinList }

// Lookup returns the built-in named name.
func Lookup(name string) (*Builtin, bool) {
	b, ok := builtins[name]
	return b, ok
}

func init() {
	for _, f := range []struct{ name, sig, doc, ex string }{
		{"sqrt", "sqrt(x)", "square root", "sqrt(2)"},
		{"log", "log(x)", "natural logarithm", "log(2)"},
		{"exp", "exp(x)", "exponential", "exp(1)"},
		{"abs", "abs(x)", "absolute value", "abs(-3)"},
		{"lgamma", "lgamma(x)", "log of the absolute value of the gamma function, ln|Γ(x)|", "lgamma(5)"},
		{"digamma", "digamma(x)", "digamma function ψ(x) = Γ'(x)/Γ(x)", "digamma(1)"},
		{"trigamma", "trigamma(x)", "trigamma function ψ₁(x) = ψ'(x)", "trigamma(1)"},
		{"polygamma", "polygamma(n, x)", "polygamma function ψ⁽ⁿ⁾(x)", "polygamma(2, 1)"},
		{"lbeta", "lbeta(a, b)", "log of the beta function, ln B(a, b)", "lbeta(2, 3)"},
		{"logbesseli0", "logbesseli0(x)", "log of the modified Bessel function of the first kind, ln I₀(x)", "logbesseli0(2)"},
		{"besselratio", "besselratio(x)", "ratio of modified Bessel functions I₁(x)/I₀(x) = d/dx ln I₀(x)", "besselratio(2)"},
	} {
		arity := strings.Count(f.sig, ",") + 1
		name := f.name
		register(&Builtin{Name: name, Signature: f.sig, Doc: f.doc, Example: f.ex, Group: "functions",
			min: arity, max: arity, fn: func(s *Session, a *args) Value { return s.elementary(name, a) }})
	}
	register(
		&Builtin{Name: "det", Signature: "det(A)", Doc: "determinant of a square matrix", Example: "det([[2, 1], [1, 2]])",
			Group: "linear algebra", min: 1, max: 1, fn: fnDet},
		&Builtin{Name: "inv", Signature: "inv(A)", Doc: "inverse of a square matrix", Example: "inv([[2, 1], [1, 2]])",
			Group: "linear algebra", min: 1, max: 1, fn: fnInv},
		&Builtin{Name: "tr", Signature: "tr(A)", Doc: "trace: the sum of the diagonal", Example: "tr([[2, 1], [1, 2]])",
			Group: "linear algebra", min: 1, max: 1, fn: fnTrace},
		&Builtin{Name: "transpose", Signature: "transpose(A)", Doc: "transpose of a matrix (a vector becomes a row)", Example: "transpose([[1, 2], [3, 4]])",
			Group: "linear algebra", min: 1, max: 1, fn: fnTranspose},
		&Builtin{Name: "I", Signature: "I(n)", Doc: "the n×n identity matrix", Example: "I(3)",
			Group: "linear algebra", min: 1, max: 1, fn: fnIdentity},
		&Builtin{Name: "diag", Signature: "diag(v)", Doc: "diagonal matrix from a vector, or the diagonal of a matrix", Example: "diag([1, 2, 3])",
			Group: "linear algebra", min: 1, max: 1, fn: fnDiag},
		&Builtin{Name: "chol", Signature: "chol(A)", Doc: "lower Cholesky factor L of a symmetric positive definite A = L Lᵀ", Example: "chol([[4, 2], [2, 3]])",
			Group: "linear algebra", min: 1, max: 1, fn: fnChol},
		&Builtin{Name: "eig", Signature: "eig(A)", Doc: "eigenvalues of a matrix, ascending (real eigenvalues only)", Example: "eig([[2, 1], [1, 2]])",
			Group: "linear algebra", min: 1, max: 1, fn: fnEig},
		&Builtin{Name: "dot", Signature: "dot(u, v)", Doc: "inner product of two vectors", Example: "dot([1, 2], [3, 4])",
			Group: "linear algebra", min: 2, max: 2, fn: fnDot},
	)
}

// call evaluates a call of a built-in.
func (s *Session) call(c *parser.Call) Value {
	if f, ok := s.vars[c.Fun].(*Function); ok {
		return s.callFunction(f, c)
	}
	b, ok := builtins[c.Fun]
	product := c.Spaced && len(c.Args) == 1 && c.Args[0].Name == ""
	if _, hidden := s.vars[c.Fun]; hidden && ok {
		if !product {
			errorf(c.Pos, "%s is a variable, which hides the built-in %s; :clear %s restores it (to multiply, write %s*(…))",
				c.Fun, b.Signature, c.Fun, c.Fun)
		}
		ok = false
	}
	if !ok && product {
		// a (b + c) with a a variable or a free symbol: a product.
		x := s.eval(&parser.Ident{Pos: c.Pos, Name: c.Fun})
		return s.binary(&parser.Binary{Pos: c.Args[0].Pos, Op: parser.Star, X: &parser.Ident{Pos: c.Pos, Name: c.Fun}, Y: c.Args[0].Value, Implicit: true},
			x, s.eval(c.Args[0].Value))
	}
	if !ok {
		if v, isVar := s.vars[c.Fun]; isVar {
			errorf(c.Pos, "%s is %s, not a function; to multiply, write %s*(…)", c.Fun, v.Kind(), c.Fun)
		}
		if near := nearest(c.Fun, s.names()); near != "" {
			errorf(c.Pos, "unknown function %s (did you mean %s?)", c.Fun, near)
		}
		errorf(c.Pos, "unknown function %s (:help lists them; to multiply, write %s*(…))", c.Fun, c.Fun)
	}
	a := &args{call: c} // keys and kpos are made for the first key=value
	a.pos = make([]parser.Pos, 0, len(c.Args))
	a.vals = make([]Value, 0, len(c.Args))
	for _, arg := range c.Args {
		if arg.Name != "" {
			if !contains(b.keys, arg.Name) && !contains(b.keys, "*") {
				if len(b.keys) == 0 {
					errorf(arg.Pos, "%s takes no option %s=", b.Name, arg.Name)
				}
				errorf(arg.Pos, "%s has no option %s= (it has %s)", b.Name, arg.Name, strings.Join(withEq(b.keys), ", "))
			}
			if _, dup := a.keys[arg.Name]; dup {
				errorf(arg.Pos, "option %s= given twice", arg.Name)
			}
			if a.keys == nil {
				a.keys, a.kpos = map[string]Value{}, map[string]parser.Pos{}
			}
			a.keys[arg.Name] = s.eval(arg.Value)
			a.kpos[arg.Name] = arg.Pos
			continue
		}
		if len(a.keys) > 0 {
			errorf(arg.Pos, "positional argument after a key=value argument")
		}
		i := len(a.vals)
		a.pos = append(a.pos, arg.Value.Position())
		if b.lazy {
			a.vals = append(a.vals, nil)
			continue
		}
		if contains(b.names, i) {
			a.syms = append(a.syms, s.symbolArg(b, arg.Value))
			a.vals = append(a.vals, nil)
			continue
		}
		a.vals = append(a.vals, s.eval(arg.Value))
	}
	if n := len(a.vals); n < b.min || n > b.max {
		errorf(c.Pos, "%s takes %s, not %d: %s", b.Name, countArgs(b.min, b.max), n, b.Signature)
	}
	if v, ok := s.symbolicNormalCall(b, a); ok {
		return v
	}
	return b.fn(s, a)
}

func countArgs(lo, hi int) string {
	plural := func(n int) string {
		if n == 1 {
			return "1 argument"
		}
		return strconv.Itoa(n) + " arguments"
	}
	switch {
	case lo == hi:
		return plural(lo)
	case hi == lo+1:
		return strconv.Itoa(lo) + " or " + plural(hi)
	}
	return strconv.Itoa(lo) + " to " + plural(hi)
}

func withEq(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k + "="
	}
	return out
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// names lists everything a user can call or refer to, for suggestions.
func (s *Session) names() []string {
	var out []string
	for n := range builtins {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// nearest returns the candidate closest to name by edit distance, if it
// is close enough to be a likely typo.
func nearest(name string, candidates []string) string {
	if len([]rune(name)) <= 2 {
		return "" // every short name is near some other
	}
	best, bestD := "", 3
	if len(name) <= 4 {
		bestD = 2
	}
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(name), strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// scalarArg returns positional argument i as a scalar expression.
func (s *Session) scalarArg(a *args, i int, what string) sym.Expr {
	switch v := a.vals[i].(type) {
	case Scalar:
		return v.E
	case floatValue:
		return sym.Float(float64(v))
	}
	errorf(a.pos[i], "%s: %s must be a number or an expression, not %s", a.call.Fun, what, a.vals[i].Kind())
	return nil
}

// matrixArg returns positional argument i as a matrix.
func (s *Session) matrixArg(a *args, i int) *Matrix {
	m, ok := a.vals[i].(*Matrix)
	if !ok {
		errorf(a.pos[i], "%s needs a matrix, not %s", a.call.Fun, describe(a.vals[i]))
	}
	return m
}

// elementary applies a scalar function through sym.
func (s *Session) elementary(name string, a *args) Value {
	if v, ok := infiniteElementary(name, a); ok {
		return v
	}
	xs := make([]sym.Expr, len(a.vals))
	for i := range a.vals {
		xs[i] = s.scalarArg(a, i, "the argument")
	}
	e, err := sym.Call(name, xs...)
	if err != nil {
		errorf(a.call.Pos, "%v", err)
	}
	s.checkFinite(a.call.Pos, e)
	return Scalar{E: e}
}

func fnDet(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	s.requireSquare(a.call.Pos, m, "det")
	if m.hasSymbols() {
		return s.symDet(a.call.Pos, m)
	}
	if d, ok := exactDet(m); ok {
		return Scalar{E: d}
	}
	if b, exps, ok := scaledNumeric(a.call.Pos, m); ok {
		d := fnDet(s, &args{call: a.call, pos: a.pos, vals: []Value{b}}).(Scalar)
		k := 0
		for _, e := range exps {
			k += e
		}
		return Scalar{E: sym.Mul(d.E, sym.Pow(sym.Int(10), sym.Int(int64(k)))), RelErr: d.RelErr}
	}
	m = s.numericMatrix(a.call.Pos, m, "det")
	var d float64
	stop.Run(func() { d = mat.Det(m.Dense()) })
	if math.IsInf(d, 0) || math.IsNaN(d) || math.Abs(d) < 0x1p-1022 {
		return detBeyondFloat(m)
	}
	return Scalar{E: sym.Float(d)}
}

func fnInv(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	s.requireSquare(a.call.Pos, m, "inv")
	if m.hasSymbols() {
		return s.symInv(a.call.Pos, m)
	}
	if inv, ok := s.exactInverse(a.call.Pos, m); ok {
		return inv
	}
	if b, exps, ok := scaledNumeric(a.call.Pos, m); ok {
		inv := s.invExact(a.call.Pos, b)
		out := &Matrix{Rows: inv.Rows, Cols: inv.Cols, Sym: make([]sym.Expr, inv.Rows*inv.Cols)}
		for i, e := range inv.exact() {
			out.Sym[i] = sym.Mul(e, sym.Pow(sym.Int(10), sym.Int(int64(-exps[i%inv.Cols]))))
		}
		return out
	}
	m = s.numericMatrix(a.call.Pos, m, "inv")
	s.reserveCopies(a.call.Pos, m.Rows, m.Cols, 2, "inv") // the inverse and its work space
	return s.invExact(a.call.Pos, m)
}

func fnTrace(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	s.requireSquare(a.call.Pos, m, "tr")
	terms := make([]sym.Expr, m.Rows)
	if m.IsNumeric() {
		t := 0.0
		for i := 0; i < m.Rows; i++ {
			t += m.Num[i*m.Cols+i]
		}
		if !math.IsInf(t, 0) {
			return Scalar{E: sym.Float(t)}
		}
		m = &Matrix{Rows: m.Rows, Cols: m.Cols, Sym: m.exact()} // beyond float64
	}
	for i := range terms {
		terms[i] = m.Sym[i*m.Cols+i]
	}
	return Scalar{E: sym.Add(terms...)}
}

func fnTranspose(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	s.reserveMatrix(a.call.Pos, m.Cols, m.Rows, !m.IsNumeric(), "transpose")
	out := &Matrix{Rows: m.Cols, Cols: m.Rows}
	if m.IsNumeric() {
		out.Num = make([]float64, len(m.Num))
	} else {
		out.Sym = make([]sym.Expr, len(m.Sym))
	}
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			if m.IsNumeric() {
				out.Num[j*m.Rows+i] = m.Num[i*m.Cols+j]
			} else {
				out.Sym[j*m.Rows+i] = m.Sym[i*m.Cols+j]
			}
		}
	}
	return out
}

func fnIdentity(s *Session, a *args) Value {
	n := s.intArg(a.pos[0], a.vals[0], "the size of I(n)", 1, maxDim)
	s.reserveMatrix(a.call.Pos, n, n, false, "I("+strconv.Itoa(n)+")")
	data := make([]float64, n*n)
	for i := 0; i < n; i++ {
		data[i*n+i] = 1
	}
	return newNumMatrix(n, n, data)
}

func fnDiag(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	if m.IsVector {
		n := m.Rows
		s.reserveMatrix(a.call.Pos, n, n, !m.IsNumeric(), "diag")
		out := &Matrix{Rows: n, Cols: n}
		if m.IsNumeric() {
			out.Num = make([]float64, n*n)
			for i, v := range m.Num {
				out.Num[i*n+i] = v
			}
			return out
		}
		out.Sym = make([]sym.Expr, n*n)
		for i := range out.Sym {
			out.Sym[i] = sym.Int(0)
		}
		for i, e := range m.Sym {
			out.Sym[i*n+i] = e
		}
		return out
	}
	s.requireSquare(a.call.Pos, m, "diag")
	out := &Matrix{Rows: m.Rows, Cols: 1, IsVector: true}
	if m.IsNumeric() {
		out.Num = make([]float64, m.Rows)
		for i := range out.Num {
			out.Num[i] = m.Num[i*m.Cols+i]
		}
		return out
	}
	out.Sym = make([]sym.Expr, m.Rows)
	for i := range out.Sym {
		out.Sym[i] = m.Sym[i*m.Cols+i]
	}
	return out
}

func fnChol(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	s.requireSquare(a.call.Pos, m, "chol")
	m = s.numericMatrix(a.call.Pos, m, "chol")
	if !isSymmetric(m) {
		errorf(a.call.Pos, "chol needs a symmetric matrix")
	}
	var c mat.Cholesky
	var ok bool
	stop.Run(func() { ok = c.Factorize(mat.NewSymDense(m.Rows, m.Num)) })
	if !ok {
		errorf(a.call.Pos, "chol: matrix is not positive definite%s", smallestEigen(m))
	}
	s.reserveCopies(a.call.Pos, m.Rows, m.Cols, 2, "chol") // the factor and a copy
	var l mat.TriDense
	c.LTo(&l)
	return fromDense(&l)
}

// smallestEigen describes the smallest eigenvalue of a symmetric matrix,
// for error messages.
func smallestEigen(m *Matrix) string {
	ev, ok := symmetricEigen(m)
	if !ok || len(ev) == 0 {
		return ""
	}
	return " (eigenvalue " + formatShort(ev[0]) + ")"
}

func fnEig(s *Session, a *args) Value {
	m := s.matrixArg(a, 0)
	s.requireSquare(a.call.Pos, m, "eig")
	m = s.numericMatrix(a.call.Pos, m, "eig")
	if k, ok := extremeScale(m.Num); ok {
		// eig(2^k B) = 2^k eig(B), exactly: eigenvalues beyond float64
		// (eig([[1e308, 1e308], [1e308, 1e308]]) = [0, 2e+308]) are kept.
		b := newNumMatrix(m.Rows, m.Cols, make([]float64, len(m.Num)))
		for i, v := range m.Num {
			b.Num[i] = math.Ldexp(v, -k)
		}
		return scaleUp(fnEig(s, &args{call: a.call, pos: a.pos, vals: []Value{b}}).(*Matrix), k)
	}
	if isSymmetric(m) {
		ev, ok := symmetricEigen(m)
		if !ok {
			errorf(a.call.Pos, "eig: the eigenvalue iteration did not converge")
		}
		return newVector(ev)
	}
	var e mat.Eigen
	var ok bool
	stop.Run(func() { ok = e.Factorize(m.Dense(), mat.EigenNone) })
	if !ok {
		errorf(a.call.Pos, "eig: the eigenvalue iteration did not converge")
	}
	vals := e.Values(nil)
	re := make([]float64, len(vals))
	for i, v := range vals {
		if imag(v) != 0 {
			errorf(a.call.Pos, "eig: the matrix has complex eigenvalues (%s), which are not supported", formatComplex(v))
		}
		re[i] = real(v)
	}
	sort.Float64s(re)
	return newVector(re)
}

func fnDot(s *Session, a *args) Value {
	u, v := s.matrixArg(a, 0), s.matrixArg(a, 1)
	if !u.IsVector || !v.IsVector || u.Rows != v.Rows {
		errorf(a.call.Pos, "dot needs two vectors of the same length, not %s and %s", u.Kind(), v.Kind())
	}
	if u.IsNumeric() && v.IsNumeric() {
		d := mat.Dot(mat.NewVecDense(u.Rows, u.Num), mat.NewVecDense(v.Rows, v.Num))
		if !math.IsInf(d, 0) && !math.IsNaN(d) && (math.Abs(d) >= 0x1p-1022 || !anyProduct(u.Num, v.Num)) {
			return Scalar{E: sym.Float(d)}
		}
		// Beyond float64 (or cancelled below it): the exact sum keeps the digits.
	}
	return dotEntries(u.exact(), v.exact())
}

// anyProduct reports whether some uᵢvᵢ has two non-zero factors.
func anyProduct(u, v []float64) bool {
	for i := range u {
		if u[i] != 0 && v[i] != 0 {
			return true
		}
	}
	return false
}

func dotEntries(us, vs []sym.Expr) Value {
	terms := make([]sym.Expr, len(us))
	for i := range us {
		terms[i] = sym.Mul(us[i], vs[i])
	}
	return Scalar{E: sym.Add(terms...)}
}
