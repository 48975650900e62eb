package repl

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressDelay is how long a run goes before its progress bar appears,
// and progressEvery how often the bar is redrawn.
const (
	progressDelay = 500 * time.Millisecond
	progressEvery = 100 * time.Millisecond
)

// ProgressBar returns a callback for calc.Session.MCProgress that draws a
// bar on w (a terminal) for runs longer than half a second: done of total
// draws, redrawn at most ten times a second; done < 0 ends the run and
// clears the bar.
func ProgressBar(w io.Writer) func(done, total int) {
	var start, last time.Time
	shown := false
	return func(done, total int) {
		now := time.Now()
		if done < 0 {
			if shown {
				fmt.Fprint(w, "\r\033[K")
			}
			start, shown = time.Time{}, false
			return
		}
		if start.IsZero() {
			start, last = now, now
		}
		if now.Sub(start) < progressDelay || now.Sub(last) < progressEvery && done < total {
			return
		}
		last, shown = now, true
		fmt.Fprint(w, "\r\033[K"+progressLine(done, total, now.Sub(start)))
	}
}

// progressLine is the text of the bar: a 30-cell bar, the percentage, the
// draws done and the estimated time left.
func progressLine(done, total int, elapsed time.Duration) string {
	const cells = 30
	f := float64(done) / float64(max(total, 1))
	full := int(f * cells)
	left := "?"
	if done > 0 {
		left = (time.Duration(float64(elapsed)/f) - elapsed).Round(time.Second).String()
	}
	return fmt.Sprintf("mc [%s%s] %3.0f%% %d/%d draws, %s left (Ctrl-C keeps the estimate so far)",
		strings.Repeat("#", full), strings.Repeat(".", cells-full), 100*f, done, total, left)
}
