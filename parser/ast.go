package parser

import (
	"strings"
)

// Node is an expression node. Every node knows where it starts.
type Node interface {
	Position() Pos
	// String prints the node fully parenthesised, for debugging and tests.
	String() string
	node()
}

// NumberLit is a numeric literal, kept as written.
type NumberLit struct {
	Pos
	Text string
}

// Ident is a name: a variable, a free symbol or a function.
type Ident struct {
	Pos
	Name string
}

// StringLit is a quoted string.
type StringLit struct {
	Pos
	Value string
}

// Unary is -X or +X.
type Unary struct {
	Pos
	Op Kind // Minus or Plus
	X  Node
}

// Binary is X op Y for op one of + - * / ^. Implicit is set for a product
// written by juxtaposition (2 x).
type Binary struct {
	Pos      // position of the operator (of Y for juxtaposition)
	Op       Kind
	X, Y     Node
	Implicit bool
}

// Arg is a call argument, positional (Name empty) or key=value.
type Arg struct {
	Pos
	Name  string
	Value Node
}

// Call is Fun(args). Spaced records white space between the name and
// the parenthesis, as in the product a (b + c) when a is no function.
type Call struct {
	Pos
	Fun    string
	Args   []Arg
	Spaced bool
}

// List is a bracketed list [a, b, …]: a vector, or a matrix when its
// elements are lists.
type List struct {
	Pos
	Elems []Node
}

func (n *Binary) Position() Pos { return n.X.Position() }

func (*NumberLit) node() {}
func (*Ident) node()     {}
func (*StringLit) node() {}
func (*Unary) node()     {}
func (*Binary) node()    {}
func (*Call) node()      {}
func (*List) node()      {}

var opText = map[Kind]string{Plus: "+", Minus: "-", Star: "*", Slash: "/", Caret: "^",
	Eq: "==", Less: "<", Greater: ">", LessEq: "<=", GreaterEq: ">="}

func (n *NumberLit) String() string { return n.Text }
func (n *Ident) String() string     { return n.Name }
func (n *StringLit) String() string { return quote(n.Value) }
func (n *Unary) String() string     { return "(" + opText[n.Op] + n.X.String() + ")" }
func (n *Binary) String() string {
	return "(" + n.X.String() + " " + opText[n.Op] + " " + n.Y.String() + ")"
}

func (n *Call) String() string {
	var b strings.Builder
	b.WriteString(n.Fun)
	b.WriteByte('(')
	for i, a := range n.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.String())
	}
	b.WriteByte(')')
	return b.String()
}

func (a Arg) String() string {
	if a.Name != "" {
		return a.Name + "=" + a.Value.String()
	}
	return a.Value.String()
}

func (n *List) String() string {
	var b strings.Builder
	b.WriteByte('[')
	for i, e := range n.Elems {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(e.String())
	}
	b.WriteByte(']')
	return b.String()
}

func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`
}

// Stmt is a statement.
type Stmt interface {
	Position() Pos
	String() string
	stmt()
}

// ExprStmt is an expression whose value is printed.
type ExprStmt struct {
	X Node
}

// AssignStmt is Name = Value.
type AssignStmt struct {
	Pos
	Name  string
	Value Node
}

// DefStmt defines a function: Name(Params…) = Body.
type DefStmt struct {
	Pos
	Name   string
	Params []Ident
	Body   Node
}

// CheckStmt is `check Lhs op Rhs [tol=…]`: an identity (Op Eq) or an
// inequality (Less, LessEq, Greater, GreaterEq).
type CheckStmt struct {
	Pos
	Lhs, Rhs Node
	Op       Kind
	OpPos    Pos
	Opts     []Arg
}

// MCStmt is `mc X [n=…] [seed=…]`: a Monte-Carlo estimate of X; with
// Plot, `plot mc X …`, the plot of its running estimate.
type MCStmt struct {
	Pos
	X    Node
	Opts []Arg
	Plot bool
}

// Relation is `Name op Value`, as in `assume s > 0`.
type Relation struct {
	Pos
	Name  string
	Op    Kind // Less, Greater, LessEq, GreaterEq
	Value Node
}

// AssumeStmt is `assume s > 0, t >= 0`.
type AssumeStmt struct {
	Pos
	Relations []Relation
}

// CommandStmt is `:name args…`; Args are the white-space separated words.
type CommandStmt struct {
	Pos
	Name string
	Args []string
}

func (s *ExprStmt) Position() Pos { return s.X.Position() }

func (*ExprStmt) stmt()    {}
func (*AssignStmt) stmt()  {}
func (*DefStmt) stmt()     {}
func (*CheckStmt) stmt()   {}
func (*MCStmt) stmt()      {}
func (*AssumeStmt) stmt()  {}
func (*CommandStmt) stmt() {}

func (s *ExprStmt) String() string   { return s.X.String() }
func (s *AssignStmt) String() string { return s.Name + " = " + s.Value.String() }
func (s *DefStmt) String() string {
	names := make([]string, len(s.Params))
	for i, p := range s.Params {
		names[i] = p.Name
	}
	return s.Name + "(" + strings.Join(names, ", ") + ") = " + s.Body.String()
}
func (s *CheckStmt) String() string {
	op := "=="
	if s.Op != Eq && s.Op != 0 {
		op = opText[s.Op]
	}
	return "check " + s.Lhs.String() + " " + op + " " + s.Rhs.String() + optsString(s.Opts)
}
func (s *MCStmt) String() string {
	if s.Plot {
		return "plot mc " + s.X.String() + optsString(s.Opts)
	}
	return "mc " + s.X.String() + optsString(s.Opts)
}
func (s *AssumeStmt) String() string {
	parts := make([]string, len(s.Relations))
	for i, r := range s.Relations {
		parts[i] = r.Name + " " + opText[r.Op] + " " + r.Value.String()
	}
	return "assume " + strings.Join(parts, ", ")
}
func (s *CommandStmt) String() string {
	return ":" + strings.Join(append([]string{s.Name}, s.Args...), " ")
}

func optsString(opts []Arg) string {
	var b strings.Builder
	for _, o := range opts {
		b.WriteByte(' ')
		b.WriteString(o.String())
	}
	return b.String()
}
