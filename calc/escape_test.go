package calc_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"statcalc/calc"
)

// TestErrorsEscapeControls checks that an error echoing a source line or
// quoting input shows its control characters as escapes, with the caret
// still under the right column, so that a script cannot drive the user's
// terminal.
func TestErrorsEscapeControls(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"x = 1 \x1b]0;title\x07 + 2", "script.sc:1:7: unexpected character '\\x1b'\n" +
			"\tx = 1 \\x1b]0;title\\x07 + 2\n" +
			"\t      ^\n" +
			"script.sc:1:16: unexpected character '\\a'\n" +
			"\tx = 1 \\x1b]0;title\\x07 + 2\n" +
			"\t                  ^\n"},
		{":he\x1b[2Jlp", "script.sc:1:1: unknown command :he\\x1b[2Jlp (:help lists the commands)\n\t:he\\x1b[2Jlp\n\t^\n"},
		{":load \"\x1b[31mred\xff\"", "script.sc:1:1: :load: open \\x1b[31mred\\xff: no such file or directory\n\t:load \"\\x1b[31mred\\xff\"\n\t^\n"},
		{"a\u202e = 1", "script.sc:1:2: unexpected character '\\u202e'\n\ta\\u202e = 1\n\t ^\n"},
	} {
		var buf bytes.Buffer
		s := calc.NewSession(&buf, &buf)
		s.Run("script.sc", tc.src, 1)
		if got := buf.String(); got != tc.want {
			t.Errorf("%q:\ngot:\n%s\nwant:\n%s", tc.src, got, tc.want)
		}
	}
}

// FuzzErrorsEscapeControls checks that no output of any input holds a
// control character other than a tab or a line break.
func FuzzErrorsEscapeControls(f *testing.F) {
	for _, s := range []string{"x = \x1b[2J", ":load \"\x07\"", "\x9b31m", "kl(\x00)", "[1,\x0c2]", "\"\x1b\"", ":help \x1b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 200 || strings.Contains(src, ":load") && strings.ContainsAny(src, "/.~") {
			return
		}
		var buf bytes.Buffer
		s := calc.NewSession(&buf, &buf)
		s.Run("f", src, 1)
		for _, r := range buf.String() {
			if r != '\n' && r != '\t' && (unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)) {
				t.Fatalf("%q printed %q", src, buf.String())
			}
		}
	})
}
