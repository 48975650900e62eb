//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package repl

import (
	"bytes"
	"sync/atomic"

	prompt "github.com/c-bata/go-prompt"
	"golang.org/x/sys/unix"
)

// terminalInput is the go-prompt input from the controlling terminal. It
// replaces go-prompt's own, which restores its raw settings instead of
// the original ones when it tears down, and it hands over typed-ahead or
// pasted text one line at a time: go-prompt takes the bytes of one read
// as one key or as text, so "x = 1\ry = 2\r" in one read would become a
// single line with carriage returns in it.
type terminalInput struct {
	fd    int
	saved unix.Termios // the settings to restore
	raw   unix.Termios

	pending []byte // read but not yet handed over
	// open is cleared once an Enter is handed over, and set again when
	// the next line is asked for: go-prompt drops whatever its reader
	// goroutine has read when it returns a line.
	open atomic.Bool

	// idle, when set, draws the prompt before Setup waits for the first
	// key of a line. go-prompt polls its input and its key channel every
	// 10 ms while it waits (about 1-2 % of a core); waiting in Setup, before
	// its loop starts, and in Read keeps an idle session off the CPU.
	idle func()
	// afterIdle moves back to where go-prompt will draw its own prompt.
	afterIdle func()

	// In the middle of a line go-prompt's loop still polls every 10 ms
	// (0.7 % of a core) between keys; waitKey holds it in the writer's
	// Flush, once it has drawn every key handed over, until Read hands over
	// the next. handed counts the keys and runs of text Read has handed
	// over on this line, each with a send on wake; drawn counts go-prompt's
	// drawings of the line (its Render, which hides the cursor while it
	// draws): one when the line starts, then one after each key but Enter.
	handed atomic.Int64
	drawn  int // go-prompt's goroutine alone
	wake   chan struct{}
	// ctrlD is set when Read has handed over a Ctrl-D, which may end the
	// prompt (see readWait).
	ctrlD bool
}

var _ prompt.ConsoleParser = (*terminalInput)(nil)

// newTerminalInput returns the input for the terminal fd whose settings
// before the session are saved.
func newTerminalInput(fd int, saved *unix.Termios) *terminalInput {
	in := &terminalInput{fd: fd, saved: *saved, raw: *saved, wake: make(chan struct{}, 1)}
	// The raw mode go-prompt sets (internal/term.SetRaw).
	in.raw.Iflag &^= unix.IGNBRK | unix.BRKINT | unix.PARMRK | unix.ISTRIP | unix.INLCR | unix.IGNCR | unix.ICRNL | unix.IXON
	in.raw.Lflag &^= unix.ECHO | unix.ICANON | unix.IEXTEN | unix.ISIG | unix.ECHONL
	in.raw.Cflag &^= unix.CSIZE | unix.PARENB
	in.raw.Cflag |= unix.CS8
	in.raw.Cc[unix.VMIN] = 1
	in.raw.Cc[unix.VTIME] = 0
	return in
}

// Setup switches to raw, non-blocking input; go-prompt calls it when it
// starts reading a line.
func (in *terminalInput) Setup() error {
	in.open.Store(true)
	in.handed.Store(0) // go-prompt's reader of the last line has stopped
	in.drawn = 0
	if err := unix.SetNonblock(in.fd, true); err != nil {
		return err
	}
	if err := unix.IoctlSetTermios(in.fd, ioctlSetTermios, &in.raw); err != nil {
		return err
	}
	if len(in.pending) == 0 && in.idle != nil {
		in.idle()
		err := waitReadable(in.fd)
		in.afterIdle()
		return err
	}
	return nil
}

// TearDown restores the original settings; go-prompt calls it when it
// returns a line.
func (in *terminalInput) TearDown() error {
	if err := unix.SetNonblock(in.fd, false); err != nil {
		return err
	}
	return in.restore()
}

func (in *terminalInput) restore() error {
	return unix.IoctlSetTermios(in.fd, ioctlSetTermios, &in.saved)
}

// Read returns the next key or run of text: the bytes up to a line break,
// or the line break alone (CR LF counts as one).
func (in *terminalInput) Read() ([]byte, error) {
	if !in.open.Load() {
		return nil, unix.EAGAIN
	}
	if len(in.pending) == 0 {
		wait := readWait
		if in.ctrlD {
			wait, in.ctrlD = stopWait, false
		}
		waitReadableFor(in.fd, wait)
		buf := make([]byte, 1024)
		n, err := unix.Read(in.fd, buf)
		if err != nil {
			return nil, err
		}
		in.pending = buf[:max(n, 0)]
	}
	b := in.pending
	switch i := bytes.IndexAny(b, "\r\n"); {
	case i > 0:
		b = b[:i]
	case i == 0:
		n := 1
		if len(b) > 1 && b[0] == '\r' && b[1] == '\n' {
			n = 2
		}
		in.pending = in.pending[n:]
		in.open.Store(false)
		in.handOver()
		return b[:1], nil
	}
	in.pending = in.pending[len(b):]
	if !(len(b) == 1 && b[0] == 0) { // go-prompt drops a lone NUL
		in.handOver()
	}
	in.ctrlD = bytes.IndexByte(b, 0x04) >= 0
	return b, nil
}

// handOver counts a key or run of text handed over and wakes waitKey.
func (in *terminalInput) handOver() {
	in.handed.Add(1)
	select {
	case in.wake <- struct{}{}:
	default: // already signalled
	}
}

// waitKey blocks while the line is open and go-prompt has drawn the line
// after every key handed over, until Read hands over another. It must not
// wait before the first key is drawn: go-prompt starts its reader after
// its first drawing. A drawing that go-prompt skips (a window too small)
// leaves the count short, and go-prompt polls as before until the line
// ends.
func (in *terminalInput) waitKey() {
	for in.open.Load() && in.drawn >= 2 && int64(in.drawn-1) >= in.handed.Load() {
		<-in.wake // a signal left from an earlier key makes the loop look again
	}
}

// GetWinSize returns the terminal's size, 80×24 if it cannot be had.
func (in *terminalInput) GetWinSize() *prompt.WinSize {
	ws, err := unix.IoctlGetWinsize(in.fd, unix.TIOCGWINSZ)
	if err != nil || ws.Row == 0 || ws.Col == 0 {
		return &prompt.WinSize{Row: 24, Col: 80}
	}
	return &prompt.WinSize{Row: ws.Row, Col: ws.Col}
}
