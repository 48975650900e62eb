// Package parser reads statcalc's language: it turns source text into
// statements whose nodes carry their line and column. It never evaluates.
package parser

import "fmt"

// Pos is a position in the source: 1-based line and column (in runes).
type Pos struct {
	Line, Col int
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Position returns p; nodes embedding a Pos report it through this method.
func (p Pos) Position() Pos { return p }

// Kind is the type of a token.
type Kind int

const (
	EOF       Kind = iota // end of input
	Newline               // end of a line outside brackets
	Semi                  // ;
	Number                // 12, 0.5, 1e-3
	Name                  // identifier
	String                // "text"
	Command               // :name rest-of-line (Text holds the whole line after ':')
	Plus                  // +
	Minus                 // -
	Star                  // *
	Slash                 // /
	Caret                 // ^
	LParen                // (
	RParen                // )
	LBrack                // [
	RBrack                // ]
	Comma                 // ,
	Assign                // =
	Eq                    // ==
	Less                  // <
	Greater               // >
	LessEq                // <=
	GreaterEq             // >=
	Colon                 // : (in a slice A[1:2, 3])
	Illegal               // a lexical error; Text holds the message
	Array                 // a literal of plain numbers read whole (see Numbers); the parser's alone
)

var kindNames = [...]string{
	EOF: "end of input", Newline: "end of line", Semi: "';'", Number: "number", Name: "name",
	String: "string", Command: "command", Plus: "'+'", Minus: "'-'", Star: "'*'", Slash: "'/'",
	Caret: "'^'", LParen: "'('", RParen: "')'", LBrack: "'['", RBrack: "']'", Comma: "','",
	Assign: "'='", Eq: "'=='", Less: "'<'", Greater: "'>'", LessEq: "'<='", GreaterEq: "'>='",
	Colon: "':'", Illegal: "error", Array: "'['",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Token is one lexical item.
type Token struct {
	Kind Kind
	Pos  Pos
	Text string // the literal text (names, numbers, strings without quotes, commands)
	Off  int    // byte offset of the token's first character
	End  int    // byte offset just past the token
}

func (t Token) String() string {
	switch t.Kind {
	case Number, Name:
		return fmt.Sprintf("%s %s", t.Kind, t.Text)
	case String:
		return fmt.Sprintf("string %q", t.Text)
	}
	return t.Kind.String()
}
