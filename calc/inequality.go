package calc

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"statcalc/parser"
	"statcalc/sym"
)

var relations = map[parser.Kind]sym.Relation{
	parser.Less: sym.LessThan, parser.LessEq: sym.LessOrEqual,
	parser.Greater: sym.GreaterThan, parser.GreaterEq: sym.GreaterOrEqual,
}

// inequalityWithin decides an inequality between numbers of which one
// carries an error estimate (a numeric integral): only a difference
// beyond the estimates decides it.
func (s *Session) inequalityWithin(st *parser.CheckStmt, op sym.Relation, l, r Scalar) string {
	fa, errA := s.number(l.E)
	fb, errB := s.number(r.E)
	if err := firstErr(errA, errB); err != nil {
		errorf(st.Pos, "check: %v", err)
	}
	bound := l.RelErr*math.Abs(fa) + r.RelErr*math.Abs(fb) + 4*epsilon*math.Max(math.Abs(fa), math.Abs(fb))
	d := fa - fb
	if op == sym.LessThan || op == sym.LessOrEqual {
		d = -d
	}
	switch {
	case d > bound:
		return fmt.Sprintf("ok (numeric: the sides differ by %s, beyond the error estimate %s)", formatShort(math.Abs(fa-fb)), formatShort(bound))
	case d < -bound:
		errorf(st.Pos, "check failed: lhs %s rhs does not hold (lhs = %s, rhs = %s)", relationSymbol[op], s.plain(l), s.plain(r))
	}
	errorf(st.Pos, "check: cannot decide: the sides differ by %s, within the error estimate %s", formatShort(math.Abs(fa-fb)), formatShort(bound))
	return ""
}

var relationSymbol = map[sym.Relation]string{
	sym.LessThan: "<", sym.LessOrEqual: "≤", sym.GreaterThan: ">", sym.GreaterOrEqual: "≥",
}

// checkInequality runs `check a <= b` (or <, >, >=) between two real
// scalars: proved from the signs the assumptions fix, or tested at random
// points (sym.CheckInequality).
func (s *Session) checkInequality(st *parser.CheckStmt) string {
	op := relations[st.Op]
	for _, o := range st.Opts {
		errorf(o.Pos, "check: an inequality has no option %s=", o.Name)
	}
	lv, rv := s.eval(st.Lhs), s.eval(st.Rhs)
	if verdict, ok := s.checkInfinite(st, lv, rv); ok {
		return verdict
	}
	side := func(n parser.Node, v Value, which string) Scalar {
		sc, ok := v.(Scalar)
		if !ok {
			if m, isM := v.(*Matrix); isM && m.Rows == 1 && m.Cols == 1 {
				return Scalar{E: m.At(0, 0)}
			}
			errorf(n.Position(), "check: an inequality compares real numbers; the %s is %s", which, v.Kind())
		}
		return sc
	}
	ls, rs := side(st.Lhs, lv, "left side"), side(st.Rhs, rv, "right side")
	lhs, rhs := ls.E, rs.E
	if (ls.RelErr > 0 || rs.RelErr > 0) && sym.IsNumber(lhs) && sym.IsNumber(rhs) {
		return s.inequalityWithin(st, op, ls, rs)
	}
	for _, e := range []sym.Expr{lhs, rhs} {
		if sym.IsNumber(e) {
			if err := s.representable(e); err != nil {
				errorf(st.Pos, "check: %v", err)
			}
		}
	}
	r := sym.CheckInequality(lhs, rhs, op, s.checkAssumptions(lhs, rhs))
	if r.OK {
		switch {
		case r.Method == "symbolic":
			return "ok (symbolic)"
		case len(sym.FreeSymbols(lhs))+len(sym.FreeSymbols(rhs)) == 0:
			return "ok (numeric, 30 digits)"
		case r.Detail != "":
			return fmt.Sprintf("ok (numeric, %d points; %s)", r.Points, r.Detail)
		}
		return fmt.Sprintf("ok (numeric, %d points)", r.Points)
	}
	msg := fmt.Sprintf("check failed: lhs %s rhs does not hold", relationSymbol[op])
	if len(r.Counterexample) > 0 {
		msg += " at " + counterexampleText(r.Counterexample)
	}
	if r.Detail != "" {
		msg += " (" + r.Detail + ")"
	}
	errorf(st.Pos, "%s", msg)
	return ""
}

// counterexampleText prints a point of a check's counterexample, its symbols in
// alphabetical order: "a = 1.2, x = -0.3".
func counterexampleText(point map[string]string) string {
	keys := make([]string, 0, len(point))
	for k := range point {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + " = " + point[k]
	}
	return strings.Join(parts, ", ")
}
