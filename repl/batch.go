// Package repl runs statcalc sessions: batch input from files, pipes and
// -e strings through a plain line reader, and interactive input from a
// terminal through go-prompt.
package repl

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"statcalc/calc"
	"statcalc/parser"
)

// maxLine bounds one input line.
const maxLine = 64 << 20

// RunBatch executes every statement read from r and returns how many
// failed. A statement whose brackets are still open continues on the
// next line. name labels error positions.
//
// Lines are read straight into the statement being collected, and the
// brackets are counted once per line, so that a statement of many
// megabytes costs its size in memory and time, once.
func RunBatch(s *calc.Session, name string, r io.Reader) (failed int) {
	in := bufio.NewReaderSize(r, 64<<10)
	var chunk strings.Builder
	var brackets parser.Brackets
	start, line := 1, 0
	flush := func() {
		if chunk.Len() > 0 {
			// The builder lets go of the text first, so that the session
			// alone holds it and can drop it when done.
			src := chunk.String()
			chunk.Reset()
			brackets.Reset()
			failed += s.Run(name, src, start)
		}
	}
	for {
		if chunk.Len() == 0 {
			start = line + 1
		}
		before := chunk.Len()
		more, err := appendLine(&chunk, in)
		if err == errLineTooLong {
			line++
			s.Errorf("%s:%d: line longer than %d MiB ignored, with the statement it is part of", name, line, maxLine>>20)
			failed++
			chunk.Reset()
			brackets.Reset()
			continue
		}
		if err != nil {
			flush()
			s.Errorf("%s: %v", name, err)
			return failed + 1
		}
		if !more {
			break
		}
		line++
		text := chunk.String()[before:]
		chunk.WriteByte('\n')
		if !brackets.Feed(text) {
			flush()
		}
		if s.Quit() || failed > 0 && s.FailFast {
			return failed
		}
	}
	flush()
	return failed
}

// appendLine appends the next line of in to b without its line end ("\n"
// or "\r\n"). more is false at the end of the input; a line longer than
// maxLine is read to its end and gives errLineTooLong, with b holding part
// of it.
func appendLine(b *strings.Builder, in *bufio.Reader) (more bool, err error) {
	n, cr := 0, false // bytes of the line so far; a '\r' held back
	for {
		frag, err := in.ReadSlice('\n')
		if len(frag) > 0 {
			more = true
		}
		final := err != bufio.ErrBufferFull // the line ends with this fragment
		if err == nil {
			frag = frag[:len(frag)-1]
		}
		if cr && (!final || len(frag) > 0) {
			b.WriteByte('\r') // not the '\r' of a line end
		}
		cr = false
		if final {
			frag = bytes.TrimSuffix(frag, []byte{'\r'})
		} else if frag[len(frag)-1] == '\r' {
			frag, cr = frag[:len(frag)-1], true
		}
		n += len(frag)
		if n > maxLine {
			if !final {
				skipLine(in)
			}
			return true, errLineTooLong
		}
		if b.Cap()-b.Len() < len(frag) {
			// Grow doubles the capacity, where Write would add a quarter:
			// a long line is then copied twice on average, not five times.
			b.Grow(len(frag))
		}
		b.Write(frag)
		switch {
		case !final:
		case err == nil:
			return true, nil
		case err == io.EOF:
			return more, nil
		default:
			return more, fmt.Errorf("reading: %w", err)
		}
	}
}

// skipLine reads the rest of the current line.
func skipLine(in *bufio.Reader) {
	for {
		if _, err := in.ReadSlice('\n'); err != bufio.ErrBufferFull {
			return
		}
	}
}
