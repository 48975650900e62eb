//go:build unix

package calc_test

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A FIFO that nobody writes to would block a reader forever.
func TestFilesFIFORefused(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	for _, src := range []string{":load " + fifo, `read_matrix("` + fifo + `")`} {
		out, failed := runWithin(t, src)
		if want := fifo + " is a FIFO (named pipe), not a regular file"; failed != 1 || !strings.Contains(out, want) {
			t.Errorf("%s: %d failed, output:\n%s\nwant an error containing %q", src, failed, out, want)
		}
	}
}
