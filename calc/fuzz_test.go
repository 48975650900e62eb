package calc_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"statcalc/calc"
)

// FuzzRun runs arbitrary input through a session: nothing may panic (an
// "internal error" is a recovered panic), hang, or lose the variables.
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*.sc")
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line != "" && !strings.HasPrefix(line, "\t") && !strings.HasPrefix(line, ":load") {
				f.Add(line)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		if strings.Contains(src, ":load") || strings.Contains(src, "read_matrix") || strings.Contains(src, "plot") {
			return // no file access from fuzzed input
		}
		var out bytes.Buffer
		s := calc.NewSession(&out, &out)
		s.Run("", "keep = 42", 1)
		start := time.Now()
		s.Run("", src, 1)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("input took %v: %q", d, src)
		}
		if strings.Contains(out.String(), "internal error") {
			t.Errorf("input %q: %s", src, out.String())
		}
		if strings.Contains(src, "keep") || strings.Contains(src, ":clear") || s.Quit() {
			return
		}
		out.Reset()
		s.Run("", ":format plain; :precision 0; :digits 10", 1)
		s.Run("", "keep", 1)
		if got := strings.TrimSpace(out.String()); got != "42" {
			t.Errorf("after %q the variable keep is %q", src, got)
		}
	})
}
