package repl

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
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
	for _, e := range []string{"x = 2\n", "x^10", "x^10", "   ", "", "S = [[2, 0.5], # rows\n  [0.5, 1]]\n", "x = 2", "\x1b]0;title\x07"} {
		h.add(e)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := "x = 2\nx^10\nS = [[2, 0.5], # rows\n\t  [0.5, 1]]\nx = 2\n"; string(data) != want {
		t.Errorf("history file %q, want %q", data, want)
	}
	_, lines = openHistory(&warn)
	want := []string{"x = 2", "x^10", "S = [[2, 0.5], [0.5, 1]]", "x = 2"}
	if !slices.Equal(lines, want) {
		t.Errorf("reloaded %q, want %q (blank entries, immediate repeats and control characters dropped; an entry of two lines recalled as one)", lines, want)
	}
	if warn.Len() > 0 {
		t.Errorf("unexpected warning %q", warn.String())
	}
}

func TestHistoryCap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	t.Setenv("STATCALC_HISTORY", path)
	write := func(n int) int64 {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "x = %d # %s\n", i, strings.Repeat("-", 40))
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
			t.Fatal(err)
		}
		return int64(b.Len())
	}
	countLines := func() int {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Count(string(data), "\n")
	}
	for _, n := range []int{maxHistory + 10, 50000} {
		size := write(n)
		var warn bytes.Buffer
		_, lines := openHistory(&warn)
		if len(lines) != maxHistory || !strings.HasPrefix(lines[0], fmt.Sprintf("x = %d #", n-maxHistory)) || !strings.HasPrefix(lines[maxHistory-1], fmt.Sprintf("x = %d #", n-1)) {
			t.Errorf("%d lines saved: loaded %d, from %q to %q", n, len(lines), lines[0], lines[len(lines)-1])
		}
		wantOnDisk := n // trimmed only past historyTrimBytes
		if size > historyTrimBytes {
			wantOnDisk = maxHistory
		}
		if got := countLines(); got != wantOnDisk {
			t.Errorf("%d lines saved (%d bytes): %d on disk after loading, want %d", n, size, got, wantOnDisk)
		}
	}
}

// TestHistoryGarbage checks that a huge history of NUL bytes loads at
// once, offers nothing to recall, and is trimmed; and that garbage lines
// among good ones are skipped.
func TestHistoryGarbage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	t.Setenv("STATCALC_HISTORY", path)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1200 << 20); err != nil { // 1.2 GB of NULs, sparse
		t.Skipf("cannot make a large sparse file: %v", err)
	}
	f.Close()
	start := time.Now()
	var warn bytes.Buffer
	h, lines := openHistory(&warn)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("loading a 1.2 GB history took %v", d)
	}
	if len(lines) != 0 || warn.Len() > 0 {
		t.Errorf("from NULs: lines %q, warning %q", lines, warn.String())
	}
	if st, err := os.Stat(path); err != nil || st.Size() != 0 {
		t.Errorf("after loading, the history has %v bytes (%v), want it trimmed to 0", st.Size(), err)
	}
	h.add("x = 1")

	garbage := "x = 1\n\x00\x00\nbad \xff utf-8\ny = 2 \x1b[2J\nz = [1,\n\t2]\n\x1b]0;t\x07\n\tw = 3\nv = 4\r\n"
	if err := os.WriteFile(path, []byte(garbage), 0o600); err != nil {
		t.Fatal(err)
	}
	_, lines = openHistory(&warn)
	if want := []string{"x = 1", "z = [1, 2]", "v = 4"}; !slices.Equal(lines, want) {
		t.Errorf("loaded %q, want %q", lines, want)
	}
}

// TestHistorySymlink checks that a history that is a symbolic link stays
// one, both when appended to and when trimmed.
func TestHistorySymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "dotfiles", "statcalc_history")
	link := filepath.Join(dir, "history")
	if err := os.MkdirAll(filepath.Dir(target), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	t.Setenv("STATCALC_HISTORY", link)
	var warn bytes.Buffer
	h, _ := openHistory(&warn)
	h.add("x = 1") // creates the target
	big := strings.Repeat("y = 2 # a long comment that fills the file up quickly\n", int(2*historyTrimBytes/50))
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(big + "z = 3\n")
	f.Close()
	_, lines := openHistory(&warn) // trims
	if len(lines) != maxHistory || lines[len(lines)-1] != "z = 3" || warn.Len() > 0 {
		t.Errorf("loaded %d lines ending %q, warning %q", len(lines), lines[len(lines)-1], warn.String())
	}
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the history is no longer a symbolic link: %v, %v", st.Mode(), err)
	}
	if st, err := os.Stat(target); err != nil || st.Size() > historyTrimBytes {
		t.Errorf("the link's target was not trimmed: %v", err)
	}
}

// TestHistoryConcurrent runs sessions that append while others start and
// trim the file, which garbage keeps growing: no entry is lost, torn or
// saved twice.
func TestHistoryConcurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history")
	t.Setenv("STATCALC_HISTORY", path)
	// Trim whenever the file passes 8 KiB, keeping every entry.
	defer func(tail, trim int64) { historyTailBytes, historyTrimBytes = tail, trim }(historyTailBytes, historyTrimBytes)
	historyTailBytes, historyTrimBytes = 1<<20, 8<<10
	garbage := strings.Repeat("\x00", 4<<10) + "\n"
	grow := func() {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
		if err != nil {
			t.Error(err)
			return
		}
		f.WriteString(garbage)
		f.Close()
	}
	grow()
	const writers, each = 4, 100
	entry := func(w, i int) string { return fmt.Sprintf("w%d = %d # %s", w, i, strings.Repeat("=", 30)) }
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var warn bytes.Buffer
			h, _ := openHistory(&warn)
			for i := range each {
				h.add(entry(w, i))
				if i%10 == 0 {
					grow()
					openHistory(&warn) // another session starts and trims
				}
			}
			if warn.Len() > 0 {
				t.Errorf("writer %d: %s", w, warn.String())
			}
		}()
	}
	wg.Wait()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, e := range parseHistory(data) {
		count[e]++
	}
	for w := range writers {
		for i := range each {
			if n := count[entry(w, i)]; n != 1 {
				t.Errorf("entry %q saved %d times", entry(w, i), n)
			}
		}
	}
	if len(count) != writers*each {
		t.Errorf("%d distinct entries, want %d", len(count), writers*each)
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

// FuzzHistoryParse checks that any file parses without panicking into
// entries that are clean text, at most maxHistory of them, each of which
// is recalled as one clean line and written back as the same entry.
func FuzzHistoryParse(f *testing.F) {
	for _, s := range []string{"x = 1\n", "a = [1,\n\t2]\n", "\x00\x00\n\tb\n", "\tlead\nx\r\n", "\xff\n", "s = \"#\" # c\n\t1\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		entries := parseHistory(data)
		if len(entries) > maxHistory {
			t.Fatalf("%d entries", len(entries))
		}
		for _, e := range entries {
			line := oneLine(e)
			if !cleanText([]byte(line)) || strings.Contains(line, "\n") {
				t.Fatalf("entry %q recalled as %q", e, line)
			}
			back := parseHistory(record(e))
			if want := strings.TrimLeft(e, " \t\r\n"); len(back) != 1 || back[0] != want && strings.TrimSpace(want) != "" {
				t.Fatalf("entry %q written and read back as %q", e, back)
			}
		}
	})
}
