package dist

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
