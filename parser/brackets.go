package parser

import "strings"

// Brackets follows the bracket depth of source fed to it one line at a
// time, so that a reader knows whether a statement continues on the next
// line. Each line is scanned once: a statement of n lines costs O(n), not
// the O(n²) of lexing the whole statement again after every line. It
// counts as the lexer does: brackets inside strings, comments and
// :commands do not count, an unmatched closing bracket is ignored, and
// ';' ends a statement and so closes everything.
type Brackets struct {
	depth int
}

// Open reports whether a bracket is still open after the lines fed so far.
func (b *Brackets) Open() bool { return b.depth > 0 }

// Reset forgets everything fed so far.
func (b *Brackets) Reset() { b.depth = 0 }

// Feed feeds text that ends at a line end (its final newline may be left
// out) and reports whether a bracket is still open after it.
func (b *Brackets) Feed(text string) bool {
	boundary := 0 // where the current statement starts on its line
	for i := 0; i < len(text); i++ {
		// Only these characters matter; jump over the others.
		if k := strings.IndexAny(text[i:], "\n#()[];:\""); k < 0 {
			break
		} else {
			i += k
		}
		switch text[i] {
		case '\n', ';':
			if text[i] == ';' {
				b.depth = 0
			}
			boundary = i + 1
		case '#':
			i = lineEnd(text, i) - 1
		case '(', '[':
			b.depth++
		case ')', ']':
			if b.depth > 0 {
				b.depth--
			}
		case ':':
			if strings.TrimLeft(text[boundary:i], blanks) == "" {
				// A command runs to the end of the line, ';' or '#'.
				i += strings.IndexAny(text[i:]+"\n", ";#\n") - 1
			}
		case '"':
			i = stringEnd(text, i+1)
		}
	}
	return b.Open()
}

// lineEnd returns the index of the first newline in text at or after i,
// or len(text).
func lineEnd(text string, i int) int {
	if n := strings.IndexByte(text[i:], '\n'); n >= 0 {
		return i + n
	}
	return len(text)
}

// stringEnd returns the index of the closing quote of a string whose
// contents start at i or, for a string cut short by the end of its line,
// the index of its last character. A backslash escapes the character
// after it unless that is a newline.
func stringEnd(text string, i int) int {
	for ; i < len(text); i++ {
		switch text[i] {
		case '"':
			return i
		case '\n':
			return i - 1
		case '\\':
			if i+1 < len(text) && text[i+1] != '\n' {
				i++
			}
		}
	}
	return len(text) - 1
}
