package calc_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"statcalc/calc"
)

// runWithin runs src in a new session and fails the test if it takes
// longer than a few seconds: reading a device or a FIFO must not block.
func runWithin(t *testing.T, src string) (out string, failed int) {
	t.Helper()
	var buf bytes.Buffer
	s := calc.NewSession(&buf, &buf)
	done := make(chan int, 1)
	go func() { done <- s.Run("", src, 1) }()
	select {
	case failed = <-done:
		return buf.String(), failed
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: still running after 10 s", src)
		return "", 0
	}
}

func TestFilesRefused(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.sc")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file of 1 GiB: no disk space, but its size says 1 GiB.
	if err := f.Truncate(1 << 30); err != nil {
		t.Skipf("cannot make a large sparse file: %v", err)
	}
	f.Close()

	cases := []struct{ src, want string }{
		{":load " + dir, dir + " is a directory, not a file"},
		{":load " + big, big + " is too large (1.0 GiB; the limit is 64.0 MiB)"},
		{`read_matrix("` + big + `")`, big + " is too large (1.0 GiB; the limit is 256.0 MiB)"},
		{`read_matrix("` + dir + `")`, dir + " is a directory, not a file"},
		{":load " + filepath.Join(dir, "missing.sc"), "no such file or directory"},
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		cases = append(cases,
			struct{ src, want string }{":load /dev/zero", ":load: /dev/zero is a device, not a regular file"},
			struct{ src, want string }{`read_matrix("/dev/zero")`, "read_matrix: /dev/zero is a device, not a regular file"},
		)
	}
	for _, tc := range cases {
		out, failed := runWithin(t, tc.src)
		if failed != 1 || !strings.Contains(out, tc.want) {
			t.Errorf("%s: %d failed, output:\n%s\nwant an error containing %q", tc.src, failed, out, tc.want)
		}
	}
}

func TestFilesRead(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "a.sc")
	matrix := filepath.Join(dir, "m.csv")
	if err := os.WriteFile(script, []byte("a = 6\nb = a*7\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(matrix, []byte("1, 2\n3 4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Symbolic links are followed.
	link := filepath.Join(dir, "link.sc")
	if err := os.Symlink(script, link); err != nil {
		link = script
	}
	out, failed := runWithin(t, ":load "+link+"\nb\ndet(read_matrix(\""+matrix+"\"))")
	if failed != 0 || out != "42\n-2\n" {
		t.Errorf("got %d failed, output:\n%s\nwant 42 and -2", failed, out)
	}
}
