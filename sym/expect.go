package sym

import (
	"fmt"
)

// maxExpandDegree and maxExpandTerms bound the expansion of powers of sums
// in Expect, so that a large power gives up instead of exploding.
const (
	maxExpandDegree = 12
	maxExpandTerms  = 2000
)

// Expect returns E[e] for a random variable named x, using that
// expectation is linear: sums distribute, factors free of x come out, and
// products and small integer powers of sums that involve x are expanded.
// Every remaining x-dependent product of factors (an "atom" such as x^3,
// log(x) or x^2 log(x)) is passed to moment, which returns its expectation
// or false when it does not know it.
func Expect(e Expr, x string, moment func(atom Expr) (Expr, bool)) (Expr, error) {
	return expect(e, x, moment)
}

func dependsOn(e Expr, x string) bool {
	found := false
	Walk(e, func(n Expr) bool {
		if s, ok := n.(*symbol); ok && s.name == x {
			found = true
		}
		return !found
	})
	return found
}

func expect(e Expr, x string, moment func(Expr) (Expr, bool)) (Expr, error) {
	if !dependsOn(e, x) {
		return e, nil
	}
	switch t := e.(type) {
	case *sum:
		terms := make([]Expr, len(t.terms))
		for i, term := range t.terms {
			v, err := expect(term, x, moment)
			if err != nil {
				return nil, err
			}
			terms[i] = v
		}
		return Add(terms...), nil
	case *prod:
		var free, dep []Expr
		for _, f := range t.factors {
			if dependsOn(f, x) {
				dep = append(dep, f)
			} else {
				free = append(free, f)
			}
		}
		// A factor that is a sum, or a power of one, is multiplied out.
		for i, f := range dep {
			if terms, ok := expandTerms(f, x); ok {
				rest := append(append([]Expr(nil), dep[:i]...), dep[i+1:]...)
				parts := make([]Expr, len(terms))
				for j, term := range terms {
					parts[j] = Mul(append([]Expr{term}, rest...)...)
				}
				v, err := expect(Add(parts...), x, moment)
				if err != nil {
					return nil, err
				}
				return Mul(append(free, v)...), nil
			}
		}
		v, err := atom(Mul(dep...), moment)
		if err != nil {
			return nil, err
		}
		return Mul(append(free, v)...), nil
	case *pow:
		if terms, ok := expandTerms(t, x); ok {
			return expect(Add(terms...), x, moment)
		}
	}
	return atom(e, moment)
}

func atom(e Expr, moment func(Expr) (Expr, bool)) (Expr, error) {
	if v, ok := moment(e); ok {
		return v, nil
	}
	return nil, fmt.Errorf("no closed form for the expectation of %s", Format(e))
}

// expandTerms multiplies out a sum, or a sum raised to a small positive
// integer power, into a list of terms.
func expandTerms(e Expr, x string) ([]Expr, bool) {
	switch t := e.(type) {
	case *sum:
		return t.terms, true
	case *pow:
		base, ok := t.base.(*sum)
		k, isRat := t.exp.(*rat)
		if !ok || !isRat || !k.r.IsInt() || !dependsOn(base, x) {
			return nil, false
		}
		n := k.r.Num()
		if n.Sign() <= 0 || !n.IsInt64() || n.Int64() > maxExpandDegree {
			return nil, false
		}
		terms := []Expr{Int(1)}
		for i := int64(0); i < n.Int64(); i++ {
			next := make([]Expr, 0, len(terms)*len(base.terms))
			for _, a := range terms {
				for _, b := range base.terms {
					next = append(next, Mul(a, b))
				}
			}
			if len(next) > maxExpandTerms {
				return nil, false
			}
			// Collect like terms as we go.
			if s, isSum := Add(next...).(*sum); isSum {
				terms = s.terms
			} else {
				terms = []Expr{Add(next...)}
			}
		}
		return terms, true
	}
	return nil, false
}
