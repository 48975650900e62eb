package repl

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"statcalc/calc"
)

// candidate is one completion of the word before the cursor.
type candidate struct {
	Text        string // replaces the word
	Description string
}

// completer offers built-ins, session variables, statement keywords and
// ':' commands for the word before the cursor. Its tables are built once;
// setVars refreshes the variables after each entry, so that completing,
// which runs on every keystroke, neither allocates tables nor calls into
// the session.
type completer struct {
	builtins []candidate // sorted by Text
	keywords []candidate // statement keywords, valid at a statement's start
	commands []candidate // ':' commands without the colon, sorted
	vars     []candidate // sorted
}

// commandWords are the fixed arguments of ':' commands, by command.
var commandWords = map[string][]candidate{
	"format": {{"json", "JSON Lines"}, {"latex", "LaTeX source"}, {"plain", "aligned text"}},
	"units":  {{"bits", "base-2 logarithms"}, {"nats", "natural logarithms"}},
}

func newCompleter(builtins []*calc.Builtin, commands []calc.CommandInfo) *completer {
	c := &completer{
		keywords: []candidate{
			{"assume", "assume s > 0, 0 < p < 1  narrow the domain of free symbols"},
			{"check", "check a == b [tol=t]  prove an identity or test it numerically"},
		},
	}
	for _, b := range builtins {
		c.builtins = append(c.builtins, candidate{b.Name, b.Signature + "  " + b.Doc})
	}
	for _, cmd := range commands {
		c.commands = append(c.commands, candidate{cmd.Name, cmd.Signature + "  " + cmd.Doc})
	}
	byText := func(cs []candidate) {
		sort.Slice(cs, func(i, j int) bool { return cs[i].Text < cs[j].Text })
	}
	byText(c.builtins)
	byText(c.commands)
	return c
}

// setVars replaces the variables offered; names must be sorted.
func (c *completer) setVars(names []string) {
	c.vars = c.vars[:0]
	for _, n := range names {
		c.vars = append(c.vars, candidate{n, "variable"})
	}
}

// complete returns the word that ends at the cursor and the candidates
// that extend it. before is the current line up to the cursor;
// continuation says that the line continues an entry whose brackets are
// open, so that it starts no statement. An empty word gets candidates
// only when all is set (the user pressed Tab) or right after the ':' of a
// command. Nothing is offered inside a string, a comment or a number.
func (c *completer) complete(before string, continuation, all bool) (word string, cands []candidate) {
	ctx := scanLine(before, !continuation)
	if ctx.inert {
		return "", nil
	}
	word = identifierSuffix(before)
	if word != "" && isDigit(firstRune(word)) {
		return "", nil
	}
	if ctx.command >= 0 {
		return c.completeCommand(before[ctx.command+1:], word, all)
	}
	if word == "" && !all {
		return "", nil
	}
	cands = withPrefix(cands, c.vars, word)
	cands = withPrefix(cands, c.builtins, word)
	if ctx.startsStatement(len(before) - len(word)) {
		cands = withPrefix(cands, c.keywords, word)
	}
	return word, cands
}

// completeCommand completes within a ':' command; text follows the colon.
func (c *completer) completeCommand(text, word string, all bool) (string, []candidate) {
	blank := strings.IndexAny(text, " \t")
	if blank < 0 { // the command's name itself
		if word != text {
			return "", nil
		}
		return word, withPrefix(nil, c.commands, word)
	}
	if word == "" && !all {
		return "", nil
	}
	if before := text[:len(text)-len(word)]; !strings.ContainsRune(" \t:", rune(before[len(before)-1])) {
		return "", nil // within a word that is not a name, such as a file name
	}
	var cands []candidate
	switch name := text[:blank]; name {
	case "help", "h", "?":
		cands = withPrefix(cands, c.builtins, word)
		cands = withPrefix(cands, c.commands, word)
	case "clear":
		cands = withPrefix(cands, c.vars, word)
	default:
		cands = withPrefix(cands, commandWords[name], word)
	}
	return word, cands
}

// withPrefix appends to dst the candidates of src whose text begins with
// prefix.
func withPrefix(dst, src []candidate, prefix string) []candidate {
	for _, cand := range src {
		if strings.HasPrefix(cand.Text, prefix) {
			dst = append(dst, cand)
		}
	}
	return dst
}

// lineContext is what a scan of a line up to the cursor found.
type lineContext struct {
	inert   bool // the cursor is in a string or a comment
	command int  // byte offset of the ':' of the command the cursor is in, or −1
	// The current statement began in this line (after its start or a
	// ';'), and its first non-blank byte is at offset first (the line's
	// length when there is none yet).
	began bool
	first int
}

// startsStatement reports whether a word beginning at byte offset i is
// the first token of its statement.
func (ctx lineContext) startsStatement(i int) bool { return ctx.began && ctx.first == i }

// scanLine follows the lexer's rules for strings, comments, ';' and ':'
// commands through line. startsStatement says whether the line begins a
// statement.
func scanLine(line string, startsStatement bool) lineContext {
	inert := lineContext{inert: true, command: -1}
	ctx := lineContext{command: -1, began: startsStatement, first: -1}
	for i := 0; i < len(line); i++ {
		ch := line[i]
		if ctx.command >= 0 { // a command runs to ';', '#' or the end of the line
			switch ch {
			case ';':
				ctx.command, ctx.began, ctx.first = -1, true, -1
			case '#':
				return inert
			}
			continue
		}
		switch ch {
		case '#':
			return inert
		case '"':
			end := stringEnd(line, i+1)
			if end < 0 {
				return inert
			}
			if ctx.first < 0 {
				ctx.first = i
			}
			i = end
		case ';':
			ctx.began, ctx.first = true, -1
		case ' ', '\t', '\r', '\f', '\v':
		case ':':
			if ctx.began && ctx.first < 0 {
				ctx.command = i
			}
			fallthrough
		default:
			if ctx.first < 0 {
				ctx.first = i
			}
		}
	}
	if ctx.first < 0 {
		ctx.first = len(line)
	}
	return ctx
}

// stringEnd returns the offset of the quote that closes a string whose
// body begins at i, or −1 when the line ends inside the string.
func stringEnd(line string, i int) int {
	for ; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

// identifierSuffix returns the longest run of identifier characters
// (letters, digits and '_', as the lexer reads names) at the end of s.
func identifierSuffix(s string) string {
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !isLetter(r) && !isDigit(r) {
			break
		}
		i -= w
	}
	return s[i:]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isLetter(r rune) bool {
	return r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80 && unicode.IsLetter(r)
}
