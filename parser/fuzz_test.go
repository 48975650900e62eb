package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks, for any input, that Parse neither panics nor hangs, that
// every statement has exactly one of Stmt and Err, that positions and Text
// point into the input, and that valid statements print as source that
// parses back to the same statement. Seeds: testdata/fuzz/FuzzParse and
// the inputs of the parse and error tables.
func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.src)
	}
	for _, marked := range errorTests {
		src, _ := splitMarkers(marked)
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkOffsets(t, src, Lex(src))
		Incomplete(src)
		lines := lineOffsets(src)
		prev := Pos{}
		for i, s := range Parse(src) {
			if (s.Stmt == nil) == (s.Err == nil) {
				t.Fatalf("statement %d %+v: want exactly one of Stmt and Err", i, s)
			}
			off, ok := offsetOf(src, lines, s.Pos)
			if !ok || !strings.HasPrefix(src[off:], s.Text) || s.Text == "" {
				t.Fatalf("statement %d: Text %q is not at its Pos %v", i, s.Text, s.Pos)
			}
			if s.Pos.Line < prev.Line || s.Pos.Line == prev.Line && s.Pos.Col <= prev.Col {
				t.Fatalf("statement %d at %v follows one at %v", i, s.Pos, prev)
			}
			prev = s.Pos
			if s.Err != nil {
				if _, ok := offsetOf(src, lines, s.Err.Pos); !ok {
					t.Fatalf("statement %d: error %v lies outside the input", i, s.Err)
				}
				continue
			}
			if err := checkReparse(s); err != nil {
				t.Fatalf("statement %d: %v", i, err)
			}
		}
		if n, err := ParseExpr(src); err == nil {
			if m, err := ParseExpr(n.String()); err != nil || m.String() != n.String() {
				t.Fatalf("ParseExpr: %q re-parses as %v, %v", n.String(), m, err)
			}
		}
	})
}

// lineOffsets returns the byte offset where each line of src starts.
func lineOffsets(src string) []int {
	offs := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			offs = append(offs, i+1)
		}
	}
	return offs
}

// offsetOf returns the byte offset of p in src, and whether p lies within
// src: on one of its lines, at most one column past the line's end.
func offsetOf(src string, lines []int, p Pos) (int, bool) {
	if p.Line < 1 || p.Line > len(lines) || p.Col < 1 {
		return 0, false
	}
	off := lines[p.Line-1]
	for col := 1; col < p.Col; col++ {
		if off >= len(src) || src[off] == '\n' {
			return 0, false
		}
		_, w := utf8.DecodeRuneInString(src[off:])
		off += w
	}
	return off, true
}
