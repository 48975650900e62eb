package calc

import (
	"fmt"
	"strings"

	"statcalc/parser"
	"statcalc/sym"
)

// symbolArg reads an argument that names the symbols of a derivative or an
// expectation (diff's x, gradient's [x, y]). The argument is evaluated like
// any other, so a variable holding a free symbol, or a vector of free
// symbols, stands for them; an unassigned name is its own free symbol.
// Anything else is an error that says what was given and what was expected.
func (s *Session) symbolArg(b *Builtin, n parser.Node) []string {
	expected, list := "a symbol such as x", strings.Contains(b.Signature, "[x")
	if list {
		expected = "a list of symbols such as [x, y]"
	}
	v := s.eval(n)
	switch v := v.(type) {
	case Scalar:
		if name, ok := sym.SymbolName(v.E); ok {
			return []string{name}
		}
	case *Matrix:
		if v.IsVector && !v.IsNumeric() {
			names := make([]string, len(v.Sym))
			ok := true
			for i, e := range v.Sym {
				names[i], ok = sym.SymbolName(e)
				if !ok {
					break
				}
			}
			if ok {
				return names
			}
		}
	}
	what, pos := valueSummary(v), n.Position()
	if m, ok := v.(*Matrix); ok && m.IsVector && !m.IsNumeric() {
		for i, e := range m.Sym {
			if _, isSym := sym.SymbolName(e); !isSym {
				what = fmt.Sprintf("%s whose entry %d is %s", m.Kind(), i+1, valueSummary(Scalar{E: e}))
				if list, isList := n.(*parser.List); isList && i < len(list.Elems) {
					pos = list.Elems[i].Position()
				}
				break
			}
		}
	}
	if id, ok := n.(*parser.Ident); ok {
		if _, isConst := constants[id.Name]; isConst {
			errorf(n.Position(), "%s: %s is a built-in constant; expected %s", b.Name, id.Name, expected)
		}
		hint := ""
		if !list {
			hint = fmt.Sprintf(" (:clear %s makes it a free symbol again)", id.Name)
		}
		errorf(n.Position(), "%s: %s is %s; expected %s%s", b.Name, id.Name, what, expected, hint)
	}
	errorf(pos, "%s: expected %s, not %s", b.Name, expected, what)
	return nil
}

// valueSummary describes a value for a message about a wrong argument:
// "the number 2", "a 2-vector of numbers", "the expression x + 1".
func valueSummary(v Value) string {
	switch v := v.(type) {
	case Scalar:
		if sym.IsNumber(v.E) {
			return "the number " + sym.FormatDigits(v.E, 6)
		}
		return "the expression " + sym.Format(v.E)
	case *Matrix:
		what := "numbers"
		if !v.IsNumeric() {
			for _, e := range v.Sym {
				if !sym.IsNumber(e) {
					what = "expressions"
					break
				}
			}
		}
		return fmt.Sprintf("%s of %s", v.Kind(), what)
	}
	return v.Kind()
}

// notDistribution stops with the error for positional argument i, which
// should have been a distribution: an undefined name is named as such.
func (s *Session) notDistribution(a *args, i int) {
	if i < len(a.call.Args) && a.call.Args[i].Name == "" {
		if id, ok := a.call.Args[i].Value.(*parser.Ident); ok && s.undefined(id.Name) {
			errorf(a.pos[i], "%s: %s is not defined (a free symbol); define it, e.g. %s = N(0, 1)", a.call.Fun, id.Name, id.Name)
		}
	}
	if _, ok := a.vals[i].(*SymNormal); ok {
		errorf(a.pos[i], "%s: not available for a multivariate normal with symbolic parameters; give numbers", a.call.Fun)
	}
	if m, ok := a.vals[i].(*MultiDist); ok {
		s.multiNotAvailable(a, i, m)
	}
	errorf(a.pos[i], "%s needs a distribution, not %s", a.call.Fun, describe(a.vals[i]))
}

// undefined reports whether name has no value: no variable, constant or
// built-in of that name.
func (s *Session) undefined(name string) bool {
	_, isVar := s.vars[name]
	_, isConst := constants[name]
	return !isVar && !isConst
}

// isDistribution reports whether v is a distribution value.
func isDistribution(v Value) bool {
	switch v.(type) {
	case *SymNormal, *Distribution, *MultiDist:
		return true
	}
	return false
}

// multivariateOnly stops at argument i, a multivariate normal that reached
// the closed forms of the one-dimensional families. A divergence reports a
// companion argument that is no distribution first, since that is the
// mistake to fix.
func (s *Session) multivariateOnly(a *args, i int) {
	if b, ok := builtins[a.call.Fun]; ok && b.Group == "divergences" {
		for j := 0; j < len(a.vals) && j < 2; j++ {
			if j != i && !isDistribution(a.vals[j]) {
				s.notDistribution(a, j)
			}
		}
		errorf(a.pos[i], "%s: a multivariate normal can only be compared with another multivariate normal", a.call.Fun)
	}
	errorf(a.pos[i], "%s: not available for a multivariate normal", a.call.Fun)
}
