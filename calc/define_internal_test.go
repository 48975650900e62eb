package calc

import (
	"testing"

	"statcalc/parser"
)

// TestSubstituteFields runs the reflective substitution, used for node
// types substitute does not list, on the listed ones, whose result is known.
func TestSubstituteFields(t *testing.T) {
	bind := map[string]parser.Node{"x": &parser.NumberLit{Text: "2"}}
	for _, src := range []string{"x * f(x, k=x)", "[x, [x, y]]", "-x", "log(x)^x"} {
		n, err := parser.ParseExpr(src)
		if err != nil {
			t.Fatal(err)
		}
		want := substitute(n, bind, bind).String()
		got := substituteFields(n, bind, bind).String()
		if got != want {
			t.Errorf("%s: reflective substitution gives %s, want %s", src, got, want)
		}
		if n.String() == got {
			t.Errorf("%s: nothing substituted", src)
		}
	}
}
