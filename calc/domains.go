package calc

import (
	"fmt"
	"strings"

	"statcalc/dist"
	"statcalc/parser"
	"statcalc/sym"
)

// domainProperty is the property of sym's assumptions that a parameter
// domain requires of a value (its lower end, for the sign rules).
var domainProperty = map[dist.Domain]sym.Property{
	dist.Positive:     sym.Positive,
	dist.UnitInterval: sym.UnitInterval,
	dist.Count:        sym.Positive,
	dist.Probability:  sym.Nonnegative,
}

// requireDomain refuses a symbolic parameter that the session's assumptions
// prove to lie outside its domain, such as the variance −v once N(0, v)
// has made v positive; it names the parameter, its constraint and the
// assumptions that rule it out. A parameter that may lie in its domain is
// accepted. A bare symbol −x in a positive parameter makes x negative.
func (s *Session) requireDomain(pos parser.Pos, family, param string, e sym.Expr, dom dist.Domain) {
	p, ok := domainProperty[dom]
	if !ok || sym.IsNumber(e) {
		return
	}
	if sym.Excludes(e, p, s.assume) {
		var facts []string
		for _, n := range sym.FreeSymbols(e) {
			for _, q := range s.assume.Properties(n) {
				facts = append(facts, n+" is "+q.String())
			}
		}
		because := ""
		if len(facts) > 0 {
			because = ", since " + strings.Join(facts, " and ")
		}
		errorf(pos, "%s: %s must be %s, but %s cannot be%s", family, param, dom, sym.Format(e), because)
	}
	if name, ok := sym.SymbolName(sym.Neg(e)); ok && p == sym.Positive {
		s.assume.Assume(name, sym.Negative)
	}
}

// requireNonnegative refuses a negative value of a divergence, which is
// never below 0: a float64 result within rounding of 0 (|d| ≤ 1e-13) is 0,
// a larger negative one an error rather than a wrong answer.
func (s *Session) requireNonnegative(a *args, v Scalar) Value {
	if !nonNegative[a.call.Fun] || !sym.IsNumber(v.E) {
		return v
	}
	f, err := sym.Float64(v.E)
	if err != nil || f >= 0 {
		return v
	}
	if f >= -1e-13 {
		return Scalar{E: sym.Int(0)}
	}
	errorf(a.call.Pos, "%s: the formula gives %s, but a divergence is never negative: are the parameters in their domains?", a.call.Fun, fmt.Sprint(formatFloat(f, s.digits)))
	return nil
}

// nonNegative lists the functions whose value is never negative.
var nonNegative = map[string]bool{"kl": true, "renyi": true, "bhattacharyya": true, "hellinger": true, "w2": true}
