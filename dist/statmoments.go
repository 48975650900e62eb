package dist

import (
	"fmt"
	"math/big"

	"statcalc/sym"
)

// maxStatOrder bounds the total degree of a product of sufficient
// statistics whose expectation is derived.
const maxStatOrder = 8

// StatMoment returns E[Π Tᵢ(x)^kᵢ], a mixed moment of the sufficient
// statistics, from the moment generating function of T:
//
//	E[e^{t·T}] = exp(A(η + t) − A(η)),  so  E[Π Tᵢ^kᵢ] = e^{−A(η)} ∂^k e^{A(η)}
//
// (Lehmann & Casella, Theory of Point Estimation, 2nd ed., §1.5); for two
// statistics this is E[Tᵢ Tⱼ] = ∂²A/∂ηᵢ∂ηⱼ + ∂A/∂ηᵢ ∂A/∂ηⱼ. It is an error
// for a family that is not exponential or an order above 8.
func (d *Dist) StatMoment(k []int) (sym.Expr, error) { return d.TiltedStatMoment(k, nil) }

// TiltedStatMoment returns E[e^{t·T(x)} Π Tᵢ(x)^kᵢ] = e^{−A(η)} ∂^k e^{A(η + t)},
// the derivatives taken in η; a nil t is 0. With log x among the
// statistics, e^{c log x} = x^c, so that E[x^c log x] is a tilted moment.
// The caller keeps η + t inside the natural parameter space.
func (d *Dist) TiltedStatMoment(k []int, t []sym.Expr) (sym.Expr, error) {
	f := d.Family
	if f.Eta == nil || f.Stat == nil {
		return nil, fmt.Errorf("%s is not an exponential family with scalar statistics", f.Name)
	}
	η := d.NaturalParams()
	if len(k) != len(η) || t != nil && len(t) != len(η) {
		return nil, fmt.Errorf("%s has %d sufficient statistics, not %d", f.Name, len(η), len(k))
	}
	total := 0
	for _, ki := range k {
		total += ki
	}
	if total > maxStatOrder {
		return nil, fmt.Errorf("moments of the sufficient statistics stop at order %d", maxStatOrder)
	}
	es, names := etaSymbols(len(η))
	shifted := es
	if t != nil {
		shifted = make([]sym.Expr, len(es))
		for i := range es {
			shifted[i] = sym.Add(es[i], t[i])
		}
	}
	m := exp(d.LogPartitionAt(shifted))
	for i, ki := range k {
		for j := 0; j < ki; j++ {
			m = sym.Diff(m, names[i])
		}
	}
	at := map[string]sym.Expr{}
	for i, n := range names {
		at[n] = η[i]
	}
	ratio := sym.Normal(sym.Mul(m, exp(sym.Neg(d.LogPartitionAt(es)))), nil)
	return sym.Normal(sym.Subs(ratio, at), d.Assumptions()), nil
}

// statProductMoment returns E[atom] when atom is a product of powers of
// the sufficient statistics of d, times x^c for a number c > 0 when log x
// is a statistic (a tilt that keeps η inside the natural parameter space:
// the shape a of Gamma or Beta becomes a + c).
func (d *Dist) statProductMoment(atom, x sym.Expr) (sym.Expr, bool) {
	if d.Family.Eta == nil || d.Family.Stat == nil {
		return nil, false
	}
	stats := d.Family.Stat(x)
	if k, ok := sym.Monomial(atom, stats); ok {
		v, err := d.StatMoment(k)
		return v, err == nil
	}
	logIdx := -1
	for i, s := range stats {
		if sym.Equal(s, log(x)) {
			logIdx = i
		}
	}
	if logIdx < 0 {
		return nil, false
	}
	var rest []sym.Expr
	var tilt sym.Expr = zero
	for _, f := range sym.Factors(atom) {
		base, c := sym.SplitPower(f)
		if r, ok := sym.AsRat(c); ok && r.Sign() > 0 && sym.Equal(base, x) {
			tilt = sym.Add(tilt, c)
			continue
		}
		rest = append(rest, f)
	}
	if sym.Equal(tilt, zero) {
		return nil, false
	}
	k, ok := sym.Monomial(sym.Mul(rest...), stats)
	if !ok {
		return nil, false
	}
	t := make([]sym.Expr, len(stats))
	for i := range t {
		t[i] = zero
	}
	t[logIdx] = tilt
	v, err := d.TiltedStatMoment(k, t)
	return v, err == nil
}

// embeddings write a family as a member of a larger one whose statistics
// cover more atoms: Exponential(λ) is Gamma(1, λ), so that E[log x] and
// E[x log x] follow from Gamma's log x statistic.
var embeddings = map[*Family]func(θ []sym.Expr) *Dist{
	Exponential: func(θ []sym.Expr) *Dist { return &Dist{Family: Gamma, Theta: []sym.Expr{one, θ[0]}} },
}

// atomMoments hold expectations of atoms that are no power of a
// statistic: E|x − c| and E|x − μ|^k under Laplace(μ, b).
var atomMoments = map[*Family]func(θ []sym.Expr, atom, x sym.Expr) (sym.Expr, bool){
	Laplace: laplaceAbsMoment,
}

// laplaceAbsMoment returns E|x − c|^k for x ~ Laplace(μ, b): for k = 1,
// |c − μ| + b e^{−|c − μ|/b}; for c = μ, k! b^k (|x − μ| is exponential
// with mean b).
func laplaceAbsMoment(θ []sym.Expr, atom, x sym.Expr) (sym.Expr, bool) {
	base, k := sym.SplitPower(atom)
	n, ok := sym.AsRat(k)
	if !ok || !n.IsInt() || n.Sign() <= 0 || !n.Num().IsInt64() || n.Num().Int64() > maxMoment {
		return nil, false
	}
	u, isAbs := absArg(base)
	if !isAbs {
		return nil, false
	}
	// u = s x + r with s = ±1 and r free of x, so |u| = |x − c| with c = −s r.
	name, _ := sym.SymbolName(x)
	s := sym.Diff(u, name)
	if !sym.Equal(s, one) && !sym.Equal(s, sym.Int(-1)) {
		return nil, false
	}
	r := sym.Sub(u, sym.Mul(s, x))
	if sym.Equal(sym.Diff(r, name), one) || containsSymbol(r, name) {
		return nil, false
	}
	c := sym.Neg(sym.Mul(s, r))
	if n.Num().Int64() == 1 {
		return meanAbsLaplace(θ[0], θ[1], c), true
	}
	if d := sym.Normal(sym.Sub(c, θ[0]), nil); !sym.IsNumber(d) {
		return nil, false
	} else if v, err := sym.Float64(d); err != nil || v != 0 {
		return nil, false
	}
	kk := int(n.Num().Int64())
	return sym.Mul(factorial(kk), sym.Pow(θ[1], sym.Int(int64(kk)))), true
}

// absArg returns u when e is |u|.
func absArg(e sym.Expr) (sym.Expr, bool) {
	ch := sym.Children(e)
	if len(ch) != 1 {
		return nil, false
	}
	if a, err := sym.Call("abs", ch[0]); err == nil && sym.Equal(a, e) {
		return ch[0], true
	}
	return nil, false
}

func containsSymbol(e sym.Expr, name string) bool {
	for _, n := range sym.FreeSymbols(e) {
		if n == name {
			return true
		}
	}
	return false
}

// centers declare families symmetric about a parameter, whose expectations
// may be taken in the centred variable y = x − center: under Laplace(μ, b),
// y is Laplace(0, b), so that sign(y) = y/|y| has mean 0 although 1/|y|
// has none.
var centers = map[*Family]struct {
	center func(θ []sym.Expr) sym.Expr
	moment func(θ []sym.Expr, j int, k sym.Expr) (sym.Expr, bool)
}{
	Laplace: {func(θ []sym.Expr) sym.Expr { return θ[0] }, laplaceCentredMoment},
}

// Center returns the point d is symmetric about, when its family declares
// one (the μ of Laplace(μ, b)).
func (d *Dist) Center() (sym.Expr, bool) {
	c, ok := centers[d.Family]
	if !ok {
		return nil, false
	}
	return c.center(d.Theta), true
}

// CenteredMoment returns E[atom] for an atom y^j |y|^k in the centred
// variable y = x − Center().
func (d *Dist) CenteredMoment(atom sym.Expr, y string) (sym.Expr, bool) {
	c, ok := centers[d.Family]
	if !ok {
		return nil, false
	}
	ys := sym.Symbol(y)
	absY := abs(ys)
	j := 0
	var k sym.Expr = zero
	for _, f := range sym.Factors(atom) {
		base, e := sym.SplitPower(f)
		switch {
		case sym.Equal(base, ys):
			n, ok := sym.AsRat(e)
			if !ok || !n.IsInt() || n.Sign() < 0 || !n.Num().IsInt64() || n.Num().Int64() > maxMoment {
				return nil, false
			}
			j += int(n.Num().Int64())
		case sym.Equal(base, absY):
			if _, ok := sym.AsRat(e); !ok {
				return nil, false
			}
			k = sym.Add(k, e)
		default:
			return nil, false
		}
	}
	return c.moment(d.Theta, j, k)
}

// laplaceCentredMoment returns E[y^j |y|^k] for y ~ Laplace(0, b): 0 for
// odd j, and for even j, with j + k > −1 (integrable),
// ∫ |y|^(j+k) e^(−|y|/b)/(2b) dy = Γ(j + k + 1) b^(j+k).
func laplaceCentredMoment(θ []sym.Expr, j int, k sym.Expr) (sym.Expr, bool) {
	p := sym.Add(sym.Int(int64(j)), k)
	r, _ := sym.AsRat(p)
	if r == nil || r.Cmp(big.NewRat(-1, 1)) <= 0 {
		return nil, false
	}
	if j%2 == 1 {
		return zero, true
	}
	gamma := exp(lgamma(sym.Add(p, one)))
	if r.IsInt() && r.Num().IsInt64() && r.Num().Int64() <= maxMoment {
		gamma = factorial(int(r.Num().Int64()))
	}
	return sym.Mul(gamma, sym.Pow(θ[1], p)), true
}

// Assumptions are the domains of d's symbolic parameters.
func (d *Dist) Assumptions() *sym.Assumptions {
	a := sym.NewAssumptions()
	for name, dom := range d.SymbolDomains() {
		switch dom {
		case Positive, Count:
			a.Assume(name, sym.Positive)
		case UnitInterval:
			a.Assume(name, sym.UnitInterval)
		case Probability:
			a.Assume(name, sym.Nonnegative)
		}
	}
	return a
}
