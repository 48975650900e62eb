package repl

import (
	"bufio"
	"fmt"
	"reflect"
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

// TestAppendLine compares appendLine, reading through a buffer of 16
// bytes so that lines and "\r\n" are split across reads, with
// bufio.Scanner's lines.
func TestAppendLine(t *testing.T) {
	inputs := []string{
		"", "a", "a\n", "a\r\n", "a\r", "\r", "\r\n\r\n", "a\r\rb\r\r\n",
		"0123456789abcde\r\nnext", "0123456789abcdef\r\n", "0123456789abcde\r\r\n",
		"0123456789abcde\rx\n", strings.Repeat("long line ", 20) + "\r\nshort\n\nlast\r",
	}
	for _, src := range inputs {
		var want []string
		sc := bufio.NewScanner(strings.NewReader(src))
		for sc.Scan() {
			want = append(want, sc.Text())
		}
		var got []string
		in := bufio.NewReaderSize(strings.NewReader(src), 16)
		for {
			var b strings.Builder
			more, err := appendLine(&b, in)
			if err != nil {
				t.Fatalf("%q: %v", src, err)
			}
			if !more {
				break
			}
			got = append(got, b.String())
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: lines %q, want %q", src, got, want)
		}
	}
}
