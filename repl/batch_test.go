package repl

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
// bufio.Scanner's lines: from a plain reader, and from one that can be
// read again (as a regular file can), where longer lines are measured and
// read again into a buffer of their size.
func TestAppendLine(t *testing.T) {
	inputs := []string{
		"", "a", "a\n", "a\r\n", "a\r", "\r", "\r\n\r\n", "a\r\rb\r\r\n",
		"0123456789abcde\r\nnext", "0123456789abcdef\r\n", "0123456789abcde\r\r\n",
		"0123456789abcde\rx\n", strings.Repeat("long line ", 20) + "\r\nshort\n\nlast\r",
		"0123456789abcdef", "0123456789abcdef\r", "0123456789abcdef\n", "0123456789abcdef\r\r",
		"0123456789abcdef0123456789abcde\r\n", "0123456789abcdef0123456789abcdef\r\nx",
		"0123456789abcdef0123456789abcdef\n\n", "x\n" + strings.Repeat("\r", 40) + "\n" + strings.Repeat("y", 33),
	}
	for _, again := range []bool{false, true} {
		for _, src := range inputs {
			var want []string
			sc := bufio.NewScanner(strings.NewReader(src))
			for sc.Scan() {
				want = append(want, sc.Text())
			}
			var got []string
			r := strings.NewReader(src)
			in := &lineReader{in: bufio.NewReaderSize(r, 16)}
			if again {
				in.at = r
			}
			for {
				var b []byte
				more, err := in.appendLine(&b)
				if err != nil {
					t.Fatalf("%q: %v", src, err)
				}
				if !more {
					break
				}
				got = append(got, string(b))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q (read again %v): lines %q, want %q", src, again, got, want)
			}
		}
	}
}

// TestRunBatchFile runs a file whose lines, longer than the read buffer
// (64 KiB), are read again into buffers of their size, from an offset
// other than the file's start.
func TestRunBatchFile(t *testing.T) {
	row := func(i int) string {
		var b strings.Builder
		b.WriteByte('[')
		for j := range 9000 {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%d.5", i*100000+j)
		}
		return b.String() + "]"
	}
	src := "skipped\nA = [" + row(0) + ", " + row(1) + "]\r\nA[2, 3] + 0.25\nB = [" + row(2) + ",\n" + row(3) + "]\nB[2, 200]"
	if len(row(0)) <= 64<<10 {
		t.Fatalf("rows of %d bytes, want more than the read buffer", len(row(0)))
	}
	name := filepath.Join(t.TempDir(), "rows.sc")
	if err := os.WriteFile(name, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Seek(int64(len("skipped\n")), io.SeekStart); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	s := calc.NewSession(&out, &out)
	if failed := RunBatch(s, "rows.sc", f); failed != 0 {
		t.Fatalf("failed = %d; output:\n%.500s", failed, out.String())
	}
	if got, want := out.String(), "100002.75\n300199.5\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
}
