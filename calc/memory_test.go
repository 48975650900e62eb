package calc

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// runLines runs each statement in one session and returns the output of
// each and whether it failed.
func runLines(s *Session, buf *bytes.Buffer, lines ...string) (outs []string, fails []bool) {
	for i, l := range lines {
		buf.Reset()
		n := s.Run("", l, i+1)
		outs = append(outs, strings.TrimSpace(buf.String()))
		fails = append(fails, n > 0)
	}
	return outs, fails
}

// An outer product of a 10⁵-sample asks for 10¹⁰ entries (80 GB): refused
// by the size rule before anything is allocated.
func TestHugeProductRefusedBeforeAllocating(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	outs, fails := runLines(s, &buf,
		"s = sample(N(0, 1), 100000)",
		"s * transpose(s)",
		"transpose(s) * s")
	runtime.ReadMemStats(&after)
	if fails[0] || !fails[1] || fails[2] {
		t.Fatalf("fails = %v, outputs %q", fails, outs)
	}
	if want := "2:3: a product: a 100000×100000 matrix is too large (1e+10 entries; at most 4194304)"; !strings.HasPrefix(outs[1], want) {
		t.Errorf("got %q, want %q", outs[1], want)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Errorf("the statements allocated %d MiB", grew>>20)
	}
}

// Variables count against the budget; an assignment that would exceed it
// fails with the sizes involved, and the variables already made survive.
func TestMemoryBudgetKeepsVariables(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	outs, fails := runLines(s, &buf,
		":memory 100MiB",
		"a1 = I(2048)", "a2 = I(2048)", "a3 = I(2048)",
		"a4 = I(2048)",
		"tr(a1) + tr(a3)",
		"a2 = I(2)",
		"a4 = I(2048)",
		":memory")
	wantFail := []bool{false, false, false, false, true, false, false, false, false}
	for i := range wantFail {
		if fails[i] != wantFail[i] {
			t.Fatalf("statement %d failed = %v: %q", i+1, fails[i], outs[i])
		}
	}
	if want := "5:6: memory budget exceeded: I(2048) (a 2048×2048 matrix) needs 32 MiB; the variables hold 96 MiB, of a budget of 100 MiB"; !strings.HasPrefix(outs[4], want) {
		t.Errorf("got %q\nwant %q", outs[4], want)
	}
	if outs[5] != "4096" {
		t.Errorf("tr(a1) + tr(a3) = %q after the failure, want 4096", outs[5])
	}
	if want := "memory: the variables hold 96 MiB of a budget of 100 MiB"; outs[8] != want {
		t.Errorf(":memory = %q, want %q", outs[8], want)
	}
}

// The running statement's intermediate values count too.
func TestMemoryBudgetCountsTheStatement(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	outs, fails := runLines(s, &buf, ":memory 80MiB", "tr(I(2048) * I(2048))", "tr(I(1000) * I(1000))")
	if !fails[1] || !strings.Contains(outs[1], "a product (a 2048×2048 matrix) needs 32 MiB; the variables hold 0 B and this statement 64 MiB, of a budget of 80 MiB") {
		t.Errorf("got %q", outs[1])
	}
	if fails[2] || outs[2] != "1000" {
		t.Errorf("a smaller product: %q", outs[2])
	}
}

func TestMemoryCommand(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	for _, c := range []struct{ cmd, want string }{
		{":memory", "memory: the variables hold 0 B of a budget of 2 GiB"},
		{":memory 4GiB", "budget of 4 GiB"},
		{":memory 1.5G", "budget of 1.5 GiB"},
		{":memory 512MiB", "budget of 512 MiB"},
		{":memory 3e9", "budget of 2.8 GiB"},
		{":memory 2 GB", "usage: :memory [size]"},
		{":memory -1", "expected a size such as 4GiB"},
		{":memory lots", "expected a size such as 4GiB"},
	} {
		buf.Reset()
		s.Run("", c.cmd, 1)
		if !strings.Contains(buf.String(), c.want) {
			t.Errorf("%s: %q, want %q", c.cmd, buf.String(), c.want)
		}
	}
}

// read_matrix checks the size rule and the budget row by row, before the
// rows are stored.
func TestReadMatrixBounded(t *testing.T) {
	dir := t.TempDir()
	wide := filepath.Join(dir, "wide.txt")
	if err := os.WriteFile(wide, []byte(strings.Repeat("0 ", maxEntries+1)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	square := filepath.Join(dir, "square.txt")
	row := strings.TrimSpace(strings.Repeat("1 ", 400)) + "\n"
	if err := os.WriteFile(square, []byte(strings.Repeat(row, 400)), 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	outs, fails := runLines(s, &buf,
		`read_matrix("`+wide+`")`,
		":memory 1MiB",
		`m = read_matrix("`+square+`")`,
		":memory 2MiB",
		`m = read_matrix("`+square+`")`,
		"tr(m)")
	if !fails[0] || !strings.Contains(outs[0], "read_matrix: a 1×4194305 matrix is too large") {
		t.Errorf("wide file: %q", outs[0])
	}
	if !fails[2] || !strings.Contains(outs[2], "memory budget exceeded: read_matrix (a ") {
		t.Errorf("square file under 1 MiB: %q", outs[2])
	}
	if fails[4] || outs[5] != "400" {
		t.Errorf("square file under 2 MiB: %q, then tr(m) = %q", outs[4], outs[5])
	}
}

// :vars names the kind of a large value without printing it first.
func TestVarsDoesNotPrintLargeValues(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	s.Timeout = 5 * time.Second
	outs, fails := runLines(s, &buf, "w = sample(N(0, 1), 1000000)", "x = 2", ":vars")
	if fails[2] || outs[2] != "w = a 1000000-vector\nx = 2" {
		t.Errorf(":vars = %q", outs[2])
	}
}

// The size rule applies to each matrix, not to the work space of a
// factorisation: a 2048×2048 matrix can be inverted, factorised, raised
// to a power and used as a covariance; a normal of dimension 10⁶ cannot.
func TestSizeRuleAtTheLargestSize(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	s.Timeout = time.Minute
	outs, fails := runLines(s, &buf,
		"tr(inv(I(2048)))", "tr(chol(I(2048)))", "tr(I(2048)^2)",
		"p = N(sample(N(0, 1), 2048), I(2048))",
		"u = sample(N(0, 1), 1000000)", "N(u, 2)", "hessian(x, [x, y])")
	for i := 0; i < 5; i++ {
		if fails[i] || i < 3 && outs[i] != "2048" {
			t.Errorf("statement %d: %.200q", i+1, outs[i])
		}
	}
	if want := "6:1: N: the covariance and its factorisation: a 1000000×1000000 matrix is too large (1e+12 entries; at most 4194304)"; !strings.HasPrefix(outs[5], want) {
		t.Errorf("N(u, 2): %q, want %q", outs[5], want)
	}
	if fails[6] {
		t.Errorf("a small hessian: %q", outs[6])
	}
}
