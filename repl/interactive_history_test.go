package repl

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestHistoryPath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HOME", filepath.Join(dir, "home"))

	t.Setenv("STATCALC_HISTORY", filepath.Join(dir, "h"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	if p, d, err := historyPath(); err != nil || p != filepath.Join(dir, "h") || d != "" {
		t.Errorf("with STATCALC_HISTORY: %q, %q, %v", p, d, err)
	}

	t.Setenv("STATCALC_HISTORY", "")
	if p, d, err := historyPath(); err != nil || p != filepath.Join(dir, "state", "statcalc", "history") || d != filepath.Join(dir, "state", "statcalc") {
		t.Errorf("with XDG_STATE_HOME: %q, %q, %v", p, d, err)
	}

	for _, state := range []string{"", "relative/state"} {
		t.Setenv("XDG_STATE_HOME", state)
		if p, _, err := historyPath(); err != nil || p != filepath.Join(dir, "home", ".local", "state", "statcalc", "history") {
			t.Errorf("with XDG_STATE_HOME=%q: %q, %v", state, p, err)
		}
	}
}

func TestHistoryCreatesPrivateDirectory(t *testing.T) {
	state := t.TempDir()
	t.Setenv("STATCALC_HISTORY", "")
	t.Setenv("XDG_STATE_HOME", state)
	var warn bytes.Buffer
	h, lines := openHistory(&warn)
	if lines != nil || warn.Len() > 0 {
		t.Fatalf("fresh history: lines %q, warning %q", lines, warn.String())
	}
	h.add("x = 2")
	info, err := os.Stat(filepath.Join(state, "statcalc"))
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o700 {
		t.Errorf("directory permissions %o, want 700", perm)
	}
	info, err = os.Stat(filepath.Join(state, "statcalc", "history"))
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		t.Errorf("history file permissions %o, want none for group and others", perm)
	}
}

func TestHistoryRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	t.Setenv("STATCALC_HISTORY", path)
	var warn bytes.Buffer
	h, lines := openHistory(&warn)
	if lines != nil {
		t.Fatalf("lines before any entry: %q", lines)
	}
	for _, l := range []string{"x = 2", "x^10", "x^10", "   ", "", "S = [[2, 0.5],", "  [0.5, 1]]", "x = 2"} {
		h.add(l)
	}
	_, lines = openHistory(&warn)
	want := []string{"x = 2", "x^10", "S = [[2, 0.5],", "  [0.5, 1]]", "x = 2"}
	if !slices.Equal(lines, want) {
		t.Errorf("reloaded %q, want %q (blank lines and immediate repeats dropped)", lines, want)
	}
	if warn.Len() > 0 {
		t.Errorf("unexpected warning %q", warn.String())
	}
}

func TestHistoryCap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	t.Setenv("STATCALC_HISTORY", path)
	write := func(n int) {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "x = %d\n", i)
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	countLines := func() int {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Count(string(data), "\n")
	}
	for _, n := range []int{maxHistory + 10, 2*maxHistory + 10} {
		write(n)
		var warn bytes.Buffer
		_, lines := openHistory(&warn)
		if len(lines) != maxHistory || lines[0] != fmt.Sprintf("x = %d", n-maxHistory) || lines[maxHistory-1] != fmt.Sprintf("x = %d", n-1) {
			t.Errorf("%d lines saved: loaded %d, from %q to %q", n, len(lines), lines[0], lines[len(lines)-1])
		}
		wantOnDisk := n // rewritten only past twice the cap
		if n > 2*maxHistory {
			wantOnDisk = maxHistory
		}
		if got := countLines(); got != wantOnDisk {
			t.Errorf("%d lines saved: %d on disk after loading, want %d", n, got, wantOnDisk)
		}
	}
}

// TestHistoryUnwritable checks that a history that cannot be written
// warns once and no more.
func TestHistoryUnwritable(t *testing.T) {
	t.Setenv("STATCALC_HISTORY", filepath.Join(t.TempDir(), "missing", "history"))
	var warn bytes.Buffer
	h, lines := openHistory(&warn)
	if lines != nil || warn.Len() > 0 {
		t.Fatalf("missing history: lines %q, warning %q", lines, warn.String())
	}
	h.add("x = 1")
	h.add("x = 2")
	if n := strings.Count(warn.String(), "\n"); n != 1 || !strings.Contains(warn.String(), "history") {
		t.Errorf("warnings %q, want one about the history", warn.String())
	}
}

// TestHistoryUnreadable checks that a history that is a directory warns
// once, loads nothing and saves nothing.
func TestHistoryUnreadable(t *testing.T) {
	t.Setenv("STATCALC_HISTORY", t.TempDir())
	var warn bytes.Buffer
	h, lines := openHistory(&warn)
	h.add("x = 1")
	if lines != nil || strings.Count(warn.String(), "\n") != 1 {
		t.Errorf("lines %q, warnings %q; want none and one", lines, warn.String())
	}
}

// TestHistoryCRLF checks that a history edited with CR LF line ends loads
// without carriage returns.
func TestHistoryCRLF(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	t.Setenv("STATCALC_HISTORY", path)
	if err := os.WriteFile(path, []byte("x = 2\r\nx^10\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var warn bytes.Buffer
	if _, lines := openHistory(&warn); !slices.Equal(lines, []string{"x = 2", "x^10"}) {
		t.Errorf("loaded %q", lines)
	}
}
