package parser

import "testing"

func TestSource(t *testing.T) {
	for in, want := range map[string]string{
		"-(a + b)^2 * c":     "-(a + b)^2 * c",
		"(a - b) - (c - d)":  "a - b - (c - d)",
		"a / (b * c)":        "a/(b * c)",
		"2 x^(1/2)":          "2 x^(1/2)",
		"kl(N(0, 1), q)":     "kl(N(0, 1), q)",
		"[x, -x]":            "[x, -x]",
		"inv(S)[1, 2:]":      "inv(S)[1, 2:]",
		"(a + b)[1]":         "(a + b)[1]",
		`f(x, file="a.svg")`: `f(x, file="a.svg")`,
	} {
		sts := ParseAt(in, 1)
		if len(sts) != 1 || sts[0].Err != nil {
			t.Fatalf("%s: %v", in, sts)
		}
		if got := Source(sts[0].Stmt.(*ExprStmt).X); got != want {
			t.Errorf("Source(%s) = %s, want %s", in, got, want)
		}
		again := ParseAt(want, 1)
		if x, y := sts[0].Stmt.String(), again[0].Stmt.String(); x != y {
			t.Errorf("%s parses as %s, printed as %s it parses as %s", in, x, want, y)
		}
	}
}
