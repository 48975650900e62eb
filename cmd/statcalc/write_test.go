package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWriteError: results that cannot be written (a full disk) make the run
// fail with a message on standard error, in every input mode.
func TestWriteError(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	bin := build(t)
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"-e", "", []string{"-e", "1"}},
		{"json", "", []string{"--format", "json", "-e", "1"}},
		{"pipe", "1\n2\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, tc.args...)
			cmd.Stdin = strings.NewReader(tc.stdin)
			var errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = full, &errOut
			err := cmd.Run()
			ee, ok := err.(*exec.ExitError)
			if !ok || ee.ExitCode() != 1 {
				t.Errorf("exit: %v, want status 1", err)
			}
			if want := "results could not be written: write /dev/stdout: no space left on device"; !strings.Contains(errOut.String(), want) {
				t.Errorf("stderr %q lacks %q", errOut.String(), want)
			}
			if n := strings.Count(errOut.String(), "could not be written"); n != 1 {
				t.Errorf("the write error is reported %d times, want once", n)
			}
		})
	}
}
