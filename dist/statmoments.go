package dist

import (
	"fmt"

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
func (d *Dist) StatMoment(k []int) (sym.Expr, error) {
	f := d.Family
	if f.Eta == nil || f.Stat == nil {
		return nil, fmt.Errorf("%s is not an exponential family with scalar statistics", f.Name)
	}
	η := d.NaturalParams()
	if len(k) != len(η) {
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
	a := d.LogPartitionAt(es)
	m := exp(a)
	for i, ki := range k {
		for j := 0; j < ki; j++ {
			m = sym.Diff(m, names[i])
		}
	}
	at := map[string]sym.Expr{}
	for i, n := range names {
		at[n] = η[i]
	}
	ratio := sym.Normal(sym.Mul(m, exp(sym.Neg(a))), nil)
	return sym.Subs(ratio, at), nil
}

// statProductMoment returns E[atom] when atom is a product of powers of
// the sufficient statistics of d.
func (d *Dist) statProductMoment(atom, x sym.Expr) (sym.Expr, bool) {
	if d.Family.Eta == nil || d.Family.Stat == nil {
		return nil, false
	}
	k, ok := sym.Monomial(atom, d.Family.Stat(x))
	if !ok {
		return nil, false
	}
	v, err := d.StatMoment(k)
	return v, err == nil
}
