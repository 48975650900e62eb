package main

import "testing"

// An infinite divergence is a value: printed with its reason, the JSON
// value "Inf", and a batch run exits 0.
func TestInfiniteIsAValue(t *testing.T) {
	bin := build(t)
	r := runStatcalc(t, bin, "kl(Poisson(4), Poisson(0))\nkl(Uniform(0, 2), Uniform(0, 1))\n")
	want := "Inf  (support of p not contained in that of q)\nInf  (support of p not contained in that of q)\n"
	if r.stdout != want || r.stderr != "" || r.code != 0 {
		t.Errorf("got %q, stderr %q, exit %d; want %q, exit 0", r.stdout, r.stderr, r.code, want)
	}
	r = runStatcalc(t, bin, "", "-format", "json", "-e", "kl(Poisson(4), Poisson(0))")
	want = `{"line": 1, "input": "kl(Poisson(4), Poisson(0))", "value": "Inf", "text": "Inf  (support of p not contained in that of q)"}` + "\n"
	if r.stdout != want || r.code != 0 {
		t.Errorf("got %q, exit %d; want %q, exit 0", r.stdout, r.code, want)
	}
}
