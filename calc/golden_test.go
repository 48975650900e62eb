package calc_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"statcalc/calc"
	"statcalc/parser"
)

var update = flag.Bool("update", false, "rewrite the golden transcripts with the current output")

// A transcript is a sequence of examples: statement lines at the left
// margin, each followed by its expected output indented by one tab.
// Errors appear in the output as the user sees them. Lines starting
// with # at the margin are comments. In files ending _fail.sc every
// line is one example, and every example but a command must fail;
// elsewhere none may.
type example struct {
	before string // comment and blank lines before the example
	line   int    // line of the statement in the transcript
	input  string
	output string
}

func readTranscript(t *testing.T, path string, oneLine bool) []example {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var exs []example
	var before strings.Builder
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l == "" || strings.HasPrefix(l, "#") {
			before.WriteString(l + "\n")
			continue
		}
		if strings.HasPrefix(l, "\t") {
			t.Fatalf("%s:%d: output with no statement before it", path, i+1)
		}
		ex := example{before: before.String(), line: i + 1, input: l}
		before.Reset()
		for !oneLine && parser.Incomplete(ex.input) && i+1 < len(lines) && !strings.HasPrefix(lines[i+1], "\t") {
			i++
			ex.input += "\n" + lines[i]
		}
		var out []string
		for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "\t") {
			i++
			out = append(out, lines[i][1:])
		}
		ex.output = strings.Join(out, "\n")
		exs = append(exs, ex)
	}
	return exs
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.sc")
	if err != nil || len(files) == 0 {
		t.Fatalf("no transcripts found: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			fail := strings.HasSuffix(path, "_fail.sc")
			exs := readTranscript(t, path, fail)
			var buf bytes.Buffer
			s := calc.NewSession(&buf, &buf)
			var b strings.Builder
			for _, ex := range exs {
				buf.Reset()
				failed := s.Run("", ex.input, ex.line)
				got := strings.TrimRight(buf.String(), "\n")
				if *update {
					b.WriteString(ex.before + ex.input + "\n")
					for _, l := range strings.Split(got, "\n") {
						if got != "" {
							b.WriteString("\t" + l + "\n")
						}
					}
					continue
				}
				if got != ex.output {
					t.Errorf("%s:%d: %s\ngot:\n%s\nwant:\n%s", path, ex.line, ex.input, indent(got), indent(ex.output))
				}
				if fail && failed == 0 && !strings.HasPrefix(ex.input, ":") {
					t.Errorf("%s:%d: %s: expected an error", path, ex.line, ex.input)
				}
				if !fail && failed > 0 {
					t.Errorf("%s:%d: %s: unexpected failure", path, ex.line, ex.input)
				}
			}
			if *update {
				if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func indent(s string) string { return "\t" + strings.ReplaceAll(s, "\n", "\n\t") }
