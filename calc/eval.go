package calc

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"statcalc/parser"
	"statcalc/sym"
)

// statement executes one statement; it returns a value to print, a
// message to print, or neither.
func (s *Session) statement(st parser.Stmt) (Value, string) {
	switch st := st.(type) {
	case *parser.ExprStmt:
		v := s.eval(st.X)
		s.requireRepresentable(st.X.Position(), v)
		return v, ""
	case *parser.AssignStmt:
		v := s.eval(st.Value)
		s.requireRepresentable(st.Value.Position(), v)
		if _, reassigned := s.vars[st.Name]; !reassigned {
			s.note = shadowNote(st.Name)
		}
		// A copy of the name: a substring would keep the whole statement's
		// source (megabytes for a matrix literal) alive with the variable.
		s.vars[strings.Clone(st.Name)] = v
		return nil, ""
	case *parser.DefStmt:
		s.define(st)
		return nil, ""
	case *parser.CommandStmt:
		return nil, s.command(st)
	case *parser.CheckStmt:
		return nil, s.check(st)
	case *parser.AssumeStmt:
		s.assumeStmt(st)
		return nil, ""
	case *parser.MCStmt:
		if st.Plot {
			return s.plotMC(st), ""
		}
		return nil, s.monteCarlo(st)
	}
	errorf(st.Position(), "unknown statement")
	return nil, ""
}

// shadowNote is the note printed when a variable first takes the name of
// a built-in function or constant, which it hides until :clear; "" for
// other names.
func shadowNote(name string) string {
	if _, ok := builtins[name]; ok {
		return fmt.Sprintf("note: %s now names a variable; the built-in %s(...) is hidden until :clear %s", name, name, name)
	}
	if _, ok := constants[name]; ok {
		return fmt.Sprintf("note: %s now names a variable; the constant %s is hidden until :clear %s", name, name, name)
	}
	return ""
}

// constants are names with fixed values; inf (or Inf) is +∞.
var constants = map[string]Value{"pi": Scalar{E: sym.Pi}, "e": Scalar{E: sym.E}, "π": Scalar{E: sym.Pi},
	"inf": Inf{}, "Inf": Inf{}}

// eval evaluates an expression node.
func (s *Session) eval(n parser.Node) Value {
	switch n := n.(type) {
	case *parser.NumberLit:
		e, err := sym.ParseNumber(n.Text)
		if err != nil {
			errorf(n.Pos, "%v", err)
		}
		return Scalar{E: e}
	case *parser.StringLit:
		return Str(n.Value)
	case *parser.Ident:
		if v, ok := s.vars[n.Name]; ok {
			return v
		}
		if c, ok := constants[n.Name]; ok {
			return c
		}
		if b, ok := builtins[n.Name]; ok {
			errorf(n.Pos, "%s is a function: call it as %s", n.Name, b.Signature)
		}
		return Scalar{E: sym.Symbol(n.Name)}
	case *parser.Unary:
		x := s.eval(n.X)
		if n.Op == parser.Plus {
			return x
		}
		return s.negate(n.Pos, x)
	case *parser.Binary:
		return s.binary(n, s.eval(n.X), s.eval(n.Y))
	case *parser.Call:
		return s.call(n)
	case *parser.List:
		return s.list(n)
	case *parser.Numbers:
		return s.numbers(n)
	case *parser.Index:
		return s.index(n)
	}
	errorf(n.Position(), "cannot evaluate %s", n)
	return nil
}

// list evaluates [a, b, …] as a vector, or [[…], …] as a matrix.
func (s *Session) list(n *parser.List) Value {
	if len(n.Elems) == 0 {
		errorf(n.Pos, "empty vector")
	}
	if _, ok := n.Elems[0].(*parser.List); ok {
		return s.matrixLiteral(n)
	}
	s.reserveMatrix(n.Pos, len(n.Elems), 1, false, "a vector literal")
	vals := make([]Value, len(n.Elems))
	for i, e := range n.Elems {
		vals[i] = s.entry(e)
	}
	return s.assemble(n, len(vals), 1, vals, true)
}

func (s *Session) matrixLiteral(n *parser.List) Value {
	cols := -1
	var vals []Value
	for i, row := range n.Elems {
		r, ok := row.(*parser.List)
		if !ok {
			errorf(row.Position(), "row %d of the matrix is not a list [ … ]", i+1)
		}
		if cols < 0 {
			cols = len(r.Elems)
			if cols == 0 {
				errorf(r.Pos, "empty matrix row")
			}
			s.reserveMatrix(n.Pos, len(n.Elems), cols, false, "a matrix literal")
		} else if len(r.Elems) != cols {
			errorf(r.Pos, "ragged matrix: row %d has %s, row 1 has %d", i+1, entries(len(r.Elems)), cols)
		}
		for _, e := range r.Elems {
			if _, nested := e.(*parser.List); nested {
				errorf(e.Position(), "matrix entries must be numbers or expressions, not lists")
			}
			vals = append(vals, s.entry(e))
		}
	}
	return s.assemble(n, len(n.Elems), cols, vals, false)
}

// entry evaluates one vector or matrix entry; plain number literals,
// signed or not, take a fast path.
func (s *Session) entry(e parser.Node) Value {
	lit, ok := e.(*parser.NumberLit)
	sign := 1.0
	if u, isUnary := e.(*parser.Unary); isUnary && u.Op == parser.Minus {
		lit, ok = u.X.(*parser.NumberLit)
		sign = -1
	}
	if ok {
		if f, err := strconv.ParseFloat(lit.Text, 64); err == nil && fastLiteral(lit.Text, f) {
			return floatValue(sign * f)
		}
	}
	v := s.eval(e)
	if _, ok := v.(Scalar); !ok {
		errorf(e.Position(), "a vector or matrix entry must be a number or an expression, not %s", v.Kind())
	}
	return v
}

// floatValue is a scalar known to be a plain float64; it keeps matrix
// literals fast.
type floatValue float64

func (floatValue) Kind() string { return "a number" }

// assemble builds a Matrix from entries that are floatValue or Scalar:
// numeric when float64 carries every entry without loss, exact otherwise
// (see Matrix).
// The caller has reserved r×c numeric entries.
func (s *Session) assemble(n *parser.List, r, c int, vals []Value, vector bool) *Matrix {
	m := &Matrix{Rows: r, Cols: c, IsVector: vector}
	num := make([]float64, len(vals))
	allNum := true
	for i, v := range vals {
		pollEntry(i)
		switch v := v.(type) {
		case floatValue:
			num[i] = float64(v)
		case Scalar:
			f, ok := carriedFloat(v.E)
			if !ok {
				allNum = false
				continue
			}
			num[i] = f
		}
	}
	if allNum {
		m.Num = num
		return m
	}
	s.reserve(n.Pos, int64(len(vals))*(symEntryBytes-numEntryBytes), "symbolic entries")
	m.Sym = make([]sym.Expr, len(vals))
	for i, v := range vals {
		switch v := v.(type) {
		case floatValue:
			// A literal is read again, exactly as written.
			var node parser.Node
			if vector {
				node = n.Elems[i]
			} else {
				node = n.Elems[i/c].(*parser.List).Elems[i%c]
			}
			e, ok := literalExact(node)
			if !ok {
				e = exactFloat(float64(v))
			}
			m.Sym[i] = e
		case Scalar:
			s.checkFinite(n.Pos, v.E)
			m.Sym[i] = v.E
		}
	}
	return m
}

func (s *Session) negate(pos parser.Pos, x Value) Value {
	switch x := x.(type) {
	case Inf:
		x.Neg = !x.Neg
		return x
	case Scalar:
		return Scalar{E: sym.Neg(x.E)}
	case *Matrix:
		s.reserveMatrix(pos, x.Rows, x.Cols, !x.IsNumeric(), "a negation")
		return scaleMatrix(x, -1)
	}
	errorf(pos, "cannot negate %s", x.Kind())
	return nil
}

var opNames = map[parser.Kind]string{parser.Plus: "add", parser.Minus: "subtract",
	parser.Star: "multiply", parser.Slash: "divide", parser.Caret: "raise"}

// binary applies + - * / ^ to two values.
func (s *Session) binary(n *parser.Binary, x, y Value) Value {
	x, y = quadraticFormAsScalar(n.Op, x, y)
	if v, ok := s.infiniteArithmetic(n, x, y); ok {
		return v
	}
	switch x := x.(type) {
	case Scalar:
		switch y := y.(type) {
		case Scalar:
			return Scalar{E: s.scalarOp(n, x.E, y.E)}
		case *Matrix:
			if n.Op == parser.Star {
				return s.scaleBy(n, y, x.E)
			}
			if n.Op == parser.Plus || n.Op == parser.Minus {
				errorf(n.Pos, "cannot %s a number and %s; write the matrix out, or use I(n)", opNames[n.Op], y.Kind())
			}
		}
	case *Matrix:
		switch y := y.(type) {
		case Scalar:
			switch n.Op {
			case parser.Star:
				return s.scaleBy(n, x, y.E)
			case parser.Slash:
				s.checkNonzero(n.Y.Position(), y.E)
				return s.scaleBy(n, x, sym.Div(sym.Int(1), y.E))
			case parser.Caret:
				return s.matrixPower(n, x, y.E)
			}
		case *Matrix:
			switch n.Op {
			case parser.Plus, parser.Minus:
				return s.addMatrices(n, x, y)
			case parser.Star:
				return s.mulMatrices(n, x, y)
			case parser.Slash:
				errorf(n.Pos, "cannot divide by a matrix: multiply by inv(B)")
			}
		}
	}
	errorf(n.Pos, "cannot %s %s and %s", opNames[n.Op], x.Kind(), y.Kind())
	return nil
}

// scalarOp combines two scalar expressions, rejecting division by zero
// and results that are not finite.
func (s *Session) scalarOp(n *parser.Binary, x, y sym.Expr) sym.Expr {
	var r sym.Expr
	switch n.Op {
	case parser.Plus:
		r = sym.Add(x, y)
	case parser.Minus:
		r = sym.Sub(x, y)
	case parser.Star:
		r = sym.Mul(x, y)
	case parser.Slash:
		s.checkNonzero(n.Y.Position(), y)
		r = sym.Div(x, y)
	case parser.Caret:
		s.checkPower(n, x, y)
		r = sym.Pow(x, y)
	}
	s.checkFinite(n.Pos, r)
	return r
}

func (s *Session) checkNonzero(pos parser.Pos, y sym.Expr) {
	if sym.IsNumber(y) {
		if f, err := sym.Float64(y); err == nil && f == 0 {
			errorf(pos, "division by zero")
		}
	}
}

// maxExactExponent bounds exact powers so that 10^1e9 does not try to
// build a billion-digit integer.
const maxExactExponent = 1 << 12

func (s *Session) checkPower(n *parser.Binary, x, y sym.Expr) {
	if !sym.IsNumber(x) || !sym.IsNumber(y) {
		return
	}
	fx, errx := sym.Float64(x)
	fy, erry := sym.Float64(y)
	if errx != nil || erry != nil {
		return
	}
	if fx == 0 && fy < 0 {
		errorf(n.Pos, "division by zero: 0 raised to a negative power")
	}
	if math.Abs(fy) > maxExactExponent && math.Abs(fx) != 1 && fx != 0 {
		if v := math.Pow(fx, fy); math.IsInf(v, 0) || v == 0 {
			errorf(n.Pos, "overflow: %s^%s is out of range", sym.FormatDigits(x, 6), sym.FormatDigits(y, 6))
		}
	}
}

// checkFinite evaluates a constant result once so that domain errors and
// overflow are reported where they arise.
func (s *Session) checkFinite(pos parser.Pos, r sym.Expr) {
	if !sym.IsNumber(r) {
		return
	}
	if err := s.evaluates(r); err != nil {
		// Beyond the float64 range but exact (2^4096): decimal prints it.
		_, derr := sym.Decimal(r, 20)
		if derr == nil {
			return
		}
		if strings.HasPrefix(derr.Error(), "underflow") {
			err = derr // not an overflow: below the range
		}
		errorf(pos, "%v", err)
	}
}

// evaluates reports the error of evaluating a constant expression at the
// session's precision, as number does, without converting a decimal
// value to float64.
func (s *Session) evaluates(e sym.Expr) error {
	if s.prec > 0 {
		_, err := s.decimal(e, s.prec)
		return err
	}
	_, err := sym.Float64(e)
	return err
}

// number evaluates a constant expression at the session's precision.
func (s *Session) number(e sym.Expr) (float64, error) {
	if s.prec > 0 {
		d, err := s.decimal(e, s.prec)
		if err != nil {
			return 0, err
		}
		return decimalFloat64(d), nil
	}
	return sym.Float64(e)
}

// decimalFloat64 is d correctly rounded to float64, as d.Float64(), but
// without reducing d to a fraction in lowest terms (a gcd of 50-digit
// integers) nor writing it out in positional notation: strconv reads the
// coefficient and the exponent, c·10ᵉ written as "ceE".
func decimalFloat64(d decimal.Decimal) float64 {
	var buf [96]byte
	b := d.Coefficient().Append(buf[:0], 10)
	b = append(b, 'e')
	b = strconv.AppendInt(b, int64(d.Exponent()), 10)
	f, _ := strconv.ParseFloat(string(b), 64)
	return f
}

// numberArg evaluates a constant scalar to float64, or stops with an error
// naming what was expected.
func (s *Session) numberArg(pos parser.Pos, v Value, what string) float64 {
	switch v := v.(type) {
	case floatValue:
		return float64(v)
	case Scalar:
		if !sym.IsNumber(v.E) {
			errorf(pos, "%s must be a number, not the expression %s", what, sym.Format(v.E))
		}
		f, err := sym.Float64(v.E)
		if err != nil {
			errorf(pos, "%s: %v", what, err)
		}
		return f
	}
	errorf(pos, "%s must be a number, not %s", what, v.Kind())
	return 0
}

// intArg evaluates an integer argument.
func (s *Session) intArg(pos parser.Pos, v Value, what string, lo, hi int) int {
	f := s.numberArg(pos, v, what)
	if f != math.Trunc(f) {
		errorf(pos, "%s must be a whole number, not %v", what, f)
	}
	if f < float64(lo) || f > float64(hi) {
		errorf(pos, "%s must be between %d and %d, not %v", what, lo, hi, f)
	}
	return int(f)
}

func describe(v Value) string {
	if sc, ok := v.(Scalar); ok {
		return sym.Format(sc.E)
	}
	return v.Kind()
}
