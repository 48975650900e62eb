// Command statcalc is a calculator for the statistics of distribution
// distances.
//
//	statcalc                    interactive session on a terminal; batch on a pipe
//	statcalc file.sc …          run files; exit 1 if any statement or check failed
//	statcalc -e 'kl(p, q)' …    run statements given on the command line
//	statcalc --against v.jsonl script.sc
//	                            run script.sc, then count the correct digits
//	                            of another library's values in v.jsonl
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

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
	against := flag.String("against", "", "after the files and -e statements, referee another library's values in `FILE.jsonl` ({\"input\": \"…\", \"value\": …} per line): how many digits of each are correct")
	timeout := flag.Duration("timeout", time.Minute, "time budget of each statement of a batch run (0: none); a statement that outruns it fails")
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
	if term.IsTerminal(int(os.Stderr.Fd())) {
		s.MCProgress = repl.ProgressBar(os.Stderr)
	}

	failed := 0
	interactive := len(exprs) == 0 && flag.NArg() == 0 && *against == "" && term.IsTerminal(int(os.Stdin.Fd()))
	if !interactive && *timeout > 0 {
		s.Timeout = *timeout
		go watchdog(s, *timeout)
	}
	switch {
	case len(exprs) > 0 || flag.NArg() > 0 || *against != "":
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
		if *against != "" && !s.Quit() {
			failed += runAgainst(s, *against)
		}
	case term.IsTerminal(int(os.Stdin.Fd())):
		if err := repl.Interactive(s); err != nil {
			fmt.Fprintln(os.Stderr, "statcalc:", err)
			return 1
		}
		if s.WriteErr() != nil {
			return 1 // already reported
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

// runAgainst referees the values in the file name.
func runAgainst(s *calc.Session, name string) int {
	f, err := os.Open(name)
	if err != nil {
		s.Errorf("statcalc: %v", err)
		return 1
	}
	defer f.Close()
	return s.RunAgainst(name, f)
}

// watchdog ends the process when a statement outlives its time budget by
// a grace period: a computation that polls the budget has stopped by
// then, so this one is stuck in code that cannot be interrupted.
func watchdog(s *calc.Session, budget time.Duration) {
	grace := max(budget/2, 5*time.Second)
	for range time.Tick(250 * time.Millisecond) {
		r := s.Running()
		if r == nil || time.Since(r.Start) < budget+grace {
			continue
		}
		loc := fmt.Sprintf("%d:%d", r.Pos.Line, r.Pos.Col)
		if r.Source != "" {
			loc = r.Source + ":" + loc
		}
		s.Errorf("%s: stopped: the statement ran longer than its time budget of %v and could not be interrupted; statcalc ends", loc, budget)
		os.Exit(1)
	}
}
