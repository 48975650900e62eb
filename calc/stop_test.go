package calc

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// slowStatement takes seconds inside gonum, which the stop flag abandons.
const slowStatement = "eig(I(2000))"

// A statement that outruns its time budget stops with an error at its
// position, and the session goes on.
func TestTimeBudgetStopsAStatement(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	s.Timeout = 300 * time.Millisecond
	start := time.Now()
	outs, fails := runLines(s, &buf, "x = 2", slowStatement, "x + 1")
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
	if err := os.WriteFile(script, []byte("a = 1\n"+slowStatement+"\nc = 3\n"), 0o644); err != nil {
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

// g = exp(g) + log(g) nested 40 times has 121 distinct nodes and 2⁴⁰
// paths: differentiating, substituting and checking it take milliseconds,
// and printing it is refused with its size instead of writing terabytes.
func TestSharedExpressionsInSession(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	s.Timeout = 20 * time.Second
	lines := []string{"g = x"}
	for i := 0; i < 40; i++ {
		lines = append(lines, "g = exp(g) + log(g)")
	}
	lines = append(lines, "d = diff(g, x)", "check diff(g, x) == d", "g", "h = subs(g, x=1/2)")
	outs, fails := runLines(s, &buf, lines...)
	n := len(lines)
	for i := 0; i < n-4; i++ {
		if fails[i] {
			t.Fatalf("line %d: %q", i+1, outs[i])
		}
	}
	if fails[n-3] || outs[n-3] != "ok (symbolic)" {
		t.Errorf("check: %q", outs[n-3])
	}
	if want := "44:1: the result is too large to print: an expression of 5497558138876 nodes written out (at most 1048576)"; !strings.HasPrefix(outs[n-2], want) {
		t.Errorf("printing g: %q, want %q", outs[n-2], want)
	}
	if !fails[n-1] || !strings.Contains(outs[n-1], "overflow") {
		t.Errorf("g(1/2) at 40 levels: %q", outs[n-1])
	}
}

// Statements that spend their time inside gonum, in a sampler or in
// printing stop within their budget too (found by the random-program
// campaign: each of these ran past the watchdog's grace period).
func TestBudgetStopsFactorisationsSamplesAndPrinting(t *testing.T) {
	for _, stmt := range []string{
		"inv(2 * I(2000))",
		"eig(I(1500))",
		"sample(Dirichlet([1, 2, 3]), 1000000)",
	} {
		var buf bytes.Buffer
		s := NewSession(&buf, &buf)
		s.Timeout = 50 * time.Millisecond
		start := time.Now()
		outs, fails := runLines(s, &buf, stmt)
		// A guard against a statement that ignores the budget (the message
		// below is the test); generous for a loaded machine.
		if took := time.Since(start); took > 10*time.Second {
			t.Errorf("%s: stopped after %v", stmt, took)
		}
		if !fails[0] || !strings.Contains(outs[0], "time budget of 50ms") {
			t.Errorf("%s: %.200q", stmt, outs[0])
		}
	}
}

// A large numeric matrix times a constant that float64 cannot carry is
// refused at once: its exact product would take minutes and gigabytes.
func TestLargeExactScalingRefused(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	outs, fails := runLines(s, &buf, "4.9e-324 * I(2048)")
	if !fails[0] || !strings.Contains(outs[0], "leave the float64 range, and a matrix this large is not kept exact") {
		t.Errorf("got %.200q", outs[0])
	}
}
