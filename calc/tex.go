package calc

import (
	"errors"

	"statcalc/parser"
)

// fnTeX evaluates a LaTeX formula (parser.TeX) as if it had been typed in
// statcalc syntax. An error in the formula is reported at its column in
// the string; an error evaluating it at the call, with the formula as read.
func fnTeX(s *Session, a *args) Value {
	src, ok := a.vals[0].(Str)
	if !ok {
		errorf(a.pos[0], "tex: give the formula as a string, tex(\"\\frac{1}{2}\"), not %s", a.vals[0].Kind())
	}
	text, err := parser.TeX(string(src))
	if err != nil {
		var te *parser.TeXError
		if errors.As(err, &te) {
			pos := a.pos[0]
			pos.Col += te.Col // the opening quote comes first
			errorf(pos, "tex: %s", te.Msg)
		}
		errorf(a.pos[0], "tex: %v", err)
	}
	node, err := parser.ParseExpr(text)
	if err != nil {
		errorf(a.pos[0], "tex: the formula reads as %s, which is not an expression: %v", text, err)
	}
	var v Value
	func() {
		defer func() {
			if r := recover(); r != nil {
				e, ok := r.(*Error)
				if !ok {
					panic(r)
				}
				errorf(a.call.Pos, "tex: %s (in the formula read as %s)", e.Msg, text)
			}
		}()
		v = s.eval(node)
	}()
	return v
}
