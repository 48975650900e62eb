// Package repl runs statcalc sessions: batch input from files, pipes and
// -e strings through a plain line reader, and interactive input from a
// terminal through go-prompt.
package repl

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"unsafe"

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
// megabytes costs its size in memory and time, once. From a regular file
// a line longer than the read buffer is measured first and then read
// into a buffer of its size, so that a matrix of megabytes on one line is
// held once, not in a buffer that doubles as it fills.
func RunBatch(s *calc.Session, name string, r io.Reader) (failed int) {
	in := newLineReader(r, 64<<10)
	var chunk []byte
	var brackets parser.Brackets
	start, line := 1, 0
	flush := func() {
		if len(chunk) > 0 {
			// The session alone holds the text from here on, and lets go
			// of it when done; chunk is never written again.
			src := unsafe.String(unsafe.SliceData(chunk), len(chunk))
			chunk = nil
			brackets.Reset()
			failed += s.Run(name, src, start)
		}
	}
	for {
		if len(chunk) == 0 {
			start = line + 1
		}
		before := len(chunk)
		more, err := in.appendLine(&chunk)
		if err == errLineTooLong {
			line++
			s.Errorf("%s:%d: line longer than %d MiB ignored, with the statement it is part of", name, line, maxLine>>20)
			failed++
			chunk = nil
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
		// A view of the line just read: the bytes of chunk up to its
		// length are never written again.
		text := unsafe.String(unsafe.SliceData(chunk[before:]), len(chunk)-before)
		chunk = grow(chunk, 1)
		chunk = append(chunk, '\n')
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

// lineReader reads lines through a buffer and, from a regular file, reads
// a line longer than the buffer a second time straight into its place.
type lineReader struct {
	in  *bufio.Reader
	at  io.ReaderAt // the input again, or nil
	off int64       // the offset in at of the next byte of in
}

// newLineReader reads r through a buffer of size bytes.
func newLineReader(r io.Reader, size int) *lineReader {
	lr := &lineReader{in: bufio.NewReaderSize(r, size)}
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			if off, err := f.Seek(0, io.SeekCurrent); err == nil {
				lr.at, lr.off = f, off
			}
		}
	}
	return lr
}

// grow returns b with room for n more bytes, doubling its capacity when
// it must grow (append would add only a quarter to a large slice, and so
// copy a long statement five times on average instead of twice).
func grow(b []byte, n int) []byte {
	if cap(b)-len(b) >= n {
		return b
	}
	out := make([]byte, len(b), max(2*cap(b), len(b)+n))
	copy(out, b)
	return out
}

// appendLine appends the next line to *b without its line end ("\n" or
// "\r\n"). more is false at the end of the input; a line longer than
// maxLine is read to its end and gives errLineTooLong, with *b holding
// part of it.
func (lr *lineReader) appendLine(b *[]byte) (more bool, err error) {
	n, cr := 0, false // bytes of the line so far; a '\r' held back
	lineStart := lr.off
	for {
		frag, err := lr.in.ReadSlice('\n')
		lr.off += int64(len(frag))
		if len(frag) > 0 {
			more = true
		}
		if err == bufio.ErrBufferFull && n == 0 && lr.at != nil {
			return lr.appendLong(b, lineStart, frag)
		}
		final := err != bufio.ErrBufferFull // the line ends with this fragment
		if err == nil {
			frag = frag[:len(frag)-1]
		}
		if cr && (!final || len(frag) > 0) {
			*b = append(grow(*b, 1), '\r') // not the '\r' of a line end
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
				lr.skipLine()
			}
			return true, errLineTooLong
		}
		*b = append(grow(*b, len(frag)), frag...)
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

// appendLong reads the rest of a line that starts at offset start with
// first, measuring it, and then reads the line again from lr.at into *b,
// which grows by exactly its length and a line end.
func (lr *lineReader) appendLong(b *[]byte, start int64, first []byte) (bool, error) {
	size, last := len(first), first[len(first)-1] // bytes so far; the last of them
	var before byte                               // the byte before last
	if len(first) > 1 {
		before = first[len(first)-2]
	}
	for {
		frag, err := lr.in.ReadSlice('\n')
		lr.off += int64(len(frag))
		size += len(frag)
		if len(frag) > 1 {
			before, last = frag[len(frag)-2], frag[len(frag)-1]
		} else if len(frag) == 1 {
			before, last = last, frag[0]
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return true, fmt.Errorf("reading: %w", err)
		}
		break
	}
	// The line without its line end; a final '\r' goes as in appendLine.
	n := size
	if last == '\n' {
		n--
		last = before
	}
	if n > 0 && last == '\r' {
		n--
	}
	if n > maxLine {
		return true, errLineTooLong
	}
	*b = grow(*b, n+1) // and the '\n' that RunBatch puts after it
	k, err := lr.at.ReadAt((*b)[len(*b):len(*b)+n], start)
	if k < n {
		return true, fmt.Errorf("reading: the file changed while it was read (%v)", err)
	}
	*b = (*b)[:len(*b)+n]
	return true, nil
}

// skipLine reads the rest of the current line.
func (lr *lineReader) skipLine() {
	for {
		frag, err := lr.in.ReadSlice('\n')
		lr.off += int64(len(frag))
		if err != bufio.ErrBufferFull {
			return
		}
	}
}
