package calc_test

import (
	"bytes"
	"strings"
	"testing"

	"statcalc/calc"
	"statcalc/parser"
)

// TestDefinitionPrintsBack defines functions whose bodies need
// parentheses, lists them with :vars, and checks that each printed
// definition parses to the same tree as the one typed.
func TestDefinitionPrintsBack(t *testing.T) {
	bodies := []string{
		"-x^2", "(-x)^2", "a - (b - c)", "a - b + c", "a/(b c)", "a/b/c", "(a/b)/(c/d)", "2^-x",
		"a^b^c", "(a^b)^c", "-(a + b)", "2 x (y + 1)", "x*(y + 1)", "log(x)^2", "kl(N(x, 1), N(0, v))",
		"[x, 2 x]", "f2(x, 1) + subs(x, x=2)", "x - -x", "+x",
	}
	var out bytes.Buffer
	s := calc.NewSession(&out, &out)
	for i, body := range bodies {
		name := "f" + string(rune('a'+i))
		src := name + "(x) = " + body
		out.Reset()
		if s.Run("", src, 1) != 0 {
			t.Fatalf("%s: %s", src, out.String())
		}
	}
	out.Reset()
	s.Run("", ":vars", 1)
	printed := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(printed) != len(bodies) {
		t.Fatalf(":vars printed %d lines for %d definitions:\n%s", len(printed), len(bodies), out.String())
	}
	for i, line := range printed {
		name := "f" + string(rune('a'+i))
		typed := parser.Parse(name + "(x) = " + bodies[i])[0].Stmt.String()
		if !strings.HasPrefix(line, name+"(") {
			t.Fatalf(":vars line %q, want %s first", line, name)
		}
		back := parser.Parse(line)
		if len(back) != 1 || back[0].Err != nil {
			t.Errorf("%q does not parse: %+v", line, back)
			continue
		}
		if got := back[0].Stmt.String(); got != typed {
			t.Errorf("%q parses as %s, typed %s", line, got, typed)
		}
	}
}
