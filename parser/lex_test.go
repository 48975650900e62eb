package parser

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// tok is an expected token: its kind, text and "line:col".
type tok struct {
	kind Kind
	text string
	pos  string
}

var lexTests = []struct {
	name string
	src  string
	want []tok
}{
	{"empty", "", []tok{{EOF, "", "1:1"}}},
	{"blanks", " \t\r\f\v", []tok{{EOF, "", "1:6"}}},
	{"operators", "+-*/^()[],= ==<><=>=;", []tok{
		{Plus, "+", "1:1"}, {Minus, "-", "1:2"}, {Star, "*", "1:3"}, {Slash, "/", "1:4"},
		{Caret, "^", "1:5"}, {LParen, "(", "1:6"}, {RParen, ")", "1:7"}, {LBrack, "[", "1:8"},
		{RBrack, "]", "1:9"}, {Comma, ",", "1:10"}, {Assign, "=", "1:11"}, {Eq, "==", "1:13"},
		{Less, "<", "1:15"}, {Greater, ">", "1:16"}, {LessEq, "<=", "1:17"},
		{GreaterEq, ">=", "1:19"}, {Semi, ";", "1:21"}, {EOF, "", "1:22"},
	}},
	{"assign then eq", "a==b=c", []tok{
		{Name, "a", "1:1"}, {Eq, "==", "1:2"}, {Name, "b", "1:4"}, {Assign, "=", "1:5"},
		{Name, "c", "1:6"}, {EOF, "", "1:7"},
	}},
	{"numbers", "12 0.5 1e-3 2.5E+10 .5 5. 1.e2 007", []tok{
		{Number, "12", "1:1"}, {Number, "0.5", "1:4"}, {Number, "1e-3", "1:8"},
		{Number, "2.5E+10", "1:13"}, {Number, ".5", "1:21"}, {Number, "5.", "1:24"},
		{Number, "1.e2", "1:27"}, {Number, "007", "1:32"}, {EOF, "", "1:35"},
	}},
	{"exponent without digits is a name", "2e 3E+ 4e-x", []tok{
		{Number, "2", "1:1"}, {Name, "e", "1:2"},
		{Number, "3", "1:4"}, {Name, "E", "1:5"}, {Plus, "+", "1:6"},
		{Number, "4", "1:8"}, {Name, "e", "1:9"}, {Minus, "-", "1:10"}, {Name, "x", "1:11"},
		{EOF, "", "1:12"},
	}},
	{"number then name", "2x 1e-3y", []tok{
		{Number, "2", "1:1"}, {Name, "x", "1:2"}, {Number, "1e-3", "1:4"}, {Name, "y", "1:8"},
		{EOF, "", "1:9"},
	}},
	{"names", "x_1 _a kl2 Gamma", []tok{
		{Name, "x_1", "1:1"}, {Name, "_a", "1:5"}, {Name, "kl2", "1:8"}, {Name, "Gamma", "1:12"},
		{EOF, "", "1:17"},
	}},
	// Columns count runes: μ and Σ are two bytes each, 𝛼 four.
	{"multi-byte names", "μ + Σ_p*𝛼\n  σ1", []tok{
		{Name, "μ", "1:1"}, {Plus, "+", "1:3"}, {Name, "Σ_p", "1:5"}, {Star, "*", "1:8"},
		{Name, "𝛼", "1:9"}, {Newline, "", "1:10"}, {Name, "σ1", "2:3"}, {EOF, "", "2:5"},
	}},
	{"multi-byte string", `"μ, Σ" μ`, []tok{
		{String, "μ, Σ", "1:1"}, {Name, "μ", "1:8"}, {EOF, "", "1:9"},
	}},
	{"newlines and comments", "a # comment (\n\n  b#c\n", []tok{
		{Name, "a", "1:1"}, {Newline, "", "1:14"}, {Newline, "", "2:1"}, {Name, "b", "3:3"},
		{Newline, "", "3:6"}, {EOF, "", "4:1"},
	}},
	{"newlines inside brackets are tokens", "[1,\n2]", []tok{
		{LBrack, "[", "1:1"}, {Number, "1", "1:2"}, {Comma, ",", "1:3"}, {Newline, "", "1:4"},
		{Number, "2", "2:1"}, {RBrack, "]", "2:2"}, {EOF, "", "2:3"},
	}},
	{"crlf", "a\r\nb", []tok{
		{Name, "a", "1:1"}, {Newline, "", "1:3"}, {Name, "b", "2:1"}, {EOF, "", "2:2"},
	}},
	{"commands", ":digits 12  # twelve\n  :help kl; :vars;x", []tok{
		{Command, "digits 12", "1:1"}, {Newline, "", "1:21"},
		{Command, "help kl", "2:3"}, {Semi, ";", "2:11"},
		{Command, "vars", "2:13"}, {Semi, ";", "2:18"}, {Name, "x", "2:19"}, {EOF, "", "2:20"},
	}},
	{"empty command", ":", []tok{{Command, "", "1:1"}, {EOF, "", "1:2"}}},
	{"colon inside a statement", "x :y", []tok{
		{Name, "x", "1:1"}, {Colon, ":", "1:3"}, {Name, "y", "1:4"},
		{EOF, "", "1:5"},
	}},
	{"strings", `"a b" "q\"\\\n\t" ""`, []tok{
		{String, "a b", "1:1"}, {String, `q"\\n\t`, "1:7"}, {String, "", "1:19"},
		{EOF, "", "1:21"},
	}},
	{"backslashes other than \\\" and \\\\ are kept", `"\frac{a}{b}(" x`, []tok{
		{String, `\frac{a}{b}(`, "1:1"}, {Name, "x", "1:16"}, {EOF, "", "1:17"},
	}},
	{"an unterminated string leaves the newline", "\"ab\\\nx", []tok{
		{Illegal, "unterminated string", "1:1"}, {Newline, "", "1:5"}, {Name, "x", "2:1"},
		{EOF, "", "2:2"},
	}},
	{"string keeps # and brackets", `f("#(", x)`, []tok{
		{Name, "f", "1:1"}, {LParen, "(", "1:2"}, {String, "#(", "1:3"}, {Comma, ",", "1:7"},
		{Name, "x", "1:9"}, {RParen, ")", "1:10"}, {EOF, "", "1:11"},
	}},
}

func TestLex(t *testing.T) {
	for _, tt := range lexTests {
		t.Run(tt.name, func(t *testing.T) {
			got := Lex(tt.src)
			if len(got) != len(tt.want) {
				t.Fatalf("Lex(%q): %d tokens %v, want %d", tt.src, len(got), got, len(tt.want))
			}
			for i, g := range got {
				w := tt.want[i]
				if g.Kind != w.kind || g.Text != w.text || g.Pos.String() != w.pos {
					t.Errorf("Lex(%q) token %d = %v %q at %v, want %v %q at %s",
						tt.src, i, g.Kind, g.Text, g.Pos, w.kind, w.text, w.pos)
				}
			}
			checkOffsets(t, tt.src, got)
		})
	}
}

// checkOffsets checks that Off and End delimit each token in src, that
// they agree with Pos, and that names and numbers are their own text.
func checkOffsets(t *testing.T, src string, toks []Token) {
	t.Helper()
	prev := 0
	var at position // walks forward, so that the check takes linear time
	for i, tk := range toks {
		if tk.Off < prev || tk.End < tk.Off || tk.End > len(src) {
			t.Errorf("token %d %v: offsets [%d, %d) out of order (previous end %d, len %d)",
				i, tk, tk.Off, tk.End, prev, len(src))
			return
		}
		prev = tk.End
		if p := at.advance(src, tk.Off); p != tk.Pos {
			t.Errorf("token %d %v: Pos %v, but offset %d is at %v", i, tk, tk.Pos, tk.Off, p)
		}
		if (tk.Kind == Name || tk.Kind == Number) && src[tk.Off:tk.End] != tk.Text {
			t.Errorf("token %d: Text %q, source %q", i, tk.Text, src[tk.Off:tk.End])
		}
	}
}

// position finds the line and column (in runes; an invalid byte counts as
// one) of increasing byte offsets in a source.
type position struct {
	off int
	pos Pos
}

func (p *position) advance(src string, off int) Pos {
	if p.pos.Line == 0 {
		p.pos = Pos{1, 1}
	}
	for p.off < off {
		r, w := utf8.DecodeRuneInString(src[p.off:])
		p.off += w
		if r == '\n' {
			p.pos.Line++
			p.pos.Col = 1
		} else {
			p.pos.Col++
		}
	}
	return p.pos
}

func TestLexErrors(t *testing.T) {
	long := strings.Repeat("9", maxTokenLen+1)
	tests := []struct {
		name, src string
		msg, pos  string
	}{
		{"unterminated string", `x = "abc`, "unterminated string", "1:5"},
		{"string ends at the line", "\"ab\ncd\"", "unterminated string", "1:1"},
		{"malformed number", "1.2.3", "malformed number 1.2.3", "1:1"},
		{"malformed number after name", "x = 1..5 + 1", "malformed number 1..5", "1:5"},
		{"bad character", "a @ b", "unexpected character '@'", "1:3"},
		{"bad character after multi-byte", "μ $", "unexpected character '$'", "1:3"},
		{"superscript is not a letter", "σ²", "unexpected character '²'", "1:2"},
		{"dot is not an operator", "a.b", "unexpected character '.'", "1:2"},
		{"invalid UTF-8", "x\xff", "invalid UTF-8 in input", "1:2"},
		{"invalid UTF-8 on a later line", "μ\n  \xc3(", "invalid UTF-8 in input", "2:3"},
		{"invalid UTF-8 in a string", "\"a\xffb\"", "invalid UTF-8 in string", "1:1"},
		{"replacement character is valid UTF-8", "\uFFFD", "unexpected character '�'", "1:1"},
		{"name too long", strings.Repeat("x", maxTokenLen+1), "name too long", "1:1"},
		{"number too long", "1 + " + long, "number too long", "1:5"},
		{"string too long", `"` + long + `"`, "string too long", "1:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Lex(tt.src)
			checkOffsets(t, tt.src, toks)
			for _, tk := range toks {
				if tk.Kind == Illegal {
					if tk.Text != tt.msg || tk.Pos.String() != tt.pos {
						t.Errorf("first error %q at %v, want %q at %s", tk.Text, tk.Pos, tt.msg, tt.pos)
					}
					return
				}
			}
			t.Errorf("no error in %v, want %q at %s", toks, tt.msg, tt.pos)
		})
	}
}

func TestLexLongestValidTokens(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("x", maxTokenLen),
		strings.Repeat("7", maxTokenLen),
		`"` + strings.Repeat("s", maxTokenLen) + `"`,
	} {
		toks := Lex(src)
		if len(toks) != 2 || toks[0].Kind == Illegal || toks[1].Kind != EOF {
			t.Errorf("token of %d bytes: got %v, want one token then EOF", len(src), toks[0].Kind)
		}
	}
}

func TestKindAndTokenString(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{EOF.String(), "end of input"},
		{Newline.String(), "end of line"},
		{GreaterEq.String(), "'>='"},
		{Illegal.String(), "error"},
		{Kind(99).String(), "Kind(99)"},
		{Token{Kind: Number, Text: "0.5"}.String(), "number 0.5"},
		{Token{Kind: Name, Text: "μ"}.String(), "name μ"},
		{Token{Kind: String, Text: "a\"b"}.String(), `string "a\"b"`},
		{Token{Kind: LBrack, Text: "["}.String(), "'['"},
		{Pos{3, 14}.String(), "3:14"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
