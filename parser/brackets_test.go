package parser

import (
	"strings"
	"testing"
)

// lexedOpen is the reference for Brackets: it lexes the whole text and
// counts brackets over the tokens.
func lexedOpen(src string) bool {
	depth := 0
	for _, t := range Lex(src) {
		switch t.Kind {
		case LParen, LBrack:
			depth++
		case RParen, RBrack:
			if depth > 0 {
				depth--
			}
		case Semi:
			depth = 0
		}
	}
	return depth > 0
}

// linesOpen feeds src to Brackets line by line and records whether a
// bracket is open after each line.
func linesOpen(src string) []bool {
	var b Brackets
	var open []bool
	for line := range strings.Lines(src) {
		open = append(open, b.Feed(line))
	}
	return open
}

var bracketCases = []struct {
	src  string
	want []bool // open after each line
}{
	{"x = [1,\n2]\n", []bool{true, false}},
	{"f(\"(\" # [\n)", []bool{true, false}},
	{"s = \"[\\\"(\"\n", []bool{false}},
	{"s = \"unterminated [\n", []bool{false}},
	{"x = [1 # ] not a bracket\n2]\n", []bool{true, false}},
	{":load a(b.sc\n", []bool{false}},
	{":digits 3; x = (\n1)\n", []bool{true, false}},
	{":digits 3 # (\n", []bool{false}},
	{"a = [[1, 2],\n [3, 4]]; b = (\n2)\n", []bool{true, true, false}},
	{"x = ((1; y = 2\n", []bool{false}},
	{"x = 1)) + [\n", []bool{true}},
	{"x = [\n:vars (\n1]\n", []bool{true, true, false}},
	{"a:b (\n", []bool{true}},
	{"\"\\\n(\n", []bool{false, true}},
	{"[é, \"é(\", (\n", []bool{true}},
}

func TestBrackets(t *testing.T) {
	for _, tt := range bracketCases {
		got := linesOpen(tt.src)
		if len(got) != len(tt.want) {
			t.Fatalf("%q: %d lines, want %d", tt.src, len(got), len(tt.want))
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: open after line %d = %v, want %v", tt.src, i+1, got[i], tt.want[i])
			}
		}
		checkAgainstLexer(t, tt.src)
	}
}

// checkAgainstLexer compares Brackets after each line with lexing every
// prefix of src that ends at a line end.
func checkAgainstLexer(t *testing.T, src string) {
	t.Helper()
	open := linesOpen(src)
	end := 0
	for i, line := range strings.SplitAfter(src, "\n") {
		if line == "" {
			break
		}
		end += len(line)
		if want := lexedOpen(src[:end]); open[i] != want {
			t.Errorf("%q: open after line %d = %v, lexer says %v", src, i+1, open[i], want)
		}
	}
	if Incomplete(src) != lexedOpen(src) {
		t.Errorf("Incomplete(%q) = %v, lexer says %v", src, Incomplete(src), lexedOpen(src))
	}
}

func FuzzBrackets(f *testing.F) {
	for _, tt := range bracketCases {
		f.Add(tt.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 1000 {
			return
		}
		checkAgainstLexer(t, src)
		var b Brackets
		if b.Feed(src) != lexedOpen(src) {
			t.Errorf("Feed(%q) = %v, lexer says %v", src, !lexedOpen(src), lexedOpen(src))
		}
	})
}
