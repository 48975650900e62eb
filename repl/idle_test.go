//go:build linux

package repl

import (
	"os"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// ptyInput returns the master side of a new pseudo-terminal and a
// terminalInput on its other side; both close when the test ends.
func ptyInput(t *testing.T) (*os.File, *terminalInput) {
	master, slave := openPTY(t)
	t.Cleanup(func() { master.Close(); slave.Close() })
	fd := int(slave.Fd())
	saved, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	in := newTerminalInput(fd, saved)
	t.Cleanup(func() { in.TearDown() })
	return master, in
}

// TestSetupWaitsForInput checks that an idle prompt waits in Setup, off
// the CPU, until a key arrives, and that the key is then read.
func TestSetupWaitsForInput(t *testing.T) {
	master, in := ptyInput(t)
	drawn := make(chan bool, 2)
	in.idle = func() { drawn <- true }
	in.afterIdle = func() { drawn <- false }
	done := make(chan error, 1)
	go func() { done <- in.Setup() }()
	if !<-drawn {
		t.Fatal("afterIdle ran before idle")
	}
	select {
	case err := <-done:
		t.Fatalf("Setup returned before any input: %v", err)
	case <-time.After(100 * time.Millisecond):
	}
	if _, err := master.WriteString("k"); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if <-drawn {
		t.Fatal("idle ran twice")
	}
	b, err := in.Read()
	if err != nil || string(b) != "k" {
		t.Fatalf("Read = %q, %v; want \"k\"", b, err)
	}
}

// TestWaitKeyMidLine checks that, in the middle of a line, go-prompt's
// loop is held after it has drawn every key handed over until Read hands
// over the next, and is not held before its first drawing of a key, nor
// once Enter has been handed over.
func TestWaitKeyMidLine(t *testing.T) {
	master, in := ptyInput(t)
	if _, err := master.WriteString("k"); err != nil {
		t.Fatal(err)
	}
	if err := in.Setup(); err != nil {
		t.Fatal(err)
	}
	in.drawn = 1 // the line as it starts
	in.waitKey() // must return at once: go-prompt has not started its reader
	if b, err := in.Read(); err != nil || string(b) != "k" {
		t.Fatalf("Read = %q, %v; want \"k\"", b, err)
	}
	in.drawn = 2 // the line with "k"
	done := make(chan bool)
	go func() { in.waitKey(); done <- true }()
	select {
	case <-done:
		t.Fatal("waitKey returned with no key handed over")
	case <-time.After(100 * time.Millisecond):
	}
	if _, err := master.WriteString("l\r"); err != nil {
		t.Fatal(err)
	}
	if b, err := in.Read(); err != nil || string(b) != "l" {
		t.Fatalf("Read = %q, %v; want \"l\"", b, err)
	}
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("waitKey still waits after a key was handed over")
	}
	in.drawn = 3
	if b, err := in.Read(); err != nil || string(b) != "\r" {
		t.Fatalf("Read = %q, %v; want Enter", b, err)
	}
	in.waitKey() // the line is closed: must not wait
}
