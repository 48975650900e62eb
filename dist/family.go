package dist

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strconv"

	"statcalc/sym"
)

// Domain is the set a parameter lives in.
type Domain int

const (
	Real         Domain = iota // ℝ
	Positive                   // (0, ∞)
	UnitInterval               // (0, 1)
	Count                      // 1, 2, 3, …
	Probability                // [0, 1], an entry of a probability vector
)

var domainText = [...]string{"a real number", "positive", "in (0, 1)", "a whole number ≥ 1", "in [0, 1]"}

func (d Domain) String() string { return domainText[d] }

// Param describes one parameter of a family.
type Param struct {
	Name   string
	Domain Domain
	// Fixed marks a parameter that is not estimated (the n of a Binomial):
	// it has no natural parameter, takes no part in Fisher information,
	// and must agree between the two arguments of a divergence.
	Fixed bool
	// Degenerate lists the numbers on the boundary of Domain that are
	// accepted as limits of the family (Poisson(0), Bernoulli(1)); such a
	// member is a point mass (see Family.Atom).
	Degenerate []float64
}

// DomainText describes the numbers a parameter accepts, boundary
// values included: "in [0, 1]", "non-negative".
func (p Param) DomainText() string {
	has := func(v float64) bool {
		for _, d := range p.Degenerate {
			if d == v {
				return true
			}
		}
		return false
	}
	switch {
	case p.Domain == Positive && has(0):
		return "non-negative"
	case p.Domain == UnitInterval && has(0) && has(1):
		return "in [0, 1]"
	case p.Domain == UnitInterval && has(1):
		return "in (0, 1]"
	case p.Domain == Count && has(0):
		return "a whole number ≥ 0"
	}
	return p.Domain.String()
}

func (p Param) accepts(v float64) bool {
	for _, d := range p.Degenerate {
		if v == d {
			return true
		}
	}
	return inDomain(v, p.Domain)
}

// Family is a parametric family written as an exponential family
//
//	p(x | θ) = h(x) · exp(η(θ) · T(x) − A(η(θ)))
//
// from which the divergences, entropies and Fisher information are
// derived (package metrics, package fisher). A family that is not
// exponential (Laplace, Uniform) leaves Eta nil and supplies its closed
// forms through NonExp.
type Family struct {
	Name    string
	Doc     string // one line, with the parameterisation
	Example string // a statement :help shows
	Rank    int    // place in :help's listing of families, ascending
	Params  []Param
	// Vector is set for families whose parameters form one vector
	// argument (Categorical(p), Dirichlet(α)); Params then holds one entry
	// describing every component.
	Vector   bool
	Discrete bool

	// Eta returns the natural parameters η(θ).
	Eta func(θ []sym.Expr) []sym.Expr
	// LogPartition returns A(η), written in the natural parameters; θ
	// supplies the fixed parameters (Binomial's n) and is otherwise unused.
	LogPartition func(η, θ []sym.Expr) sym.Expr
	// NaturalSpace returns expressions in η that are all positive exactly
	// when η lies in the natural parameter space {η : A(η) < ∞}; nil when
	// that space is all of ℝᵏ. Divergences built on A(α η_p + (1 − α) η_q)
	// are +∞ when the mixture (α > 1) leaves it.
	NaturalSpace func(η []sym.Expr) []sym.Expr
	// Stat returns the sufficient statistics T(x) of a scalar observation.
	Stat func(x sym.Expr) []sym.Expr
	// LogBase returns log h(x), which may depend on fixed parameters.
	LogBase func(x sym.Expr, θ []sym.Expr) sym.Expr
	// MeanLogBase returns E_θ[log h(x)]; for most families a closed form,
	// for Poisson and Binomial one that holds the entropy, summed
	// numerically or taken from its asymptotic series (an error when θ is
	// symbolic).
	MeanLogBase func(θ []sym.Expr) (sym.Expr, error)
	// MeanLogBaseTo is MeanLogBase for families whose value is computed
	// rather than exact: it returns, with the expression, a bound on its
	// absolute error, and takes the digits wanted (0: float64 accuracy;
	// more for :precision, at more cost). nil means MeanLogBase is exact.
	MeanLogBaseTo func(θ []sym.Expr, digits int) (sym.Expr, float64, error)
	// Atom returns the point where a member with numeric parameters on the
	// boundary of their domain (Param.Degenerate) puts all its mass.
	Atom func(θ []float64) (x float64, ok bool)
	// Support reports whether x lies in the support (for logpdf); nil
	// means the whole real line.
	Support func(x float64, θ []float64) bool
	// Kinks returns the points where the density has a kink or a jump
	// (Laplace's μ, Pareto's x_m): quadrature splits its range there.
	Kinks func(θ []float64) []float64
	// Values is the set an observation lies in, for constraining a
	// symbolic x; RealLine also stands for a set that depends on θ.
	Values SupportSet
	// Ends returns the ends of the support of a family whose support
	// depends on θ (Uniform's a and b, Pareto's x_m), nil for an
	// infinite end.
	Ends func(θ []sym.Expr) (lo, hi sym.Expr)

	// Validate checks constraints between numeric parameters (a < b).
	Validate func(θ []float64) error
	// NumericOnly marks a family whose closed forms are computed in
	// float64 from numeric parameters (TruncatedNormal): New rejects
	// symbolic ones.
	NumericOnly bool

	// RawMoment returns E[x^k], k ≥ 1 (scalar families).
	RawMoment func(θ []sym.Expr, k int) sym.Expr

	// Mean and Variance are the first two moments of x (scalar families).
	Mean, Variance func(θ []sym.Expr) sym.Expr

	// MomentExists reports whether E[x^k] is finite for numeric θ; nil
	// means every moment is.
	MomentExists func(θ []float64, k int) bool

	// Gonum returns gonum's form of a scalar member with numeric
	// parameters, drawing from src: the sampler, cdf and quantile, and a
	// log-density independent of the closed forms for mc. A family without
	// one declares Sample and, where it has one, Quantile.
	Gonum func(θ []float64, src rand.Source) GonumDist

	// Sample returns the sampler of a member with numeric parameters θ
	// (not a point mass, see Atom) for mc and sample: draws and a
	// log-density independent of the closed forms (gonum's algorithms
	// where gonum has the family). It is built once per member, and its
	// draws allocate nothing. nil: the sampler of Gonum.
	Sample func(θ []float64) *Sampler
	// Quantile returns F⁻¹(p) = inf{x : F(x) ≥ p}, 0 < p < 1, of a member
	// with numeric parameters θ; nil: that of Gonum. A value that is not
	// finite is reported as such by Dist.Quantile.
	Quantile func(θ []float64, p float64) (float64, error)

	// CDF returns the cumulative distribution function F(x) = P(X ≤ x) in
	// closed form, for symbolic parameters or a symbolic x; the form holds
	// on the support, and a numeric x outside it gives 0 or 1. An error
	// when the form depends on a sign that is not known (Laplace at a
	// symbolic x − μ). nil: no closed form in the functions of sym; see
	// CDFValue.
	CDF func(θ []sym.Expr, x sym.Expr) (sym.Expr, error)
	// CDFValue returns F(x) for numeric θ and x with a bound on its
	// relative error, for a family without CDF (special functions: erfc,
	// the regularized incomplete gamma and beta functions). The bound is
	// checked against mpmath on a grid that includes both tails
	// (dist/cdf_refs_test.go).
	CDFValue func(θ []float64, x float64) (F, relErr float64)
	// SurvivalValue returns S(x) = 1 − F(x) = P(X > x) for numeric θ and x
	// with a bound on its relative error, computed without the difference
	// with 1, for the upper quantiles of a family with CDFValue; nil:
	// upper quantiles come from CDFValue, with its absolute error near 1.
	SurvivalValue func(θ []float64, x float64) (S, relErr float64)
	// LogCDFValue returns log F(x) with a bound on its absolute error where
	// F(x) is positive but below the float64 range (CDFValue's bound is
	// then +Inf); nil: such an x is reported as beyond the range.
	LogCDFValue func(θ []float64, x float64) (logF, absErr float64)
	// InverseCDF returns the quantile F⁻¹(u), 0 < u < 1, in closed form;
	// an error when it depends on a sign that is not known. nil: numeric
	// only (Quantile).
	InverseCDF func(θ []sym.Expr, u sym.Expr) (sym.Expr, error)

	// LogPMF returns, for a discrete family whose sampler's log-probability
	// loses digits (through differences of log-gamma), an accurate one at
	// the whole numbers with a bound on its absolute error; nil when the
	// sampler's is accurate to a few ulps of its size.
	LogPMF func(θ []float64) func(k float64) (logp, absErr float64)

	// Probabilities returns, for a family on finitely many values (0, 1
	// for Bernoulli; 1 … k for Categorical), the probability of each in
	// ascending order; total variation and Jensen–Shannon sum over them.
	// nil for other families.
	Probabilities func(θ []sym.Expr) []sym.Expr
	// MeanLogBaseMethod describes, for :steps, how MeanLogBaseTo computes
	// E[log h(x)] for numeric θ (a sum or an asymptotic series); nil when
	// it is a closed form.
	MeanLogBaseMethod func(θ []float64) string

	// RaoDistance returns the Fisher–Rao distance between the members
	// with parameters p and q where it has a closed form (see package
	// fisher); nil: none.
	RaoDistance func(p, q []sym.Expr) sym.Expr

	// NonExp holds the closed forms of a family that is not exponential.
	NonExp *NonExponential
}

// GonumDist is the part of a gonum distuv distribution a family uses.
type GonumDist interface {
	LogProb(x float64) float64
	CDF(x float64) float64
	Quantile(p float64) float64
	Rand() float64
}

// NonExponential gives the quantities a non-exponential family cannot
// derive from a log-partition.
type NonExponential struct {
	LogPDF       func(x sym.Expr, θ []sym.Expr) sym.Expr
	Entropy      func(θ []sym.Expr) sym.Expr
	CrossEntropy func(p, q []sym.Expr) (sym.Expr, error) // −E_p[log q]
	Fisher       func(θ []sym.Expr) ([][]sym.Expr, error)
}

// Dist is a member of a family: the family and its parameters, numeric or
// symbolic. A normal with numeric parameters also carries its factorised
// form MVN; a multivariate normal N(μ, Σ) has only that (Theta is nil).
type Dist struct {
	Family *Family
	Theta  []sym.Expr
	MVN    *MVN
}

// Multivariate reports whether d is a normal written N(μ, Σ) with a mean
// vector, which has no scalar parameters.
func (d *Dist) Multivariate() bool { return d.Theta == nil && d.MVN != nil }

var families = map[string]*Family{}
var familyOrder []*Family

func register(f *Family) *Family {
	families[f.Name] = f
	familyOrder = append(familyOrder, f)
	return f
}

// Families returns the families in the order they are documented (by
// Rank).
func Families() []*Family {
	out := append([]*Family(nil), familyOrder...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rank < out[j].Rank })
	return out
}

// LookupFamily returns the family with the given name.
func LookupFamily(name string) (*Family, bool) {
	f, ok := families[name]
	return f, ok
}

// New checks θ against the family's parameter domains and returns the
// distribution. Symbolic parameters are accepted; the caller records their
// domains as assumptions (see Assumptions).
func (f *Family) New(θ []sym.Expr) (*Dist, error) {
	if !f.Vector && len(θ) != len(f.Params) {
		return nil, fmt.Errorf("%s takes %d parameters, not %d", f.Name, len(f.Params), len(θ))
	}
	if f.Vector && len(θ) < 2 {
		return nil, fmt.Errorf("%s needs a vector of at least 2 entries", f.Name)
	}
	sum, allNumeric := 0.0, true
	for i, t := range θ {
		p := f.param(i)
		if !sym.IsNumber(t) {
			if f.NumericOnly {
				return nil, fmt.Errorf("%s: %s must be a number: its closed forms are computed numerically", f.Name, f.paramName(i))
			}
			allNumeric = false
			continue
		}
		v, err := sym.Float64(t)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %v", f.Name, f.paramName(i), err)
		}
		if !p.accepts(v) {
			return nil, fmt.Errorf("%s: %s must be %s, not %s", f.Name, f.paramName(i), p.DomainText(), strconv.FormatFloat(v, 'g', 10, 64))
		}
		sum += v
	}
	if f.Validate != nil && allNumeric {
		v := make([]float64, len(θ))
		for i, t := range θ {
			v[i], _ = sym.Float64(t)
		}
		if err := f.Validate(v); err != nil {
			return nil, fmt.Errorf("%s: %v", f.Name, err)
		}
	}
	if f.Simplex() && allNumeric {
		if d := sum - 1; d > 1e-12*float64(len(θ)) || -d > 1e-12*float64(len(θ)) {
			return nil, fmt.Errorf("%s: the probabilities must sum to 1, not %s", f.Name, strconv.FormatFloat(sum, 'g', 15, 64))
		}
	}
	return &Dist{Family: f, Theta: θ}, nil
}

// Simplex reports whether the parameters of f are the probabilities of
// the values 1 … k, summing to 1 (Categorical): no parameter is free of
// the others, and a distribution over the values is its parameter vector.
func (f *Family) Simplex() bool { return f.Vector && f.Params[0].Domain == Probability }

// NewFloat is New with float64 parameters.
func (f *Family) NewFloat(θ ...float64) (*Dist, error) {
	es := make([]sym.Expr, len(θ))
	for i, v := range θ {
		es[i] = sym.Float(v)
	}
	return f.New(es)
}

func (f *Family) param(i int) Param {
	if f.Vector {
		return f.Params[0]
	}
	return f.Params[i]
}

func (f *Family) paramName(i int) string {
	if f.Vector {
		return fmt.Sprintf("%s[%d]", f.Params[0].Name, i+1)
	}
	return f.Params[i].Name
}

func inDomain(v float64, d Domain) bool {
	switch d {
	case Positive:
		return v > 0
	case UnitInterval:
		return v > 0 && v < 1
	case Count:
		return v >= 1 && v == float64(int64(v))
	case Probability:
		return v >= 0 && v <= 1
	}
	return v == v // not NaN
}

// SymbolDomains returns, for each free symbol that stands alone as a
// parameter, the domain it must lie in, so that the caller can assume it.
func (d *Dist) SymbolDomains() map[string]Domain {
	out := map[string]Domain{}
	for i, t := range d.Theta {
		if name, ok := sym.SymbolName(t); ok && d.Family.param(i).Domain != Real {
			out[name] = d.Family.param(i).Domain
		}
	}
	return out
}

// IsNumeric reports whether every parameter is a number.
func (d *Dist) IsNumeric() bool {
	for _, t := range d.Theta {
		if !sym.IsNumber(t) {
			return false
		}
	}
	return true
}

// Floats returns the parameters as float64.
func (d *Dist) Floats() ([]float64, error) {
	out := make([]float64, len(d.Theta))
	for i, t := range d.Theta {
		v, err := sym.Float64(t)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// Free returns the indices of the parameters that are not fixed.
func (f *Family) Free(n int) []int {
	var idx []int
	for i := 0; i < n; i++ {
		if !f.param(i).Fixed {
			idx = append(idx, i)
		}
	}
	return idx
}

// etaSymbols returns symbols η1 … ηk standing for the natural parameters.
func etaSymbols(k int) ([]sym.Expr, []string) {
	es := make([]sym.Expr, k)
	names := make([]string, k)
	for i := range es {
		names[i] = fmt.Sprintf("η%d", i+1)
		es[i] = sym.Symbol(names[i])
	}
	return es, names
}

// Atom reports whether d is a point mass, a member at the boundary of its
// family (Poisson(0), Binomial(n, 1)), and where its mass lies.
func (d *Dist) Atom() (float64, bool) {
	if d.Family.Atom == nil || !d.IsNumeric() {
		return 0, false
	}
	θ, err := d.Floats()
	if err != nil {
		return 0, false
	}
	return d.Family.Atom(θ)
}

// LogDensity returns log p(x) as an expression in x:
// log h(x) + η · T(x) − A(η) for an exponential family, the declared
// log-density otherwise. It is nil for a family of vectors.
func (d *Dist) LogDensity(x sym.Expr) sym.Expr {
	f := d.Family
	if f.Eta == nil {
		if f.NonExp == nil || f.NonExp.LogPDF == nil {
			return nil
		}
		return f.NonExp.LogPDF(x, d.Theta)
	}
	if f.Vector || f.Stat == nil {
		return nil
	}
	η := d.NaturalParams()
	terms := []sym.Expr{f.LogBase(x, d.Theta), sym.Neg(d.LogPartitionAt(η))}
	for i, t := range f.Stat(x) {
		terms = append(terms, sym.Mul(η[i], t))
	}
	return sym.Add(terms...)
}

// NaturalParams returns η(θ).
func (d *Dist) NaturalParams() []sym.Expr { return d.Family.Eta(d.Theta) }

// LogPartitionAt returns A(η) for a member whose fixed parameters are
// those of d.
func (d *Dist) LogPartitionAt(η []sym.Expr) sym.Expr { return d.Family.LogPartition(η, d.Theta) }

// MeanStat returns E_θ[T(x)] = ∇A(η) at η = η(θ), by differentiating the
// log-partition (Wainwright & Jordan 2008, Prop. 3.1).
func (d *Dist) MeanStat() []sym.Expr {
	η := d.NaturalParams()
	es, names := etaSymbols(len(η))
	a := d.LogPartitionAt(es)
	at := map[string]sym.Expr{}
	for i, n := range names {
		at[n] = η[i]
	}
	out := make([]sym.Expr, len(η))
	for i, n := range names {
		out[i] = sym.Subs(sym.Diff(a, n), at)
	}
	return out
}

// CovStat returns Cov_θ[T(x)] = ∇²A(η) at η = η(θ).
func (d *Dist) CovStat() [][]sym.Expr {
	η := d.NaturalParams()
	es, names := etaSymbols(len(η))
	h := sym.Hessian(d.LogPartitionAt(es), names)
	at := map[string]sym.Expr{}
	for i, n := range names {
		at[n] = η[i]
	}
	for i := range h {
		for j := range h[i] {
			h[i][j] = sym.Subs(h[i][j], at)
		}
	}
	return h
}

// InNaturalSpace reports whether numeric natural parameters η lie in the
// family's natural parameter space; ok is false when η is symbolic and the
// answer is unknown. A point on the boundary is outside (A = +∞ there for
// every family declared).
func (f *Family) InNaturalSpace(η []sym.Expr) (in, ok bool) {
	if f.NaturalSpace == nil {
		return true, true
	}
	for _, c := range f.NaturalSpace(η) {
		if !sym.IsNumber(c) {
			return false, false
		}
		if r, isRat := sym.AsRat(c); isRat {
			if r.Sign() <= 0 {
				return false, true
			}
			continue
		}
		d, err := sym.Decimal(c, 5)
		if err != nil || d.Sign() <= 0 {
			return false, true // zero, or too close to it to tell: the boundary
		}
	}
	return true, true
}

// Infinite reports a quantity that is +∞ rather than undefined: a
// divergence or cross-entropy for which q has no mass where p has. The
// caller presents it as a value, not an error.
type Infinite struct{ Reason string }

func (e *Infinite) Error() string { return "infinite: " + e.Reason }
