package repl

import (
	"fmt"
	"strings"
	"testing"

	"statcalc/calc"
)

func TestRunBatchContinuation(t *testing.T) {
	src := strings.Join([]string{
		`A = [[1, 2], # a comment with ] and (`,
		`     [3, 4]]`,
		`s = "[("; A[2, 1]`,
		`f = (`,
		`  1 +`,
		`  2)`,
		`f`,
		`x = [1,`,
		`y = 5`,
		`y`,
	}, "\n") + "\n"
	var out strings.Builder
	s := calc.NewSession(&out, &out)
	failed := RunBatch(s, "t.sc", strings.NewReader(src))
	got := out.String()
	// The unclosed x = [1, is reported where it opens; the parser then
	// resumes at y = 5.
	want := "3\n3\nt.sc:8:5: '[' is never closed\n\tx = [1,\n\t    ^\n5\n"
	if got != want {
		t.Errorf("output:\n%s\nwant:\n%s", got, want)
	}
	if failed != 1 {
		t.Errorf("failed = %d, want 1; output:\n%s", failed, got)
	}
}

// TestRunBatchLongLiteral runs a matrix written one row per line, the
// shape that made continuation quadratic.
func TestRunBatchLongLiteral(t *testing.T) {
	const n = 300
	var b strings.Builder
	b.WriteString("A = [")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteByte('[')
		for j := range n {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%d", i*n+j)
		}
		b.WriteByte(']')
	}
	b.WriteString("]\nA[300, 299]\n")
	var out strings.Builder
	s := calc.NewSession(&out, &out)
	if failed := RunBatch(s, "big.sc", strings.NewReader(b.String())); failed != 0 {
		t.Fatalf("failed = %d; output:\n%.500s", failed, out.String())
	}
	if got, want := strings.TrimSpace(out.String()), fmt.Sprint(299*n+298); got != want {
		t.Errorf("A[300, 299] = %q, want %q", got, want)
	}
}
