package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAgainst(t *testing.T) {
	bin := build(t)
	dir := t.TempDir()
	setup := filepath.Join(dir, "setup.sc")
	os.WriteFile(setup, []byte("p = N(0, 1)\nq = N(1, 2)\n"), 0o644)
	values := filepath.Join(dir, "theirs.jsonl")
	// KL(N(0,1) ‖ N(1,2)) = (log 2)/2 = 0.34657359027997265470861606072908828…
	os.WriteFile(values, []byte(`{"input": "kl(p, q)", "value": 0.3465735902799727}
{"input": "kl(p, q)", "value": 0.3466}
{"input": "log(2)", "value": "0.693147180559945309417232121458176568"}
`), 0o644)
	r := runStatcalc(t, bin, "", "--against", values, setup)
	for _, want := range []string{
		"theirs.jsonl:1: kl(p, q) = 0.3465735902799727: 15 correct digits",
		"theirs.jsonl:2: kl(p, q) = 0.3466: 4 correct digits",
		"theirs.jsonl:3: log(2) = 0.693147180559945309417232121458176568: 36 correct digits",
		"3 values judged: median 15 correct digits, worst 4 (line 2)",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s%s", want, r.stdout, r.stderr)
		}
	}
	if r.code != 0 {
		t.Errorf("exit %d, want 0: every line was judged\n%s", r.code, r.stderr)
	}
	os.WriteFile(values, []byte("{\"input\": \"kl(p, x)\", \"value\": 1}\n"), 0o644)
	if r := runStatcalc(t, bin, "", "--against", values, setup); r.code != 1 || !strings.Contains(r.stderr, "theirs.jsonl:1:") {
		t.Errorf("an input that fails: exit %d, stderr %q; want exit 1 and the line", r.code, r.stderr)
	}
}
