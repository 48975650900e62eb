//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package repl

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	prompt "github.com/c-bata/go-prompt"
	"golang.org/x/sys/unix"
	"golang.org/x/term"

	"statcalc/calc"
	"statcalc/parser"
)

// wordSeparators end the word that go-prompt replaces by a chosen
// completion: every printable ASCII character that cannot be part of a
// name.
const wordSeparators = " \t\r\n!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~"

// Interactive runs a session on the terminal with line editing,
// completion and a history kept across sessions, until Ctrl-D on an empty
// line, :quit or a signal. An entry whose brackets are still open
// continues on the next line. Results go to the session's writers.
//
// The terminal's settings are saved before go-prompt switches it to raw
// mode and restored on every way out: a return, a panic, and SIGINT,
// SIGTERM, SIGHUP or SIGQUIT, after which the signal is raised again so
// that the process ends as the signal demands; SIGQUIT (Ctrl-\ while a
// statement runs) exits with status 131 instead, without the Go
// runtime's dump of every goroutine. Without a controlling terminal,
// which go-prompt requires, or when neither standard output nor standard
// error is a terminal, the session reads standard input as a batch.
func Interactive(s *calc.Session) error {
	tty, err := unix.Open("/dev/tty", unix.O_RDWR|unix.O_CLOEXEC, 0)
	if err != nil || !isTerminal(os.Stdout) && !isTerminal(os.Stderr) {
		if err == nil {
			unix.Close(tty)
		}
		RunBatch(s, "stdin", os.Stdin)
		return nil
	}
	defer unix.Close(tty)
	saved, err := unix.IoctlGetTermios(tty, ioctlGetTermios)
	if err != nil {
		return fmt.Errorf("reading the terminal's settings: %w", err)
	}
	textPlots(s, os.Stdout)
	r := &session{calc: s, in: newTerminalInput(tty, saved)}
	defer r.in.restore()
	stop := r.restoreOnSignal()
	defer stop()
	return r.run()
}

// session is an interactive session's state.
type session struct {
	calc *calc.Session
	in   *terminalInput // the controlling terminal

	// atPrompt is set while go-prompt owns the terminal.
	atPrompt atomic.Bool
	// interrupted is set when Ctrl-C asked the running statement to stop.
	interrupted atomic.Bool

	comp  *completer
	hist  *history
	entry strings.Builder // the lines of an unfinished entry
	open  parser.Brackets // the brackets open in entry

	// entered is set by a key binding when Enter ends a line, rather
	// than Ctrl-D.
	entered bool
}

// restoreOnSignal restores the terminal when the process is told to stop,
// and then raises the signal again with its default action; the first
// Ctrl-C while a statement runs only interrupts the statement. It returns
// a function that stops watching.
func (r *session) restoreOnSignal() (stop func()) {
	sigs := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT)
	go func() {
		for {
			select {
			case sig := <-sigs:
				if sig == syscall.SIGINT && !r.atPrompt.Load() && !r.interrupted.Swap(true) {
					// Ctrl-C while a statement runs: ask it to stop. A second
					// Ctrl-C before it does ends the process.
					r.calc.Interrupt()
					continue
				}
				r.die(sig)
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}

// die restores the terminal and ends the process by sig.
func (r *session) die(sig os.Signal) {
	r.in.restore()
	if r.atPrompt.Load() {
		// Reset colours, show the cursor and leave the prompt's line.
		unix.Write(r.in.fd, []byte("\x1b[0m\x1b[?25h\n"))
	}
	if sig == syscall.SIGQUIT {
		// Raised again, SIGQUIT would make the Go runtime print every
		// goroutine's stack on the user's terminal: exit quietly instead.
		os.Exit(128 + int(syscall.SIGQUIT))
	}
	signal.Reset(sig)
	unix.Kill(os.Getpid(), sig.(syscall.Signal))
	time.Sleep(time.Second) // the signal ends the process
	os.Exit(128 + int(sig.(syscall.Signal)))
}

func (r *session) run() error {
	// go-prompt writes to standard output; when that is redirected, draw
	// the prompt on standard error if it is the terminal.
	screen, writer := io.Writer(os.Stdout), prompt.NewStdoutWriter()
	if !isTerminal(os.Stdout) {
		screen, writer = os.Stderr, prompt.NewStderrWriter()
	}
	writer = keepTitle{&waitOnFlush{ConsoleWriter: writer, in: r.in}}
	hist, lines := openHistory(os.Stderr)
	r.hist = hist
	r.comp = newCompleter(calc.Builtins(), calc.Commands)
	r.comp.setVars(r.calc.Vars())

	// prompt.New also opens /dev/tty for an input of its own, unused.
	p := prompt.New(func(string) {}, r.suggest,
		prompt.OptionParser(r.in),
		prompt.OptionWriter(writer),
		prompt.OptionPrefix(mainPrefix),
		prompt.OptionLivePrefix(func() (string, bool) { return continuationPrefix, r.entry.Len() > 0 }),
		prompt.OptionHistory(lines),
		prompt.OptionCompletionWordSeparator(wordSeparators),
		prompt.OptionAddKeyBind(
			prompt.KeyBind{Key: prompt.Enter, Fn: func(*prompt.Buffer) { r.entered = true }},
			prompt.KeyBind{Key: prompt.ControlM, Fn: func(*prompt.Buffer) { r.entered = true }},
			// go-prompt clears the line on Ctrl-C; abandon the entry too.
			prompt.KeyBind{Key: prompt.ControlC, Fn: func(*prompt.Buffer) { r.entry.Reset(); r.open.Reset() }},
		),
	)
	fmt.Fprintln(screen, welcome)
	r.in.idle = func() {
		prefix := mainPrefix
		if r.entry.Len() > 0 {
			prefix = continuationPrefix
		}
		// go-prompt's colour for the prefix (blue), then its own drawing
		// replaces this one.
		fmt.Fprint(screen, "\x1b[34m"+prefix+"\x1b[0m")
	}
	r.in.afterIdle = func() { fmt.Fprint(screen, "\r") }
	for !r.calc.Quit() {
		r.entered = false
		r.atPrompt.Store(true)
		text := p.Input() // restores the terminal's settings when it returns
		r.atPrompt.Store(false)
		switch {
		case r.entered:
			r.line(text)
		case r.entry.Len() > 0:
			// Ctrl-D in an unfinished entry: run it, so that the
			// calculator reports the open bracket.
			r.runEntry()
		default: // Ctrl-D on an empty line
			return nil
		}
	}
	return nil
}

// line adds a line to the entry, and runs the entry once its brackets
// close.
func (r *session) line(text string) {
	r.entry.WriteString(text)
	r.entry.WriteByte('\n')
	if !r.open.Feed(text) {
		r.runEntry()
	}
}

// runEntry saves the entry in the history, runs it and refreshes the
// variables offered for completion.
func (r *session) runEntry() {
	src := r.entry.String()
	r.entry.Reset()
	r.open.Reset()
	if strings.TrimSpace(src) == "" {
		return
	}
	r.hist.add(src)
	r.interrupted.Store(false)
	r.calc.Run("", src, 1)
	r.comp.setVars(r.calc.Vars())
}

// suggest adapts the completer to go-prompt.
func (r *session) suggest(d prompt.Document) []prompt.Suggest {
	key := d.LastKeyStroke()
	word, cands := r.comp.complete(d.TextBeforeCursor(), r.entry.Len() > 0, key == prompt.Tab || key == prompt.BackTab)
	if len(cands) == 0 {
		return nil
	}
	// go-prompt replaces the text after the last separator; keep any
	// part of it in front of the name.
	lead := strings.TrimSuffix(d.GetWordBeforeCursorUntilSeparator(wordSeparators), word)
	out := make([]prompt.Suggest, len(cands))
	for i, c := range cands {
		out[i] = prompt.Suggest{Text: lead + c.Text, Description: c.Description}
	}
	return out
}

// keepTitle leaves the terminal's title alone: go-prompt clears it each
// time it returns a line.
type keepTitle struct{ prompt.ConsoleWriter }

func (keepTitle) SetTitle(string) {}
func (keepTitle) ClearTitle()     {}

// waitOnFlush holds go-prompt between keys in the middle of a line (see
// terminalInput.waitKey). go-prompt's drawing of the line hides the
// cursor; its other writes (a line break, the teardown) do not.
type waitOnFlush struct {
	prompt.ConsoleWriter
	in      *terminalInput
	drawing bool
}

func (w *waitOnFlush) HideCursor() {
	w.drawing = true
	w.ConsoleWriter.HideCursor()
}

func (w *waitOnFlush) Flush() error {
	err := w.ConsoleWriter.Flush()
	if w.drawing {
		w.drawing = false
		w.in.drawn++
		w.in.waitKey()
	}
	return err
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
