package calc

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// slowStatement sums 10⁹ terms of a series; it polls the stop flag.
const slowStatement = "entropy(Poisson(1e15))"

// A statement that outruns its time budget stops with an error at its
// position, and the session goes on.
func TestTimeBudgetStopsAStatement(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	s.Timeout = 300 * time.Millisecond
	start := time.Now()
	outs, fails := runLines(s, &buf, "x = 2", "y = "+slowStatement, "x + 1")
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("the budget of 300ms took %v to act", took)
	}
	want := "2:1: stopped: the statement ran longer than its time budget of 300ms"
	if !fails[1] || !strings.HasPrefix(outs[1], want) {
		t.Errorf("got %q, want %q", outs[1], want)
	}
	if fails[2] || outs[2] != "3" {
		t.Errorf("after the stop, x + 1 = %q", outs[2])
	}
}

// Ctrl-C (Interrupt) stops the running statement of a :load and the
// statements after it; the session keeps its variables.
func TestInterruptStopsLoad(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "long.sc")
	if err := os.WriteFile(script, []byte("a = 1\nb = "+slowStatement+"\nc = 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	timer := time.AfterFunc(300*time.Millisecond, s.Interrupt)
	defer timer.Stop()
	start := time.Now()
	failed := s.Run("", ":load "+script, 1)
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("the interrupt took %v to act", took)
	}
	out := buf.String()
	if failed != 1 || !strings.Contains(out, "long.sc:2:1: interrupted") {
		t.Errorf("failed = %d, output %q", failed, out)
	}
	if got := strings.Join(s.Vars(), " "); got != "a" {
		t.Errorf("variables after the interrupt: %q, want a", got)
	}
	buf.Reset()
	if s.Run("", "a + 1", 1) != 0 || strings.TrimSpace(buf.String()) != "2" {
		t.Errorf("the next statement after an interrupt: %q", buf.String())
	}
}

// A time budget stops mc too, which samples in goroutines, and keeps the
// estimate of the draws made so far.
func TestInterruptStopsMonteCarlo(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	s.Timeout = 200 * time.Millisecond
	outs, fails := runLines(s, &buf, "mc kl(N(0, 1), N(1, 2)) n=50000000")
	if fails[0] || !strings.Contains(outs[0], "stopped by the time budget of 200ms after") || !strings.Contains(outs[0], "| agrees") {
		t.Errorf("got %q", outs[0])
	}
}
