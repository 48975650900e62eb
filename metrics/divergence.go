package metrics

import (
	"sort"

	"statcalc/dist"
	"statcalc/sym"
)

// Divergence is the one declaration of a divergence between two
// distributions p and q: the calculator's built-in, its :help entry, its
// completion and its :steps text are generated from it.
type Divergence struct {
	Name      string // the built-in's name: "kl"
	Signature string // "kl(p, q)"
	Doc       string // one line, with the definition
	Example   string // a statement :help shows
	Rank      int    // place in :help's listing, ascending
	// Information marks a quantity measured in nats (printed in bits
	// under :bits); distances such as Hellinger and W2 are not.
	Information bool

	// Family returns the closed form for two members of one family,
	// derived from the log-partition A(η) for exponential families.
	Family func(p, q *dist.Dist) (sym.Expr, error)
	// Normal is the numeric form for two normals with numeric parameters
	// (multivariate, through Cholesky factors).
	Normal func(p, q *dist.MVN) (Estimate, error)
	// Quantiles is the numeric form for two distributions of one variable
	// through their quantile functions (W2's quantile coupling); nil when
	// there is none.
	Quantiles func(p, q ScalarDensity) (Estimate, error)
	// Integrand writes the divergence through expectations of the
	// log-densities, the form a numeric route or Monte Carlo evaluates;
	// nil when there is none (W2).
	Integrand *Integrand

	// Steps is the :steps line: a label and the formula in terms of
	// A(η_p), A(η_q) and ∇A(η_p). MeanStat asks to show ∇A(η_p) = E_p[T(x)]
	// before it.
	StepsLabel, Steps string
	MeanStat          bool
}

// Integrand gives a divergence as Combine(E_p[UnderP], E_q[UnderQ]), each
// integrand a function of log p(x) and log q(x) at a draw x. A nil
// integrand contributes 0; a nil Combine adds the two means.
type Integrand struct {
	UnderP, UnderQ func(logp, logq float64) float64
	Combine        func(meanP, meanQ float64) float64
	// Linear marks integrands linear in log p and log q with a nil
	// Combine: their tails fall with the density they are taken under,
	// so the quantile-space quadrature of Numeric reaches them.
	Linear bool
	// Bounded marks integrands that are bounded functions of the density
	// ratio under the distribution they are taken under (JS, TV, χ²
	// through E_p[p/q]): the quantile-space quadrature reaches them too.
	Bounded bool
	// Finite marks integrals finite for every pair (JS ≤ log 2, TV ≤ 1,
	// ∫√(pq) ≤ 1): a quadrature that settles to only a few digits states
	// them, where for another integrand it may be summing a divergent
	// tail.
	Finite bool
	// KinkWhereEqual marks integrands with a kink where p = q (TV's
	// (1 − q/p)₊): the quadrature splits there.
	KinkWhereEqual bool
}

// Quadrature reports whether Numeric integrates the integrand.
func (in *Integrand) Quadrature() bool { return in != nil && (in.Linear || in.Bounded) }

// Value returns Combine(meanP, meanQ).
func (in *Integrand) Value(meanP, meanQ float64) float64 {
	if in.Combine == nil {
		return meanP + meanQ
	}
	return in.Combine(meanP, meanQ)
}

var divergences []*Divergence

func declare(d *Divergence) *Divergence {
	divergences = append(divergences, d)
	return d
}

// Divergences returns the declared divergences in the order :help lists
// them (by Rank).
func Divergences() []*Divergence {
	out := append([]*Divergence(nil), divergences...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rank < out[j].Rank })
	return out
}

// LookupDivergence returns the divergence with the given name.
func LookupDivergence(name string) (*Divergence, bool) {
	for _, d := range divergences {
		if d.Name == name {
			return d, true
		}
	}
	return nil, false
}
