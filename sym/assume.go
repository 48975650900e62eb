package sym

import (
	"sort"
)

// Property is a fact about a real symbol that Assume records.
type Property int

// Properties a symbol can be given. Every symbol is real; Real adds nothing.
const (
	Real         Property = iota // x ∈ ℝ (the default)
	Positive                     // x > 0
	Nonnegative                  // x ≥ 0
	Negative                     // x < 0
	Nonpositive                  // x ≤ 0
	NonzeroReal                  // x ≠ 0
	UnitInterval                 // 0 < x < 1
	Integer                      // x ∈ ℤ
)

var propertyNames = [...]string{"real", "positive", "nonnegative", "negative", "nonpositive", "nonzero", "in (0, 1)", "integer"}

// String returns a short description of p, such as "positive".
func (p Property) String() string {
	if p >= 0 && int(p) < len(propertyNames) {
		return propertyNames[p]
	}
	return "unknown property"
}

// fact is a set of known properties as bits.
type fact uint8

const (
	fPos fact = 1 << iota
	fNonneg
	fNeg
	fNonpos
	fNonzero
	fLtOne
	fInteger
)

func (p Property) fact() fact {
	switch p {
	case Positive:
		return fPos | fNonneg | fNonzero
	case Nonnegative:
		return fNonneg
	case Negative:
		return fNeg | fNonpos | fNonzero
	case Nonpositive:
		return fNonpos
	case NonzeroReal:
		return fNonzero
	case UnitInterval:
		return fPos | fNonneg | fNonzero | fLtOne
	case Integer:
		return fInteger
	}
	return 0
}

// Assumptions records properties of symbols. The zero value and nil hold
// no assumptions (every symbol an arbitrary real).
type Assumptions struct {
	facts    map[string]fact
	props    map[string][]Property
	positive []Expr // expressions assumed > 0: see AssumePositive
}

// NewAssumptions returns an empty set of assumptions.
func NewAssumptions() *Assumptions { return &Assumptions{} }

// Assume records that the symbol name has property p, in addition to what
// is already known about it (x > 0 then x < 1 gives 0 < x < 1).
func (a *Assumptions) Assume(name string, p Property) {
	if a.facts == nil {
		a.facts = map[string]fact{}
		a.props = map[string][]Property{}
	}
	f := a.facts[name] | p.fact()
	if f&fNonneg != 0 && f&fNonzero != 0 {
		f |= fPos
	}
	if f&fNonpos != 0 && f&fNonzero != 0 {
		f |= fNeg
	}
	a.facts[name] = f
	for _, q := range a.props[name] {
		if q == p {
			return
		}
	}
	a.props[name] = append(a.props[name], p)
}

// Forget removes every assumption about name.
func (a *Assumptions) Forget(name string) {
	if a == nil {
		return
	}
	delete(a.facts, name)
	delete(a.props, name)
	a.forgetPositive(name)
}

// Properties returns what has been assumed about name, in the order given.
func (a *Assumptions) Properties(name string) []Property {
	if a == nil {
		return nil
	}
	return append([]Property(nil), a.props[name]...)
}

// Names returns the symbols with assumptions, sorted.
func (a *Assumptions) Names() []string {
	if a == nil {
		return nil
	}
	names := make([]string, 0, len(a.props))
	for n := range a.props {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Clone returns an independent copy of a (nil for nil).
func (a *Assumptions) Clone() *Assumptions {
	if a == nil {
		return nil
	}
	c := &Assumptions{positive: append([]Expr(nil), a.positive...)}
	for n, ps := range a.props {
		for _, p := range ps {
			c.Assume(n, p)
		}
	}
	return c
}

func (a *Assumptions) factOf(name string) fact {
	if a == nil {
		return 0
	}
	return a.facts[name]
}

// consistent reports whether the assumptions about name can all hold.
func (a *Assumptions) consistent(name string) bool {
	f := a.factOf(name)
	if f&fPos != 0 && f&fNonpos != 0 || f&fNeg != 0 && f&fNonneg != 0 {
		return false
	}
	if f&fInteger != 0 && f&fLtOne != 0 {
		return false // no integer in (0, 1)
	}
	return true
}

// sign is what is known about the sign of an expression.
type sign uint8

const (
	sPos    sign = 1 << iota // > 0
	sNeg                     // < 0
	sZero                    // = 0
	sNonneg                  // ≥ 0
	sNonpos                  // ≤ 0
	sNonzero
)

func (s sign) pos() bool     { return s&sPos != 0 }
func (s sign) neg() bool     { return s&sNeg != 0 }
func (s sign) nonneg() bool  { return s&(sPos|sNonneg|sZero) != 0 }
func (s sign) nonpos() bool  { return s&(sNeg|sNonpos|sZero) != 0 }
func (s sign) nonzero() bool { return s&(sPos|sNeg|sNonzero) != 0 }

func signFromFloat(v float64) sign {
	switch {
	case v > 0:
		return sPos | sNonneg | sNonzero
	case v < 0:
		return sNeg | sNonpos | sNonzero
	case v == 0:
		return sZero | sNonneg | sNonpos
	}
	return 0
}

func normSign(s sign) sign {
	if s&sPos != 0 {
		s |= sNonneg | sNonzero
	}
	if s&sNeg != 0 {
		s |= sNonpos | sNonzero
	}
	if s&sNonneg != 0 && s&sNonzero != 0 {
		s |= sPos
	}
	if s&sNonpos != 0 && s&sNonzero != 0 {
		s |= sNeg
	}
	return s
}

// signOf infers the sign of e from its structure and the assumptions.
func signOf(e Expr, a *Assumptions) sign {
	switch x := e.(type) {
	case *rat, *flt:
		return signFromFloat(float64(numSign(x)))
	case *constant:
		return sPos | sNonneg | sNonzero
	case *symbol:
		f := a.factOf(x.name)
		var s sign
		if f&fPos != 0 {
			s |= sPos
		}
		if f&fNeg != 0 {
			s |= sNeg
		}
		if f&fNonneg != 0 {
			s |= sNonneg
		}
		if f&fNonpos != 0 {
			s |= sNonpos
		}
		if f&fNonzero != 0 {
			s |= sNonzero
		}
		return normSign(s)
	case *sum:
		allNonneg, allNonpos, anyPos, anyNeg := true, true, false, false
		for _, t := range x.terms {
			s := signOf(t, a)
			allNonneg = allNonneg && s.nonneg()
			allNonpos = allNonpos && s.nonpos()
			anyPos = anyPos || s.pos()
			anyNeg = anyNeg || s.neg()
		}
		var s sign
		if allNonneg {
			s |= sNonneg
			if anyPos {
				s |= sPos
			}
		}
		if allNonpos {
			s |= sNonpos
			if anyNeg {
				s |= sNeg
			}
		}
		if s == 0 && IsNumber(e) {
			return numericSign(e)
		}
		return normSign(s)
	case *prod:
		negs, strict := 0, true
		for _, f := range x.factors {
			s := signOf(f, a)
			switch {
			case s.pos():
			case s.neg():
				negs++
			case s.nonneg():
				strict = false
			case s.nonpos():
				negs++
				strict = false
			default:
				if IsNumber(e) {
					return numericSign(e)
				}
				return 0
			}
		}
		switch {
		case negs%2 == 0 && strict:
			return normSign(sPos)
		case negs%2 == 0:
			return sNonneg
		case strict:
			return normSign(sNeg)
		}
		return sNonpos
	case *pow:
		bs := signOf(x.base, a)
		switch {
		case x.base == E || bs.pos():
			return normSign(sPos)
		case isEvenInteger(x.exp):
			if bs.nonzero() {
				return normSign(sPos)
			}
			return sNonneg
		case isInteger(x.exp):
			if bs.neg() {
				return normSign(sNeg)
			}
			if bs.nonneg() && numSign(x.exp) > 0 {
				return sNonneg
			}
			if bs.nonpos() && numSign(x.exp) > 0 {
				return sNonpos
			}
			return 0
		case isNum(x.exp) || bs.nonneg():
			// A non-integer power is defined only for a non-negative base.
			return sNonneg
		}
		return 0
	case *call:
		switch x.name {
		case "abs":
			if signOf(x.args[0], a).nonzero() {
				return normSign(sPos)
			}
			return sNonneg
		case "trigamma":
			return normSign(sPos)
		case "tanh", "sigmoid":
			return signTrig(x, a)
		case "polygamma":
			if n, ok := x.args[0].(*rat); ok && n.r.IsInt() && n.r.Sign() > 0 && signOf(x.args[1], a).pos() {
				if n.r.Num().Bit(0) == 1 {
					return normSign(sPos)
				}
				return normSign(sNeg)
			}
		case "log":
			if s, ok := x.args[0].(*symbol); ok {
				f := a.factOf(s.name)
				if f&fPos != 0 && f&fLtOne != 0 {
					return normSign(sNeg)
				}
			}
		}
		if IsNumber(e) {
			return numericSign(e)
		}
	}
	return 0
}

// numericSign decides the sign of a constant expression by evaluating it,
// when the value is clearly away from zero.
func numericSign(e Expr) sign {
	v, err := Float64(e)
	if err != nil || v > -1e-9 && v < 1e-9 {
		return 0
	}
	return signFromFloat(v)
}
