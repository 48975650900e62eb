package calc

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"statcalc/dist"
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

// mvnValue returns the factorised form of v when v is a multivariate normal
// (written with a mean vector; numeric, since symbolic ones are SymNormal).
func mvnValue(v Value) (*dist.MVN, bool) {
	if d, ok := v.(*Distribution); ok && d.D.Multivariate() {
		return d.D.MVN, true
	}
	return nil, false
}

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
		&Builtin{Name: "fisher", Signature: `fisher(p [, [t1, t2, …] or "params"])`,
			Doc: `Fisher information matrix: in the family's own parameters (all free ones, or those named: "shape,rate"), or in the symbols listed, F_t = Jᵀ F_θ J with J = ∂θ/∂t; ` +
				`for N(μ, Σ) block-diagonal: Σ⁻¹ for μ ("mean"), then ½ Dᵀ(Σ⁻¹ ⊗ Σ⁻¹)D for the entries of Σ in vech order σ11, σ21, …, σd1, σ22, … ("cov")`,
			Example: "fisher(N(mu, s^2), [mu, s])", Group: "information", min: 1, max: 2, lazy: true, fn: fnFisher},
		&Builtin{Name: "score", Signature: "score(p, x [, [t1, t2, …]])", Doc: "score ∇_θ log p(x | θ): the gradient of the log-density in the parameters (or in the symbols listed)",
			Example: "score(N(m, v), x)", Group: "information", min: 2, max: 3, fn: fnScore},
		&Builtin{Name: "natgrad", Signature: "natgrad(p, grad [, [t1, t2, …]])", Doc: "natural gradient F⁻¹ ∇L for a gradient ∇L in the parameters of p (or in the symbols listed); for N(μ, Σ), in (μ, vech Σ)",
			Example: "natgrad(N(0, 2), [1, 1])", Group: "information", min: 2, max: 3, fn: fnNatGrad},
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
		s.multivariateVersion(f, a)
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
	if inf, ok := infiniteValue(err); ok {
		return inf
	}
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
	f := s.correctlyRounded(a, e)
	if f == 0 || math.IsInf(f, 0) || math.Abs(f) < 0x1p-1022 {
		// Zero, or beyond the float64 range: kept exact, printed in decimal.
		return s.requireNonnegative(a, Scalar{E: e})
	}
	return s.requireNonnegative(a, Scalar{E: sym.Float(f)})
}

// accurate evaluates a constant expression to float64 with every digit
// correct (±Inf or 0 beyond the float64 range).
func (s *Session) accurate(a *args, e sym.Expr) float64 {
	f := s.correctlyRounded(a, e)
	if math.IsInf(f, 0) {
		errorf(a.call.Pos, "%s: the result is out of the float64 range", a.call.Fun)
	}
	return f
}

// correctlyRounded evaluates a constant expression to the float64 nearest
// to it, ±Inf beyond the float64 range.
func (s *Session) correctlyRounded(a *args, e sym.Expr) float64 {
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

// preciseDivergences compute part of their value numerically (the
// E[log x!] of Poisson and binomial members), to more digits at
// :precision than in float64.
var preciseDivergences = map[string]func(p, q *dist.Dist, digits int) (sym.Expr, error){
	"cross_entropy": metrics.CrossEntropyTo,
}

// familyDivergence evaluates a divergence between two family members.
func (s *Session) familyDivergence(a *args, information bool, f func(p, q *dist.Dist) (sym.Expr, error)) Value {
	p, q := s.familyArg(a, 0), s.familyArg(a, 1)
	var e sym.Expr
	var err error
	if precise, ok := preciseDivergences[a.call.Fun]; ok && s.prec > 0 {
		e, err = precise(p, q, s.prec)
	} else {
		e, err = f(p, q)
	}
	if err == nil {
		s.deriveSteps(a.call.Fun, p, q)
	}
	return s.bounded(s.exprResult(a, e, err, information), metrics.ErrorBound(a.call.Fun, p, q, nil, s.prec), information)
}

// refuseAtom stops a computation that needs the interior of the parameter
// space when d is a point mass at its boundary.
func (s *Session) refuseAtom(a *args, d *dist.Dist, why string) {
	if x0, ok := d.Atom(); ok {
		errorf(a.pos[0], "%s: %s is the point mass at %s: %s", a.call.Fun, s.familyText(d), formatFloat(x0, s.digits), why)
	}
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
		if x0, ok := d.Atom(); ok {
			if xf != x0 {
				errorf(a.pos[1], "%s: %s is outside the support of %s, the point mass at %s",
					a.call.Fun, formatFloat(xf, s.digits), s.familyText(d), formatFloat(x0, s.digits))
			}
			return sym.Int(0) // log 1
		}
	}
	e := d.LogDensity(x)
	if e == nil {
		errorf(a.call.Pos, "%s: not supported for %s", a.call.Fun, d.Family.Name)
	}
	return e
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
	if x0, ok := d.Atom(); ok {
		// A point mass: E[f(x)] = f(x0).
		at := map[string]sym.Expr{x: sym.Rat(new(big.Rat).SetFloat64(x0))}
		return s.mapEntries(a, a.vals[1], func(e sym.Expr) sym.Expr { return sym.Subs(e, at) })
	}
	return s.mapEntries(a, a.vals[1], func(e sym.Expr) sym.Expr { return s.expectation(a, d, e, x) })
}
