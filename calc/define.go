package calc

import (
	"fmt"
	"reflect"
	"strconv"
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
	return f.Name + "(" + strings.Join(f.Params, ", ") + ") = " + nodeText(f.Body, 0)
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
	}
	return substituteFields(n, bind, raw)
}

var (
	nodeType    = reflect.TypeFor[parser.Node]()
	nodesType   = reflect.TypeFor[[]parser.Node]()
	argListType = reflect.TypeFor[[]parser.Arg]()
)

// substituteFields substitutes in the operands of a node type not listed
// in substitute (such as an indexing node): a copy of the node whose
// fields of type Node, []Node and []Arg are substituted.
func substituteFields(n parser.Node, bind, raw map[string]parser.Node) parser.Node {
	v := reflect.ValueOf(n)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return n
	}
	cp := reflect.New(v.Elem().Type())
	cp.Elem().Set(v.Elem())
	for i := 0; i < cp.Elem().NumField(); i++ {
		f := cp.Elem().Field(i)
		if !f.CanSet() {
			continue
		}
		switch f.Type() {
		case nodeType:
			if !f.IsNil() {
				f.Set(reflect.ValueOf(substitute(f.Interface().(parser.Node), bind, raw)))
			}
		case nodesType:
			old := f.Interface().([]parser.Node)
			out := make([]parser.Node, len(old))
			for j, x := range old {
				out[j] = substitute(x, bind, raw)
			}
			f.Set(reflect.ValueOf(out))
		case argListType:
			old := f.Interface().([]parser.Arg)
			out := make([]parser.Arg, len(old))
			for j, a := range old {
				out[j] = parser.Arg{Pos: a.Pos, Name: a.Name, Value: substitute(a.Value, bind, raw)}
			}
			f.Set(reflect.ValueOf(out))
		}
	}
	return cp.Interface().(parser.Node)
}

// Precedences for printing a body with only the parentheses it needs.
const (
	precSum = 1 + iota
	precProduct
	precUnary
	precPower
)

// nodeText prints n as it would be typed, parenthesised where an operand
// binds more loosely than the context prec requires.
func nodeText(n parser.Node, prec int) string {
	wrap := func(p int, s string) string {
		if p < prec {
			return "(" + s + ")"
		}
		return s
	}
	switch n := n.(type) {
	case *parser.NumberLit:
		return n.Text
	case *parser.Ident:
		return n.Name
	case *parser.StringLit:
		return strconv.Quote(n.Value)
	case *parser.Unary:
		op := "-"
		if n.Op == parser.Plus {
			op = "+"
		}
		return wrap(precUnary, op+nodeText(n.X, precUnary))
	case *parser.Binary:
		switch n.Op {
		case parser.Plus, parser.Minus:
			op := " + "
			if n.Op == parser.Minus {
				op = " - "
			}
			return wrap(precSum, nodeText(n.X, precSum)+op+nodeText(n.Y, precSum+1))
		case parser.Star, parser.Slash:
			op := "*"
			switch {
			case n.Op == parser.Slash:
				op = "/"
			case n.Implicit:
				op = " "
			}
			return wrap(precProduct, nodeText(n.X, precProduct)+op+nodeText(n.Y, precProduct+1))
		case parser.Caret:
			return wrap(precPower, nodeText(n.X, precPower+1)+"^"+nodeText(n.Y, precUnary))
		}
	case *parser.Call:
		parts := make([]string, len(n.Args))
		for i, a := range n.Args {
			parts[i] = nodeText(a.Value, 0)
			if a.Name != "" {
				parts[i] = a.Name + "=" + parts[i]
			}
		}
		return n.Fun + "(" + strings.Join(parts, ", ") + ")"
	case *parser.List:
		parts := make([]string, len(n.Elems))
		for i, e := range n.Elems {
			parts[i] = nodeText(e, 0)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return n.String()
}
