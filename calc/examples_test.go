package calc_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"statcalc/calc"
)

// TestExamples runs every batch file of examples/ as a user would: each
// statement must succeed and every check must pass.
func TestExamples(t *testing.T) {
	files, err := filepath.Glob("../examples/*.sc")
	if err != nil || len(files) < 7 {
		t.Fatalf("examples missing (%d found): %v", len(files), err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			if testing.Short() && filepath.Base(path) == "tour.sc" {
				t.Skip("the tour's Monte-Carlo estimates take a while")
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			s := calc.NewSession(&buf, &buf)
			if failed := s.Run(path, string(src), 1); failed > 0 {
				t.Errorf("%d statements failed:\n%s", failed, buf.String())
			}
			if !bytes.Contains(buf.Bytes(), []byte("ok")) {
				t.Errorf("no check ran:\n%s", buf.String())
			}
		})
	}
}
