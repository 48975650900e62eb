package parser

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// Numbers is a vector or matrix literal whose entries are all plain
// number literals, each optionally preceded by a minus sign: [1, -2.5e3] or
// [[1, 2], [3, 4]]. The parser reads such a literal in one pass over its
// bytes straight into float64 values, without a token, a node or a copy of
// the text for each entry, so that a large matrix costs its 8 bytes an
// entry and its source can be let go once parsed. List gives the same
// literal as ordinary nodes.
//
// An entry is plain when its float64 stands for it (PlainFloat): at most
// 17 significant digits and a value that is zero or a finite normal
// float64. A literal with any other entry (1e-400, 0.12345678901234567891,
// a name) is parsed token by token, so that its entries can be kept exact.
type Numbers struct {
	Pos
	Rows, Cols int
	Matrix     bool      // written [[…], …]; a vector otherwise (Cols is 1)
	Values     []float64 // the entries, row by row; shared, not to be modified
}

func (*Numbers) node() {}

func (n *Numbers) String() string { return n.List().String() }

// Len returns the number of entries.
func (n *Numbers) Len() int { return len(n.Values) }

// List returns the literal as ordinary nodes: each entry is the shortest
// number literal that reads back as its float64 (strconv 'g' format), so
// that 1e-3 comes back as 0.001 with the same value, and every node is at
// the literal's position.
func (n *Numbers) List() *List {
	entry := func(v float64) Node {
		lit := &NumberLit{Pos: n.Pos, Text: strconv.FormatFloat(math.Abs(v), 'g', -1, 64)}
		if math.Signbit(v) {
			return &Unary{Pos: n.Pos, Op: Minus, X: lit}
		}
		return lit
	}
	out := &List{Pos: n.Pos, Elems: make([]Node, n.Rows)}
	if !n.Matrix {
		for i, v := range n.Values {
			out.Elems[i] = entry(v)
		}
		return out
	}
	for i := range out.Elems {
		row := &List{Pos: n.Pos, Elems: make([]Node, n.Cols)}
		for j := range row.Elems {
			row.Elems[j] = entry(n.Values[i*n.Cols+j])
		}
		out.Elems[i] = row
	}
	return out
}

// maxFloatDigits is the number of significant digits that identify any
// float64.
const maxFloatDigits = 17

// smallestNormal is the least positive normal float64.
const smallestNormal = 0x1p-1022

// PlainFloat returns the float64 of an unsigned number literal
// (strconv.ParseFloat, correctly rounded) and whether that float64 stands
// for the literal: the text has at most 17 significant digits (leading and
// trailing zeros not counted), as many as a float64 is written with, and
// its value is zero or a finite normal float64. Up to 15 digits the
// float64 gives the literal back when printed to 15; with 16 or 17 it is
// the nearest float64. calc holds exactly such literals as float64
// (fastLiteral) and keeps the others exact (1e-400,
// 0.12345678901234567891).
func PlainFloat(text string) (float64, bool) {
	end, digits, ok := numberEnd(text, 0)
	if !ok || end != len(text) {
		return 0, false
	}
	return plainValue(text, digits)
}

// plainValue is PlainFloat for text that scanNumber read, with its count
// of significant digits.
func plainValue(text string, digits int) (float64, bool) {
	f, err := strconv.ParseFloat(text, 64)
	if err != nil || digits > maxFloatDigits {
		return 0, false
	}
	if f == 0 {
		return f, digits == 0
	}
	return f, math.Abs(f) >= smallestNormal && math.Abs(f) <= math.MaxFloat64
}

// scanNumbers reads a Numbers literal starting at the '[' at l.pos. It
// returns nil, leaving the lexer as it was, unless the literal is a
// non-empty vector of signed plain numbers or a rectangular matrix of
// them, written with blanks and newlines only between the entries.
func (l *lexer) scanNumbers() *Numbers {
	src, start := l.src, l.pos
	i := skipBlanks(src, start+1)
	n := &Numbers{Pos: Pos{l.line, l.col}, Matrix: i < len(src) && src[i] == '['}
	var values []float64
	if !n.Matrix {
		var ok bool
		if values, i, ok = scanRow(src, i, nil); !ok {
			return nil
		}
		n.Rows, n.Cols = len(values), 1
	} else {
		// Size the values from the first row, which fixes the width.
		for {
			before := len(values)
			rowStart := i
			var ok bool
			if values, i, ok = scanRow(src, i+1, values); !ok {
				return nil
			}
			n.Rows++
			width := len(values) - before
			if n.Rows == 1 {
				n.Cols = width
				if rows := (len(src) - start) / max(i-rowStart, 1); rows > 1 {
					grown := make([]float64, len(values), width*min(rows, n.Cols+1))
					copy(grown, values)
					values = grown
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
	n.Values = values
	l.advanceASCII(i)
	return n
}

// scanRow reads "entry, entry, …]" from i on (just past '['), appending
// each entry's value to values. It returns the index just past ']'.
func scanRow(src string, i int, values []float64) ([]float64, int, bool) {
	i = skipBlanks(src, i)
	for {
		negative := i < len(src) && src[i] == '-'
		if negative {
			i++
		}
		end, digits, ok := scanNumber(src, i)
		if !ok {
			return nil, 0, false
		}
		f, plain := plainValue(src[i:end], digits)
		if !plain {
			return nil, 0, false
		}
		if negative {
			f = -f
		}
		values = append(values, f)
		i = skipBlanks(src, end)
		if i >= len(src) {
			return nil, 0, false
		}
		switch src[i] {
		case ']':
			return values, i + 1, true
		case ',':
			i = skipBlanks(src, i+1)
		default:
			return nil, 0, false
		}
	}
}

// scanNumber reads a number (see numberEnd) at i and reports whether it
// ends where an entry may end (a blank, ',' or ']').
func scanNumber(src string, i int) (end, digits int, ok bool) {
	end, digits, ok = numberEnd(src, i)
	if !ok || end >= len(src) {
		return 0, 0, false
	}
	switch src[end] {
	case ' ', '\t', '\r', '\n', ',', ']':
		return end, digits, true
	}
	return 0, 0, false
}

// numberEnd reads digits [. digits] [(e|E) [+-] digits] at i, as lexNumber
// does, and returns where it ends and its count of significant digits,
// from the first nonzero digit to the last.
func numberEnd(src string, i int) (end, digits int, ok bool) {
	start, seen := i, 0 // seen: digits since the first nonzero one
	i, seen, digits = significantDigits(src, i, seen, digits)
	mantissa := i - start
	if i < len(src) && src[i] == '.' {
		after := i + 1
		i, seen, digits = significantDigits(src, after, seen, digits)
		mantissa += i - after
	}
	if mantissa == 0 {
		return 0, 0, false
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		j := i + 1
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		k := skipDigits(src, j)
		if k == j {
			return 0, 0, false // 2e is 2 times e
		}
		i = k
	}
	return i, digits, i-start <= maxTokenLen
}

// significantDigits reads the digits at i on, counting them in seen from
// the first nonzero one on; digits is seen at the last nonzero one.
func significantDigits(src string, i, seen, digits int) (int, int, int) {
	for ; i < len(src) && isDigit(rune(src[i])); i++ {
		if seen > 0 || src[i] != '0' {
			seen++
			if src[i] != '0' {
				digits = seen
			}
		}
	}
	return i, seen, digits
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
