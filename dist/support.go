package dist

import "statcalc/sym"

// SupportSet is the set an observation of a family lies in, declared so
// that callers can constrain a symbolic observation (a check samples x > 0
// for logpdf(Gamma(a, b), x)).
type SupportSet int

const (
	RealLine      SupportSet = iota // ℝ, or a set not described below
	PositiveReals                   // (0, ∞)
	OpenUnit                        // (0, 1)
	Naturals                        // 0, 1, 2, …
	Counting                        // 1, 2, 3, …
	ZeroOne                         // {0, 1}
)

// SupportSet returns the set an observation of f lies in.
func (f *Family) SupportSet() SupportSet { return f.Values }

// SupportEnds returns the closure [lo, hi] of the support of a continuous
// member of one variable, nil for an infinite end: the declared Ends, or
// the set Values names. ok is false when the support is not known that
// way (a discrete family, a vector, a set that depends on θ undeclared).
func (d *Dist) SupportEnds() (lo, hi sym.Expr, ok bool) {
	f := d.Family
	switch {
	case f.Discrete || f.Vector || d.Multivariate():
		return nil, nil, false
	case f.Ends != nil:
		lo, hi = f.Ends(d.Theta)
		return lo, hi, true
	case f.Values == PositiveReals:
		return zero, nil, true
	case f.Values == OpenUnit:
		return zero, one, true
	case f.Values == RealLine && f.Support == nil:
		return nil, nil, true
	}
	return nil, nil, false
}
