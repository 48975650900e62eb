package sym

// Excludes reports whether the assumptions prove that e lies outside the
// set p describes: e ≤ 0 for Positive, e < 0 for Nonnegative, e ≥ 0 for
// Negative, e > 0 for Nonpositive, e = 0 for NonzeroReal, and for
// UnitInterval e ≤ 0 or e ≥ 1. Unknown is not proof: x − y is excluded from
// nothing. The sign is inferred from the structure of e (sums of
// like-signed terms, products, powers, exp, log) and the assumed signs of
// its symbols, so −v with v > 0 is excluded from Positive.
func Excludes(e Expr, p Property, a *Assumptions) bool {
	s := signOf(e, a)
	switch p {
	case Positive:
		return s.nonpos()
	case Nonnegative:
		return s.neg()
	case Negative:
		return s.nonneg()
	case Nonpositive:
		return s.pos()
	case NonzeroReal:
		return s&sZero != 0
	case UnitInterval:
		return s.nonpos() || signOf(Sub(e, one), a).nonneg()
	}
	return false
}
