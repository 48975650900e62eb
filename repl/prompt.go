package repl

import (
	"bufio"
	"errors"
	"strings"
)

const (
	mainPrefix         = "statcalc> "
	continuationPrefix = "      ... "
	welcome            = "statcalc — type :help for help, Ctrl-D to quit"
)

// errLineTooLong reports a line longer than readLine's limit.
var errLineTooLong = errors.New("line too long")

// readLine reads one line without its line break. A line longer than
// limit bytes is read to its end and dropped, with errLineTooLong.
func readLine(r *bufio.Reader, limit int) (string, error) {
	var b strings.Builder
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong && b.Len()+len(chunk) <= limit+1 {
			b.Write(chunk)
		} else {
			tooLong = true
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		line := strings.TrimSuffix(b.String(), "\n")
		if tooLong || len(line) > limit {
			return "", errLineTooLong
		}
		return line, err
	}
}
