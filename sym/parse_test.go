package sym

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A reader for the plain syntax, written from the grammar alone, so that
// the printer can be tested against it:
//
//	sum     = product { ("+" | "-") product }
//	product = unary { ("*" | "/") unary | juxt }   juxt: next token is a name or "("
//	unary   = "-" unary | power
//	power   = atom [ "^" unary ]                   right-associative
//	atom    = number | name | name "(" args ")" | "(" sum ")"
//
// `^` binds tighter than unary minus (-x^2 = −(x²)); a name followed by
// "(" is always a call.
type testParser struct {
	src string
	pos int
}

func parseExpr(src string) (Expr, error) {
	p := &testParser{src: src}
	e, err := p.sum()
	if err != nil {
		return nil, err
	}
	p.skip()
	if p.pos != len(p.src) {
		return nil, fmt.Errorf("unexpected %q at %d in %q", p.src[p.pos:], p.pos, src)
	}
	return e, nil
}

func mustParse(src string) Expr {
	e, err := parseExpr(src)
	if err != nil {
		panic(err)
	}
	return e
}

func (p *testParser) skip() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}

func (p *testParser) peek() rune {
	p.skip()
	if p.pos >= len(p.src) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
	return r
}

func isNameStart(r rune) bool { return r == '_' || unicode.IsLetter(r) }

func (p *testParser) sum() (Expr, error) {
	e, err := p.product()
	if err != nil {
		return nil, err
	}
	for {
		switch p.peek() {
		case '+':
			p.pos++
			r, err := p.product()
			if err != nil {
				return nil, err
			}
			e = Add(e, r)
		case '-':
			p.pos++
			r, err := p.product()
			if err != nil {
				return nil, err
			}
			e = Sub(e, r)
		default:
			return e, nil
		}
	}
}

func (p *testParser) product() (Expr, error) {
	e, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		switch r := p.peek(); {
		case r == '*':
			p.pos++
			f, err := p.unary()
			if err != nil {
				return nil, err
			}
			e = Mul(e, f)
		case r == '/':
			p.pos++
			f, err := p.unary()
			if err != nil {
				return nil, err
			}
			e = Div(e, f)
		case r == '(' || isNameStart(r):
			f, err := p.unary()
			if err != nil {
				return nil, err
			}
			e = Mul(e, f)
		default:
			return e, nil
		}
	}
}

func (p *testParser) unary() (Expr, error) {
	if p.peek() == '-' {
		p.pos++
		e, err := p.unary()
		if err != nil {
			return nil, err
		}
		return Neg(e), nil
	}
	return p.power()
}

func (p *testParser) power() (Expr, error) {
	b, err := p.atom()
	if err != nil {
		return nil, err
	}
	if p.peek() == '^' {
		p.pos++
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		return Pow(b, x), nil
	}
	return b, nil
}

func (p *testParser) atom() (Expr, error) {
	r := p.peek()
	switch {
	case r == '(':
		p.pos++
		e, err := p.sum()
		if err != nil {
			return nil, err
		}
		if p.peek() != ')' {
			return nil, fmt.Errorf("missing ) at %d in %q", p.pos, p.src)
		}
		p.pos++
		return e, nil
	case r >= '0' && r <= '9' || r == '.':
		start := p.pos
		for p.pos < len(p.src) && strings.ContainsRune("0123456789.", rune(p.src[p.pos])) {
			p.pos++
		}
		if p.pos < len(p.src) && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
			q := p.pos + 1
			if q < len(p.src) && (p.src[q] == '+' || p.src[q] == '-') {
				q++
			}
			if q < len(p.src) && p.src[q] >= '0' && p.src[q] <= '9' {
				p.pos = q
				for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
					p.pos++
				}
			}
		}
		return ParseNumber(p.src[start:p.pos])
	case isNameStart(r):
		start := p.pos
		for p.pos < len(p.src) {
			r, w := utf8.DecodeRuneInString(p.src[p.pos:])
			if !isNameStart(r) && !unicode.IsDigit(r) {
				break
			}
			p.pos += w
		}
		name := p.src[start:p.pos]
		if p.pos < len(p.src) && p.src[p.pos] == '(' {
			p.pos++
			var args []Expr
			for p.peek() != ')' {
				a, err := p.sum()
				if err != nil {
					return nil, err
				}
				args = append(args, a)
				if p.peek() == ',' {
					p.pos++
				}
			}
			p.pos++
			return Call(name, args...)
		}
		switch name {
		case "pi":
			return Pi, nil
		case "e":
			return E, nil
		}
		return Symbol(name), nil
	}
	return nil, fmt.Errorf("unexpected %q at %d in %q", r, p.pos, p.src)
}
