package parser

import "strings"

// Index is X[s] or X[s, t]: an entry, or with ranges a slice, of a vector
// or matrix. Indices count from 1 and ranges include both ends, as in
// textbooks: A[1:2, 3] is the first two entries of the third column.
type Index struct {
	Lbrack Pos // position of '['
	X      Node
	Subs   []Subscript
}

// Subscript is one position of an index: a single index Lo, or a range
// Lo:Hi (Range set) where a missing end means the first or last entry.
type Subscript struct {
	Pos
	Lo, Hi Node // Hi is nil unless Range; either may be nil in a range
	Range  bool
}

func (n *Index) Position() Pos { return n.X.Position() }
func (*Index) node()           {}

func (n *Index) String() string {
	var b strings.Builder
	b.WriteString(n.X.String())
	b.WriteByte('[')
	for i, s := range n.Subs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s.String())
	}
	b.WriteByte(']')
	return b.String()
}

func (s Subscript) String() string {
	var b strings.Builder
	if s.Lo != nil {
		b.WriteString(s.Lo.String())
	}
	if s.Range {
		b.WriteByte(':')
		if s.Hi != nil {
			b.WriteString(s.Hi.String())
		}
	}
	return b.String()
}

// postfix parses the indices that follow an operand with no space before
// the bracket (v[1], inv(S)[1, 2]); a bracket after a space is not an
// index, so a [1, 2] keeps its meaning:
//
//	postfix := operand {'[' subscript {',' subscript} ']'}
func (p *parser) postfix(x Node) Node {
	for {
		t := p.tok()
		if t.Kind != LBrack || t.Off != p.toks[p.i-1].End {
			return x
		}
		p.enter(t.Pos)
		x = p.index(x, t.Pos)
		p.leave()
	}
}

// index parses the bracketed subscripts of an index:
//
//	subscript := expr | [expr] ':' [expr]
func (p *parser) index(x Node, lbrack Pos) Node {
	p.open()
	n := &Index{Lbrack: lbrack, X: x}
	for {
		t := p.tok()
		if t.Kind == RBrack || t.Kind == Comma {
			p.errorf(t.Pos, "expected an index, found %s", t)
		}
		s := Subscript{Pos: t.Pos}
		if t.Kind != Colon {
			s.Lo = p.expr()
		}
		if p.tok().Kind == Colon {
			p.advance()
			s.Range = true
			if k := p.tok().Kind; k != Comma && k != RBrack {
				s.Hi = p.expr()
			}
		}
		n.Subs = append(n.Subs, s)
		if p.tok().Kind != Comma {
			break
		}
		p.advance()
	}
	p.close(RBrack, true)
	return n
}
