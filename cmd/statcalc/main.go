// Command statcalc is a calculator for the statistics of distribution
// distances.
//
//	statcalc                    interactive session on a terminal; batch on a pipe
//	statcalc file.sc …          run files; exit 1 if any statement or check failed
//	statcalc -e 'kl(p, q)' …    run statements given on the command line
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"statcalc/calc"
	"statcalc/repl"
)

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, "; ") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func main() {
	os.Exit(run())
}

func run() int {
	var exprs multiFlag
	flag.Var(&exprs, "e", "run the `statement`s (may repeat; ';' separates statements)")
	format := flag.String("format", "plain", "output `format`: plain, latex or json (JSON Lines)")
	failFast := flag.Bool("fail-fast", false, "stop at the first error or failed check")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: statcalc [flags] [file.sc …]\n\n"+
			"With no file and no -e, statcalc reads statements from standard input:\n"+
			"interactively on a terminal, as a batch otherwise.\n\nflags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	s := calc.NewSession(os.Stdout, os.Stderr)
	if err := s.SetFormat(*format); err != nil {
		fmt.Fprintln(os.Stderr, "statcalc:", err)
		return 2
	}
	s.FailFast = *failFast

	failed := 0
	switch {
	case len(exprs) > 0 || flag.NArg() > 0:
		for i, e := range exprs {
			failed += s.Run("-e", e, i+1)
			if s.Quit() || failed > 0 && s.FailFast {
				break
			}
		}
		for _, name := range flag.Args() {
			if s.Quit() || failed > 0 && s.FailFast {
				break
			}
			f, err := os.Open(name)
			if err != nil {
				s.Errorf("statcalc: %v", err)
				failed++
				continue
			}
			s.SetPlotDir(filepath.Dir(name)) // plots without file= go beside the script
			failed += repl.RunBatch(s, name, f)
			f.Close()
		}
	case term.IsTerminal(int(os.Stdin.Fd())):
		if err := repl.Interactive(s); err != nil {
			fmt.Fprintln(os.Stderr, "statcalc:", err)
			return 1
		}
		return 0
	default:
		failed = repl.RunBatch(s, "stdin", os.Stdin)
	}
	if failed > 0 {
		return 1
	}
	return 0
}
