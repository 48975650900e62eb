package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// build compiles statcalc once for the tests of this file.
func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "statcalc")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

type result struct {
	stdout, stderr string
	code           int
}

func runStatcalc(t *testing.T, bin, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
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

func TestCommandLine(t *testing.T) {
	bin := build(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "derivation.sc")
	os.WriteFile(script, []byte("a = 2\na^10\nb = log(\n  -1)\ncheck a == 3\na + 1\n"), 0o644)
	good := filepath.Join(dir, "good.sc")
	os.WriteFile(good, []byte("x = [1, 2]\nx * 2 # twice\n"), 0o644)

	t.Run("-e repeats and ; separates", func(t *testing.T) {
		r := runStatcalc(t, bin, "", "-e", "a = 2", "-e", "a^10; a + 1")
		if r.stdout != "1024\n3\n" || r.code != 0 {
			t.Errorf("got %q (exit %d, stderr %q)", r.stdout, r.code, r.stderr)
		}
	})
	t.Run("--timeout stops a runaway statement at its line:col", func(t *testing.T) {
		r := runStatcalc(t, bin, "x = 1\neig(I(2000))\nx + 1\n", "--timeout", "300ms")
		want := "stdin:2:1: stopped: the statement ran longer than its time budget of 300ms"
		if r.stdout != "2\n" || !strings.HasPrefix(r.stderr, want) || r.code != 1 {
			t.Errorf("got %q (exit %d, stderr %q)", r.stdout, r.code, r.stderr)
		}
	})
	t.Run("pipe is a batch", func(t *testing.T) {
		r := runStatcalc(t, bin, "log(2)\n")
		if r.stdout != "0.6931471806\n" || r.code != 0 {
			t.Errorf("got %q (exit %d, stderr %q)", r.stdout, r.code, r.stderr)
		}
	})
	t.Run("file: every statement runs, errors at file:line:col, exit 1", func(t *testing.T) {
		r := runStatcalc(t, bin, "", script)
		if r.stdout != "1024\n3\n" {
			t.Errorf("stdout %q", r.stdout)
		}
		for _, want := range []string{
			script + ":3:5: log of a negative number (-1)",
			script + ":5:1: check failed: 2 ≠ 3",
		} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
			}
		}
		if r.code != 1 {
			t.Errorf("exit %d, want 1", r.code)
		}
	})
	t.Run("--fail-fast stops at the first failure", func(t *testing.T) {
		r := runStatcalc(t, bin, "", "--fail-fast", script)
		if r.stdout != "1024\n" || strings.Contains(r.stderr, "check failed") || r.code != 1 {
			t.Errorf("got %q, stderr %q, exit %d", r.stdout, r.stderr, r.code)
		}
	})
	t.Run("a clean file exits 0", func(t *testing.T) {
		r := runStatcalc(t, bin, "", good)
		if r.stdout != "[2, 4]\n" || r.code != 0 || r.stderr != "" {
			t.Errorf("got %q, stderr %q, exit %d", r.stdout, r.stderr, r.code)
		}
	})
	t.Run("missing file", func(t *testing.T) {
		r := runStatcalc(t, bin, "", filepath.Join(dir, "nope.sc"))
		if r.code != 1 || !strings.Contains(r.stderr, "no such file") {
			t.Errorf("stderr %q, exit %d", r.stderr, r.code)
		}
	})
	t.Run("bad format flag", func(t *testing.T) {
		r := runStatcalc(t, bin, "", "--format", "yaml", "-e", "1")
		if r.code != 2 || !strings.Contains(r.stderr, "unknown format") {
			t.Errorf("stderr %q, exit %d", r.stderr, r.code)
		}
	})
	t.Run("JSON Lines contract", func(t *testing.T) {
		r := runStatcalc(t, bin, "", "--format", "json", script)
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		want := []map[string]any{
			{"line": 2.0, "input": "a^10", "value": 1024.0, "text": "1024"},
			{"line": 3.0, "col": 5.0, "error": "log of a negative number (-1)"},
			{"line": 5.0, "col": 1.0},
			{"line": 6.0, "input": "a + 1", "value": 3.0, "text": "3"},
		}
		if len(lines) != len(want) {
			t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), r.stdout)
		}
		for i, l := range lines {
			var got map[string]any
			if err := json.Unmarshal([]byte(l), &got); err != nil {
				t.Fatalf("line %d is not JSON: %s", i+1, l)
			}
			for k, v := range want[i] {
				if got[k] != v {
					t.Errorf("line %d: %s = %v, want %v (%s)", i+1, k, got[k], v, l)
				}
			}
		}
		if r.stderr != "" || r.code != 1 {
			t.Errorf("stderr %q, exit %d", r.stderr, r.code)
		}
		r = runStatcalc(t, bin, "", "--format", "json", "-e", "[1, 2] * 2", "-e", "[[1, 0.1], [0.1, 1]]", "-e", "x^2/2")
		wantOut := `{"line": 1, "input": "[1, 2] * 2", "value": [2,4], "text": "[2, 4]"}
{"line": 2, "input": "[[1, 0.1], [0.1, 1]]", "value": [[1,0.1],[0.1,1]], "text": "[ 1    0.1 ]\n[ 0.1  1   ]"}
{"line": 3, "input": "x^2/2", "value": "x^2/2", "text": "x^2/2"}
`
		if r.stdout != wantOut {
			t.Errorf("got\n%s\nwant\n%s", r.stdout, wantOut)
		}
	})
}
