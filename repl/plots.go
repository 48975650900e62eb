package repl

import (
	"os"

	"golang.org/x/term"

	"statcalc/calc"
)

// Size of the text rendering of plots when the terminal's cannot be read.
const (
	defaultColumns = 80
	defaultLines   = 24
)

// textPlots makes the session print plots as text sized to the terminal
// that out is, measured anew at each plot so that a resized window
// counts; in colour unless out is no terminal or NO_COLOR is set.
func textPlots(s *calc.Session, out *os.File) {
	fd := int(out.Fd())
	s.SetTextPlots(func() (int, int) {
		if w, h, err := term.GetSize(fd); err == nil && w > 0 && h > 0 {
			return w, h
		}
		return defaultColumns, defaultLines
	}, term.IsTerminal(fd) && os.Getenv("NO_COLOR") == "")
}
