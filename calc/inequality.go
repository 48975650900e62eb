package calc

import (
	"fmt"
	"sort"
	"strings"

	"statcalc/parser"
	"statcalc/sym"
)

var relations = map[parser.Kind]sym.Relation{
	parser.Less: sym.LessThan, parser.LessEq: sym.LessOrEqual,
	parser.Greater: sym.GreaterThan, parser.GreaterEq: sym.GreaterOrEqual,
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
	side := func(n parser.Node, which string) sym.Expr {
		v := s.eval(n)
		sc, ok := v.(Scalar)
		if !ok {
			if m, isM := v.(*Matrix); isM && m.Rows == 1 && m.Cols == 1 {
				return m.At(0, 0)
			}
			errorf(n.Position(), "check: an inequality compares real numbers; the %s is %s", which, v.Kind())
		}
		return sc.E
	}
	lhs, rhs := side(st.Lhs, "left side"), side(st.Rhs, "right side")
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
		keys := make([]string, 0, len(r.Counterexample))
		for k := range r.Counterexample {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + " = " + r.Counterexample[k]
		}
		msg += " at " + strings.Join(parts, ", ")
	}
	if r.Detail != "" {
		msg += " (" + r.Detail + ")"
	}
	errorf(st.Pos, "%s", msg)
	return ""
}
