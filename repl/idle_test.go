//go:build linux

package repl

import (
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestSetupWaitsForInput checks that an idle prompt waits in Setup, off
// the CPU, until a key arrives, and that the key is then read.
func TestSetupWaitsForInput(t *testing.T) {
	master, slave := openPTY(t)
	defer master.Close()
	defer slave.Close()
	fd := int(slave.Fd())
	saved, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	in := newTerminalInput(fd, saved)
	defer in.TearDown()
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
