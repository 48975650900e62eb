package parser

import "testing"

func TestDefinition(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"L(theta) = theta^2 + log(theta)", "L(theta) = ((theta ^ 2) + log(theta))"},
		{"f(x, y) = x y", "f(x, y) = (x * y)"},
		{"g(t) = f(t, 2)", "g(t) = f(t, 2)"},
		{"h(\n  t\n) = t", "h(t) = t"},
	} {
		stmts := Parse(c.src)
		if len(stmts) != 1 || stmts[0].Err != nil {
			t.Fatalf("%q: %+v", c.src, stmts)
		}
		d, ok := stmts[0].Stmt.(*DefStmt)
		if !ok {
			t.Fatalf("%q parses as %T", c.src, stmts[0].Stmt)
		}
		if got := d.String(); got != c.want {
			t.Errorf("%q prints %q, want %q", c.src, got, c.want)
		}
		// The printed form reads back as the same definition.
		again := Parse(d.String())
		if len(again) != 1 || again[0].Err != nil || again[0].Stmt.String() != d.String() {
			t.Errorf("%q does not read back: %+v", d.String(), again)
		}
		if d.Position().String() != "1:1" || d.Params[0].Pos.Line < 1 {
			t.Errorf("%q: positions %s, %s", c.src, d.Position(), d.Params[0].Pos)
		}
	}
	// A call that is not followed by '=' stays an expression, and an
	// assignment stays an assignment.
	for src, want := range map[string]string{
		"f(x) == 1":       "*parser.ExprStmt",
		"f(x)":            "*parser.ExprStmt",
		"f = g(x)":        "*parser.AssignStmt",
		"f(x) + 1":        "*parser.ExprStmt",
		"check f(x) == 1": "*parser.CheckStmt",
	} {
		stmts := Parse(src)
		if len(stmts) != 1 {
			t.Fatalf("%q: %d statements", src, len(stmts))
		}
		if got := typeName(stmts[0].Stmt); got != want && stmts[0].Err == nil {
			t.Errorf("%q parses as %s, want %s", src, got, want)
		}
	}
}

func typeName(s Stmt) string {
	switch s.(type) {
	case *ExprStmt:
		return "*parser.ExprStmt"
	case *AssignStmt:
		return "*parser.AssignStmt"
	case *CheckStmt:
		return "*parser.CheckStmt"
	case *DefStmt:
		return "*parser.DefStmt"
	}
	return "other"
}

func TestDefinitionErrors(t *testing.T) {
	for src, want := range map[string]string{
		"f() = 1":      "1:3: f() = …: a definition needs at least one parameter (for a value, write f = …)",
		"f(1) = 2":     "1:3: a parameter of f must be a name, found number 1",
		"f(x, x) = x":  "1:6: parameter x of f appears twice",
		"f(x + 1) = x": "1:5: expected ',' or ')' to close '(' at 1:2, found '+'",
		"f(x) = ":      "1:8: expected an operand, found end of input",
	} {
		stmts := Parse(src)
		if len(stmts) != 1 || stmts[0].Err == nil {
			t.Errorf("%q: no error", src)
			continue
		}
		if got := stmts[0].Err.Error(); got != want {
			t.Errorf("%q: error %q, want %q", src, got, want)
		}
	}
}
