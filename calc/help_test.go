package calc_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"statcalc/calc"
)

// TestHelpEveryStatementAndCommand checks that :help describes every
// statement and command with its signature and an example, and that the
// example runs.
func TestHelpEveryStatementAndCommand(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("derivation.sc", []byte("y = 2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	entries := append(append([]calc.CommandInfo{}, calc.Commands...), calc.Statements...)
	if len(entries) < 15 {
		t.Fatalf("only %d commands and statements", len(entries))
	}
	for _, c := range entries {
		if c.Example == "" || c.Doc == "" || c.Signature == "" {
			t.Errorf("%s: signature %q, doc %q, example %q", c.Name, c.Signature, c.Doc, c.Example)
			continue
		}
		var buf bytes.Buffer
		s := calc.NewSession(&buf, &buf)
		if c.Name != "#" { // :help # is :help and a comment
			if n := s.Run("", ":help "+c.Name, 1); n != 0 || !strings.HasPrefix(buf.String(), c.Signature+"\n") || !strings.Contains(buf.String(), "example: "+c.Example+"\n") {
				t.Errorf(":help %s printed:\n%s", c.Name, buf.String())
			}
		}
		buf.Reset()
		if n := s.Run("", "x = 1\n"+c.Example, 1); n != 0 {
			t.Errorf("the example of %s, %s, failed:\n%s", c.Name, c.Example, buf.String())
		}
	}
	// Every command listed is one the session knows.
	for _, c := range calc.Commands {
		var buf bytes.Buffer
		calc.NewSession(&buf, &buf).Run("", ":"+c.Name+" a b c d", 1)
		if strings.Contains(buf.String(), "unknown command") {
			t.Errorf(":%s is listed but unknown: %s", c.Name, buf.String())
		}
	}
}
