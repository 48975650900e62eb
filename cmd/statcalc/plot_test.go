package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPlotFiles: without file=, a script's plots are written beside the
// script and those of -e and standard input in the working directory.
func TestPlotFiles(t *testing.T) {
	bin := build(t)
	dir, work := t.TempDir(), t.TempDir()
	script := filepath.Join(dir, "kl.sc")
	os.WriteFile(script, []byte("plot(N(0, 1), N(1, 2))\nplot(kl(N(0, 1), N(m, 1)), m, -3, 3)\n"), 0o644)

	run := func(stdin string, args ...string) result {
		cmd := exec.Command(bin, args...)
		cmd.Dir = work
		t.Helper()
		return runIn(t, cmd, stdin)
	}
	r := run("", script)
	want := "wrote " + filepath.Join(dir, "plot-1.svg") + "\nwrote " + filepath.Join(dir, "plot-2.svg") + "\n"
	if r.stdout != want || r.code != 0 {
		t.Errorf("script: %q (exit %d, stderr %q), want %q", r.stdout, r.code, r.stderr, want)
	}
	r = run("", "-e", "plot(Poisson(3))")
	if r.stdout != "wrote plot-1.svg\n" || r.code != 0 {
		t.Errorf("-e: %q (exit %d, stderr %q)", r.stdout, r.code, r.stderr)
	}
	r = run("plot(x^2, x, 0, 1)\nplot(x^3, x, 0, 1)\n")
	if r.stdout != "wrote plot-1.svg\nwrote plot-2.svg\n" || r.code != 0 {
		t.Errorf("stdin: %q (exit %d, stderr %q)", r.stdout, r.code, r.stderr)
	}
	for _, name := range []string{filepath.Join(dir, "plot-1.svg"), filepath.Join(dir, "plot-2.svg"), filepath.Join(work, "plot-1.svg"), filepath.Join(work, "plot-2.svg")} {
		if info, err := os.Stat(name); err != nil || info.Size() < 1000 {
			t.Errorf("%s: %v", name, err)
		}
	}
	r = run("", "-e", `plot(x, x, 0, 1, file="/nonexistent-dir/a.svg")`)
	if r.code != 1 || r.stderr == "" {
		t.Errorf("unwritable file: exit %d, stderr %q", r.code, r.stderr)
	}
}

// runIn runs a prepared command with stdin and collects its result.
func runIn(t *testing.T, cmd *exec.Cmd, stdin string) result {
	t.Helper()
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{out.String(), errOut.String(), code}
}
