package sym

import "statcalc/stop"

// pollStop ends a long rewriting or differentiation early when the
// evaluator asks (Ctrl-C or a time budget); see package stop.
func pollStop() { stop.Check() }
