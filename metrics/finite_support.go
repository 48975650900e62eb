package metrics

import (
	"fmt"

	"statcalc/dist"
	"statcalc/sym"
)

// pmfVector returns the probabilities of the values of a member of a
// family on finitely many values (dist.Family.Probabilities: [1 − p, p]
// for a Bernoulli, p for a Categorical); ok is false for other families.
func pmfVector(d *dist.Dist) ([]sym.Expr, bool) {
	if d.Family.Probabilities == nil {
		return nil, false
	}
	return d.Family.Probabilities(d.Theta), true
}

// finitePair returns the probability vectors of two members of one
// family with finite support, or the reason there is no closed form.
func finitePair(name string, p, q *dist.Dist) ([]sym.Expr, []sym.Expr, error) {
	if err := sameFamily(p, q); err != nil {
		return nil, nil, err
	}
	a, ok := pmfVector(p)
	b, _ := pmfVector(q)
	if !ok {
		return nil, nil, fmt.Errorf("%s has no closed form for two %s distributions", name, p.Family.Name)
	}
	if len(a) != len(b) {
		return nil, nil, fmt.Errorf("the categories differ in number (%d and %d)", len(a), len(b))
	}
	return a, b, nil
}

func isZero(e sym.Expr) bool { return sym.Equal(e, sym.Int(0)) }

func symCall(name string, args ...sym.Expr) sym.Expr {
	e, err := sym.Call(name, args...)
	if err != nil {
		panic(err) // the names are fixed here: a failure is a programming error
	}
	return e
}

// TVFinite returns ½ Σᵢ |pᵢ − qᵢ| for Bernoullis and Categoricals; other
// families have no closed form.
func TVFinite(p, q *dist.Dist) (sym.Expr, error) {
	a, b, err := finitePair("tv", p, q)
	if err != nil {
		return nil, err
	}
	terms := make([]sym.Expr, len(a))
	for i := range a {
		terms[i] = symCall("abs", sym.Sub(a[i], b[i]))
	}
	return sym.Div(sym.Add(terms...), sym.Int(2)), nil
}

// JSFinite returns ½ Σᵢ [pᵢ log(2pᵢ/(pᵢ + qᵢ)) + qᵢ log(2qᵢ/(pᵢ + qᵢ))]
// for Bernoullis and Categoricals, with 0 log 0 = 0.
func JSFinite(p, q *dist.Dist) (sym.Expr, error) {
	a, b, err := finitePair("js", p, q)
	if err != nil {
		return nil, err
	}
	var terms []sym.Expr
	for i := range a {
		m := sym.Add(a[i], b[i])
		for _, x := range []sym.Expr{a[i], b[i]} {
			if !isZero(x) {
				terms = append(terms, sym.Mul(x, symCall("log", sym.Div(sym.Mul(sym.Int(2), x), m))))
			}
		}
	}
	if len(terms) == 0 {
		return sym.Int(0), nil
	}
	return sym.Div(sym.Add(terms...), sym.Int(2)), nil
}

// Pearson returns χ²(p‖q) = ∫p²/q − 1 = exp(D₂(p‖q)) − 1 through the
// Rényi divergence of order 2; for an exponential family
// ∫p²/q = exp(A(2η_p − η_q) − 2A(η_p) + A(η_q)), +∞ when 2η_p − η_q leaves
// the natural parameter space.
func Pearson(p, q *dist.Dist) (sym.Expr, error) {
	r, err := Renyi(p, q, sym.Int(2))
	if err != nil {
		return nil, err
	}
	return sym.Sub(symCall("exp", r), sym.Int(1)), nil
}
