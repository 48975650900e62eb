//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package repl

import (
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// lockShared takes a shared advisory lock (flock) on f, waiting at most
// wait for a trim to finish; it reports whether it has the lock.
func lockShared(f *os.File, wait time.Duration) bool {
	deadline := time.Now().Add(wait)
	for {
		err := unix.Flock(int(f.Fd()), unix.LOCK_SH|unix.LOCK_NB)
		if err == nil {
			return true
		}
		if err != unix.EWOULDBLOCK && err != unix.EINTR || time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// lockExclusive takes an exclusive advisory lock on f if no one holds
// one, without waiting.
func lockExclusive(f *os.File) bool {
	return unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB) == nil
}

func unlock(f *os.File) { unix.Flock(int(f.Fd()), unix.LOCK_UN) }
