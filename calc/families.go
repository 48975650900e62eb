package calc

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"statcalc/dist"
	"statcalc/fisher"
	"statcalc/metrics"

	"statcalc/sym"
)

// Distribution is the calculator's one distribution value: a member of a
// family of package dist. A normal with numeric parameters carries its
// factorised form (D.MVN), which the numeric routes use; a multivariate
// normal has only that.
type Distribution struct{ D *dist.Dist }

// numericNormal returns the factorised form of a normal with numeric
// parameters, or nil.
func (d *Distribution) numericNormal() *dist.MVN { return d.D.MVN }

// isNormal reports whether d is a normal, univariate or multivariate.
func (d *Distribution) isNormal() bool { return d.D.Family == dist.Normal }

func (*Distribution) Kind() string { return "a distribution" }

func init() {
	for _, f := range dist.Families() {
		if f == dist.Normal {
			continue // N has its own constructor: numeric normals use MVN
		}
		f := f
		var sig string
		if f.Vector {
			sig = fmt.Sprintf("%s(%s)", f.Name, f.Params[0].Name)
		} else {
			names := make([]string, len(f.Params))
			for i, p := range f.Params {
				names[i] = p.Name
			}
			sig = fmt.Sprintf("%s(%s)", f.Name, strings.Join(names, ", "))
		}
		n := len(f.Params)
		if f.Vector {
			n = 1
		}
		register(&Builtin{Name: f.Name, Signature: sig, Doc: f.Doc, Example: f.Example, Group: "distributions",
			min: n, max: n, fn: func(s *Session, a *args) Value { return s.newFamilyMember(f, a) }})
	}
	register(
		&Builtin{Name: "fisher", Signature: `fisher(p [, "params"])`,
			Doc:     `Fisher information matrix in the family's parameters (all free ones, or those named: "shape,rate"; "mean" for a multivariate normal)`,
			Example: "fisher(Gamma(a, b))", Group: "information", min: 1, max: 2, fn: fnFisher},
		&Builtin{Name: "score", Signature: "score(p, x)", Doc: "score ∇_θ log p(x | θ): the gradient of the log-density in the parameters",
			Example: "score(N(m, v), x)", Group: "information", min: 2, max: 2, fn: fnScore},
		&Builtin{Name: "natgrad", Signature: "natgrad(p, grad)", Doc: "natural gradient F⁻¹ ∇L for a gradient ∇L in the parameters of p",
			Example: "natgrad(N(0, 2), [1, 1])", Group: "information", min: 2, max: 2, fn: fnNatGrad},
	)
}

// newFamilyMember builds a distribution, checking numeric parameters and
// recording the domains of symbolic ones as assumptions.
func (s *Session) newFamilyMember(f *dist.Family, a *args) Value {
	var θ []sym.Expr
	if f.Vector {
		m, ok := a.vals[0].(*Matrix)
		if !ok || !m.IsVector {
			errorf(a.pos[0], "%s needs a vector such as [0.2, 0.8], not %s", f.Name, describe(a.vals[0]))
		}
		θ = m.symbolic()
	} else {
		for i := range a.vals {
			θ = append(θ, s.scalarArg(a, i, f.Params[i].Name))
		}
	}
	for i, t := range θ {
		p, at := f.Params[0], a.pos[0]
		if !f.Vector {
			p, at = f.Params[i], a.pos[i]
		}
		s.requireDomain(at, f.Name, p.Name, t, p.Domain)
		// A computed float64 parameter enters the closed forms as its exact
		// binary value, so that their decimal evaluation is exact too.
		if f, ok := sym.AsFloat(t); ok && !math.IsInf(f, 0) && !math.IsNaN(f) {
			θ[i] = sym.Rat(new(big.Rat).SetFloat64(f))
		}
	}
	d, err := f.New(θ)
	if err != nil {
		errorf(a.call.Pos, "%v", err)
	}
	s.assumeDomains(d)
	return &Distribution{D: d}
}

func (s *Session) assumeDomains(d *dist.Dist) {
	for name, dom := range d.SymbolDomains() {
		switch dom {
		case dist.Positive:
			s.assume.Assume(name, sym.Positive)
		case dist.UnitInterval:
			s.assume.Assume(name, sym.UnitInterval)
		case dist.Count:
			s.assume.Assume(name, sym.Positive)
			s.assume.Assume(name, sym.Integer)
		case dist.Probability:
			s.assume.Assume(name, sym.Nonnegative)
		}
	}
}

// familyArg returns argument i as a member of a family; a univariate
// normal is a member of the family N.
func (s *Session) familyArg(a *args, i int) *dist.Dist {
	v, ok := a.vals[i].(*Distribution)
	if !ok {
		s.notDistribution(a, i)
	}
	if v.D.Multivariate() {
		s.multivariateOnly(a, i)
	}
	return v.D
}

// numericNormals reports whether arguments idx are normals with numeric
// parameters, for the dedicated float64 numerics of package metrics. At
// :precision N univariate normals take the exact closed forms instead,
// which decimal arithmetic evaluates to N digits.
func (s *Session) numericNormals(a *args, idx ...int) bool {
	for _, i := range idx {
		n, ok := a.vals[i].(*Distribution)
		if !ok || n.numericNormal() == nil || s.prec > 0 && !n.D.Multivariate() {
			return false
		}
	}
	return true
}

// exprResult turns a closed form into a value: simplified when symbolic;
// when numeric, evaluated with every digit correct (decimal arithmetic
// absorbs the cancellation of formulas such as the Bregman divergence)
// or kept exact for :precision.
func (s *Session) exprResult(a *args, e sym.Expr, err error, information bool) Value {
	if err != nil {
		errorf(a.call.Pos, "%s: %v", a.call.Fun, err)
	}
	if information && s.bits {
		e = sym.Div(e, mustCall("log", sym.Int(2)))
	}
	if !sym.IsNumber(e) {
		return Scalar{E: sym.Simplify(e, s.assume)}
	}
	if s.prec > 0 {
		s.checkFinite(a.call.Pos, e)
		return s.requireNonnegative(a, Scalar{E: e})
	}
	f := s.accurate(a, e)
	if f == 0 || math.IsInf(f, 0) || math.Abs(f) < 0x1p-1022 {
		// Zero, or beyond the float64 range: kept exact, printed in decimal.
		return s.requireNonnegative(a, Scalar{E: e})
	}
	return s.requireNonnegative(a, Scalar{E: sym.Float(f)})
}

// accurate evaluates a constant expression to float64 with every digit
// correct (±Inf or 0 beyond the float64 range).
func (s *Session) accurate(a *args, e sym.Expr) float64 {
	d, err := sym.Decimal(e, 17)
	if err != nil {
		if infiniteWhenLogFails(a.call.Fun) && strings.Contains(err.Error(), "log of") {
			// The mixture of natural parameters left the natural parameter
			// space, or q has no mass where p has.
			errorf(a.call.Pos, "%s: the divergence is infinite for these distributions (%v)", a.call.Fun, err)
		}
		errorf(a.call.Pos, "%s: %v", a.call.Fun, err)
	}
	f, _ := d.Float64()
	return f
}

// infiniteWhenLogFails reports whether a failed logarithm in fn's closed
// form means the divergence is +∞: for the divergences measured in nats
// and Rényi's.
func infiniteWhenLogFails(fn string) bool {
	d, ok := metrics.LookupDivergence(fn)
	return ok && d.Information || fn == "renyi"
}

func mustCall(name string, args ...sym.Expr) sym.Expr {
	e, err := sym.Call(name, args...)
	if err != nil {
		panic(err)
	}
	return e
}

// familyDivergence evaluates a divergence between two family members.
func (s *Session) familyDivergence(a *args, information bool, f func(p, q *dist.Dist) (sym.Expr, error)) Value {
	p, q := s.familyArg(a, 0), s.familyArg(a, 1)
	e, err := f(p, q)
	if err == nil {
		s.deriveSteps(a.call.Fun, p, q)
	}
	return s.exprResult(a, e, err, information)
}

func fnFisher(s *Session, a *args) Value {
	var names []string
	if len(a.vals) == 2 {
		str, ok := a.vals[1].(Str)
		if !ok {
			errorf(a.pos[1], `fisher: name the parameters in a string, such as "mean" or "shape,rate"`)
		}
		for _, n := range strings.Split(string(str), ",") {
			names = append(names, strings.TrimSpace(n))
		}
	}
	if n, ok := a.vals[0].(*Distribution); ok && n.D.Multivariate() {
		if len(names) != 1 || names[0] != "mean" {
			errorf(a.call.Pos, `fisher of a multivariate normal: give "mean" (the information about μ, Σ⁻¹)`)
		}
		F, err := fisher.InformationMVNMean(n.numericNormal())
		if err != nil {
			errorf(a.call.Pos, "fisher: %v", err)
		}
		return fromRowsFloat(F)
	}
	d := s.familyArg(a, 0)
	free, err := fisher.Free(d, names)
	if err != nil {
		errorf(a.call.Pos, "fisher: %v", err)
	}
	F, err := fisher.Information(d, free)
	if err != nil {
		errorf(a.call.Pos, "fisher: %v", err)
	}
	s.deriveSteps("fisher", d, nil)
	return s.exprMatrix(a, F)
}

// exprMatrix turns a matrix of closed forms into a value.
func (s *Session) exprMatrix(a *args, F [][]sym.Expr) Value {
	n := len(F)
	m := &Matrix{Rows: n, Cols: len(F[0]), Sym: make([]sym.Expr, 0, n*len(F[0]))}
	numeric := true
	for _, row := range F {
		for _, e := range row {
			m.Sym = append(m.Sym, e)
			numeric = numeric && sym.IsNumber(e)
		}
	}
	if numeric && s.prec == 0 {
		m.Num = make([]float64, len(m.Sym))
		for i, e := range m.Sym {
			m.Num[i] = s.accurate(a, e)
		}
		m.Sym = nil
		return m
	}
	for i, e := range m.Sym {
		m.Sym[i] = sym.Simplify(e, s.assume)
	}
	return m
}

func fromRowsFloat(rows [][]float64) *Matrix {
	m := &Matrix{Rows: len(rows), Cols: len(rows[0])}
	for _, r := range rows {
		m.Num = append(m.Num, r...)
	}
	return m
}

func fnScore(s *Session, a *args) Value {
	d := s.familyArg(a, 0)
	x := s.scalarArg(a, 1, "the point x")
	s.noteSupport(d, x)
	free, _ := fisher.Free(d, nil)
	g, err := fisher.Score(d, x, free)
	if err != nil {
		errorf(a.call.Pos, "score: %v", err)
	}
	v := s.exprMatrix(a, [][]sym.Expr{g}).(*Matrix)
	v.Rows, v.Cols, v.IsVector = v.Cols, 1, true
	return v
}

func fnNatGrad(s *Session, a *args) Value {
	d := s.familyArg(a, 0)
	free, _ := fisher.Free(d, nil)
	F, err := fisher.Information(d, free)
	if err != nil {
		errorf(a.call.Pos, "natgrad: %v", err)
	}
	g, ok := a.vals[1].(*Matrix)
	if !ok || !g.IsVector || g.Rows != len(free) {
		errorf(a.pos[1], "natgrad: the gradient must be a %d-vector (one entry per parameter)", len(free))
	}
	Fv := s.exprMatrix(a, F).(*Matrix)
	if gn, err := numericIfPossible(g); err == nil && gn.IsNumeric() && Fv.IsNumeric() {
		rows := make([][]float64, Fv.Rows)
		for i := range rows {
			rows[i] = Fv.Num[i*Fv.Cols : (i+1)*Fv.Cols]
		}
		x, err := fisher.NaturalGradient(rows, gn.Num)
		if err != nil {
			errorf(a.call.Pos, "natgrad: %v", err)
		}
		return newVector(x)
	}
	// Symbolic: only a diagonal information is inverted in closed form.
	gs, fs := g.symbolic(), Fv.symbolic()
	out := &Matrix{Rows: g.Rows, Cols: 1, IsVector: true, Sym: make([]sym.Expr, g.Rows)}
	for i := 0; i < Fv.Rows; i++ {
		for j := 0; j < Fv.Cols; j++ {
			if i != j && !sym.Equal(sym.Simplify(fs[i*Fv.Cols+j], s.assume), sym.Int(0)) {
				errorf(a.call.Pos, "natgrad: the information matrix is not diagonal; give numeric parameters")
			}
		}
		out.Sym[i] = sym.Simplify(sym.Div(gs[i], fs[i*Fv.Cols+i]), s.assume)
	}
	return out
}

// familyLogPDF returns log p(x) for a family member.
func (s *Session) familyLogPDF(a *args, d *dist.Dist, x sym.Expr) sym.Expr {
	s.noteSupport(d, x)
	if sym.IsNumber(x) && d.IsNumeric() && d.Family.Support != nil {
		xf, _ := sym.Float64(x)
		θ, _ := d.Floats()
		if !d.Family.Support(xf, θ) {
			errorf(a.pos[1], "%s: %s is outside the support of %s", a.call.Fun, formatFloat(xf, s.digits), d.Family.Name)
		}
	}
	if d.Family.Eta == nil {
		return d.Family.NonExp.LogPDF(x, d.Theta)
	}
	if d.Family.Vector || d.Family.Stat == nil {
		errorf(a.call.Pos, "%s: not supported for %s", a.call.Fun, d.Family.Name)
	}
	η := d.NaturalParams()
	terms := []sym.Expr{d.Family.LogBase(x, d.Theta), sym.Neg(d.LogPartitionAt(η))}
	for i, t := range d.Family.Stat(x) {
		terms = append(terms, sym.Mul(η[i], t))
	}
	return sym.Add(terms...)
}

// familyMoment returns the mean or variance of a family member.
func (s *Session) familyMoment(a *args, d *dist.Dist, variance bool) Value {
	f := d.Family.Mean
	if variance {
		f = d.Family.Variance
	}
	k := 1
	if variance {
		k = 2
	}
	if θ, err := d.Floats(); err == nil && d.IsNumeric() && d.Family.MomentExists != nil && !d.Family.MomentExists(θ, k) {
		moment := "E[x]"
		if variance {
			moment = "E[x^2]"
		}
		errorf(a.call.Pos, "%s of %s is infinite or undefined: %s diverges for these parameters", a.call.Fun, s.familyText(d), moment)
	}
	if f == nil {
		errorf(a.call.Pos, "%s of %s is not supported", a.call.Fun, d.Family.Name)
	}
	return s.exprResult(a, f(d.Theta), nil, false)
}

// familyText prints a family member: Gamma(shape = 2, rate = 3).
func (s *Session) familyText(d *dist.Dist) string {
	f := d.Family
	if f.Vector {
		m := &Matrix{Rows: len(d.Theta), Cols: 1, IsVector: true, Sym: d.Theta}
		return fmt.Sprintf("%s(%s = %s)", f.Name, f.Params[0].Name, s.compactMatrix(m))
	}
	parts := make([]string, len(d.Theta))
	for i, t := range d.Theta {
		parts[i] = f.Params[i].Name + " = " + s.scalarText(t)
	}
	return fmt.Sprintf("%s(%s)", f.Name, strings.Join(parts, ", "))
}

func (s *Session) familyLaTeX(d *dist.Dist) string {
	parts := make([]string, len(d.Theta))
	for i, t := range d.Theta {
		if sym.IsNumber(t) {
			parts[i] = latexNumber(s.scalarText(t))
		} else {
			parts[i] = sym.LaTeX(t)
		}
	}
	return fmt.Sprintf("\\operatorname{%s}\\left(%s\\right)", d.Family.Name, strings.Join(parts, ", "))
}

func init() {
	register(&Builtin{Name: "expect", Signature: "expect(p, f [, x])",
		Doc:     "expectation E_p[f(x)] of an expression in x (or the named variable): polynomials in the sufficient statistics (log(x)^2, x log(x)), powers of x, |x - c| under Laplace",
		Example: "expect(N(m, v), (x - m)^2)", Group: "information", min: 2, max: 3, names: []int{2}, fn: fnExpect})
}

func fnExpect(s *Session, a *args) Value {
	d := s.familyArg(a, 0)
	x := "x"
	if len(a.vals) == 3 {
		x = s.oneName(a, 2)
	}
	return s.mapEntries(a, a.vals[1], func(e sym.Expr) sym.Expr { return s.expectation(a, d, e, x) })
}
