package calc_test

import (
	"bytes"
	"strings"
	"testing"

	"statcalc/calc"
)

// TestShadowBuiltins checks variables named after built-ins: a note once
// per name, a clear error when the hidden function is called, and the
// built-in back after :clear.
func TestShadowBuiltins(t *testing.T) {
	var buf bytes.Buffer
	s := calc.NewSession(&buf, &buf)
	run := func(src string, wantFailed int, want string) {
		t.Helper()
		buf.Reset()
		if n := s.Run("", src, 1); n != wantFailed || buf.String() != want {
			t.Errorf("%s: %d failed, printed:\n%s\nwant %d failed and:\n%s", src, n, buf.String(), wantFailed, want)
		}
	}
	run("w2 = 3", 0, "note: w2 now names a variable; the built-in w2(...) is hidden until :clear w2\n")
	run("w2 = 4", 0, "")
	run("w2(N(0, 1), N(3, 1))", 1, "1:1: w2 is a variable, which hides the built-in w2(p, q); :clear w2 restores it (to multiply, write w2*(…))\n"+
		"\tw2(N(0, 1), N(3, 1))\n\t^\n")
	run("w2*(1 + 1)", 0, "8\n")
	run(":clear w2", 0, "")
	run("w2 = 5", 0, "note: w2 now names a variable; the built-in w2(...) is hidden until :clear w2\n")
	run(":clear", 0, "")
	run("kl = 1; entropy = 2; pi = 3", 0, "note: kl now names a variable; the built-in kl(...) is hidden until :clear kl\n"+
		"note: entropy now names a variable; the built-in entropy(...) is hidden until :clear entropy\n"+
		"note: pi now names a variable; the constant pi is hidden until :clear pi\n")
	run("kl + entropy + pi", 0, "6\n")

	// In JSON Lines the note is an object of its own.
	var out bytes.Buffer
	js := calc.NewSession(&out, &out)
	js.SetFormat("json")
	js.Run("", "e = 2", 1)
	if want := `{"line": 1, "input": "e = 2", "note": "note: e now names a variable; the constant e is hidden until :clear e"}`; strings.TrimSpace(out.String()) != want {
		t.Errorf("JSON note %s, want %s", out.String(), want)
	}
}
