package parser

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// parseTests map valid input to the String() of each of its statements.
var parseTests = []struct {
	src  string
	want []string
}{
	// Precedence and associativity.
	{"-x^2", []string{"(-(x ^ 2))"}},
	{"2^3^2", []string{"(2 ^ (3 ^ 2))"}},
	{"a/b c", []string{"((a / b) * c)"}},
	{"2 x^2", []string{"(2 * (x ^ 2))"}},
	{"x^-1", []string{"(x ^ (-1))"}},
	{"a - -b", []string{"(a - (-b))"}},
	{"x^-y^2", []string{"(x ^ (-(y ^ 2)))"}},
	{"-2^-2", []string{"(-(2 ^ (-2)))"}},
	{"1 - 2 - 3", []string{"((1 - 2) - 3)"}},
	{"1 / 2 / 3", []string{"((1 / 2) / 3)"}},
	{"1 + 2 * 3 ^ 4", []string{"(1 + (2 * (3 ^ 4)))"}},
	{"(1 + 2) * 3", []string{"((1 + 2) * 3)"}},
	{"(x)", []string{"x"}},
	{"+x", []string{"(+x)"}},
	{"--x", []string{"(-(-x))"}},
	{"2 * -x", []string{"(2 * (-x))"}},
	{"(-x)^2", []string{"((-x) ^ 2)"}},
	{"2^x y", []string{"((2 ^ x) * y)"}},
	// Juxtaposition.
	{"2(a + b)", []string{"(2 * (a + b))"}},
	{"(a + b)(c + d)", []string{"((a + b) * (c + d))"}},
	{"2 x y", []string{"((2 * x) * y)"}},
	{"a b^2 c", []string{"((a * (b ^ 2)) * c)"}},
	{"-2 x", []string{"((-2) * x)"}},
	{"2 sin(x)", []string{"(2 * sin(x))"}},
	{"2x", []string{"(2 * x)"}},
	{"2e", []string{"(2 * e)"}},
	{"1e-3x", []string{"(1e-3 * x)"}},
	{"2 pi s^2", []string{"((2 * pi) * (s ^ 2))"}},
	{"f (x)", []string{"f(x)"}}, // name( is always a call
	// Numbers and strings are kept as written.
	{".5 + 5. + 1.e2 + 007", []string{"(((.5 + 5.) + 1.e2) + 007)"}},
	{`f("a b", format="latex")`, []string{`f("a b", format="latex")`}},
	{`"q\"\\\n\t" + "μ"`, []string{`("q\"\\\\n\\t" + "μ")`}},
	// Calls.
	{"f()", []string{"f()"}},
	{"f(x, y)", []string{"f(x, y)"}},
	{"f(x=1, 2, y=3)", []string{"f(x=1, 2, y=3)"}},
	{"subs(x + 1, x=2)", []string{"subs((x + 1), x=2)"}},
	{"f(x y)", []string{"f((x * y))"}},
	{"det(S) * inv(S)", []string{"(det(S) * inv(S))"}},
	{"p = N([0, 0], S)", []string{"p = N([0, 0], S)"}},
	{"kl(N(m1, s1^2), N(m2, s2^2))", []string{"kl(N(m1, (s1 ^ 2)), N(m2, (s2 ^ 2)))"}},
	{"log(s2/s1) + (s1^2 + (m1-m2)^2)/(2 s2^2) - 1/2",
		[]string{"((log((s2 / s1)) + (((s1 ^ 2) + ((m1 - m2) ^ 2)) / (2 * (s2 ^ 2)))) - (1 / 2))"}},
	{"renyi(p, q, 0.5)", []string{"renyi(p, q, 0.5)"}},
	{"fisher(Gamma(a, b))", []string{"fisher(Gamma(a, b))"}},
	{"hessian(x^2*y + log(y), [x, y])", []string{"hessian((((x ^ 2) * y) + log(y)), [x, y])"}},
	{"μ + Σ_p", []string{"(μ + Σ_p)"}},
	// Indices: a bracket right after an operand indexes it.
	{"v[1]", []string{"v[1]"}},
	{"A[i, j + 1]", []string{"A[i, (j + 1)]"}},
	{"A[1:2, 2]", []string{"A[1:2, 2]"}},
	{"v[2:3]", []string{"v[2:3]"}},
	{"A[:, 1]", []string{"A[:, 1]"}},
	{"A[2:, :3]", []string{"A[2:, :3]"}},
	{"inv(S)[1, 2]", []string{"inv(S)[1, 2]"}},
	{"mean(p)[1]", []string{"mean(p)[1]"}},
	{"(a + b)[1]", []string{"(a + b)[1]"}},
	{"[1, 2][2]", []string{"[1, 2][2]"}},
	{"A[1][2]", []string{"A[1][2]"}},
	{"-v[1]^2", []string{"(-(v[1] ^ 2))"}},
	{"2 v[1]", []string{"(2 * v[1])"}},
	{"v[1] v[2]", []string{"(v[1] * v[2])"}},
	{"x^v[2]", []string{"(x ^ v[2])"}},
	{"A[\n  1,\n  2]", []string{"A[1, 2]"}},
	{"f(v[1], k=A[1, 1])", []string{"f(v[1], k=A[1, 1])"}},
	// Lists.
	{"S = [[2, 0.5], [0.5, 1]]", []string{"S = [[2, 0.5], [0.5, 1]]"}},
	{"[]", []string{"[]"}},
	{"[[]]", []string{"[[]]"}},
	{"[1, 2,]", []string{"[1, 2]"}},
	{"[[1, [2, [3]]], -[4]]", []string{"[[1, [2, [3]]], (-[4])]"}},
	// Brackets continue a statement over lines.
	{"S = [[2, 0.5],\n     [0.5, 1]]", []string{"S = [[2, 0.5], [0.5, 1]]"}},
	{"(1 +\n 2)", []string{"(1 + 2)"}},
	{"[1\n, 2]", []string{"[1, 2]"}},
	{"[\n  1,\n\n  2,\n]", []string{"[1, 2]"}},
	{"f(\n  x=1, # the first\n  y=2\n)", []string{"f(x=1, y=2)"}},
	{"kl(p,\n   q) + 1", []string{"(kl(p, q) + 1)"}},
	// Statements.
	{"x = 1", []string{"x = 1"}},
	{"check digamma(a + 1) == digamma(a) + 1/a",
		[]string{"check digamma((a + 1)) == (digamma(a) + (1 / a))"}},
	{"check a == b tol=1e-9", []string{"check a == b tol=1e-9"}},
	{"check kl(p, q) >= 0", []string{"check kl(p, q) >= 0"}},
	{"check a^2 < b + 1", []string{"check (a ^ 2) < (b + 1)"}},
	{"check a == b c=1", []string{"check a == b c=1"}},
	{"mc kl(p, q) n=100000 seed=1", []string{"mc kl(p, q) n=100000 seed=1"}},
	{"mc x", []string{"mc x"}},
	{"mc (a + b) n=10", []string{"mc (a + b) n=10"}},
	{"assume s > 0, 0 < p < 1", []string{"assume s > 0, p > 0, p < 1"}},
	{"assume 1 <= n, a >= b", []string{"assume n >= 1, a >= b"}},
	{"assume (s) > 0", []string{"assume s > 0"}},
	{":digits 12", []string{":digits 12"}},
	{":format   latex  # comment", []string{":format latex"}},
	{":help", []string{":help"}},
	// Statement keywords are ordinary names when they stand alone or are assigned.
	{"check = 3", []string{"check = 3"}},
	{"mc = 2", []string{"mc = 2"}},
	{"assume = 1", []string{"assume = 1"}},
	{"check", []string{"check"}},
	{"mc; assume", []string{"mc", "assume"}},
	// Several statements, blank lines and comments.
	{"a = 1; b = 2\nc", []string{"a = 1", "b = 2", "c"}},
	{"x # comment", []string{"x"}},
	{"\n\n ;; \n# only a comment\n", nil},
	{"", nil},
	{":digits 12; x", []string{":digits 12", "x"}},
	{"x; :vars", []string{"x", ":vars"}},
	{"a\n  + b", []string{"a", "(+b)"}}, // a newline outside brackets ends a statement
}

func statementStrings(stmts []Statement) ([]string, error) {
	var out []string
	for _, s := range stmts {
		if s.Err != nil {
			return nil, s.Err
		}
		out = append(out, s.Stmt.String())
	}
	return out, nil
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		got, err := statementStrings(Parse(tt.src))
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.src, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q)\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}

// TestRoundTrip checks that parsing String() again gives the same
// String(), and so does parsing a statement's Text on its own.
func TestRoundTrip(t *testing.T) {
	for _, tt := range parseTests {
		for _, s := range Parse(tt.src) {
			if s.Err != nil {
				t.Errorf("Parse(%q): %v", tt.src, s.Err)
				continue
			}
			if err := checkReparse(s); err != nil {
				t.Errorf("Parse(%q): %v", tt.src, err)
			}
		}
	}
}

// checkReparse parses the String() and the Text of a valid statement and
// reports when either is not one statement printing the same.
func checkReparse(s Statement) error {
	want := s.Stmt.String()
	for _, src := range []string{want, s.Text} {
		got := Parse(src)
		if len(got) != 1 {
			return fmt.Errorf("%q re-parses as %d statements", src, len(got))
		}
		if err := got[0].Err; err != nil {
			if src == want && err.Msg == "expression nested too deeply" && len(want) > maxDepth {
				// String() wraps every operator in parentheses, so input
				// nested nearly maxDepth deep can print deeper than that.
				continue
			}
			return fmt.Errorf("%q (from %q) does not re-parse: %v", src, want, err)
		}
		if g := got[0].Stmt.String(); g != want {
			return fmt.Errorf("%q re-parses as %q, want %q", src, g, want)
		}
	}
	return nil
}

// TestStatementKinds checks the type and fields of each kind of statement.
func TestStatementKinds(t *testing.T) {
	one := func(src string) Stmt {
		t.Helper()
		stmts := Parse(src)
		if len(stmts) != 1 || stmts[0].Err != nil {
			t.Fatalf("Parse(%q) = %+v, want one valid statement", src, stmts)
		}
		return stmts[0].Stmt
	}
	if s, ok := one("check a == b tol=1e-9").(*CheckStmt); !ok ||
		s.Lhs.String() != "a" || s.Rhs.String() != "b" || len(s.Opts) != 1 ||
		s.Opts[0].Name != "tol" || s.Opts[0].Value.String() != "1e-9" {
		t.Errorf("check: got %#v", s)
	}
	if s, ok := one("mc kl(p, q) n=100000 seed=1").(*MCStmt); !ok ||
		s.X.String() != "kl(p, q)" || len(s.Opts) != 2 ||
		s.Opts[0].Name != "n" || s.Opts[1].Name != "seed" || s.Opts[1].Value.String() != "1" {
		t.Errorf("mc: got %#v", s)
	}
	if s, ok := one("assume s > 0, 0 < p <= 1").(*AssumeStmt); !ok || len(s.Relations) != 3 ||
		s.Relations[0].Name != "s" || s.Relations[0].Op != Greater ||
		s.Relations[1].Name != "p" || s.Relations[1].Op != Greater || s.Relations[1].Value.String() != "0" ||
		s.Relations[2].Name != "p" || s.Relations[2].Op != LessEq || s.Relations[2].Value.String() != "1" {
		t.Errorf("assume: got %#v", s)
	}
	if s, ok := one(":load  my.sc  fast").(*CommandStmt); !ok ||
		s.Name != "load" || !reflect.DeepEqual(s.Args, []string{"my.sc", "fast"}) {
		t.Errorf("command: got %#v", s)
	}
	if s, ok := one(":quit").(*CommandStmt); !ok || s.Name != "quit" || len(s.Args) != 0 {
		t.Errorf("command without arguments: got %#v", s)
	}
	if s, ok := one("check = 3").(*AssignStmt); !ok || s.Name != "check" || s.Value.String() != "3" {
		t.Errorf("check = 3: got %#v, want an assignment", s)
	}
	if s, ok := one("check").(*ExprStmt); !ok || s.X.String() != "check" {
		t.Errorf("check alone: got %#v, want an expression", s)
	}
	if s, ok := one("2 x").(*ExprStmt); !ok {
		t.Errorf("2 x: got %#v", s)
	} else if b, ok := s.X.(*Binary); !ok || !b.Implicit || b.Op != Star {
		t.Errorf("2 x: got %#v, want an implicit product", s.X)
	}
	if s, ok := one("2 * x").(*ExprStmt); !ok {
		t.Errorf("2 * x: got %#v", s)
	} else if b, ok := s.X.(*Binary); !ok || b.Implicit {
		t.Errorf("2 * x: got %#v, want an explicit product", s.X)
	}
	if s, ok := one(`"a\tb"`).(*ExprStmt); !ok {
		t.Errorf("string: got %#v", s)
	} else if lit, ok := s.X.(*StringLit); !ok || lit.Value != `a\tb` {
		t.Errorf("string: got %#v, want the backslash kept", s.X)
	}
}

// TestNodePositions checks the line:col of statements, nodes and arguments.
func TestNodePositions(t *testing.T) {
	//       1234567890123456789012345
	src := "y = -2 μ^2 + f(a, k=[b])\n" +
		"  check x == 1 tol=t\n" +
		"mc q n=5; assume 0 < σ"
	stmts := Parse(src)
	if len(stmts) != 4 {
		t.Fatalf("got %d statements, want 4", len(stmts))
	}
	for _, s := range stmts {
		if s.Err != nil {
			t.Fatal(s.Err)
		}
	}
	assign := stmts[0].Stmt.(*AssignStmt)
	sum := assign.Value.(*Binary)
	product := sum.X.(*Binary)
	neg := product.X.(*Unary)
	power := product.Y.(*Binary)
	call := sum.Y.(*Call)
	list := call.Args[1].Value.(*List)
	check := stmts[1].Stmt.(*CheckStmt)
	mc := stmts[2].Stmt.(*MCStmt)
	assume := stmts[3].Stmt.(*AssumeStmt)
	tests := []struct {
		what string
		got  Pos
		want string
	}{
		{"assignment", assign.Position(), "1:1"},
		{"sum operator", sum.Pos, "1:12"},
		{"sum start", sum.Position(), "1:5"},
		{"implicit product (its right operand)", product.Pos, "1:8"},
		{"unary minus", neg.Pos, "1:5"},
		{"number", neg.X.Position(), "1:6"},
		{"power operator", power.Pos, "1:9"},
		{"power base", power.X.Position(), "1:8"},
		{"call", call.Pos, "1:14"},
		{"positional argument", call.Args[0].Pos, "1:16"},
		{"key=value argument", call.Args[1].Pos, "1:19"},
		{"list", list.Pos, "1:21"},
		{"list element", list.Elems[0].Position(), "1:22"},
		{"statement 1", stmts[0].Pos, "1:1"},
		{"check statement", stmts[1].Pos, "2:3"},
		{"check", check.Position(), "2:3"},
		{"check rhs", check.Rhs.Position(), "2:14"},
		{"check option", check.Opts[0].Pos, "2:16"},
		{"mc", mc.Position(), "3:1"},
		{"mc option", mc.Opts[0].Pos, "3:6"},
		{"assume statement", stmts[3].Pos, "3:11"},
		{"relation (at its name)", assume.Relations[0].Pos, "3:22"},
		{"expression statement", stmts[0].Stmt.(*AssignStmt).Value.Position(), "1:5"},
	}
	for _, tt := range tests {
		if tt.got.String() != tt.want {
			t.Errorf("%s at %v, want %s", tt.what, tt.got, tt.want)
		}
	}
	ix := Parse("y = inv(S)[i, 2:3]")[0].Stmt.(*AssignStmt).Value.(*Index)
	for _, tt := range []struct {
		what string
		got  Pos
		want string
	}{
		{"index (its operand)", ix.Position(), "1:5"},
		{"index bracket", ix.Lbrack, "1:11"},
		{"first subscript", ix.Subs[0].Pos, "1:12"},
		{"range subscript", ix.Subs[1].Pos, "1:15"},
		{"range end", ix.Subs[1].Hi.Position(), "1:17"},
	} {
		if tt.got.String() != tt.want {
			t.Errorf("%s at %v, want %s", tt.what, tt.got, tt.want)
		}
	}
	if e := Parse("\n  kl(p, q)")[0].Stmt; e.Position().String() != "2:3" {
		t.Errorf("expression statement at %v, want 2:3", e.Position())
	}
}

// TestStatementsTextAndPos checks that errors do not stop later statements
// and that each statement's Text and Pos are its own.
func TestStatementsTextAndPos(t *testing.T) {
	src := "S = [[2, 0.5], [0.5, 1]]   # covariance\n" +
		"p = N([0, 0],\n" +
		"      S)\n" +
		"x = 1 +\n" +
		"check det(S) == 1.75; :digits 12\n" +
		"[1, 2\n" +
		"mc kl(p, q) n=1000 seed=1\n" +
		"2 3; y = 4 # four\n" +
		"f(a,\n" +
		"  * b)\n" +
		"μ"
	want := []struct{ pos, text, result string }{
		{"1:1", "S = [[2, 0.5], [0.5, 1]]", "S = [[2, 0.5], [0.5, 1]]"},
		{"2:1", "p = N([0, 0],\n      S)", "p = N([0, 0], S)"},
		{"4:1", "x = 1 +", "error 4:8: expected an operand, found end of line"},
		{"5:1", "check det(S) == 1.75", "check det(S) == 1.75"},
		{"5:23", ":digits 12", ":digits 12"},
		{"6:1", "[1, 2", "error 6:1: '[' is never closed"},
		{"7:1", "mc kl(p, q) n=1000 seed=1", "mc kl(p, q) n=1000 seed=1"},
		{"8:1", "2 3", "error 8:3: unexpected number 3: is an operator missing before it?"},
		{"8:6", "y = 4", "y = 4"},
		{"9:1", "f(a,\n  * b)", "error 10:3: expected an operand, found '*'"},
		{"11:1", "μ", "μ"},
	}
	stmts := Parse(src)
	if len(stmts) != len(want) {
		t.Errorf("got %d statements, want %d", len(stmts), len(want))
	}
	for i, s := range stmts {
		if i >= len(want) {
			t.Errorf("extra statement %d: %+v", i, s)
			continue
		}
		w := want[i]
		result := ""
		if s.Err != nil {
			result = "error " + s.Err.Error()
		} else {
			result = s.Stmt.String()
		}
		if s.Pos.String() != w.pos || s.Text != w.text || result != w.result {
			t.Errorf("statement %d: %v %q %q\n                 want %s %q %q",
				i, s.Pos, s.Text, result, w.pos, w.text, w.result)
		}
	}
}

// errorTests hold sources in which «message» marks where Parse must report
// message: at the token that follows the marker. Statements without a
// marker must parse.
var errorTests = []string{
	// Operands and operators.
	"1 +«expected an operand, found end of input»",
	"1 +«expected an operand, found end of line»\n2",
	"1 +«expected an operand, found ';'»; x",
	"2 «unexpected number 3: is an operator missing before it?»3",
	`2 «unexpected string "a": is an operator missing before it?»"a"`,
	"x «unexpected '[': is an operator missing before it?»[1]",
	"«expected an operand, found '='»= 3",
	"x = «expected an operand, found end of input»",
	"x = y «unexpected '=' after the end of the statement»= 2",
	"x = 1 «unexpected name y after the end of the statement»y = 2",
	"a «unexpected '==' after the end of the statement»== b",
	"«expected an operand, found '*'»* 2",
	"x = «expected an operand, found '<'»< 1",
	// Brackets.
	"«unexpected ')': nothing to close»)",
	"«unexpected ']': nothing to close»]",
	"«unexpected ')': nothing to close»)(",
	"f(x)«unexpected ')' after the end of the statement»)",
	"[1, 2]«unexpected ']' after the end of the statement»]",
	"«'(' is never closed»(1 + 2",
	"«'(' is never closed»((1)",
	"(1) + «'(' is never closed»(2",
	"x = «'[' is never closed»[1, 2\ny = 3",
	"x = «'[' is never closed»[1, 2,\ny = 3",
	"x = «'[' is never closed»[1; y = 2«unexpected ']' after the end of the statement»]",
	"x = «'(' is never closed»(1 +\n2\ny = 1",
	"«'[' is never closed»[1,\n 2,\n 3\ny = 3",
	"p = N([0, 0, S«expected ',' or ']' to close '[' at 1:7, found ')'»)\nq = 1",
	"S = [[2, 0.5]\n     «expected ',' or ']' to close '[' at 1:5, found '['»[0.5, 1]]\ny = 1",
	"[1\n«expected ',' or ']' to close '[' at 1:1, found number 2»2]\ny",
	"[1 «expected ',' or ']' to close '[' at 1:1, found number 2»2]",
	"[1, 2«expected ',' or ']' to close '[' at 1:1, found ')'»)]",
	"f(x«expected ',' or ')' to close '(' at 1:2, found ']'»]",
	"f(x «expected ',' or ')' to close '(' at 1:2, found name y»y=2)",
	"(1«expected ')' to close '(' at 1:1, found ']'»]",
	"(1 +\n 2 «expected ')' to close '(' at 1:1, found number 3»3\n)\ny",
	"f(x,\n«expected an operand, found '*'»* 2)\ny",
	"f(«expected an operand, found ','»,)",
	"[«expected an operand, found ','»,]",
	"f(x, y=«expected an operand, found ')'»)",
	"f(1 «expected ',' or ')' to close '(' at 1:2, found number 2»2) + g(1,\n2)\ny",
	"[1,\n«expected an operand, found command»:x]",
	// Statements.
	"check a«expected '==' in check (check a == b, or a <= b), found end of input»",
	"check a «expected '==' in check (check a == b, or a <= b), found '='»= b",
	"check a == b «unexpected '==' after the end of the statement»== c",
	"check a ==«expected an operand, found end of line»\nb",
	"check a == b tol=«expected an operand, found end of input»",
	"mc kl(p, q) n=«expected an operand, found end of input»",
	"mc kl(p, q) n=10«unexpected ',' after the end of the statement», seed=1",
	"assume s«expected a relation such as s > 0, found end of input»",
	"assume s «expected a relation such as s > 0, found '=='»== 1",
	"assume s > 0,«expected an operand, found end of input»",
	"assume «assume needs a name on one side of '>'»1 > 2",
	"assume «assume needs a name on one side of '>'»a + b > 0",
	"assume s > 0, 0 < p < 1 «unexpected '<' after the end of the statement»< 2",
	"assume p < «assume needs a name on one side of '<'»1 < 2",
	"«missing command name after ':'»:",
	"«missing command name after ':'»:   # nothing",
	"x = 1; «missing command name after ':'»:",
	"x «unexpected ':' after the end of the statement»:digits 12",
	// Indices.
	"v[«expected an index, found ']'»]",
	"A[1, «expected an index, found ']'»]",
	"A[«expected an index, found ','», 1]",
	"v[1«expected ',' or ']' to close '[' at 1:2, found ')'»)",
	"v[1:2«expected ',' or ']' to close '[' at 1:2, found ':'»:3]",
	"v «unexpected '[': is an operator missing before it?»[1]",
	"v[1]«unexpected ':' after the end of the statement»:",
	"v[1] «cannot assign to an entry: vectors and matrices are values; build a new one»= 2",
	"2 v[1] «unexpected '=' after the end of the statement»= 2",
	"x = 1 «unexpected ':' after the end of the statement»: 2",
	// Lexical errors reach the parser.
	`«unterminated string»"abc`,
	"«unterminated string»\"abc\nx = 1",
	"f(«unterminated string»\"a\\\n)",
	"x = «malformed number 1.2.3»1.2.3",
	"x «unexpected character '@'»@ y",
	"x = «invalid UTF-8 in input»\xff",
	"x\n«unexpected character '\\u0085'»\u0085", // a Unicode space is not a blank
	"x = «invalid UTF-8 in string»\"\xff\"",
	"[1, 2\n«unexpected character '@'»@x",
	// Each statement reports its own error.
	"x = 2 «unexpected number 3: is an operator missing before it?»3\ny = «expected an operand, found end of input»",
	"a = (1«expected ')' to close '(' at 1:5, found ']'»]; b = 2; c = «expected an operand, found end of input»",
}

// nestingErrorTests build, for each kind of nesting, input nested one level
// beyond maxDepth with the marker at the level that is too deep.
func nestingErrorTests() []string {
	const msg = "«expression nested too deeply»"
	n := maxDepth
	return []string{
		strings.Repeat("(", n) + msg + "(x" + strings.Repeat(")", n+1),
		strings.Repeat("[", n) + msg + "[x" + strings.Repeat("]", n+1),
		strings.Repeat("f(", n) + msg + "f(x" + strings.Repeat(")", n+1),
		strings.Repeat("-", n) + msg + "-x",
		"x" + strings.Repeat("^x", n) + msg + "^x",
		"y = " + strings.Repeat("-(", n/2) + msg + "-x" + strings.Repeat(")", n/2) + "\nz = 1",
	}
}

// splitMarkers removes the «message» markers from src and returns the
// errors they stand for as "line:col: message".
func splitMarkers(src string) (clean string, errs []string) {
	var b strings.Builder
	line, col := 1, 1
	for i := 0; i < len(src); {
		if strings.HasPrefix(src[i:], "«") {
			end := strings.Index(src[i:], "»")
			errs = append(errs, fmt.Sprintf("%d:%d: %s", line, col, src[i+len("«"):i+end]))
			i += end + len("»")
			continue
		}
		r, w := utf8.DecodeRuneInString(src[i:])
		b.WriteString(src[i : i+w])
		i += w
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return b.String(), errs
}

func TestParseErrors(t *testing.T) {
	for _, marked := range append(errorTests, nestingErrorTests()...) {
		src, want := splitMarkers(marked)
		var got []string
		for _, s := range Parse(src) {
			if (s.Stmt == nil) == (s.Err == nil) {
				t.Errorf("Parse(%q): statement %+v must have exactly one of Stmt and Err", src, s)
			}
			if s.Err != nil {
				got = append(got, s.Err.Error())
			}
		}
		if !reflect.DeepEqual(got, want) {
			name := marked
			if len(name) > 80 {
				name = name[:80] + "…"
			}
			t.Errorf("%s\n got %q\nwant %q", name, got, want)
		}
	}
}

// TestNestingLimit checks that input nested exactly maxDepth deep parses,
// and that very deep input is an error, not a stack overflow.
func TestNestingLimit(t *testing.T) {
	n := maxDepth
	for _, src := range []string{
		strings.Repeat("(", n) + "x" + strings.Repeat(")", n),
		strings.Repeat("[", n) + "x" + strings.Repeat("]", n),
		strings.Repeat("f(", n) + "x" + strings.Repeat(")", n),
		strings.Repeat("-", n) + "x",
		"x" + strings.Repeat("^x", n),
	} {
		if _, err := ParseExpr(src); err != nil {
			t.Errorf("nesting %d deep (%.10q…): %v", n, src, err)
		}
	}
	deep := strings.Repeat("(", 100_000) + "\ny = 1"
	stmts := Parse(deep)
	if len(stmts) != 2 || stmts[0].Err == nil || stmts[0].Err.Msg != "expression nested too deeply" ||
		stmts[1].Err != nil || stmts[1].Stmt.String() != "y = 1" {
		t.Errorf("100000 '(' then y = 1: got %+v", stmts)
	}
}

func TestParseExpr(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x + 1", "(x + 1)"},
		{"\n  kl(p, q) # comment\n", "kl(p, q)"},
		{"", "error 1:1: expected one expression"},
		{"a; b", "error 1:1: expected one expression"},
		{"x = 1", "error 1:1: expected an expression"},
		{"  check a == b", "error 1:3: expected an expression"},
		{"1 +", "error 1:4: expected an operand, found end of input"},
	}
	for _, tt := range tests {
		n, err := ParseExpr(tt.src)
		got := ""
		if err != nil {
			got = "error " + err.Error()
		} else {
			got = n.String()
		}
		if got != tt.want {
			t.Errorf("ParseExpr(%q) = %s, want %s", tt.src, got, tt.want)
		}
	}
}

func TestIncomplete(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"[1, 2", true},
		{"S = [[2, 0.5],\n", true},
		{"f(a,\n  b", true},
		{"[[1], [2]", true},
		{"(1)", false},
		{"x", false},
		{"", false},
		{"1 +", false}, // only brackets continue a line
		{")", false},
		{"[1; 2", false}, // ';' ends the statement
		{`"("`, false},
		{"x # (", false},
		{":load (", false},
	}
	for _, tt := range tests {
		if got := Incomplete(tt.src); got != tt.want {
			t.Errorf("Incomplete(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}
