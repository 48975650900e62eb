//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd)

package repl

import (
	"bufio"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"statcalc/calc"
	"statcalc/parser"
)

// Interactive runs a session on the console: a prompt before each line,
// the console's own line editing, and the history file kept as on other
// systems (the lines are saved; recalling them is the console's). Ctrl-C
// while a statement runs asks it to stop. An entry whose brackets are
// still open continues on the next line.
func Interactive(s *calc.Session) error {
	hist, _ := openHistory(os.Stderr)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	go func() {
		for range sigs {
			s.Interrupt()
		}
	}()

	fmt.Fprintln(os.Stderr, "statcalc — type :help for help, :quit or the console's end of input (Ctrl-Z Enter on Windows) to quit")
	in := bufio.NewReader(os.Stdin)
	var entry strings.Builder
	var open parser.Brackets
	for !s.Quit() {
		prefix := mainPrefix
		if entry.Len() > 0 {
			prefix = continuationPrefix
		}
		fmt.Fprint(os.Stderr, prefix)
		line, err := readLine(in, maxLine)
		if err == errLineTooLong {
			s.Errorf("statcalc: line longer than %d MiB ignored", maxLine>>20)
			entry.Reset()
			open.Reset()
			continue
		}
		if err != nil && line == "" {
			if entry.Len() > 0 {
				s.Run("", entry.String(), 1)
			}
			fmt.Fprintln(os.Stderr)
			return nil
		}
		line = strings.TrimRight(line, "\r")
		entry.WriteString(line)
		entry.WriteByte('\n')
		if open.Feed(line) {
			continue
		}
		src := entry.String()
		entry.Reset()
		open.Reset()
		if strings.TrimSpace(src) == "" {
			continue
		}
		hist.add(src)
		s.Run("", src, 1)
	}
	return nil
}
