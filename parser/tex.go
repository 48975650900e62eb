package parser

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TeXError is a formula that TeX cannot read, with the column (counted in
// characters from 1) where the problem starts.
type TeXError struct {
	Col int
	Msg string
}

func (e *TeXError) Error() string { return fmt.Sprintf("column %d: %s", e.Col, e.Msg) }

// TeX translates a LaTeX math formula into statcalc syntax, which
// ParseExpr reads: \frac{a}{b} is ((a)/(b)), \sqrt{x} is sqrt(x) and
// \sqrt[n]{x} is (x)^(1/(n)); \log, \ln, \exp, \sin, \cos, \tanh, \det,
// \operatorname{name} and \mathrm{name} are functions (applied to a
// parenthesised list or to the next factor: \log x); \psi, \psi_1 and
// \psi^{(n)} are digamma, trigamma and polygamma, \log\Gamma is lgamma,
// \Gamma(x) is exp(lgamma(x)) and \log\mathrm{B} is lbeta; \sigma(x) is
// the sigmoid, as :format latex prints it. Greek letters are their names
// (\sigma is sigma) and subscripts join the name: \sigma_1 is sigma1,
// \mu_{2} is mu2, a_{b} is a_b. Juxtaposition, \cdot and \times multiply;
// ^{…} is a power and ^\top a transpose; \left( … \right) and
// \left| … \right| are parentheses and abs; \, \; \! \quad are spacing.
// Anything else is an error naming the command and its column.
func TeX(src string) (string, error) {
	t := &texReader{src: src}
	t.lex()
	var out string
	err := t.catch(func() {
		out = t.expr()
		if k := t.peek(); k.kind != tkEOF {
			t.fail(k, "unexpected %s", k.describe())
		}
	})
	return out, err
}

type texKind int

const (
	tkEOF texKind = iota
	tkCmd         // \name or \, etc.
	tkNum
	tkLetter
	tkSym // one of + - * / ^ _ ( ) [ ] { } , | ' = !
)

type texTok struct {
	kind texKind
	text string
	col  int
}

func (k texTok) describe() string {
	switch k.kind {
	case tkEOF:
		return "end of formula"
	case tkCmd:
		return `\` + k.text
	}
	return "'" + k.text + "'"
}

type texReader struct {
	src  string
	toks []texTok
	i    int
}

type texBail struct{ err *TeXError }

func (t *texReader) fail(k texTok, format string, args ...any) {
	panic(texBail{&TeXError{Col: k.col, Msg: fmt.Sprintf(format, args...)}})
}

func (t *texReader) catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(texBail)
			if !ok {
				panic(r)
			}
			err = b.err
		}
	}()
	f()
	return nil
}

func (t *texReader) lex() {
	col := 0
	src := t.src
	for len(src) > 0 {
		r, w := utf8.DecodeRuneInString(src)
		col++
		start := col
		switch {
		case unicode.IsSpace(r):
			src = src[w:]
			continue
		case r == '\\':
			src = src[w:]
			n := 0
			for n < len(src) && isASCIILetter(src[n]) {
				n++
			}
			if n == 0 && len(src) > 0 {
				r2, w2 := utf8.DecodeRuneInString(src)
				t.toks = append(t.toks, texTok{tkCmd, string(r2), start})
				src = src[w2:]
				col++
				continue
			}
			t.toks = append(t.toks, texTok{tkCmd, src[:n], start})
			col += n
			src = src[n:]
			continue
		case r >= '0' && r <= '9' || r == '.':
			n := 0
			for n < len(src) && (src[n] >= '0' && src[n] <= '9' || src[n] == '.') {
				n++
			}
			t.toks = append(t.toks, texTok{tkNum, src[:n], start})
			col += n - 1
			src = src[n:]
			continue
		case unicode.IsLetter(r):
			t.toks = append(t.toks, texTok{tkLetter, string(r), start})
		case strings.ContainsRune("+-*/^_()[]{},|'=!<>&", r):
			t.toks = append(t.toks, texTok{tkSym, string(r), start})
		default:
			t.toks = append(t.toks, texTok{tkSym, string(r), start})
		}
		src = src[w:]
	}
	t.toks = append(t.toks, texTok{kind: tkEOF, col: col + 1})
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// spacing commands are ignored.
var texSpacing = map[string]bool{",": true, ";": true, "!": true, ":": true, " ": true, "quad": true, "qquad": true,
	"displaystyle": true, "textstyle": true}

func (t *texReader) peek() texTok {
	for t.toks[t.i].kind == tkCmd && texSpacing[t.toks[t.i].text] {
		t.i++
	}
	return t.toks[t.i]
}

func (t *texReader) next() texTok {
	k := t.peek()
	if k.kind != tkEOF {
		t.i++
	}
	return k
}

func (t *texReader) isSym(s string) bool {
	k := t.peek()
	return k.kind == tkSym && k.text == s
}

func (t *texReader) isCmd(s string) bool {
	k := t.peek()
	return k.kind == tkCmd && k.text == s
}

func (t *texReader) expect(s string) {
	k := t.next()
	if k.kind != tkSym || k.text != s {
		t.fail(k, "expected '%s', found %s", s, k.describe())
	}
}

// expr := term {('+' | '-') term}
func (t *texReader) expr() string {
	var b strings.Builder
	b.WriteString(t.term())
	for t.isSym("+") || t.isSym("-") {
		op := t.next().text
		b.WriteString(" " + op + " ")
		b.WriteString(t.term())
	}
	return b.String()
}

// term := signed {['*' | '/' | \cdot | \times] signed}, juxtaposition
// multiplying.
func (t *texReader) term() string {
	var b strings.Builder
	b.WriteString(t.signed())
	for {
		switch {
		case t.isSym("*") || t.isCmd("cdot") || t.isCmd("times"):
			t.next()
			b.WriteString("*" + t.signed())
		case t.isSym("/") || t.isCmd("div"):
			t.next()
			b.WriteString("/" + t.signed())
		case t.startsFactor():
			b.WriteString("*" + t.postfix())
		default:
			return b.String()
		}
	}
}

func (t *texReader) signed() string {
	if t.isSym("-") {
		t.next()
		return "(-" + t.signed() + ")"
	}
	if t.isSym("+") {
		t.next()
		return t.signed()
	}
	return t.postfix()
}

// startsFactor reports whether the next token begins a factor, so that
// juxtaposition multiplies.
func (t *texReader) startsFactor() bool {
	k := t.peek()
	switch k.kind {
	case tkNum, tkLetter:
		return true
	case tkSym:
		return k.text == "(" || k.text == "{" || k.text == "["
	case tkCmd:
		// Any other command starts a factor; atom reports those it does
		// not know.
		switch k.text {
		case "right", "cdot", "times", "div", "top":
			return false
		}
		return true
	}
	return false
}

// postfix := atom {'^' arg}
func (t *texReader) postfix() string {
	base := t.atom()
	for t.isSym("^") || t.isSym("'") {
		if t.isSym("'") {
			k := t.next()
			t.fail(k, "primes (f') are not supported; write diff(f, x)")
		}
		t.next()
		if t.isCmd("top") || t.isCmd("intercal") || t.isCmd("mathsf") {
			k := t.next()
			if k.text == "mathsf" {
				t.fail(k, `unsupported LaTeX command \mathsf`)
			}
			base = "transpose(" + base + ")"
			continue
		}
		if t.isSym("{") && t.toks[t.i+1].kind == tkCmd && t.toks[t.i+1].text == "top" && t.toks[t.i+2].text == "}" {
			t.i += 3
			base = "transpose(" + base + ")"
			continue
		}
		base = "(" + base + ")^(" + t.arg() + ")"
	}
	return base
}

// arg is a braced group or a single token: the argument of ^, _, \frac.
func (t *texReader) arg() string {
	k := t.peek()
	switch {
	case k.kind == tkSym && k.text == "{":
		t.next()
		s := t.expr()
		t.expect("}")
		return s
	case k.kind == tkNum && k.text[0] != '.':
		t.next()
		// \frac12 reads 1 and 2: a single-token argument is one digit.
		if len(k.text) > 1 {
			t.toks[t.i-1] = texTok{tkNum, k.text[1:], k.col + 1}
			t.i--
			return k.text[:1]
		}
		return k.text
	case k.kind == tkSym && k.text == "-":
		t.next()
		return "-" + t.arg()
	}
	return t.atom()
}

// subscript reads the text of _x or _{…}: letters, digits and Greek names.
func (t *texReader) subscript() string {
	k := t.next()
	switch k.kind {
	case tkNum, tkLetter:
		if k.kind == tkNum && strings.Contains(k.text, ".") {
			t.fail(k, "a subscript holds letters and digits, not %s", k.describe())
		}
		if k.kind == tkNum && len(k.text) > 1 {
			t.toks[t.i-1] = texTok{tkNum, k.text[1:], k.col + 1}
			t.i--
			return k.text[:1]
		}
		return k.text
	case tkCmd:
		if g, ok := texGreek[k.text]; ok {
			return g
		}
	case tkSym:
		if k.text == "{" {
			var b strings.Builder
			for !t.isSym("}") {
				s := t.next()
				switch {
				case s.kind == tkNum && !strings.Contains(s.text, "."), s.kind == tkLetter:
					b.WriteString(s.text)
				case s.kind == tkCmd && texGreek[s.text] != "":
					b.WriteString(texGreek[s.text])
				case s.kind == tkCmd && (s.text == "mathrm" || s.text == "text"):
					b.WriteString(t.word())
				case s.kind == tkEOF:
					t.fail(s, "unclosed subscript")
				default:
					t.fail(s, "a subscript holds letters and digits, not %s", s.describe())
				}
			}
			t.next()
			if b.Len() == 0 {
				t.fail(k, "empty subscript")
			}
			return b.String()
		}
	}
	t.fail(k, "a subscript holds letters and digits, not %s", k.describe())
	return ""
}

// name joins a subscript to a base name: sigma_1 is sigma1, a_b is a_b.
func (t *texReader) name(base string) string {
	if !t.isSym("_") {
		return base
	}
	t.next()
	sub := t.subscript()
	if strings.Trim(sub, "0123456789") == "" {
		return base + sub
	}
	return base + "_" + sub
}

// word reads the letters of {…} after \mathrm, \operatorname and the like.
func (t *texReader) word() string {
	open := t.next()
	if open.kind != tkSym || open.text != "{" {
		if open.kind == tkLetter {
			return open.text
		}
		t.fail(open, "expected '{', found %s", open.describe())
	}
	var b strings.Builder
	for !t.isSym("}") {
		k := t.next()
		switch {
		case k.kind == tkLetter, k.kind == tkNum:
			b.WriteString(k.text)
		case k.kind == tkSym && k.text == "_":
			b.WriteString("_")
		case k.kind == tkCmd && k.text == "_":
			b.WriteString("_")
		case k.kind == tkEOF:
			t.fail(open, "unclosed '{'")
		default:
			t.fail(k, "expected a name in {…}, found %s", k.describe())
		}
	}
	t.next()
	if b.Len() == 0 {
		t.fail(open, "empty name")
	}
	return b.String()
}

var texGreek = map[string]string{}

func init() {
	for _, g := range []string{"alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta",
		"vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "varrho", "tau", "upsilon", "phi", "varphi",
		"chi", "omega", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega"} {
		texGreek[g] = strings.TrimPrefix(g, "var")
	}
	texGreek["sigma"] = "sigma"
	texGreek["psi"] = "psi"
	texGreek["Gamma"] = "Gamma"
}

// texFunctions are the commands that apply a function to what follows.
var texFunctions = map[string]string{
	"log": "log", "ln": "log", "exp": "exp", "sin": "sin", "cos": "cos", "tanh": "tanh", "det": "det",
	"tr": "tr",
}

// call reads the argument of a function command: a parenthesised list, or
// the next factor (\log x, \log\frac{a}{b}).
func (t *texReader) call(fn string) string {
	if t.isSym("(") || t.isCmd("left") {
		return fn + t.parenthesised(true)
	}
	if !t.startsFactor() {
		k := t.peek()
		t.fail(k, "%s needs an argument, found %s", fn, k.describe())
	}
	return fn + "(" + t.postfixNoCall() + ")"
}

// postfixNoCall reads a factor with its powers: the argument of \log x^2.
func (t *texReader) postfixNoCall() string { return t.postfix() }

// parenthesised reads ( … ) or \left( … \right), with commas between
// arguments when args is set, and returns the text with its parentheses.
func (t *texReader) parenthesised(args bool) string {
	left := t.next()
	closer := ")"
	if left.kind == tkCmd && left.text == "left" {
		d := t.next()
		switch {
		case d.kind == tkSym && (d.text == "(" || d.text == "["):
			closer = map[string]string{"(": ")", "[": "]"}[d.text]
		case d.kind == tkSym && d.text == "|":
			inner := t.expr()
			t.right("|")
			return "(abs(" + inner + "))"
		default:
			t.fail(d, `\left%s is not supported (use \left( or \left|)`, d.text)
		}
		parts := []string{t.expr()}
		for args && t.isSym(",") {
			t.next()
			parts = append(parts, t.expr())
		}
		t.right(closer)
		return "(" + strings.Join(parts, ", ") + ")"
	}
	parts := []string{t.expr()}
	for args && t.isSym(",") {
		t.next()
		parts = append(parts, t.expr())
	}
	t.expect(closer)
	return "(" + strings.Join(parts, ", ") + ")"
}

func (t *texReader) right(closer string) {
	k := t.next()
	if k.kind != tkCmd || k.text != "right" {
		t.fail(k, `expected \right%s, found %s`, closer, k.describe())
	}
	d := t.next()
	if d.kind != tkSym || d.text != closer {
		t.fail(d, `expected \right%s, found \right%s`, closer, d.text)
	}
}

// atom := number | letter[_sub] | greek[_sub] | ( expr ) | { expr } | [ list ]
//
//	| \frac{a}{b} | \sqrt[n]{a} | \left( expr \right) | \left| expr \right|
//	| function arg | \operatorname{name} arg | \mathrm{name} …
func (t *texReader) atom() string {
	k := t.peek()
	switch k.kind {
	case tkNum:
		t.next()
		if strings.Count(k.text, ".") > 1 || strings.Trim(k.text, ".") == "" {
			t.fail(k, "malformed number %s", k.text)
		}
		return k.text
	case tkLetter:
		t.next()
		name := t.name(k.text)
		if name == "e" && t.isSym("^") {
			t.next()
			return "exp(" + t.arg() + ")"
		}
		return name
	case tkSym:
		switch k.text {
		case "(":
			return t.parenthesised(false)
		case "{":
			t.next()
			s := t.expr()
			t.expect("}")
			return "(" + s + ")"
		case "[":
			t.next()
			parts := []string{t.expr()}
			for t.isSym(",") {
				t.next()
				parts = append(parts, t.expr())
			}
			t.expect("]")
			return "[" + strings.Join(parts, ", ") + "]"
		case "|":
			t.next()
			s := t.expr()
			t.expect("|")
			return "(abs(" + s + "))"
		}
		t.fail(k, "unexpected %s", k.describe())
	case tkEOF:
		t.fail(k, "unexpected end of formula")
	}
	t.next()
	switch c := k.text; {
	case c == "frac" || c == "dfrac" || c == "tfrac":
		num := t.arg()
		den := t.arg()
		return "((" + num + ")/(" + den + "))"
	case c == "sqrt":
		if t.isSym("[") {
			t.next()
			n := t.expr()
			t.expect("]")
			return "((" + t.arg() + ")^(1/(" + n + ")))"
		}
		return "sqrt(" + t.arg() + ")"
	case c == "left":
		t.i--
		return t.parenthesised(false)
	case c == "pi":
		return "pi"
	case c == "infty":
		return "inf"
	case c == "psi":
		switch {
		case t.isSym("_"):
			t.next()
			sub := t.subscript()
			if sub != "1" {
				t.fail(k, `\psi_%s is not supported (\psi_1 is trigamma)`, sub)
			}
			return t.call("trigamma")
		case t.isSym("^"):
			t.next()
			t.expect("{")
			t.expect("(")
			n := t.expr()
			t.expect(")")
			t.expect("}")
			arg := t.parenthesised(false)
			return "polygamma(" + n + ", " + strings.TrimSuffix(strings.TrimPrefix(arg, "("), ")") + ")"
		}
		return t.call("digamma")
	case c == "Gamma":
		if t.isSym("(") || t.isCmd("left") {
			return "exp(lgamma" + t.parenthesised(false) + ")"
		}
		return t.name("Gamma")
	case c == "sigma":
		if t.isSym("(") || t.isCmd("left") {
			return "sigmoid" + t.parenthesised(false)
		}
		return t.name("sigma")
	case c == "log" || c == "ln":
		if t.isCmd("Gamma") {
			t.next()
			return t.call("lgamma")
		}
		if t.isCmd("mathrm") && t.toks[t.i+1].text == "{" && t.toks[t.i+2].text == "B" && t.toks[t.i+3].text == "}" {
			t.i += 4
			return t.call("lbeta")
		}
		return t.call("log")
	case texFunctions[c] != "":
		return t.call(texFunctions[c])
	case c == "operatorname":
		return t.call(t.word())
	case c == "mathrm" || c == "mathit" || c == "text":
		w := t.word()
		// \mathrm{tr}(A) is a function; \mathit{name} is how a
		// multi-letter variable prints.
		if c != "mathit" && (t.isSym("(") || t.isCmd("left")) {
			return t.call(w)
		}
		return t.name(w)
	case c == "mathbf" || c == "boldsymbol" || c == "bm":
		if t.isSym("{") {
			t.next()
			s := t.atom()
			t.expect("}")
			return s
		}
		return t.atom()
	case texGreek[c] != "":
		return t.name(texGreek[c])
	}
	t.fail(k, `unsupported LaTeX command \%s`, k.text)
	return ""
}
