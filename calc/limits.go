package calc

import (
	"statcalc/sym"
)

// infinity reports whether e is inf (+1) or -inf (−1), the names the
// language gives the ends of the real line in limit and integrate.
func infinity(e sym.Expr) int {
	if n, ok := sym.SymbolName(e); ok && n == "inf" {
		return 1
	}
	if n, ok := sym.SymbolName(sym.Neg(e)); ok && n == "inf" {
		return -1
	}
	return 0
}

// infinityValue is the value the language prints for ±∞ as a limit.
func infinityValue(sign int) sym.Expr {
	if sign < 0 {
		return sym.Neg(sym.Symbol("inf"))
	}
	return sym.Symbol("inf")
}

func fnLimit(s *Session, a *args) Value {
	x := s.oneName(a, 1)
	to := s.scalarArg(a, 2, "the point")
	toInf := infinity(to)
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
	return s.mapEntries(a, a.vals[0], func(e sym.Expr) sym.Expr {
		v, inf, err := sym.Limit(e, x, to, toInf, side, s.assume)
		if err != nil {
			errorf(a.call.Pos, "limit: %v", err)
		}
		if inf != 0 {
			return infinityValue(inf)
		}
		return v
	})
}
