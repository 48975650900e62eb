package calc

import (
	"fmt"
	"math"
	"strings"

	"statcalc/parser"
	"statcalc/sym"
)

// checkShapes lets check compare values of the same content written in
// different shapes: a 1×1 matrix (or a 1-vector) and a scalar compare
// their one entry; a vector and a one-column matrix compare entry by entry
// (they have the same rows and columns already).
func checkShapes(lhs, rhs Value) (Value, Value) {
	single := func(v Value) (Value, bool) {
		if m, ok := v.(*Matrix); ok && m.Rows == 1 && m.Cols == 1 {
			return Scalar{E: m.At(0, 0)}, true
		}
		return v, false
	}
	_, lScalar := lhs.(Scalar)
	_, rScalar := rhs.(Scalar)
	if lScalar {
		if r, ok := single(rhs); ok {
			return lhs, r
		}
	}
	if rScalar {
		if l, ok := single(lhs); ok {
			return l, rhs
		}
	}
	return lhs, rhs
}

// checkMatrices compares two matrices of the same shape entry by entry,
// each with the verdicts of scalars; the first entry that differs fails
// the check, named by its index. The verdict is the weakest of the
// entries' (exact, then symbolic, then float64 rounding, then random
// points); with tol= it reports the largest difference.
func (s *Session) checkMatrices(pos parser.Pos, l, r *Matrix, tol float64) string {
	if l.Rows != r.Rows || l.Cols != r.Cols {
		errorf(pos, "check failed: %s and %s differ in shape", l.Kind(), r.Kind())
	}
	// float64 entries compare as float64 values (to their rounding), exact
	// ones exactly.
	ls, rs := l.symbolic(), r.symbolic()
	verdict, rank := "", -1
	maxDiff := 0.0
	for i := range ls {
		at := fmt.Sprintf(" at [%d, %d]", i/l.Cols+1, i%l.Cols+1)
		if l.IsVector || r.IsVector {
			at = fmt.Sprintf(" at [%d]", i+1)
		}
		v := s.checkScalars(pos, ls[i], rs[i], tol, at)
		if tol >= 0 {
			if d, err := s.number(sym.Simplify(sym.Sub(ls[i], rs[i]), s.assume)); err == nil {
				maxDiff = math.Max(maxDiff, math.Abs(d))
			}
			continue
		}
		if k := verdictRank(v); k > rank {
			verdict, rank = v, k
		}
	}
	if tol >= 0 {
		return fmt.Sprintf("ok (largest |a − b| = %s ≤ %s)", formatShort(maxDiff), formatShort(tol))
	}
	return verdict
}

// verdictRank orders the verdicts of checkScalars from the strongest
// (an exact comparison) to the weakest (agreement at random points).
func verdictRank(v string) int {
	for i, prefix := range []string{"ok (exact)", "ok (symbolic)", "ok (equal to float64 rounding)"} {
		if strings.HasPrefix(v, prefix) {
			return i
		}
	}
	return 3
}
