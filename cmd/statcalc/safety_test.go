package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCommandLineSafety runs statcalc on input meant to hang it or to
// drive the terminal: it ends at once with a clear error, and nothing it
// prints holds an escape character.
func TestCommandLineSafety(t *testing.T) {
	bin := build(t)
	dir := t.TempDir()
	hostile := filepath.Join(dir, "hostile.sc")
	os.WriteFile(hostile, []byte("x = 1 \x1b]0;owned\x07\n\x1b[2J\x1b[H\n:load \"\x1b[31m.sc\"\n"), 0o644)

	run := func(args ...string) result {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, args...)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		if ctx.Err() != nil {
			t.Fatalf("statcalc %q still running after 10 s", args)
		}
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return result{out.String(), errOut.String(), code}
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-e", ":load /dev/zero"}, "-e:1:1: :load: /dev/zero is a device, not a regular file"},
		{[]string{"-e", ":load " + dir}, ":load: " + dir + " is a directory, not a file"},
		{[]string{"-e", `read_matrix("/dev/zero")`}, "read_matrix: /dev/zero is a device, not a regular file"},
		{[]string{hostile}, hostile + ":1:7: unexpected character '\\x1b'\n\tx = 1 \\x1b]0;owned\\x07\n"},
	} {
		if _, err := os.Stat("/dev/zero"); err != nil && strings.Contains(tc.want, "/dev/zero") {
			continue
		}
		r := run(tc.args...)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("statcalc %q: exit %d, stderr:\n%s\nwant exit 1 and %q", tc.args, r.code, r.stderr, tc.want)
		}
		if strings.ContainsAny(r.stdout+r.stderr, "\x1b\x07") {
			t.Errorf("statcalc %q printed control characters:\n%q", tc.args, r.stdout+r.stderr)
		}
	}

	// A variable named after a built-in: the note goes to standard error.
	r := run("-e", "w2 = 3", "-e", "w2 * 2")
	if r.code != 0 || r.stdout != "6\n" || r.stderr != "note: w2 now names a variable; the built-in w2(...) is hidden until :clear w2\n" {
		t.Errorf("w2 = 3: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}
