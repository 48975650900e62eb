package calc

import (
	"github.com/shopspring/decimal"

	"statcalc/sym"
)

// maxDecimalMemo bounds the decimal values remembered; the memo starts
// afresh when it is full.
const maxDecimalMemo = 64

type decimalKey struct {
	e      sym.Expr
	digits int
}

// decimalMemo holds the values remembered by decimal.
type decimalMemo map[decimalKey]decimal.Decimal

// decimal is sym.Decimal(e, digits), remembered: at :precision N a
// result is evaluated to check that it is finite and then printed, and
// each evaluation to 50 digits costs as much as the rest of the statement.
// Expressions are immutable, so a value remembered stays right.
func (s *Session) decimal(e sym.Expr, digits int) (decimal.Decimal, error) {
	key := decimalKey{e, digits}
	if d, ok := s.decimals[key]; ok {
		return d, nil
	}
	d, err := sym.Decimal(e, digits)
	if err != nil {
		return d, err
	}
	if s.decimals == nil || len(s.decimals) >= maxDecimalMemo {
		s.decimals = make(decimalMemo, maxDecimalMemo)
	}
	s.decimals[key] = d
	return d, nil
}
