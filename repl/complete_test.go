package repl

import (
	"slices"
	"strings"
	"testing"

	"statcalc/calc"
)

// testCompleter has a small fixed table, so that expectations are exact.
func testCompleter() *completer {
	c := newCompleter(
		[]*calc.Builtin{
			{Name: "kl", Signature: "kl(p, q)", Doc: "Kullback–Leibler divergence"},
			{Name: "hellinger", Signature: "hellinger(p, q)", Doc: "Hellinger distance"},
			{Name: "hessian", Signature: "hessian(expr, [x, …])", Doc: "Hessian matrix"},
			{Name: "chol", Signature: "chol(A)", Doc: "Cholesky factor"},
		},
		[]calc.CommandInfo{
			{Name: "help", Signature: ":help [name]", Doc: "help"},
			{Name: "digits", Signature: ":digits N", Doc: "digits"},
			{Name: "clear", Signature: ":clear [name …]", Doc: "forget"},
			{Name: "format", Signature: ":format plain|latex|json", Doc: "format"},
			{Name: "load", Signature: ":load file", Doc: "run a file"},
			{Name: "quit", Signature: ":quit", Doc: "end"},
		})
	c.setVars([]string{"h2", "k_1", "kappa", "σ2"}) // sorted, as Session.Vars returns them
	return c
}

func TestComplete(t *testing.T) {
	c := testCompleter()
	for _, tc := range []struct {
		before       string
		continuation bool
		all          bool
		word         string
		want         []string
	}{
		{before: "hell", word: "hell", want: []string{"hellinger"}},
		{before: "x = kl(p, he", word: "he", want: []string{"hellinger", "hessian"}},
		{before: "k", word: "k", want: []string{"k_1", "kappa", "kl"}},
		{before: "h", word: "h", want: []string{"h2", "hellinger", "hessian"}},
		{before: "kl", word: "kl", want: []string{"kl"}},
		{before: "zeta", word: "zeta"},

		// Statement keywords only where a statement starts.
		{before: "ch", word: "ch", want: []string{"chol", "check"}},
		{before: "  ch", word: "ch", want: []string{"chol", "check"}},
		{before: "x = 1; ch", word: "ch", want: []string{"chol", "check"}},
		{before: "x = ch", word: "ch", want: []string{"chol"}},
		{before: "ch", continuation: true, word: "ch", want: []string{"chol"}},
		{before: "a", word: "a", want: []string{"assume"}},

		// Nothing inside strings, comments and numbers.
		{before: `load("hell`},
		{before: `"a" + hell`, word: "hell", want: []string{"hellinger"}},
		{before: `"a\"b" + hell`, word: "hell", want: []string{"hellinger"}},
		{before: `"a\\" + hell`, word: "hell", want: []string{"hellinger"}},
		{before: `"a\"b + hell`},
		{before: "x = 1 # hell"},
		{before: "# hell"},
		{before: "2e"},
		{before: "x = 1.5e"},
		{before: "h2", word: "h2", want: []string{"h2"}},

		// An empty word: only on Tab.
		{before: ""},
		{before: "kl("},
		{before: "kl(", all: true, want: []string{"h2", "k_1", "kappa", "σ2", "chol", "hellinger", "hessian", "kl"}},
		{before: "", all: true, want: []string{"h2", "k_1", "kappa", "σ2", "chol", "hellinger", "hessian", "kl", "assume", "check"}},

		// Names beyond ASCII; the word stops at a character that is not a letter.
		{before: "σ", word: "σ", want: []string{"σ2"}},
		{before: "3×hel", word: "hel", want: []string{"hellinger"}},
		{before: "μ_1 + hel", word: "hel", want: []string{"hellinger"}},

		// Commands at the start of a statement, and their arguments.
		{before: ":", want: []string{"clear", "digits", "format", "help", "load", "quit"}},
		{before: ":q", word: "q", want: []string{"quit"}},
		{before: "  :he", word: "he", want: []string{"help"}},
		{before: "x = 1; :d", word: "d", want: []string{"digits"}},
		{before: ":help hel", word: "hel", want: []string{"hellinger", "help"}},
		{before: ":help :q", word: "q", want: []string{"quit"}},
		{before: ":help ", all: true, want: []string{"chol", "hellinger", "hessian", "kl", "clear", "digits", "format", "help", "load", "quit"}},
		{before: ":help "},
		{before: ":clear h2 k", word: "k", want: []string{"k_1", "kappa"}},
		{before: ":format l", word: "l", want: []string{"latex"}},
		{before: ":digits 1"},
		{before: ":load fi", word: "fi"},
		{before: ":load data/fi"},
		{before: ":help hel # x"},
		{before: ":digits 5; hel", word: "hel", want: []string{"hellinger"}},
		{before: ":he", continuation: true, word: "he", want: []string{"hellinger", "hessian"}},
		{before: "x = a:he", word: "he", want: []string{"hellinger", "hessian"}},
	} {
		word, cands := c.complete(tc.before, tc.continuation, tc.all)
		var got []string
		for _, cand := range cands {
			got = append(got, cand.Text)
		}
		if word != tc.word || !slices.Equal(got, tc.want) {
			t.Errorf("complete(%q, continuation=%v, all=%v) = %q, %q; want %q, %q",
				tc.before, tc.continuation, tc.all, word, got, tc.word, tc.want)
		}
	}
}

// TestCompleteBuiltins checks the real tables: every built-in is offered
// with its signature and documentation, and every command after ':'.
func TestCompleteBuiltins(t *testing.T) {
	c := newCompleter(calc.Builtins(), calc.Commands)
	if len(calc.Builtins()) == 0 || len(calc.Commands) == 0 {
		t.Fatal("no built-ins or no commands to complete")
	}
	for _, b := range calc.Builtins() {
		_, cands := c.complete("x = "+b.Name, false, false)
		i := slices.IndexFunc(cands, func(c candidate) bool { return c.Text == b.Name })
		if i < 0 {
			t.Errorf("%s: not offered; got %v", b.Name, cands)
			continue
		}
		if d := cands[i].Description; !strings.Contains(d, b.Signature) || !strings.Contains(d, b.Doc) {
			t.Errorf("%s: description %q lacks the signature or the documentation", b.Name, d)
		}
	}
	for _, cmd := range calc.Commands {
		_, cands := c.complete(":"+cmd.Name, false, false)
		if !slices.ContainsFunc(cands, func(c candidate) bool {
			return c.Text == cmd.Name && strings.Contains(c.Description, cmd.Signature)
		}) {
			t.Errorf(":%s: not offered with its signature; got %v", cmd.Name, cands)
		}
	}
}

// FuzzComplete checks that completion never panics and offers only
// names that extend a word ending the line.
func FuzzComplete(f *testing.F) {
	for _, s := range []string{"", "hell", `"a\"b" + k`, ":help h", "x = 1; :cl", "# k", "σ", "3×h", "\xff", `"\`, ":", ";:;"} {
		f.Add(s, false, true)
	}
	c := testCompleter()
	f.Fuzz(func(t *testing.T, before string, continuation, all bool) {
		word, cands := c.complete(before, continuation, all)
		if !strings.HasSuffix(before, word) {
			t.Fatalf("word %q does not end %q", word, before)
		}
		for _, cand := range cands {
			if !strings.HasPrefix(cand.Text, word) {
				t.Fatalf("candidate %q does not extend %q", cand.Text, word)
			}
		}
	})
}

func BenchmarkComplete(b *testing.B) {
	c := newCompleter(calc.Builtins(), calc.Commands)
	c.setVars([]string{"S", "S2", "mu", "p", "q", "x"})
	line := "d = hellinger(N([0, 0], S), N(mu, S2)) + k"
	for b.Loop() {
		c.complete(line, false, false)
	}
}
