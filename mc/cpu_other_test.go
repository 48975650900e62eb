//go:build !unix

package mc

import "time"

// cpuTime is unavailable here: the benchmarks report wall time only.
func cpuTime() time.Duration { return 0 }
