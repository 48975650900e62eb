//go:build linux

package repl

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// These tests drive the statcalc binary through a pseudo-terminal, the
// only way to run go-prompt, which opens /dev/tty itself.

// buildStatcalc builds the command into a temporary directory.
func buildStatcalc(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build statcalc")
	}
	bin := filepath.Join(t.TempDir(), "statcalc")
	out, err := exec.Command(goTool, "build", "-o", bin, "statcalc/cmd/statcalc").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// terminal is a pseudo-terminal running statcalc as its session leader.
type terminal struct {
	t      *testing.T
	master *os.File
	slave  *os.File
	cmd    *exec.Cmd
	before *unix.Termios // the slave's settings before statcalc started

	mu  sync.Mutex
	out bytes.Buffer // everything statcalc wrote, with \r removed
}

// openPTY opens a pseudo-terminal pair with /dev/ptmx, skipping the test
// where there is none.
func openPTY(t *testing.T) (master, slave *os.File) {
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	var n int
	rc, err := master.SyscallConn()
	if err == nil {
		cerr := rc.Control(func(fd uintptr) {
			if err = unix.IoctlSetPointerInt(int(fd), unix.TIOCSPTLCK, 0); err == nil { // unlockpt
				n, err = unix.IoctlGetInt(int(fd), unix.TIOCGPTN) // ptsname
			}
		})
		err = errors.Join(err, cerr)
	}
	if err != nil {
		master.Close()
		t.Skipf("cannot unlock a pseudo-terminal: %v", err)
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		t.Skipf("cannot open the pseudo-terminal's slave: %v", err)
	}
	if err := unix.IoctlSetWinsize(int(slave.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 30, Col: 120}); err != nil {
		t.Fatal(err)
	}
	return master, slave
}

// startTerminal runs bin with the slave as its controlling terminal and
// standard streams, and the history in histPath.
func startTerminal(t *testing.T, bin, histPath string) *terminal {
	master, slave := openPTY(t)
	before, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	cmd.Env = append(os.Environ(), "STATCALC_HISTORY="+histPath, "TERM=xterm", "HOME="+t.TempDir(), "XDG_STATE_HOME=")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	term := &terminal{t: t, master: master, slave: slave, cmd: cmd, before: before}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := master.Read(buf)
			term.mu.Lock()
			term.out.Write(bytes.ReplaceAll(buf[:n], []byte("\r"), nil))
			term.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
		master.Close()
		slave.Close()
	})
	return term
}

// output returns what statcalc wrote, without terminal control sequences.
func (term *terminal) output() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return stripControls(term.out.String())
}

// stripControls removes the escape sequences go-prompt writes: CSI
// (ESC [ … final byte), OSC (ESC ] … BEL) and two-byte ESC sequences.
func stripControls(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != 0x1b {
			b.WriteByte(s[i])
			continue
		}
		if i++; i == len(s) {
			break
		}
		switch s[i] {
		case '[':
			for i++; i < len(s) && (s[i] < 0x40 || s[i] > 0x7e); i++ {
			}
		case ']':
			for i++; i < len(s) && s[i] != 0x07; i++ {
			}
		}
	}
	return b.String()
}

// waitFor waits until the output after offset from contains want.
func (term *terminal) waitFor(from int, want string) {
	term.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(term.output()[from:], want) {
		if time.Now().After(deadline) {
			term.t.Fatalf("no %q in the output:\n%s", want, term.output()[from:])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// send types keys and waits until statcalc has drawn its response and
// fallen quiet, so that the next keys arrive in a read of their own: go-
// prompt takes the bytes of one read for one key or for typed text
// (statcalc splits them only at line breaks).
func (term *terminal) send(keys string) {
	term.t.Helper()
	from := len(term.output())
	if _, err := term.master.WriteString(keys); err != nil {
		term.t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	last, since := from, time.Now()
	for {
		time.Sleep(5 * time.Millisecond)
		n := len(term.output())
		switch {
		case n != last:
			last, since = n, time.Now()
		case n > from && time.Since(since) > 50*time.Millisecond:
			return
		case time.Now().After(deadline):
			term.t.Fatalf("no response to %q; output:\n%s", keys, term.output()[from:])
		}
	}
}

// enter types line and Enter at once, as a paste or fast typing does.
func (term *terminal) enter(line string) {
	term.t.Helper()
	term.send(line + "\r")
}

// termios returns the terminal's current settings.
func (term *terminal) termios() *unix.Termios {
	term.t.Helper()
	tio, err := unix.IoctlGetTermios(int(term.slave.Fd()), unix.TCGETS)
	if err != nil {
		term.t.Fatal(err)
	}
	return tio
}

// checkRaw checks that go-prompt has changed the terminal's settings, so
// that a later comparison with the saved settings can fail.
func (term *terminal) checkRaw() {
	term.t.Helper()
	if tio := term.termios(); *tio == *term.before || tio.Lflag&unix.ICANON != 0 {
		term.t.Fatalf("terminal not in raw mode at the prompt: lflag %#x", tio.Lflag)
	}
}

// wait waits for statcalc to end and checks that it restored the
// terminal's settings.
func (term *terminal) wait() *os.ProcessState {
	term.t.Helper()
	done := make(chan struct{})
	go func() { term.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		term.t.Fatalf("statcalc did not end; output:\n%s", term.output())
	}
	if after := term.termios(); *after != *term.before {
		term.t.Errorf("terminal settings not restored:\nbefore %+v\nafter  %+v", *term.before, *after)
	}
	return term.cmd.ProcessState
}

// batch runs the line src through statcalc as a batch on standard input
// and returns its standard output and error.
func batch(t *testing.T, bin, src string) (stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	cmd := exec.Command(bin)
	cmd.Stdin = strings.NewReader(src + "\n")
	cmd.Stdout, cmd.Stderr = &o, &e
	cmd.Run() // a failed statement exits 1
	return o.String(), e.String()
}

func TestInteractive(t *testing.T) {
	bin := buildStatcalc(t)
	histPath := filepath.Join(t.TempDir(), "history")
	const hellinger = "hellinger(N(0, 1), N(1, 2))"
	wantHellinger, _ := batch(t, bin, hellinger)
	if strings.TrimSpace(wantHellinger) == "" {
		t.Fatalf("statcalc printed nothing for %q", hellinger)
	}

	t.Run("quit", func(t *testing.T) {
		term := startTerminal(t, bin, histPath)
		term.waitFor(0, welcome+"\n")
		term.waitFor(0, mainPrefix)
		term.checkRaw()
		term.send("x = 2") // keys typed one read at a time
		term.send("\r")
		from := len(term.output())
		term.enter("x^10")
		term.waitFor(from, "\n1024\n")

		// Completion: hell, Tab, then the arguments; the completed name
		// is inserted when the next key arrives.
		from = len(term.output())
		term.send("hell")
		term.waitFor(from, "hellinger(p, q)") // the menu shows the signature
		term.send("\t")
		term.enter("(N(0, 1), N(1, 2))")
		term.waitFor(from, "\n"+wantHellinger)

		term.enter(":quit")
		if st := term.wait(); st.ExitCode() != 0 {
			t.Errorf("exit status %v after :quit", st)
		}
		data, err := os.ReadFile(histPath)
		if err != nil {
			t.Fatal(err)
		}
		if want := "x = 2\nx^10\n" + hellinger + "\n:quit\n"; string(data) != want {
			t.Errorf("history file:\n%s\nwant:\n%s", data, want)
		}
	})

	t.Run("ctrl-d", func(t *testing.T) {
		term := startTerminal(t, bin, histPath)
		term.waitFor(0, mainPrefix)

		// The previous session's history: Up twice recalls the hellinger line.
		from := len(term.output())
		term.send("\x1b[A")
		term.send("\x1b[A")
		term.send("\r")
		term.waitFor(from, "\n"+wantHellinger)

		// An entry with open brackets continues on the next line.
		term.enter("y = [1,")
		term.waitFor(from, continuationPrefix)
		term.enter("2]")
		from = len(term.output())
		term.enter("dot(y, y)")
		term.waitFor(from, "\n5\n")

		// Ctrl-C abandons an unfinished entry.
		term.enter("z = (1 +")
		term.send("\x03")
		from = len(term.output())
		term.enter("7*6")
		term.waitFor(from, "\n42\n")

		// An error prints as in a batch, and the session goes on.
		_, wantErr := batch(t, bin, "1/")
		wantErr = strings.TrimPrefix(wantErr, "stdin:")
		if wantErr == "" {
			t.Fatal(`statcalc reported no error for "1/"`)
		}
		from = len(term.output())
		term.enter("1/")
		term.waitFor(from, wantErr)
		term.enter("2+2")
		term.waitFor(from, "\n4\n")

		term.send("\x04")
		if st := term.wait(); st.ExitCode() != 0 {
			t.Errorf("exit status %v after Ctrl-D", st)
		}
	})

	checkKilled := func(t *testing.T, st *os.ProcessState, sig syscall.Signal) {
		t.Helper()
		if ws, ok := st.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != sig {
			t.Errorf("exit status %v, want killed by %v", st, sig)
		}
	}
	// A signal at the prompt, where go-prompt holds the terminal in raw mode.
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT} {
		t.Run("prompt/"+sig.String(), func(t *testing.T) {
			term := startTerminal(t, bin, histPath)
			term.waitFor(0, mainPrefix)
			term.send("x = ")
			term.checkRaw()
			if err := term.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			checkKilled(t, term.wait(), sig)
		})
	}
	// Ctrl-C interrupts any long statement, here a series of 10⁹ terms
	// inside a :load, and the statements after it in the file do not run.
	t.Run("computing/interrupt-load", func(t *testing.T) {
		script := filepath.Join(t.TempDir(), "long.sc")
		if err := os.WriteFile(script, []byte("a = 1\neig(I(2000))\nb = 2\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		term := startTerminal(t, bin, histPath)
		term.waitFor(0, mainPrefix)
		term.enter(":load " + script)
		time.Sleep(300 * time.Millisecond)
		if _, err := term.master.WriteString("\x03"); err != nil {
			t.Fatal(err)
		}
		term.waitFor(0, "long.sc:2:1: interrupted")
		from := len(term.output())
		term.enter(":vars")
		term.waitFor(from, "a = 1")
		if strings.Contains(term.output()[from:], "b = 2") {
			t.Error("the statement after the interrupted one ran")
		}
		term.send("\x04")
		term.wait()
	})
	// Ctrl-C interrupts a long Monte-Carlo estimate and the session goes on.
	t.Run("computing/interrupt-mc", func(t *testing.T) {
		term := startTerminal(t, bin, histPath)
		term.waitFor(0, mainPrefix)
		term.enter("mc kl(N(0, 1), N(1, 2)) n=100000000")
		time.Sleep(300 * time.Millisecond)
		if _, err := term.master.WriteString("\x03"); err != nil {
			t.Fatal(err)
		}
		term.waitFor(0, "interrupted")
		from := len(term.output())
		term.enter("1 + 1")
		term.waitFor(from, "\n2\n")
		term.send("\x04")
		term.wait()
	})
	// A signal while a statement runs: the terminal has its original
	// settings, and the signal ends statcalc.
	t.Run("computing/SIGTERM", func(t *testing.T) {
		term := startTerminal(t, bin, histPath)
		term.waitFor(0, mainPrefix)
		term.checkRaw()
		term.enter("mc kl(N(0, 1), N(1, 2)) n=100000000")
		time.Sleep(300 * time.Millisecond)
		if tio := term.termios(); *tio != *term.before {
			t.Errorf("a statement runs with the prompt's terminal settings (lflag %#x), not the original ones (%#x)", tio.Lflag, term.before.Lflag)
		}
		if err := term.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		checkKilled(t, term.wait(), syscall.SIGTERM)
	})
	// SIGQUIT, at the prompt or as Ctrl-\ while a statement runs, ends
	// statcalc quietly: the terminal restored and no goroutine dump.
	checkQuiet := func(t *testing.T, term *terminal) {
		t.Helper()
		st := term.wait()
		if st.ExitCode() != 128+int(syscall.SIGQUIT) {
			t.Errorf("exit status %v after SIGQUIT, want %d", st, 128+int(syscall.SIGQUIT))
		}
		time.Sleep(50 * time.Millisecond)
		if out := term.output(); strings.Contains(out, "goroutine") || strings.Contains(out, "SIGQUIT") {
			t.Errorf("SIGQUIT printed a dump:\n%s", out)
		}
	}
	t.Run("prompt/SIGQUIT", func(t *testing.T) {
		term := startTerminal(t, bin, histPath)
		term.waitFor(0, mainPrefix)
		term.send("x = ")
		term.checkRaw()
		if err := term.cmd.Process.Signal(syscall.SIGQUIT); err != nil {
			t.Fatal(err)
		}
		checkQuiet(t, term)
	})
	t.Run("computing/SIGQUIT", func(t *testing.T) {
		term := startTerminal(t, bin, histPath)
		term.waitFor(0, mainPrefix)
		term.enter("mc kl(N(0, 1), N(1, 2)) n=100000000")
		time.Sleep(300 * time.Millisecond)
		if _, err := term.master.WriteString("\x1c"); err != nil { // Ctrl-\
			t.Fatal(err)
		}
		checkQuiet(t, term)
	})

	// A statement typed over several lines is one history entry.
	t.Run("history/multiline", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "history")
		term := startTerminal(t, bin, path)
		term.waitFor(0, mainPrefix)
		term.enter("S = [[2, 1],")
		term.enter("  [1, 2]]")
		from := len(term.output())
		term.enter("det(S)")
		term.waitFor(from, "\n3\n")
		term.send("\x04")
		term.wait()
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if want := "S = [[2, 1],\n\t  [1, 2]]\ndet(S)\n"; string(data) != want {
			t.Errorf("history file %q, want %q", data, want)
		}

		// The next session recalls it as one line.
		term = startTerminal(t, bin, path)
		term.waitFor(0, mainPrefix)
		term.send("\x1b[A")
		term.send("\x1b[A")
		from = len(term.output())
		term.send("\r")
		term.enter("S")
		term.waitFor(from, "[ 2  1 ]")
		term.send("\x04")
		term.wait()
	})
}
