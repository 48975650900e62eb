package parser

import (
	"strings"
)

// Precedences for Source, loosest first.
const (
	precSum = 1 + iota
	precProduct
	precUnary
	precPower
)

// Source prints n as it would be typed, with only the parentheses that
// precedence requires: parsing the text gives the same tree.
func Source(n Node) string { return source(n, 0) }

// source prints n parenthesised where it binds more loosely than the
// context prec requires.
func source(n Node, prec int) string {
	wrap := func(p int, s string) string {
		if p < prec {
			return "(" + s + ")"
		}
		return s
	}
	switch n := n.(type) {
	case *NumberLit:
		return n.Text
	case *Ident:
		return n.Name
	case *StringLit:
		return quote(n.Value)
	case *Unary:
		return wrap(precUnary, opText[n.Op]+source(n.X, precUnary))
	case *Binary:
		switch n.Op {
		case Plus, Minus:
			return wrap(precSum, source(n.X, precSum)+" "+opText[n.Op]+" "+source(n.Y, precSum+1))
		case Star, Slash:
			op := map[Kind]string{Star: " * ", Slash: "/"}[n.Op]
			if n.Implicit {
				op = " "
			}
			return wrap(precProduct, source(n.X, precProduct)+op+source(n.Y, precProduct+1))
		case Caret:
			return wrap(precPower, source(n.X, precPower+1)+"^"+source(n.Y, precUnary))
		}
	case *Call:
		parts := make([]string, len(n.Args))
		for i, a := range n.Args {
			parts[i] = source(a.Value, 0)
			if a.Name != "" {
				parts[i] = a.Name + "=" + parts[i]
			}
		}
		return n.Fun + "(" + strings.Join(parts, ", ") + ")"
	case *List:
		parts := make([]string, len(n.Elems))
		for i, e := range n.Elems {
			parts[i] = source(e, 0)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *Numbers:
		return source(n.List(), prec)
	case *Index:
		parts := make([]string, len(n.Subs))
		for i, s := range n.Subs {
			if s.Lo != nil {
				parts[i] = source(s.Lo, 0)
			}
			if s.Range {
				parts[i] += ":"
				if s.Hi != nil {
					parts[i] += source(s.Hi, 0)
				}
			}
		}
		return source(n.X, precPower+1) + "[" + strings.Join(parts, ", ") + "]"
	}
	return n.String()
}
