package parser

import (
	"fmt"
	"strings"
)

// Error is a parse error at a position.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Statement is one parsed statement, or the error that stopped it.
type Statement struct {
	Stmt Stmt   // nil when Err is set
	Err  *Error // the first error in the statement
	Text string // the statement's source text
	Pos  Pos    // where the statement starts
}

// maxDepth bounds the nesting of expressions so that deeply nested input
// is an error rather than a stack overflow.
const maxDepth = 1000

// bailout carries a parse error up to the statement boundary.
type bailout struct{ err *Error }

type parser struct {
	src     string
	toks    []Token
	i       int   // index of the current token
	depth   int   // open brackets: newlines inside them are skipped
	nest    int   // recursion depth
	opened  []int // indices of the open brackets, outermost first
	closers []int // index of the bracket closing each opening one, or -1; built on the first error
	restart int   // after an error, the index where the next statement starts, or -1 to skip the line
	numbers []numbersToken
	detach  bool // see ParseDetached
}

// Parse splits src into statements and parses each. Statements end at a
// newline outside brackets or at ';'. A statement with an error does not
// stop the others: parsing resumes at the next line.
func Parse(src string) []Statement { return ParseAt(src, 1) }

// ParseAt is Parse for source whose first line is line firstLine of a
// larger text (a file read in pieces): positions count from there.
//
// Literals of plain numbers are read whole (see Numbers). Source with an
// error is parsed again token by token, so that recovery after the error,
// which resumes at a line start, finds every line.
func ParseAt(src string, firstLine int) []Statement { return parse(src, firstLine, false) }

// ParseDetached is ParseAt for a large source, such as a statement with a
// matrix literal of megabytes, that should not outlive its parse: the
// statements share no memory with src. The texts of names, numbers,
// strings and commands are copied into one block (literals of plain
// numbers hold float64 values already), and a statement's Text is a copy
// when it has at most maxDetachedText bytes and empty otherwise (its
// Stmt.String() is the statement again).
func ParseDetached(src string, firstLine int) []Statement { return parse(src, firstLine, true) }

// maxDetachedText bounds the statement texts ParseDetached keeps.
const maxDetachedText = 4096

func parse(src string, firstLine int, detach bool) []Statement {
	stmts := parseAt(src, firstLine, true, detach)
	for _, st := range stmts {
		if st.Err != nil {
			return parseAt(src, firstLine, false, detach)
		}
	}
	return stmts
}

// parseAt is parse; with dense unset, literals of numbers are parsed
// token by token like any other list.
func parseAt(src string, firstLine int, dense, detach bool) []Statement {
	l := newLexer(src, firstLine, dense)
	if detach {
		detachTexts(l.tokens)
	}
	p := &parser{src: src, toks: l.tokens, numbers: l.numbers, detach: detach}
	var out []Statement
	for {
		p.depth, p.nest, p.opened, p.restart = 0, 0, p.opened[:0], -1
		for k := p.toks[p.i].Kind; k == Newline || k == Semi; k = p.toks[p.i].Kind {
			p.i++
		}
		if p.toks[p.i].Kind == EOF {
			return out
		}
		out = append(out, p.statement())
	}
}

// detachTexts moves the texts of toks into one block of their own.
func detachTexts(toks []Token) {
	n := 0
	for _, t := range toks {
		n += len(t.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, t := range toks {
		b.WriteString(t.Text)
	}
	block := b.String()
	for i := range toks {
		n := len(toks[i].Text)
		toks[i].Text, block = block[:n], block[n:]
	}
}

// ParseExpr parses src as a single expression.
func ParseExpr(src string) (Node, error) {
	stmts := Parse(src)
	if len(stmts) != 1 {
		return nil, &Error{Pos{1, 1}, "expected one expression"}
	}
	s := stmts[0]
	if s.Err != nil {
		return nil, s.Err
	}
	e, ok := s.Stmt.(*ExprStmt)
	if !ok {
		return nil, &Error{s.Pos, "expected an expression"}
	}
	return e.X, nil
}

// Incomplete reports whether src ends inside an open bracket, so that an
// interactive reader should ask for another line.
func Incomplete(src string) bool {
	var b Brackets
	return b.Feed(src)
}

func (p *parser) statement() (st Statement) {
	firstIndex := p.i
	first := p.toks[firstIndex]
	st.Pos = first.Pos
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			st.Stmt, st.Err = nil, b.err
			p.resync()
		}
		last := p.i - 1
		for last > firstIndex && isSeparator(p.toks[last].Kind) {
			last--
		}
		st.Text = strings.TrimRight(p.src[first.Off:p.toks[max(last, firstIndex)].End], blanks)
		if p.detach && len(st.Text) > maxDetachedText {
			st.Text = ""
		} else if p.detach {
			st.Text = strings.Clone(st.Text)
		}
	}()
	st.Stmt = p.stmt()
	switch t := p.tok(); t.Kind {
	case Newline, Semi, EOF:
	case Number, String, LBrack, Array:
		p.errorf(t.Pos, "unexpected %s: is an operator missing before it?", t)
	case Assign:
		if e, ok := st.Stmt.(*ExprStmt); ok {
			if _, indexed := e.X.(*Index); indexed {
				p.errorf(t.Pos, "cannot assign to an entry: vectors and matrices are values; build a new one")
			}
		}
		p.errorf(t.Pos, "unexpected %s after the end of the statement", t)
	default:
		p.errorf(t.Pos, "unexpected %s after the end of the statement", t)
	}
	return st
}

// blanks are the characters the lexer skips between tokens, other than newlines.
const blanks = " \t\r\f\v"

func isSeparator(k Kind) bool { return k == Newline || k == Semi || k == EOF }

// resync skips to the end of the statement that failed. A bracket that is
// closed later is skipped as a whole, even across lines. When a bracket is
// never closed, the line where that was noticed starts the next statement.
func (p *parser) resync() {
	if p.restart >= 0 {
		p.i = p.restart
		return
	}
	for _, o := range p.opened {
		if c := p.closer(o); c >= p.i {
			p.i = c + 1
			break
		}
	}
	for {
		switch p.toks[p.i].Kind {
		case EOF:
			return
		case Newline, Semi:
			p.i++
			return
		case LParen, LBrack:
			if c := p.closer(p.i); c > p.i {
				p.i = c
			}
		}
		p.i++
	}
}

// closer returns the index of the bracket that closes the one at index i,
// or -1 when it is never closed. Brackets of either kind count alike, and
// none extends past ';'.
func (p *parser) closer(i int) int {
	if p.closers == nil {
		p.closers = make([]int, len(p.toks))
		var open []int
		for j, t := range p.toks {
			p.closers[j] = -1
			switch t.Kind {
			case LParen, LBrack:
				open = append(open, j)
			case RParen, RBrack:
				if n := len(open); n > 0 {
					p.closers[open[n-1]] = j
					open = open[:n-1]
				}
			case Semi:
				open = open[:0]
			}
		}
	}
	return p.closers[i]
}

func (p *parser) errorf(pos Pos, format string, args ...any) {
	panic(bailout{&Error{pos, fmt.Sprintf(format, args...)}})
}

// tok returns the current token, skipping newlines inside brackets.
func (p *parser) tok() *Token {
	for p.depth > 0 && p.toks[p.i].Kind == Newline {
		p.i++
	}
	t := &p.toks[p.i]
	if t.Kind == Illegal {
		p.errorf(t.Pos, "%s", t.Text)
	}
	return t
}

// peekKind returns the kind of the token after the current one.
func (p *parser) peekKind() Kind {
	p.tok()
	j := p.i + 1
	for j < len(p.toks) && p.depth > 0 && p.toks[j].Kind == Newline {
		j++
	}
	if j >= len(p.toks) {
		return EOF
	}
	return p.toks[j].Kind
}

func (p *parser) advance() *Token {
	t := p.tok()
	if t.Kind != EOF {
		p.i++
	}
	return t
}

func (p *parser) open() *Token {
	p.tok()
	p.opened = append(p.opened, p.i)
	t := p.advance()
	p.depth++
	return t
}

// close consumes the bracket that closes the last open one. afterElem
// tells that a ',' could also have come next. A bracket that no later
// token closes is reported as never closed when the statement visibly
// ended (end of input, ';', or a later line); the later line then starts
// the next statement.
func (p *parser) close(want Kind, afterElem bool) {
	oi := p.opened[len(p.opened)-1]
	open := p.toks[oi]
	t := p.tok()
	if t.Kind != want {
		if t.Kind == EOF || t.Kind == Semi ||
			t.Pos.Line > open.Pos.Line && p.closer(oi) < 0 {
			if t.Kind != EOF && t.Kind != Semi {
				p.restart = p.i
				for p.restart > oi+1 && p.toks[p.restart-1].Kind != Newline {
					p.restart--
				}
			}
			p.errorf(open.Pos, "%s is never closed", open.Kind)
		}
		if afterElem {
			p.errorf(t.Pos, "expected %s or %s to close %s at %s, found %s", Comma, want, open.Kind, open.Pos, t)
		}
		p.errorf(t.Pos, "expected %s to close %s at %s, found %s", want, open.Kind, open.Pos, t)
	}
	p.depth--
	p.opened = p.opened[:len(p.opened)-1]
	p.i++
}

func (p *parser) expect(k Kind, context string) *Token {
	t := p.tok()
	if t.Kind != k {
		p.errorf(t.Pos, "expected %s %s, found %s", k, context, t)
	}
	return p.advance()
}

// stmt parses one statement:
//
//	stmt := ':' command words…
//	      | 'check' expr ('==' | '<' | '<=' | '>' | '>=') expr opts
//	      | 'mc' expr opts
//	      | 'plot' 'mc' expr opts
//	      | 'assume' relation {',' relation}
//	      | name '=' expr
//	      | name '(' name {',' name} ')' '=' expr
//	      | expr
func (p *parser) stmt() Stmt {
	t := p.tok()
	switch t.Kind {
	case Command:
		p.advance()
		f := strings.Fields(t.Text)
		if len(f) == 0 {
			p.errorf(t.Pos, "missing command name after ':'")
		}
		return &CommandStmt{Pos: t.Pos, Name: f[0], Args: f[1:]}
	case Name:
		next := p.peekKind()
		if next == Assign {
			p.advance()
			p.advance()
			return &AssignStmt{Pos: t.Pos, Name: t.Text, Value: p.expr()}
		}
		if next == LParen && p.isDefinition() {
			return p.definition()
		}
		if next == Newline || next == Semi || next == EOF {
			break
		}
		switch t.Text {
		case "check":
			p.advance()
			lhs := p.expr()
			op := p.tok()
			switch op.Kind {
			case Less, LessEq, Greater, GreaterEq:
				p.advance()
			default:
				p.expect(Eq, "in check (check a == b, or a <= b)")
			}
			rhs := p.expr()
			return &CheckStmt{Pos: t.Pos, Lhs: lhs, Rhs: rhs, Op: op.Kind, OpPos: op.Pos, Opts: p.opts()}
		case "mc":
			p.advance()
			x := p.expr()
			return &MCStmt{Pos: t.Pos, X: x, Opts: p.opts()}
		case "plot":
			if next == Name && p.toks[p.i+1].Text == "mc" {
				p.advance()
				p.advance()
				x := p.expr()
				return &MCStmt{Pos: t.Pos, X: x, Opts: p.opts(), Plot: true}
			}
		case "assume":
			p.advance()
			return p.assume(t.Pos)
		}
	}
	return &ExprStmt{X: p.expr()}
}

// isDefinition reports whether the call that starts at the current name
// is followed by '=', making the statement a definition L(t) = ….
func (p *parser) isDefinition() bool {
	depth := 0
	for j := p.i + 1; j < len(p.toks); j++ {
		switch p.toks[j].Kind {
		case LParen, LBrack:
			depth++
		case RParen, RBrack:
			depth--
			if depth == 0 {
				return j+1 < len(p.toks) && p.toks[j+1].Kind == Assign
			}
		case Semi, EOF:
			return false
		case Newline:
			if depth == 0 {
				return false
			}
		}
	}
	return false
}

// definition parses a function definition:
//
//	definition := name '(' name {',' name} ')' '=' expr
func (p *parser) definition() Stmt {
	t := p.advance()
	d := &DefStmt{Pos: t.Pos, Name: t.Text}
	p.open()
	seen := map[string]bool{}
	for {
		a := p.tok()
		if a.Kind != Name {
			if a.Kind == RParen && len(d.Params) == 0 {
				p.errorf(a.Pos, "%s() = …: a definition needs at least one parameter (for a value, write %s = …)", d.Name, d.Name)
			}
			p.errorf(a.Pos, "a parameter of %s must be a name, found %s", d.Name, a)
		}
		if seen[a.Text] {
			p.errorf(a.Pos, "parameter %s of %s appears twice", a.Text, d.Name)
		}
		seen[a.Text] = true
		p.advance()
		d.Params = append(d.Params, Ident{Pos: a.Pos, Name: a.Text})
		if p.tok().Kind != Comma {
			break
		}
		p.advance()
	}
	p.close(RParen, true)
	p.expect(Assign, "after the parameters of "+d.Name)
	d.Body = p.expr()
	return d
}

// opts parses trailing options:
//
//	opts := {name '=' expr}
func (p *parser) opts() []Arg {
	var opts []Arg
	for p.tok().Kind == Name && p.peekKind() == Assign {
		n := p.advance()
		p.advance()
		opts = append(opts, Arg{Pos: n.Pos, Name: n.Text, Value: p.expr()})
	}
	return opts
}

func isRelation(k Kind) bool { return k == Less || k == Greater || k == LessEq || k == GreaterEq }

var flipped = map[Kind]Kind{Less: Greater, Greater: Less, LessEq: GreaterEq, GreaterEq: LessEq}

// assume parses the relations of an assume statement:
//
//	relation := expr relop expr [relop expr]
//
// where the term next to each operator on one side is a name.
func (p *parser) assume(pos Pos) Stmt {
	s := &AssumeStmt{Pos: pos}
	for {
		a := p.expr()
		op := p.tok()
		if !isRelation(op.Kind) {
			p.errorf(op.Pos, "expected a relation such as s > 0, found %s", op)
		}
		p.advance()
		b := p.expr()
		rels := []Relation{p.relation(a, op, b)}
		if op2 := p.tok(); isRelation(op2.Kind) {
			p.advance()
			c := p.expr()
			rels = append(rels, p.relation(b, op2, c))
		}
		s.Relations = append(s.Relations, rels...)
		if p.tok().Kind != Comma {
			return s
		}
		p.advance()
	}
}

func (p *parser) relation(a Node, op *Token, b Node) Relation {
	if id, ok := a.(*Ident); ok {
		return Relation{Pos: id.Pos, Name: id.Name, Op: op.Kind, Value: b}
	}
	if id, ok := b.(*Ident); ok {
		return Relation{Pos: id.Pos, Name: id.Name, Op: flipped[op.Kind], Value: a}
	}
	p.errorf(a.Position(), "assume needs a name on one side of %s", op.Kind)
	return Relation{}
}

func (p *parser) enter(pos Pos) {
	p.nest++
	if p.nest > maxDepth {
		p.errorf(pos, "expression nested too deeply")
	}
}

func (p *parser) leave() { p.nest-- }

// expr parses a sum:
//
//	expr := term {('+' | '-') term}
func (p *parser) expr() Node {
	x := p.term()
	for {
		t := p.tok()
		if t.Kind != Plus && t.Kind != Minus {
			return x
		}
		p.advance()
		x = &Binary{Pos: t.Pos, Op: t.Kind, X: x, Y: p.term()}
	}
}

// term parses a product:
//
//	term := unary {('*' | '/') unary | power}
//
// where a power directly after an operand (2 x, x y, 2 (a + b)) is an
// implicit product. It must start with a name (not one followed by '=',
// which starts an option) or '('.
func (p *parser) term() Node {
	x := p.unary()
	for {
		t := p.tok()
		switch {
		case t.Kind == Star || t.Kind == Slash:
			p.advance()
			x = &Binary{Pos: t.Pos, Op: t.Kind, X: x, Y: p.unary()}
		case t.Kind == LParen || t.Kind == Name && p.peekKind() != Assign:
			x = &Binary{Pos: t.Pos, Op: Star, X: x, Y: p.power(), Implicit: true}
		default:
			return x
		}
	}
}

// unary parses a signed operand:
//
//	unary := ('-' | '+') unary | power
func (p *parser) unary() Node {
	t := p.tok()
	if t.Kind == Minus || t.Kind == Plus {
		p.enter(t.Pos)
		defer p.leave()
		p.advance()
		return &Unary{Pos: t.Pos, Op: t.Kind, X: p.unary()}
	}
	return p.power()
}

// power parses an exponentiation, which is right-associative and binds
// tighter than a unary minus on its left (-x^2 is -(x^2)):
//
//	power := primary ['^' unary]
func (p *parser) power() Node {
	x := p.primary()
	if t := p.tok(); t.Kind == Caret {
		p.enter(t.Pos)
		defer p.leave()
		p.advance()
		return &Binary{Pos: t.Pos, Op: Caret, X: x, Y: p.unary()}
	}
	return x
}

// primary parses an operand and the indices that follow it:
//
//	primary := postfix
//	operand := number | string | name | name '(' [args] ')' | '(' expr ')' | '[' [list] ']'
func (p *parser) primary() Node { return p.postfix(p.operand()) }

func (p *parser) operand() Node {
	t := p.tok()
	switch t.Kind {
	case Number:
		p.advance()
		return &NumberLit{Pos: t.Pos, Text: t.Text}
	case String:
		p.advance()
		return &StringLit{Pos: t.Pos, Value: t.Text}
	case Name:
		p.advance()
		if p.tok().Kind == LParen {
			return p.call(t)
		}
		return &Ident{Pos: t.Pos, Name: t.Text}
	case LParen:
		p.enter(t.Pos)
		defer p.leave()
		p.open()
		x := p.expr()
		p.close(RParen, false)
		return x
	case LBrack:
		return p.list()
	case Array:
		p.advance()
		return p.numbersAt(t.Off)
	}
	if (t.Kind == RParen || t.Kind == RBrack) && len(p.opened) == 0 {
		p.errorf(t.Pos, "unexpected %s: nothing to close", t.Kind)
	}
	p.errorf(t.Pos, "expected an operand, found %s", t)
	return nil
}

// call parses the arguments of a call:
//
//	args := arg {',' arg};  arg := name '=' expr | expr
func (p *parser) call(fun *Token) Node {
	p.enter(fun.Pos)
	defer p.leave()
	p.open()
	c := &Call{Pos: fun.Pos, Fun: fun.Text, Spaced: p.toks[p.i-1].Off > fun.End}
	if p.tok().Kind != RParen {
		for {
			t := p.tok()
			if t.Kind == Name && p.peekKind() == Assign {
				p.advance()
				p.advance()
				c.Args = append(c.Args, Arg{Pos: t.Pos, Name: t.Text, Value: p.expr()})
			} else {
				c.Args = append(c.Args, Arg{Pos: t.Pos, Value: p.expr()})
			}
			if p.tok().Kind != Comma {
				break
			}
			p.advance()
		}
	}
	p.close(RParen, len(c.Args) > 0)
	return c
}

// list parses a bracketed list, allowing a trailing comma:
//
//	list := expr {',' expr} [',']
func (p *parser) list() Node {
	t := p.tok()
	p.enter(t.Pos)
	defer p.leave()
	p.open()
	l := &List{Pos: t.Pos}
	for p.tok().Kind != RBrack {
		l.Elems = append(l.Elems, p.expr())
		if p.tok().Kind != Comma {
			break
		}
		p.advance()
	}
	p.close(RBrack, len(l.Elems) > 0)
	return l
}
