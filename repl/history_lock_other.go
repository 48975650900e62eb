//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd)

package repl

import (
	"os"
	"time"
)

// Without flock, appends take no lock and the file is never trimmed (a
// trim could lose an entry another session appends meanwhile); loading
// reads only the file's tail, so its size does not slow a session down.

func lockShared(*os.File, time.Duration) bool { return false }

func lockExclusive(*os.File) bool { return false }

func unlock(*os.File) {}
