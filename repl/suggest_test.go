//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package repl

import (
	"strings"
	"testing"

	prompt "github.com/c-bata/go-prompt"
)

// TestSuggest checks the go-prompt adapter: a chosen suggestion replaces
// exactly the name before the cursor.
func TestSuggest(t *testing.T) {
	r := &session{comp: testCompleter()}
	for _, tc := range []struct{ text, want string }{
		{"hell", "hellinger"},
		{"x=kl(p,hell", "hellinger"},
		{"3×hell", "3×hellinger"}, // go-prompt's word runs back to the 3
	} {
		b := prompt.NewBuffer()
		b.InsertText(tc.text, false, true)
		got := r.suggest(*b.Document())
		if len(got) != 1 || got[0].Text != tc.want {
			t.Errorf("suggest(%q) = %v, want %q", tc.text, got, tc.want)
			continue
		}
		// What go-prompt does with the choice.
		word := b.Document().GetWordBeforeCursorUntilSeparator(wordSeparators)
		b.DeleteBeforeCursor(len([]rune(word)))
		b.InsertText(got[0].Text, false, true)
		if want := strings.TrimSuffix(tc.text, "hell") + "hellinger"; b.Text() != want {
			t.Errorf("after choosing %q in %q: %q, want %q", got[0].Text, tc.text, b.Text(), want)
		}
	}
}
