package calc

import (
	"statcalc/sym"
)

// realLineArg returns argument i of limit or integrate, a point of the real
// line or ±inf: the point as an expression (the symbol inf for ±∞, so
// that it prints as written) and the sign of its infinity (0 when finite).
func (s *Session) realLineArg(a *args, i int, what string) (sym.Expr, int) {
	if v, ok := a.vals[i].(Inf); ok {
		if v.Neg {
			return sym.Neg(sym.Symbol("inf")), -1
		}
		return sym.Symbol("inf"), 1
	}
	return s.scalarArg(a, i, what), 0
}

// infinityEntry is ±∞ as an entry of a matrix, which holds expressions.
func infinityEntry(sign int) sym.Expr {
	if sign < 0 {
		return sym.Neg(sym.Symbol("inf"))
	}
	return sym.Symbol("inf")
}

func fnLimit(s *Session, a *args) Value {
	x := s.oneName(a, 1)
	to, toInf := s.realLineArg(a, 2, "the point")
	side := 0
	if d, ok := a.keys["dir"]; ok {
		str, isStr := d.(Str)
		switch {
		case isStr && str == "+":
			side = 1
		case isStr && str == "-":
			side = -1
		default:
			errorf(a.kpos["dir"], `limit: dir must be "+" (from above) or "-" (from below)`)
		}
		if toInf != 0 {
			errorf(a.kpos["dir"], "limit: dir= has no meaning at %s", sym.Format(to))
		}
	}
	if toInf == 0 {
		for _, n := range sym.FreeSymbols(to) {
			if n == x {
				errorf(a.pos[2], "limit: the point must not depend on %s", x)
			}
		}
	}
	limit := func(e sym.Expr) (sym.Expr, int) {
		v, inf, err := sym.Limit(e, x, to, toInf, side, s.assume)
		if err != nil {
			errorf(a.call.Pos, "limit: %v", err)
		}
		return v, inf
	}
	if sc, ok := a.vals[0].(Scalar); ok {
		v, inf := limit(sc.E)
		if inf != 0 {
			return Inf{Neg: inf < 0}
		}
		return Scalar{E: v}
	}
	return s.mapEntries(a, a.vals[0], func(e sym.Expr) sym.Expr {
		v, inf := limit(e)
		if inf != 0 {
			return infinityEntry(inf)
		}
		return v
	})
}
