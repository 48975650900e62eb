package repl

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Bounds of the history file. Loading reads only its last
// historyTailBytes, so that a history of any size (or of garbage) starts
// at once; a file grown past historyTrimBytes is trimmed to its newest
// maxHistory entries when a session starts.
const (
	maxHistory      = 1000     // entries offered for recall
	maxHistoryEntry = 16 << 10 // longer entries are not saved
)

// Variables so that a test can make trims frequent.
var (
	historyTailBytes int64 = 256 << 10
	historyTrimBytes int64 = 1 << 20
)

// history is the file of entered statements that persists across
// sessions, oldest first. Each entry is appended with a single write as it
// is run, so that concurrent sessions never interleave or lose entries; a
// statement entered over several lines is one entry, its later lines
// indented by a tab. Failing to read or write the file never stops a
// session; the first failure is reported once on warn and saving stops.
type history struct {
	path   string
	warn   io.Writer
	last   string // the most recently saved entry
	failed bool
}

// historyPath returns where the history lives: $STATCALC_HISTORY, else
// $XDG_STATE_HOME/statcalc/history, else ~/.local/state/statcalc/history
// (the XDG Base Directory Specification's default state directory). dir
// is the directory to create for the default locations, "" for
// $STATCALC_HISTORY.
func historyPath() (path, dir string, err error) {
	if p := os.Getenv("STATCALC_HISTORY"); p != "" {
		return p, "", nil
	}
	state := os.Getenv("XDG_STATE_HOME")
	if !filepath.IsAbs(state) { // the specification says to ignore relative paths
		home, err := os.UserHomeDir()
		if err != nil {
			return "", "", err
		}
		state = filepath.Join(home, ".local", "state")
	}
	dir = filepath.Join(state, "statcalc")
	return filepath.Join(dir, "history"), dir, nil
}

// openHistory locates the history file and returns it with its newest
// maxHistory entries, oldest first, each on one line for recall. Errors
// are reported once on warn.
func openHistory(warn io.Writer) (*history, []string) {
	path, dir, err := historyPath()
	h := &history{path: path, warn: warn}
	if err != nil {
		h.fail(err)
		return h, nil
	}
	if dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			h.fail(err)
			return h, nil
		}
	}
	entries := h.load()
	if len(entries) == 0 {
		return h, nil
	}
	h.last = entries[len(entries)-1]
	lines := make([]string, len(entries))
	for i, e := range entries {
		lines[i] = oneLine(e)
	}
	return h, lines
}

// load reads the newest entries and trims the file when it has grown
// past historyTrimBytes.
func (h *history) load() []string {
	f, err := os.Open(h.path) // follows a symbolic link
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		h.fail(err)
		return nil
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		h.fail(err)
		return nil
	}
	if !st.Mode().IsRegular() {
		if h.path != os.DevNull {
			h.fail(fmt.Errorf("%s is not a regular file", h.path))
		}
		h.failed = true
		return nil
	}
	entries, err := readHistoryTail(f, st.Size())
	if err != nil {
		h.fail(err)
		return nil
	}
	if st.Size() > historyTrimBytes {
		h.trim(f)
	}
	return entries
}

// readHistoryTail parses the last historyTailBytes of a history file of
// the given size into entries, dropping garbage (NUL bytes, invalid
// UTF-8, control characters, overlong entries) and keeping the newest
// maxHistory.
func readHistoryTail(f *os.File, size int64) ([]string, error) {
	off := max(size-historyTailBytes, 0)
	buf := make([]byte, size-off)
	n, err := f.ReadAt(buf, off)
	if err != nil && err != io.EOF {
		return nil, err
	}
	buf = buf[:n]
	if off > 0 { // the first line is probably cut: skip it
		i := bytes.IndexByte(buf, '\n')
		if i < 0 {
			return nil, nil
		}
		buf = buf[i+1:]
	}
	return parseHistory(buf), nil
}

// parseHistory splits a history file's text into entries: a line at the
// left margin starts one, and lines indented by a tab continue it.
func parseHistory(text []byte) []string {
	var entries []string
	var cur strings.Builder
	ok := false // cur is an entry worth keeping
	flush := func() {
		if ok && cur.Len() <= maxHistoryEntry && strings.TrimSpace(cur.String()) != "" {
			entries = append(entries, cur.String())
		}
		cur.Reset()
		ok = false
	}
	for len(text) > 0 {
		line := text
		if i := bytes.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = nil
		}
		line = bytes.TrimSuffix(line, []byte("\r")) // edited elsewhere, perhaps
		if rest, isCont := bytes.CutPrefix(line, []byte("\t")); isCont && cur.Len() > 0 {
			cur.WriteByte('\n')
			cur.Write(rest)
			ok = ok && cleanText(rest) && cur.Len() <= maxHistoryEntry
			continue
		}
		flush()
		if len(line) > maxHistoryEntry {
			cur.WriteByte('x') // a placeholder that absorbs continuation lines
			continue
		}
		cur.Write(line)
		ok = cleanText(line)
	}
	flush()
	if len(entries) > maxHistory {
		entries = entries[len(entries)-maxHistory:]
	}
	return entries
}

// cleanText reports whether a line is valid UTF-8 without control
// characters other than tabs: only such lines are typed statements, and
// only they are safe to put back on a terminal.
func cleanText(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	for _, r := range string(b) {
		if r != '\t' && (unicode.IsControl(r) || r == utf8.RuneError) {
			return false
		}
	}
	return true
}

// oneLine turns an entry into the single line go-prompt can recall: the
// lines of a statement entered over several, with their comments
// removed, joined by spaces (inside open brackets a line break is only
// white space).
func oneLine(entry string) string {
	if !strings.Contains(entry, "\n") {
		return entry
	}
	lines := strings.Split(entry, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(stripComment(l))
	}
	return strings.Join(lines, " ")
}

// stripComment removes a # comment that is not inside a string.
func stripComment(line string) string {
	quoted := false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			if quoted {
				i++
			}
		case '"':
			quoted = !quoted
		case '#':
			if !quoted {
				return line[:i]
			}
		}
	}
	return line
}

// record is how an entry is written: its first line at the margin
// (leading white space and blank lines dropped) and later lines indented
// by a tab, so that the file keeps one entry per unindented line.
func record(entry string) []byte {
	lines := strings.Split(strings.TrimLeft(entry, " \t\r\n"), "\n")
	var b bytes.Buffer
	for i, l := range lines {
		l = strings.TrimRight(l, "\r")
		if i > 0 {
			b.WriteByte('\t')
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// add appends an entry (a statement, perhaps of several lines) unless it
// is blank, too long, holds control characters, or repeats the entry
// saved before it. The file is opened for each entry, so that a session
// that outlives a trim by another keeps saving to the current file, and
// the entry is written with one call in append mode, under a shared lock
// that a trim waits for.
func (h *history) add(entry string) {
	entry = strings.TrimRight(entry, "\n")
	if h.failed || strings.TrimSpace(entry) == "" || entry == h.last ||
		len(entry) > maxHistoryEntry || !cleanText([]byte(strings.ReplaceAll(entry, "\n", ""))) {
		return
	}
	rec := record(entry)
	var err error
	for attempt := 0; attempt < 20; attempt++ {
		var retry bool
		retry, err = h.appendRecord(rec)
		if !retry {
			break
		}
	}
	if err != nil {
		h.fail(err)
		return
	}
	h.last = entry
}

// appendRecord writes rec at the end of the history file. It asks to be
// called again (retry) when a trim replaced the file after it was opened.
func (h *history) appendRecord(rec []byte) (retry bool, err error) {
	f, err := os.OpenFile(h.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return false, err
	}
	defer f.Close()
	if lockShared(f, time.Second) {
		defer unlock(f)
	}
	if replaced(f, h.path) {
		return true, errors.New("the file kept being replaced")
	}
	if _, err := f.Write(rec); err != nil {
		return false, err
	}
	return false, f.Close()
}

// replaced reports whether the open file f is no longer the file at path.
func replaced(f *os.File, path string) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Stat(path)
	return err == nil && !os.SameFile(a, b)
}

// trim rewrites the history file f to its newest maxHistory entries,
// unless another session holds a lock on it. Under an exclusive lock,
// which appends wait for, the entries are read again, written to a
// temporary file beside the file (the target of a symbolic link), which
// is then renamed over it. A failure is reported and leaves the file as
// it was.
func (h *history) trim(f *os.File) {
	if !lockExclusive(f) {
		return // another session is writing or trimming
	}
	defer unlock(f)
	if replaced(f, h.path) {
		return // trimmed by another session meanwhile
	}
	st, err := f.Stat()
	if err != nil {
		h.fail(err)
		return
	}
	entries, err := readHistoryTail(f, st.Size())
	if err != nil {
		h.fail(err)
		return
	}
	target, err := filepath.EvalSymlinks(h.path)
	if err != nil {
		h.fail(err)
		return
	}
	var buf bytes.Buffer
	for _, e := range entries {
		buf.Write(record(e))
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), ".history-*")
	if err != nil {
		h.fail(err)
		return
	}
	_, err = tmp.Write(buf.Bytes())
	if err == nil {
		err = tmp.Chmod(st.Mode().Perm())
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), target)
	}
	if err != nil {
		os.Remove(tmp.Name())
		h.fail(err)
	}
}

// fail reports the first error and stops saving.
func (h *history) fail(err error) {
	if !h.failed {
		fmt.Fprintf(h.warn, "statcalc: history not saved: %v\n", err)
	}
	h.failed = true
}
