package calc

import (
	"fmt"
	"strings"

	"statcalc/parser"
)

// maxCallDepth bounds the nesting of calls of user-defined functions, so
// that a definition that calls itself without end stops with a message.
const maxCallDepth = 64

// Function is a user-defined function, L(theta) = theta^2 + log(theta).
// A call substitutes its arguments for the parameters in the body and
// evaluates the result; every other name in the body is looked up when
// the function is called.
type Function struct {
	Name   string
	Params []string
	Body   parser.Node
}

// Kind names the value in messages.
func (*Function) Kind() string { return "a function" }

// String prints the definition as it can be typed again.
func (f *Function) String() string {
	return f.Name + "(" + strings.Join(f.Params, ", ") + ") = " + parser.Source(f.Body)
}

// keywords start statements and cannot name functions.
var keywords = map[string]bool{"check": true, "mc": true, "assume": true}

// define records a definition, refusing names of built-ins.
func (s *Session) define(d *parser.DefStmt) {
	switch _, isBuiltin := builtins[d.Name]; {
	case isBuiltin:
		errorf(d.Pos, "cannot define %s: it is a built-in function (choose another name)", d.Name)
	case constants[d.Name] != nil:
		errorf(d.Pos, "cannot define %s: it is a built-in constant", d.Name)
	case keywords[d.Name]:
		errorf(d.Pos, "cannot define %s: it starts a %s statement", d.Name, d.Name)
	}
	f := &Function{Name: d.Name, Body: d.Body}
	for _, p := range d.Params {
		if constants[p.Name] != nil {
			errorf(p.Pos, "%s: parameter %s is the built-in constant %s; choose another name", d.Name, p.Name, p.Name)
		}
		if _, ok := builtins[p.Name]; ok {
			errorf(p.Pos, "%s: parameter %s is the name of a built-in function; choose another name", d.Name, p.Name)
		}
		f.Params = append(f.Params, p.Name)
	}
	s.vars[d.Name] = f
}

// callFunction evaluates f at the arguments of c: each argument is
// evaluated once, in the caller's scope, and stands for its parameter in
// the body.
func (s *Session) callFunction(f *Function, c *parser.Call) Value {
	if len(c.Args) != len(f.Params) {
		plural := "s"
		if len(f.Params) == 1 {
			plural = ""
		}
		errorf(c.Pos, "%s takes %d argument%s (%s), got %d", f.Name, len(f.Params), plural, strings.Join(f.Params, ", "), len(c.Args))
	}
	if s.callDepth >= maxCallDepth {
		errorf(c.Pos, "%s: calls nested deeper than %d (does %s call itself without end?)", f.Name, maxCallDepth, f.Name)
	}
	bind := map[string]parser.Node{}
	raw := map[string]parser.Node{} // the arguments as typed
	var hidden []string
	s.callDepth++
	defer func() {
		s.callDepth--
		for _, h := range hidden {
			delete(s.vars, h)
		}
	}()
	for i, a := range c.Args {
		if a.Name != "" {
			errorf(a.Pos, "%s takes positional arguments, not %s=", f.Name, a.Name)
		}
		raw[f.Params[i]] = a.Value
		if id, ok := a.Value.(*parser.Ident); ok {
			bind[f.Params[i]] = id // a name stays a name: diff(L(t), t)
			continue
		}
		// Other arguments are evaluated once and held under a name that
		// cannot be typed.
		h := fmt.Sprintf("%s·%s#%d", f.Name, f.Params[i], s.callDepth)
		s.vars[h] = s.eval(a.Value)
		hidden = append(hidden, h)
		bind[f.Params[i]] = &parser.Ident{Pos: a.Value.Position(), Name: h}
	}
	if s.callDepth > 1 {
		return s.eval(substitute(f.Body, bind, raw))
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok && e.Pos != c.Pos {
				if strings.Contains(e.Msg, "calls nested deeper than") {
					panic(&Error{Pos: c.Pos, Msg: e.Msg})
				}
				panic(&Error{Pos: c.Pos, Msg: fmt.Sprintf("in %s: %s (at %s)", f.Name, e.Msg, e.Pos)})
			}
			panic(r)
		}
	}()
	return s.eval(substitute(f.Body, bind, raw))
}

// substitute returns n with each name in bind replaced by its node; where
// a built-in reads an argument as a name (the x of diff(f, x)), the
// argument as typed (raw) replaces it instead.
func substitute(n parser.Node, bind, raw map[string]parser.Node) parser.Node {
	switch n := n.(type) {
	case *parser.Ident:
		if r, ok := bind[n.Name]; ok {
			return r
		}
	case *parser.Unary:
		return &parser.Unary{Pos: n.Pos, Op: n.Op, X: substitute(n.X, bind, raw)}
	case *parser.Binary:
		return &parser.Binary{Pos: n.Pos, Op: n.Op, X: substitute(n.X, bind, raw), Y: substitute(n.Y, bind, raw), Implicit: n.Implicit}
	case *parser.Call:
		b := builtins[n.Fun]
		c := &parser.Call{Pos: n.Pos, Fun: n.Fun, Spaced: n.Spaced, Args: make([]parser.Arg, len(n.Args))}
		for i, a := range n.Args {
			m := bind
			if b != nil && a.Name == "" && contains(b.names, i) {
				m = raw
			}
			c.Args[i] = parser.Arg{Pos: a.Pos, Name: a.Name, Value: substitute(a.Value, m, raw)}
		}
		return c
	case *parser.List:
		l := &parser.List{Pos: n.Pos, Elems: make([]parser.Node, len(n.Elems))}
		for i, e := range n.Elems {
			l.Elems[i] = substitute(e, bind, raw)
		}
		return l
	case *parser.Index:
		x := &parser.Index{Lbrack: n.Lbrack, X: substitute(n.X, bind, raw), Subs: make([]parser.Subscript, len(n.Subs))}
		for i, sub := range n.Subs {
			x.Subs[i] = parser.Subscript{Pos: sub.Pos, Range: sub.Range}
			if sub.Lo != nil {
				x.Subs[i].Lo = substitute(sub.Lo, bind, raw)
			}
			if sub.Hi != nil {
				x.Subs[i].Hi = substitute(sub.Hi, bind, raw)
			}
		}
		return x
	}
	return n
}
