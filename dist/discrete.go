package dist

import (
	"math/big"

	"statcalc/sym"
)

// Entropies of discrete families for any parameter. The closed forms of
// some need E[log h(x)] (E[log x!] for the Poisson, E[log C(n, x)] for the
// binomial), a series whose terms cancel against the rest of the entropy
// as the parameter grows, so the entropy H itself is computed and
// E[log h(x)] is written in terms of it (family_poisson.go,
// family_binomial.go). H is summed term by term from accurate
// log-probabilities for moderate parameters (entropySum, entropyWindow
// and exactEntropySum here), and taken from an asymptotic series, an exact
// expression with a truncation bound, for large ones.

// Exact sums for :precision cost about a millisecond a term in decimal
// arithmetic; beyond these sizes the float64 sum is kept, and its bound
// says how many digits it has.
const (
	maxExactTerms  = 300
	maxExactDigits = 60
	maxExactN      = 10_000 // binomial n: log n! costs more as n grows
)

// exactEntropySum returns −Σ p(k) log p(k) over k = lo … hi as an exact
// expression, logp giving log p(k).
func exactEntropySum(lo, hi float64, logp func(k sym.Expr) sym.Expr) sym.Expr {
	terms := make([]sym.Expr, 0, int(hi-lo)+1)
	for k := lo; k <= hi; k++ {
		l := logp(exactFloat(k))
		terms = append(terms, sym.Neg(sym.Mul(exp(l), l)))
	}
	return sym.Add(terms...)
}

// exactFloat turns a computed float64 into the exact rational it stands
// for: a Float would turn the whole closed form into float64 arithmetic
// and lose the cancellation of its terms.
func exactFloat(f float64) sym.Expr { return sym.Rat(new(big.Rat).SetFloat64(f)) }

// EntropyMethod describes, for :steps, how E[log h(x)] of a member with
// numeric parameters is obtained (Family.MeanLogBaseMethod); "" when it
// is a closed form.
func EntropyMethod(d *Dist) string {
	m := d.Family.MeanLogBaseMethod
	if m == nil || !d.IsNumeric() {
		return ""
	}
	if _, ok := d.Atom(); ok {
		return ""
	}
	θ, _ := d.Floats()
	return m(θ)
}
