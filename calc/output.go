package calc

import (
	"fmt"
	"io"
)

// errWriter passes writes on and keeps the first error, so that output lost
// to a full disk or a closed pipe is reported instead of ignored.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}

// WriteErr returns the first error met writing results or messages, or nil.
func (s *Session) WriteErr() error {
	if s.out.err != nil {
		return s.out.err
	}
	return s.errOut.err
}

// checkOutput reports, once, that results could not be written; it
// returns 1 the first time, so that the run counts as failed.
func (s *Session) checkOutput() int {
	err := s.WriteErr()
	if err == nil || s.outputReported {
		return 0
	}
	s.outputReported = true
	// Standard error may still work when standard output does not.
	fmt.Fprintf(s.errOut, "statcalc: results could not be written: %v\n", err)
	return 1
}
