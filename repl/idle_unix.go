//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package repl

import (
	"golang.org/x/sys/unix"
)

// waitReadable blocks until fd has input to read, or reports why it
// cannot wait.
func waitReadable(fd int) error {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	for {
		if _, err := unix.Poll(fds, -1); err != unix.EINTR {
			return err
		}
	}
}

// readWait is how long Read waits for input before it lets go-prompt's
// reader look at its stop channel: go-prompt stops its reader with an
// unbuffered send after a line or Ctrl-D, so a Read that never returned
// would block the prompt. After an Enter, Read returns at once; after a
// Ctrl-D it waits only stopWait, so that the session ends promptly.
// Between keys in the middle of a line the reader then wakes every 2 s.
const (
	readWait = 2000 // milliseconds
	stopWait = 10
)

// waitReadableFor is waitReadable for at most ms milliseconds.
func waitReadableFor(fd int, ms int) {
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	unix.Poll(fds, ms)
}
