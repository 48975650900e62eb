package calc

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// escapeControls returns s with the characters a terminal would act on
// written as escapes, so that echoing a user's text (a source line in an
// error, a file name in a message) cannot set the window title, clear
// the screen or reorder what is shown: control characters other than tab
// and those in keep become \xNN (\u0085 for C1 controls), bidirectional
// formatting characters \u202e, and bytes that are not UTF-8 \xNN.
func escapeControls(s, keep string) string {
	if !needsEscape(s, keep) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(escapeRune(r, s[i:i+size], keep))
		i += size
	}
	return b.String()
}

func needsEscape(s, keep string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if escapeRune(r, s[i:i+size], keep) != s[i:i+size] {
			return true
		}
		i += size
	}
	return false
}

// escapeRune returns how the rune r, written as text, is shown.
func escapeRune(r rune, text, keep string) string {
	switch {
	case r == utf8.RuneError && len(text) == 1:
		return fmt.Sprintf(`\x%02x`, text[0])
	case r == '\t' || strings.ContainsRune(keep, r):
		return text
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf(`\x%02x`, r)
	case unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r):
		return fmt.Sprintf(`\u%04x`, r)
	}
	return text
}
