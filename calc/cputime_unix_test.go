//go:build unix

package calc

import (
	"syscall"
	"time"
)

// processCPU returns the user and system CPU time of the process so far
// (all threads, the garbage collector's included).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
