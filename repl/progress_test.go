package repl

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	got := progressLine(50, 200, 2*time.Second)
	want := "mc [#######.......................]  25% 50/200 draws, 6s left (Ctrl-C keeps the estimate so far)"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// A short run draws nothing; a long one draws the bar and clears it at
// its end.
func TestProgressBarDelay(t *testing.T) {
	var buf bytes.Buffer
	bar := ProgressBar(&buf)
	bar(10, 100)
	bar(100, 100)
	bar(-1, 100)
	if buf.Len() != 0 {
		t.Errorf("a short run printed %q", buf.String())
	}
	bar(10, 100)
	time.Sleep(progressDelay + 10*time.Millisecond)
	bar(50, 100)
	bar(-1, 100)
	if out := buf.String(); !strings.Contains(out, " 50%") || !strings.HasSuffix(out, "\r\033[K") {
		t.Errorf("a long run printed %q", out)
	}
}
