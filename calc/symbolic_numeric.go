package calc

import (
	"math"

	"statcalc/sym"
)

// Numerical derivatives, to check symbolic ones, and the Hessian tools of
// least squares: the Gauss–Newton matrix and Hessian-vector products.

func init() {
	register(
		&Builtin{Name: "numgrad", Signature: "numgrad(f, [x, y, …], [x0, y0, …])",
			Doc:     "gradient by central differences with Richardson extrapolation (Ridders' method), with an error estimate; at :precision N, exact to N digits",
			Example: "numgrad(x^2 y, [x, y], [1, 2])", Group: "symbolic", min: 3, max: 3, names: []int{1}, fn: fnNumGrad},
		&Builtin{Name: "numhessian", Signature: "numhessian(f, [x, y, …], [x0, y0, …])",
			Doc:     "Hessian by central second differences with Richardson extrapolation, with an error estimate; at :precision N, exact to N digits",
			Example: "numhessian(x^2 y, [x, y], [1, 2])", Group: "symbolic", min: 3, max: 3, names: []int{1}, fn: fnNumHessian},
		&Builtin{Name: "gauss_newton", Signature: "gauss_newton(r, [w1, w2, …] [, point])",
			Doc:     "Gauss–Newton matrix Σ ∇rᵢ ∇rᵢᵀ = JᵀJ of residuals r (a vector), the Hessian of ½‖r‖² without the terms Σ rᵢ ∇²rᵢ",
			Example: "gauss_newton([y1 - a x1 - b, y2 - a x2 - b], [a, b])", Group: "symbolic", min: 2, max: 3, names: []int{1}, fn: fnGaussNewton},
		&Builtin{Name: "hvp", Signature: "hvp(f, [w1, w2, …], point, v)",
			Doc:     "Hessian-vector product ∇²f v, exact, as the gradient of the directional derivative ∇f · v (Pearlmutter 1994)",
			Example: "hvp(x^2 y, [x, y], [1, 2], [1, 0])", Group: "symbolic", min: 4, max: 4, names: []int{1}, fn: fnHVP},
	)
}

// pointArg returns argument i as a point with one entry per variable.
func (s *Session) evalPointArg(a *args, i int, n int, what string) []sym.Expr {
	var es []sym.Expr
	switch v := a.vals[i].(type) {
	case Scalar:
		es = []sym.Expr{v.E}
	case *Matrix:
		if v.IsVector {
			es = v.exact()
		}
	}
	if es == nil || len(es) != n {
		errorf(a.pos[i], "%s: %s must be a vector of %d entries (one per variable), not %s", a.call.Fun, what, n, describe(a.vals[i]))
	}
	return es
}

// numericPoint returns the entries of a point as float64.
func (s *Session) numericPoint(a *args, i int, es []sym.Expr) []float64 {
	out := make([]float64, len(es))
	for k, e := range es {
		f, err := sym.Float64(e)
		if err != nil {
			errorf(a.pos[i], "%s: the point must be numeric; entry %d is %s", a.call.Fun, k+1, s.scalarText(e))
		}
		out[k] = f
	}
	return out
}

// evaluator returns f as a function of the variables xs, evaluated in
// float64 (an error outside f's domain).
func evaluator(f sym.Expr, xs []string) func([]float64) (float64, error) {
	return func(p []float64) (float64, error) {
		at := make(map[string]sym.Expr, len(xs))
		for i, x := range xs {
			at[x] = sym.Float(p[i])
		}
		return sym.Float64(sym.Subs(f, at))
	}
}

// ridders extrapolates D(h) → D(0) for a difference quotient whose error
// is a series in h²: a Neville tableau on h, h/c, h/c², … (c = 1.4),
// stopping when the error estimate (the larger change of an extrapolated
// value from its two parents) grows (Ridders 1982; Numerical Recipes
// §5.7).
func ridders(D func(h float64) (float64, error), h float64) (val, errEst float64, err error) {
	const (
		con   = 1.4
		con2  = con * con
		ntab  = 12
		worse = 2.0
	)
	a := make([][]float64, ntab)
	for i := range a {
		a[i] = make([]float64, ntab)
	}
	if a[0][0], err = D(h); err != nil {
		return 0, 0, err
	}
	errEst = math.Inf(1)
	val = a[0][0]
	for i := 1; i < ntab; i++ {
		h /= con
		if a[0][i], err = D(h); err != nil {
			return 0, 0, err
		}
		fac := con2
		for j := 1; j <= i; j++ {
			a[j][i] = (a[j-1][i]*fac - a[j-1][i-1]) / (fac - 1)
			fac *= con2
			e := math.Max(math.Abs(a[j][i]-a[j-1][i]), math.Abs(a[j][i]-a[j-1][i-1]))
			if e <= errEst {
				errEst, val = e, a[j][i]
			}
		}
		if math.Abs(a[i][i]-a[i-1][i-1]) >= worse*errEst {
			break
		}
	}
	return val, errEst, nil
}

// stepFor is the initial step for a variable at x: 0.1, scaled with |x|.
func stepFor(x float64) float64 { return 0.1 * math.Max(1, math.Abs(x)) }

func (s *Session) numericFunction(a *args) (func([]float64) (float64, error), []string, []float64) {
	f := s.scalarArg(a, 0, "the function")
	xs := a.syms[0]
	p := s.numericPoint(a, 2, s.evalPointArg(a, 2, len(xs), "the point"))
	for _, name := range sym.FreeSymbols(f) {
		if !contains(xs, name) {
			errorf(a.pos[0], "%s: the function has the free symbol %s, which is not among the variables", a.call.Fun, name)
		}
	}
	return evaluator(f, xs), xs, p
}

func (s *Session) diffError(a *args, err error, at []float64) {
	errorf(a.call.Pos, "%s: cannot evaluate the function near %s: %v", a.call.Fun, pointText(at), err)
}

func pointText(p []float64) string {
	out := "["
	for i, v := range p {
		if i > 0 {
			out += ", "
		}
		out += formatFloat(v, 6)
	}
	return out + "]"
}

func fnNumGrad(s *Session, a *args) Value {
	f, xs, p := s.numericFunction(a)
	if s.prec > 0 {
		return s.exactDerivatives(a, xs, false)
	}
	g := make([]float64, len(xs))
	worst := 0.0
	for i := range xs {
		h0 := stepFor(p[i])
		D := func(h float64) (float64, error) {
			q := append([]float64(nil), p...)
			q[i] = p[i] + h
			fp, err := f(q)
			if err != nil {
				return 0, err
			}
			q[i] = p[i] - h
			fm, err := f(q)
			return (fp - fm) / (2 * h), err
		}
		v, e, err := ridders(D, h0)
		if err != nil {
			s.diffError(a, err, p)
		}
		g[i], worst = v, math.Max(worst, e)
	}
	m := newVector(g)
	m.Note = "error estimate " + formatShort(worst)
	return m
}

func fnNumHessian(s *Session, a *args) Value {
	f, xs, p := s.numericFunction(a)
	if s.prec > 0 {
		return s.exactDerivatives(a, xs, true)
	}
	n := len(xs)
	H := make([]float64, n*n)
	worst := 0.0
	f0, err := f(p)
	if err != nil {
		s.diffError(a, err, p)
	}
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			hi, hj := stepFor(p[i]), stepFor(p[j])
			D := func(h float64) (float64, error) {
				t := h / hi // the same relative step in both variables
				eval := func(di, dj float64) (float64, error) {
					q := append([]float64(nil), p...)
					q[i] += di * hi * t
					q[j] += dj * hj * t
					return f(q)
				}
				if i == j {
					fp, err1 := eval(1, 0)
					fm, err2 := eval(-1, 0)
					if err1 != nil || err2 != nil {
						return 0, firstErr(err1, err2)
					}
					return (fp - 2*f0 + fm) / (hi * hi * t * t), nil
				}
				fpp, e1 := eval(1, 1)
				fpm, e2 := eval(1, -1)
				fmp, e3 := eval(-1, 1)
				fmm, e4 := eval(-1, -1)
				if err := firstErr(e1, e2, e3, e4); err != nil {
					return 0, err
				}
				return (fpp - fpm - fmp + fmm) / (4 * hi * hj * t * t), nil
			}
			v, e, err := ridders(D, hi)
			if err != nil {
				s.diffError(a, err, p)
			}
			H[i*n+j], H[j*n+i] = v, v
			worst = math.Max(worst, e)
		}
	}
	m := newNumMatrix(n, n, H)
	m.Note = "error estimate " + formatShort(worst)
	return m
}

// exactDerivatives serves numgrad and numhessian at :precision N: the
// derivatives are taken symbolically and evaluated exactly at the point,
// so that all N digits are right (finite differences in decimal arithmetic
// would need N digits of cancellation per level).
func (s *Session) exactDerivatives(a *args, xs []string, second bool) Value {
	f := s.scalarArg(a, 0, "the function")
	pt := s.evalPointArg(a, 2, len(xs), "the point")
	at := map[string]sym.Expr{}
	for i, x := range xs {
		at[x] = pt[i]
	}
	if !second {
		g := sym.Gradient(f, xs)
		out := &Matrix{Rows: len(g), Cols: 1, IsVector: true, Sym: make([]sym.Expr, len(g))}
		for i, d := range g {
			out.Sym[i] = sym.Simplify(sym.Subs(d, at), s.assume)
			s.checkFinite(a.call.Pos, out.Sym[i])
		}
		return out
	}
	h := sym.Hessian(f, xs)
	n := len(xs)
	out := &Matrix{Rows: n, Cols: n, Sym: make([]sym.Expr, n*n)}
	for i := range h {
		for j := range h[i] {
			out.Sym[i*n+j] = sym.Simplify(sym.Subs(h[i][j], at), s.assume)
			s.checkFinite(a.call.Pos, out.Sym[i*n+j])
		}
	}
	return out
}

// residualsArg returns argument 0 as a list of residual expressions.
func (s *Session) residualsArg(a *args) []sym.Expr {
	switch v := a.vals[0].(type) {
	case Scalar:
		return []sym.Expr{v.E}
	case *Matrix:
		if v.IsVector {
			return v.symbolic()
		}
	}
	errorf(a.pos[0], "%s: the residuals must be a vector of expressions, not %s", a.call.Fun, describe(a.vals[0]))
	return nil
}

// substitutePoint replaces the variables by the point's entries when a
// point is given as argument i.
func (s *Session) substitutePoint(a *args, i int, xs []string, es []sym.Expr) []sym.Expr {
	if i >= len(a.vals) {
		return es
	}
	pt := s.evalPointArg(a, i, len(xs), "the point")
	at := map[string]sym.Expr{}
	for k, x := range xs {
		at[x] = pt[k]
	}
	out := make([]sym.Expr, len(es))
	for k, e := range es {
		out[k] = sym.Subs(e, at)
		s.checkFinite(a.call.Pos, out[k])
	}
	return out
}

func (s *Session) resultMatrix(a *args, rows, cols int, vector bool, es []sym.Expr) Value {
	out := &Matrix{Rows: rows, Cols: cols, IsVector: vector, Sym: make([]sym.Expr, len(es))}
	for i, e := range es {
		out.Sym[i] = sym.Simplify(e, s.assume)
	}
	if m, err := numericIfPossible(out); err == nil && m.IsNumeric() && s.prec == 0 && !exactEntries(out.Sym) {
		return m
	}
	return out
}

// exactEntries reports whether some entry is an exact number float64
// would round (1/3), which stays exact as in the rest of calc.
func exactEntries(es []sym.Expr) bool {
	for _, e := range es {
		if _, isFloat := sym.AsFloat(e); isFloat {
			continue
		}
		if !sym.IsNumber(e) {
			return true
		}
		f, err := sym.Float64(e)
		if err != nil {
			return true
		}
		if r, ok := sym.AsRat(e); ok {
			if fr, _ := r.Float64(); fr != f || !r.IsInt() && r.Denom().BitLen() > 53 {
				return true
			}
			continue
		}
		return true
	}
	return false
}

func fnGaussNewton(s *Session, a *args) Value {
	r := s.residualsArg(a)
	ws := a.syms[0]
	n := len(ws)
	J := make([][]sym.Expr, len(r))
	for i, ri := range r {
		J[i] = sym.Gradient(ri, ws)
	}
	G := make([]sym.Expr, n*n)
	for p := 0; p < n; p++ {
		for q := 0; q < n; q++ {
			terms := make([]sym.Expr, len(r))
			for i := range r {
				terms[i] = sym.Mul(J[i][p], J[i][q])
			}
			G[p*n+q] = sym.Add(terms...)
		}
	}
	G = s.substitutePoint(a, 2, ws, G)
	m := s.resultMatrix(a, n, n, false, G).(*Matrix)
	m.Note = "Gauss–Newton: the Hessian of ½‖r‖² without the terms Σ rᵢ ∇²rᵢ"
	return m
}

func fnHVP(s *Session, a *args) Value {
	f := s.scalarArg(a, 0, "the function")
	ws := a.syms[0]
	v := s.evalPointArg(a, 3, len(ws), "the direction v")
	g := sym.Gradient(f, ws)
	terms := make([]sym.Expr, len(ws))
	for i := range ws {
		terms[i] = sym.Mul(g[i], v[i])
	}
	Hv := sym.Gradient(sym.Add(terms...), ws) // ∇(∇f · v) = ∇²f v for a constant v
	for _, e := range v {
		for _, name := range sym.FreeSymbols(e) {
			if contains(ws, name) {
				errorf(a.pos[3], "hvp: the direction v must not depend on the variables (its entry %s has %s)", sym.Format(e), name)
			}
		}
	}
	Hv = s.substitutePoint(a, 2, ws, Hv)
	return s.resultMatrix(a, len(ws), 1, true, Hv)
}
