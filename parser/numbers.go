package parser

import (
	"sort"
	"strings"
)

// Numbers is a vector or matrix literal whose entries are all number
// literals, each optionally preceded by a minus sign: [1, -2.5e3] or
// [[1, 2], [3, 4]]. The parser reads such a literal in one pass over its
// bytes and keeps the entries as text, without a token or a node for each
// entry, so that a large matrix costs little more than its source; List
// gives the same literal as ordinary nodes.
type Numbers struct {
	Pos
	Rows, Cols int
	Matrix     bool     // written [[…], …]; a vector otherwise (Cols is 1)
	Src        string   // the literal as written, from '[' to ']'
	bounds     []uint32 // start and end offsets in Src of each entry, row by row
}

func (*Numbers) node() {}

func (n *Numbers) String() string { return n.List().String() }

// Len returns the number of entries.
func (n *Numbers) Len() int { return len(n.bounds) / 2 }

// Entry returns the text of entry i (row-major), without its sign, and
// whether a minus sign precedes it.
func (n *Numbers) Entry(i int) (text string, negative bool) {
	start, end := n.bounds[2*i], n.bounds[2*i+1]
	if n.Src[start] == '-' {
		return n.Src[start+1 : end], true
	}
	return n.Src[start:end], false
}

// List returns the literal parsed as ordinary nodes, with the positions
// they have in the source.
func (n *Numbers) List() *List {
	l := &lexer{src: n.Src, line: n.Line, col: n.Col, tokens: make([]Token, 0, 4*n.Len()+8)}
	l.run()
	p := &parser{src: n.Src, toks: l.tokens}
	return p.list().(*List)
}

// maxNumbersLen bounds the source of one Numbers literal so that entry
// offsets fit in 32 bits.
const maxNumbersLen = 1<<32 - 1

// scanNumbers reads a Numbers literal starting at the '[' at l.pos. It
// returns nil, leaving the lexer as it was, unless the literal is a
// non-empty vector of signed numbers or a rectangular matrix of them,
// written with blanks and newlines only between the entries.
func (l *lexer) scanNumbers() *Numbers {
	src, start := l.src, l.pos
	if len(src)-start > maxNumbersLen {
		return nil
	}
	i := skipBlanks(src, start+1)
	n := &Numbers{Pos: Pos{l.line, l.col}, Matrix: i < len(src) && src[i] == '['}
	var bounds []uint32
	if !n.Matrix {
		var ok bool
		if bounds, i, ok = scanRow(src, start, i, nil); !ok {
			return nil
		}
		n.Rows, n.Cols = len(bounds)/2, 1
	} else {
		// Size the offsets from the first row, which fixes the width.
		for {
			before := len(bounds)
			var ok bool
			if bounds, i, ok = scanRow(src, start, i+1, bounds); !ok {
				return nil
			}
			n.Rows++
			width := (len(bounds) - before) / 2
			if n.Rows == 1 {
				n.Cols = width
				if rows := (len(src) - start) / max(i-start, 1); rows > 1 {
					grown := make([]uint32, len(bounds), 2*width*min(rows, n.Cols+1))
					copy(grown, bounds)
					bounds = grown
				}
			} else if width != n.Cols {
				return nil // ragged: the slow path explains the error
			}
			i = skipBlanks(src, i)
			if i >= len(src) {
				return nil
			}
			if src[i] == ']' {
				break
			}
			if src[i] != ',' {
				return nil
			}
			i = skipBlanks(src, i+1)
			if i >= len(src) || src[i] != '[' {
				return nil
			}
		}
		i++
	}
	n.Src, n.bounds = src[start:i], bounds
	l.advanceASCII(i)
	return n
}

// scanRow reads "[entry, entry, …]" whose '[' is at open and whose first
// entry is at or after i, appending each entry's offsets relative to base
// (the literal's start). It returns the index just past ']'.
func scanRow(src string, base, i int, bounds []uint32) ([]uint32, int, bool) {
	i = skipBlanks(src, i)
	for {
		start := i
		if i < len(src) && src[i] == '-' {
			i++
		}
		end, ok := scanNumber(src, i)
		if !ok {
			return nil, 0, false
		}
		bounds = append(bounds, uint32(start-base), uint32(end-base))
		i = skipBlanks(src, end)
		if i >= len(src) {
			return nil, 0, false
		}
		switch src[i] {
		case ']':
			return bounds, i + 1, true
		case ',':
			i = skipBlanks(src, i+1)
		default:
			return nil, 0, false
		}
	}
}

// scanNumber reads digits [. digits] [(e|E) [+-] digits] at i, as lexNumber
// does, and reports whether it ends where an entry may end (a blank, ','
// or ']').
func scanNumber(src string, i int) (end int, ok bool) {
	start := i
	i = skipDigits(src, i)
	mantissa := i - start
	if i < len(src) && src[i] == '.' {
		after := skipDigits(src, i+1)
		mantissa += after - i - 1
		i = after
	}
	if mantissa == 0 {
		return 0, false
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		j := i + 1
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		k := skipDigits(src, j)
		if k == j {
			return 0, false // 2e is 2 times e
		}
		i = k
	}
	if i-start > maxTokenLen || i >= len(src) {
		return 0, false
	}
	switch src[i] {
	case ' ', '\t', '\r', '\n', ',', ']':
		return i, true
	}
	return 0, false
}

func skipDigits(src string, i int) int {
	for i < len(src) && isDigit(rune(src[i])) {
		i++
	}
	return i
}

func skipBlanks(src string, i int) int {
	for i < len(src) {
		switch src[i] {
		case ' ', '\t', '\r', '\n':
			i++
		default:
			return i
		}
	}
	return i
}

// advanceASCII moves the lexer to end over ASCII text, counting lines.
func (l *lexer) advanceASCII(end int) {
	text := l.src[l.pos:end]
	if nl := strings.LastIndexByte(text, '\n'); nl >= 0 {
		l.line += strings.Count(text, "\n")
		l.col = len(text) - nl
	} else {
		l.col += len(text)
	}
	l.pos = end
}

// numbersToken is a Numbers literal and the offset of its token.
type numbersToken struct {
	off int
	n   *Numbers
}

// numbersAt returns the Numbers literal whose token starts at offset off.
func (p *parser) numbersAt(off int) *Numbers {
	k := sort.Search(len(p.numbers), func(k int) bool { return p.numbers[k].off >= off })
	return p.numbers[k].n
}
