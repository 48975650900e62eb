package parser

import (
	"cmp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTokenLen bounds a single token so that pathological input cannot
// produce huge literals.
const maxTokenLen = 1 << 16

// maxPresized bounds the tokens allocated before lexing, so that a large
// input with few tokens (a long comment) costs little.
const maxPresized = 1 << 20

// lexer turns source text into tokens. Newlines are always emitted; the
// parser ignores them inside brackets.
type lexer struct {
	src       string
	pos       int  // byte offset of the next rune
	start     int  // byte offset where the current token starts
	line, col int  // position of the next rune
	stmtStart bool // only white space since the last statement boundary
	tokens    []Token

	// With dense set, a vector or matrix literal of plain numbers becomes
	// one Numbers token (see scanNumbers); open holds the brackets open.
	dense   bool
	open    []byte
	numbers []numbersToken
}

// Lex returns the tokens of src, ending with EOF. Lexical errors appear as
// Illegal tokens carrying their message.
func Lex(src string) []Token { return LexAt(src, 1) }

// LexAt is Lex for source whose first line is line firstLine of a larger
// text, so that positions count from there.
func LexAt(src string, firstLine int) []Token {
	// Dense source such as a matrix literal has a token every five bytes or
	// so; sizing the slice up front saves copying it as it grows.
	n := min(len(src)/5+8, maxPresized)
	l := &lexer{src: src, line: firstLine, col: 1, stmtStart: true, tokens: make([]Token, 0, n)}
	l.run()
	return l.tokens
}

// newLexer lexes src for the parser. With dense set, literals of plain
// numbers are read as Array tokens (see Numbers).
func newLexer(src string, firstLine int, dense bool) *lexer {
	n := min(len(src)/5+8, maxPresized)
	if dense {
		// Literals of numbers, the densest source, take one token each, so
		// the token count is unknown: let the slice grow.
		n = min(len(src)/5+8, 256)
	}
	l := &lexer{src: src, line: firstLine, col: 1, stmtStart: true, tokens: make([]Token, 0, n), dense: dense}
	l.run()
	return l
}

// literalMayStart reports whether a '[' at the current position opens a
// literal that scanNumbers may read: not an index (v[1], a bracket
// right after an operand) and not inside another '[', whose rows it
// would take apart.
func (l *lexer) literalMayStart() bool {
	if len(l.open) > 0 && l.open[len(l.open)-1] == '[' {
		return false
	}
	if k := len(l.tokens); k > 0 && l.tokens[k-1].End == l.pos {
		switch l.tokens[k-1].Kind {
		case Name, Number, String, RParen, RBrack, Array:
			return false
		}
	}
	return true
}

// track follows the brackets open, for literalMayStart.
func (l *lexer) track(k Kind) {
	switch k {
	case LParen:
		l.open = append(l.open, '(')
	case LBrack:
		l.open = append(l.open, '[')
	case RParen, RBrack:
		if len(l.open) > 0 {
			l.open = l.open[:len(l.open)-1]
		}
	case Semi:
		l.open = l.open[:0]
	}
}

func (l *lexer) peek() rune {
	if l.pos >= len(l.src) {
		return -1
	}
	if c := l.src[l.pos]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(l.src[l.pos:])
	return r
}

func (l *lexer) next() rune {
	if l.pos >= len(l.src) {
		return -1
	}
	r, w := rune(l.src[l.pos]), 1
	if r >= utf8.RuneSelf {
		r, w = utf8.DecodeRuneInString(l.src[l.pos:])
	}
	l.pos += w
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func (l *lexer) emit(k Kind, p Pos, text string) {
	l.tokens = append(l.tokens, Token{Kind: k, Pos: p, Text: text, Off: l.start, End: l.pos})
	l.stmtStart = k == Newline || k == Semi
}

func (l *lexer) run() {
	for {
		r := l.peek()
		p := Pos{l.line, l.col}
		l.start = l.pos
		switch {
		case r == -1:
			l.emit(EOF, p, "")
			return
		case r == '\n':
			l.next()
			l.emit(Newline, p, "")
		case r == ' ' || r == '\t' || r == '\r' || r == '\f' || r == '\v':
			l.next()
		case r == '#':
			for r := l.peek(); r != '\n' && r != -1; r = l.peek() {
				l.next()
			}
		case r == ':' && l.stmtStart:
			l.next()
			l.lexCommand(p)
		case r == '"':
			l.next()
			l.lexString(p)
		case isDigit(r) || r == '.' && l.digitAfterDot():
			l.lexNumber(p)
		case isLetter(r):
			l.lexName(p)
		case r == '[' && l.dense && l.literalMayStart():
			if n := l.scanNumbers(); n != nil {
				l.numbers = append(l.numbers, numbersToken{l.start, n})
				l.emit(Array, p, "")
				continue
			}
			l.next()
			l.lexOperator(r, p)
		default:
			l.next()
			l.lexOperator(r, p)
		}
	}
}

func (l *lexer) digitAfterDot() bool {
	return l.pos+1 < len(l.src) && isDigit(rune(l.src[l.pos+1]))
}

// lexCommand reads ":name words…" up to the end of the line, ';' or '#'.
func (l *lexer) lexCommand(p Pos) {
	start := l.pos
	for r := l.peek(); r != '\n' && r != ';' && r != '#' && r != -1; r = l.peek() {
		l.next()
	}
	l.emit(Command, p, strings.TrimSpace(l.src[start:l.pos]))
}

// lexString reads a string after its opening quote. The string must end
// on its line; the newline that cuts it short stays a token of its own. A
// string with an error is still read up to its closing quote, so that its
// contents are not taken for code.
func (l *lexer) lexString(p Pos) {
	var b strings.Builder
	problem := ""
	for {
		if r := l.peek(); r == -1 || r == '\n' {
			l.emit(Illegal, p, "unterminated string")
			return
		}
		before := l.pos
		r := l.next()
		switch {
		case r == '"':
			if problem != "" {
				l.emit(Illegal, p, problem)
				return
			}
			l.emit(String, p, b.String())
			return
		case r == utf8.RuneError && l.pos-before == 1:
			problem = cmp.Or(problem, "invalid UTF-8 in string")
		case r == '\\':
			// Only \" and \\ are escapes; any other backslash is kept, so
			// that LaTeX such as "\frac{1}{2}" or "\nu" pastes unchanged.
			switch e := l.peek(); e {
			case '"', '\\':
				b.WriteRune(e)
				l.next()
			case -1, '\n':
				continue // unterminated
			default:
				b.WriteByte('\\')
			}
		default:
			b.WriteRune(r)
		}
		if b.Len() > maxTokenLen {
			problem = cmp.Or(problem, "string too long")
			b.Reset()
		}
	}
}

// lexNumber reads digits [. digits] [(e|E) [+-] digits].
func (l *lexer) lexNumber(p Pos) {
	start := l.pos
	l.digits()
	if l.peek() == '.' {
		l.next()
		l.digits()
	}
	if r := l.peek(); r == 'e' || r == 'E' {
		save, line, col := l.pos, l.line, l.col
		l.next()
		if r := l.peek(); r == '+' || r == '-' {
			l.next()
		}
		if !isDigit(l.peek()) {
			// "2e" is the number 2 followed by the name e.
			l.pos, l.line, l.col = save, line, col
		} else {
			l.digits()
		}
	}
	text := l.src[start:l.pos]
	if l.peek() == '.' {
		for r := l.peek(); r == '.' || isDigit(r); r = l.peek() {
			l.next()
		}
		l.emit(Illegal, p, "malformed number "+l.src[start:l.pos])
		return
	}
	if len(text) > maxTokenLen {
		l.emit(Illegal, p, "number too long")
		return
	}
	l.emit(Number, p, text)
}

func (l *lexer) digits() {
	for isDigit(l.peek()) {
		l.next()
	}
}

func (l *lexer) lexName(p Pos) {
	start := l.pos
	for r := l.peek(); isLetter(r) || isDigit(r); r = l.peek() {
		l.next()
	}
	if l.pos-start > maxTokenLen {
		l.emit(Illegal, p, "name too long")
		return
	}
	l.emit(Name, p, l.src[start:l.pos])
}

// singleOps maps the characters that are tokens on their own to their kind;
// EOF marks the others.
var singleOps = [utf8.RuneSelf]Kind{
	'+': Plus, '-': Minus, '*': Star, '/': Slash, '^': Caret, '(': LParen, ')': RParen,
	'[': LBrack, ']': RBrack, ',': Comma, ';': Semi, ':': Colon,
}

func (l *lexer) lexOperator(r rune, p Pos) {
	if r < utf8.RuneSelf && singleOps[r] != EOF {
		if l.dense {
			l.track(singleOps[r])
		}
		l.emit(singleOps[r], p, l.src[l.start:l.pos])
		return
	}
	switch r {
	case '=':
		if l.peek() == '=' {
			l.next()
			l.emit(Eq, p, "==")
			return
		}
		l.emit(Assign, p, "=")
	case '<', '>':
		k, ke := Less, LessEq
		if r == '>' {
			k, ke = Greater, GreaterEq
		}
		if l.peek() == '=' {
			l.next()
			l.emit(ke, p, string(r)+"=")
			return
		}
		l.emit(k, p, string(r))
	default:
		if r == utf8.RuneError && l.pos-l.start == 1 {
			l.emit(Illegal, p, "invalid UTF-8 in input")
			return
		}
		l.emit(Illegal, p, "unexpected character "+quoteRune(r))
	}
}

func quoteRune(r rune) string { return strconv.QuoteRune(r) }

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isLetter(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80 && unicode.IsLetter(r)
}
