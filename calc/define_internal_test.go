package calc

import (
	"testing"

	"statcalc/parser"
)

// TestSubstitute replaces a parameter in every kind of node, indices and
// ranges included, and leaves other names alone.
func TestSubstitute(t *testing.T) {
	bind := map[string]parser.Node{"x": &parser.NumberLit{Text: "2"}}
	for src, want := range map[string]string{
		"x * f(x, k=x)": "2 * f(2, k=2)",
		"[x, [x, y]]":   "[2, [2, y]]",
		"-x":            "-2",
		"log(x)^x":      "log(2)^2",
		"v[x, 1:x]":     "v[2, 1:2]",
		"inv(A)[x:, y]": "inv(A)[2:, y]",
		"(a + x)[x]":    "(a + 2)[2]",
	} {
		n, err := parser.ParseExpr(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := parser.Source(substitute(n, bind, bind)); got != want {
			t.Errorf("%s: substitution gives %s, want %s", src, got, want)
		}
	}
}
