//go:build unix

package mc

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, user and system, over
// all its threads.
func cpuTime() time.Duration {
	var r syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &r) != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
