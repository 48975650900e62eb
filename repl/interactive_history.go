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
)

// maxHistory is how many entries the history file keeps.
const maxHistory = 1000

// history is the file of entered lines that persists across sessions:
// one line per entry, oldest first, appended as each entry is run.
// Failing to read or write it never stops a session; the first failure
// is reported once on warn and saving stops.
type history struct {
	path   string
	warn   io.Writer
	last   string // the most recently saved line
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
// maxHistory lines, oldest first. Errors are reported once on warn.
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
	return h, h.load()
}

// load reads the saved lines, rewriting the file when it holds more than
// twice maxHistory of them (so that the rewrite, which could lose a line
// appended by a concurrent session, is rare).
func (h *history) load() []string {
	data, err := os.ReadFile(h.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		h.fail(err)
		return nil
	}
	text := strings.ReplaceAll(string(data), "\r", "") // edited elsewhere, perhaps
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) == 1 && lines[0] == "" {
		return nil
	}
	if len(lines) > maxHistory {
		long := len(lines) > 2*maxHistory
		lines = lines[len(lines)-maxHistory:]
		if long {
			h.rewrite(lines)
		}
	}
	h.last = lines[len(lines)-1]
	return lines
}

// rewrite replaces the file by lines, atomically.
func (h *history) rewrite(lines []string) {
	var buf bytes.Buffer
	for _, l := range lines {
		buf.WriteString(l)
		buf.WriteByte('\n')
	}
	tmp, err := os.CreateTemp(filepath.Dir(h.path), ".history-*")
	if err != nil {
		h.fail(err)
		return
	}
	_, err = tmp.Write(buf.Bytes())
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), h.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		h.fail(err)
	}
}

// add appends line to the file unless it is blank or repeats the line
// saved before it. The file is opened for each line, so that a session
// that outlives a rewrite by another keeps saving to the current file.
func (h *history) add(line string) {
	if h.failed || strings.TrimSpace(line) == "" || line == h.last {
		return
	}
	f, err := os.OpenFile(h.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		h.fail(err)
		return
	}
	_, err = f.WriteString(line + "\n")
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		h.fail(err)
		return
	}
	h.last = line
}

// fail reports the first error and stops saving.
func (h *history) fail(err error) {
	if !h.failed {
		fmt.Fprintf(h.warn, "statcalc: history not saved: %v\n", err)
	}
	h.failed = true
}
