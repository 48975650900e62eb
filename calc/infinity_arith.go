package calc

import (
	"math"

	"statcalc/parser"
	"statcalc/sym"
)

// infiniteArithmetic applies + − × ÷ ^ when x or y is ±∞ and the other a
// number, with the limits of real analysis: ∞ + c = ∞, c·∞ = ±∞ for
// c ≠ 0, c/∞ = 0, ∞^c = ∞ or 0 by the sign of c, c^∞ = ∞ or 0 by |c|
// against 1. The indeterminate forms (∞ − ∞, 0·∞, ∞/∞, 1^∞, ∞^0 and
// the like) are errors. ok is false when neither side is infinite.
func (s *Session) infiniteArithmetic(n *parser.Binary, x, y Value) (Value, bool) {
	xi, xInf := x.(Inf)
	yi, yInf := y.(Inf)
	if !xInf && !yInf {
		return nil, false
	}
	// sign is −1, 0 or +1 for a number, ±2 for ±∞.
	sign := func(v Value, pos parser.Pos) (int, float64) {
		switch v := v.(type) {
		case Inf:
			if v.Neg {
				return -2, math.Inf(-1)
			}
			return 2, math.Inf(1)
		case Scalar:
			if sym.IsNumber(v.E) {
				f, err := sym.Float64(v.E)
				if err == nil {
					switch {
					case sym.Equal(v.E, sym.Int(0)):
						return 0, 0
					case math.Signbit(f):
						return -1, f
					default:
						return 1, f
					}
				}
			}
		}
		errorf(pos, "cannot %s infinity and %s: ∞ takes part in arithmetic only with numbers", opNames[n.Op], describe(v))
		return 0, 0
	}
	sx, fx := sign(x, n.X.Position())
	sy, fy := sign(y, n.Y.Position())
	reason := xi.Reason
	if reason == "" {
		reason = yi.Reason
	}
	inf := func(neg bool) (Value, bool) { return Inf{Reason: reason, Neg: neg}, true }
	zero := func() (Value, bool) { return Scalar{E: sym.Int(0)}, true }
	undefined := func(form string) (Value, bool) {
		errorf(n.Pos, "%s is undefined", form)
		return nil, false
	}
	isInf := func(k int) bool { return k == 2 || k == -2 }
	switch n.Op {
	case parser.Plus, parser.Minus:
		if n.Op == parser.Minus {
			sy = -sy
		}
		switch {
		case isInf(sx) && isInf(sy) && sx != sy:
			return undefined("∞ − ∞")
		case isInf(sx):
			return inf(sx < 0)
		default:
			return inf(sy < 0)
		}
	case parser.Star:
		if sx == 0 || sy == 0 {
			return undefined("0 · ∞")
		}
		return inf((sx < 0) != (sy < 0))
	case parser.Slash:
		switch {
		case isInf(sx) && isInf(sy):
			return undefined("∞ / ∞")
		case sy == 0:
			errorf(n.Y.Position(), "division by zero")
		case isInf(sy):
			return zero()
		}
		return inf((sx < 0) != (sy < 0))
	case parser.Caret:
		if isInf(sx) {
			// (±∞)^c
			switch {
			case isInf(sy) && sy < 0:
				return zero()
			case isInf(sy):
				if sx < 0 {
					return undefined("(−∞)^∞")
				}
				return inf(false)
			case sy == 0:
				return undefined("∞^0")
			case sy < 0:
				return zero()
			}
			if sx < 0 {
				if fy != math.Trunc(fy) {
					errorf(n.Pos, "(−∞)^%s is not real", formatShort(fy))
				}
				return inf(math.Mod(fy, 2) != 0)
			}
			return inf(false)
		}
		// c^(±∞)
		a := math.Abs(fx)
		switch {
		case fx <= -1 || a == 1:
			return undefined(formatShort(fx) + "^∞")
		case (a > 1) == (sy > 0):
			return inf(false)
		}
		return zero()
	}
	errorf(n.Pos, "cannot %s infinity", opNames[n.Op])
	return nil, false
}

// infiniteElementary evaluates exp, log and sqrt at ±∞; ok is false for
// any other call or argument.
func infiniteElementary(name string, a *args) (Value, bool) {
	if len(a.vals) != 1 {
		return nil, false
	}
	v, isInf := a.vals[0].(Inf)
	if !isInf {
		return nil, false
	}
	switch {
	case name == "exp" && v.Neg:
		return Scalar{E: sym.Int(0)}, true
	case name == "exp", (name == "log" || name == "sqrt") && !v.Neg:
		return Inf{Reason: v.Reason}, true
	case name == "log" || name == "sqrt":
		errorf(a.pos[0], "%s(−∞) is not real", name)
	}
	errorf(a.pos[0], "%s: the argument must be a finite number or an expression, not %s", name, v.name())
	return nil, false
}

// checkInfinite decides a check with ±∞ on a side, exactly: ∞ equals
// only ∞ and exceeds every number. ok is false when neither side is
// infinite.
func (s *Session) checkInfinite(st *parser.CheckStmt, l, r Value) (string, bool) {
	_, lInf := l.(Inf)
	_, rInf := r.(Inf)
	if !lInf && !rInf {
		return "", false
	}
	// rank places −∞ < every number < +∞; numbers compare by value.
	rank := func(v Value, pos parser.Pos) int {
		switch v := v.(type) {
		case Inf:
			if v.Neg {
				return -1
			}
			return 1
		case Scalar:
			if sym.IsNumber(v.E) {
				return 0
			}
		}
		errorf(pos, "check: ∞ compares only with numbers and ∞, not %s", describe(v))
		return 0
	}
	lr, rr := rank(l, st.Lhs.Position()), rank(r, st.Rhs.Position())
	side := func(v Value) string {
		if i, ok := v.(Inf); ok {
			return i.name()
		}
		return s.plain(v)
	}
	var holds bool
	switch op, inequality := relations[st.Op]; {
	case !inequality:
		holds = lr == rr
	case op == sym.LessThan:
		holds = lr < rr
	case op == sym.LessOrEqual:
		holds = lr <= rr
	case op == sym.GreaterThan:
		holds = lr > rr
	default:
		holds = lr >= rr
	}
	if !holds {
		rel := "=="
		if op, ok := relations[st.Op]; ok {
			rel = relationSymbol[op]
		}
		errorf(st.Pos, "check failed: lhs %s rhs does not hold (lhs = %s, rhs = %s)", rel, side(l), side(r))
	}
	return "ok (exact)", true
}
