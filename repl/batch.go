// Package repl runs statcalc sessions: batch input from files, pipes and
// -e strings through a plain line reader, and interactive input from a
// terminal through go-prompt.
package repl

import (
	"bufio"
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
func RunBatch(s *calc.Session, name string, r io.Reader) (failed int) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	var chunk strings.Builder
	var brackets parser.Brackets
	start, line := 1, 0
	flush := func() {
		if chunk.Len() > 0 {
			failed += s.Run(name, chunk.String(), start)
			chunk.Reset()
			brackets.Reset()
		}
	}
	for sc.Scan() {
		line++
		if chunk.Len() == 0 {
			start = line
		}
		text := sc.Text()
		chunk.WriteString(text)
		chunk.WriteByte('\n')
		if !brackets.Feed(text) {
			flush()
		}
		if s.Quit() || failed > 0 && s.FailFast {
			return failed
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		s.Errorf("%s: %v", name, err)
		failed++
	}
	return failed
}
