// Package examples_test runs the example batch files: every statement of
// examples/textbook must pass, and in examples/errata exactly the
// statements marked "# as published" must fail, each as a failed check.
package examples_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"statcalc/calc"
)

// run runs one batch file and returns the lines of its failed statements
// with their messages.
func run(t *testing.T, path string) map[int]string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	s := calc.NewSession(&out, &errs)
	failed := s.Run(path, string(src), 1)
	at := regexp.MustCompile(`^` + regexp.QuoteMeta(path) + `:(\d+):\d+: (.*)$`)
	got := map[int]string{}
	for _, l := range strings.Split(errs.String(), "\n") {
		if m := at.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[1])
			got[n] = m[2]
		}
	}
	if len(got) != failed {
		t.Errorf("%s: %d failures counted, %d reported:\n%s", path, failed, len(got), errs.String())
	}
	return got
}

func files(t *testing.T, dir string) []string {
	paths, err := filepath.Glob(filepath.Join(dir, "*.sc"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples in %s (%v)", dir, err)
	}
	return paths
}

func TestTextbook(t *testing.T) {
	for _, path := range files(t, "textbook") {
		for line, msg := range run(t, path) {
			t.Errorf("%s:%d: %s", path, line, msg)
		}
	}
}

func TestErrata(t *testing.T) {
	for _, path := range files(t, "errata") {
		src, _ := os.ReadFile(path)
		var want []int
		for i, l := range strings.Split(string(src), "\n") {
			if strings.Contains(l, "# as published") && !strings.HasPrefix(l, "#") {
				want = append(want, i+1)
			}
		}
		if len(want) == 0 {
			t.Errorf("%s: no statement marked # as published", path)
		}
		if !strings.Contains(string(src), "https://github.com/") {
			t.Errorf("%s: cite the tracker thread", path)
		}
		got := run(t, path)
		var lines []int
		for l := range got {
			lines = append(lines, l)
		}
		sort.Ints(lines)
		if !equal(lines, want) {
			t.Errorf("%s: failures at lines %v, want exactly %v\n%v", path, lines, want, got)
		}
		for _, l := range lines {
			if !strings.HasPrefix(got[l], "check failed") {
				t.Errorf("%s:%d: want a failed check with its counterexample, got %s", path, l, got[l])
			}
		}
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
