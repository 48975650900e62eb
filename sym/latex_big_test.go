package sym

import "testing"

// TestLaTeXBigRational: an exact number beyond float64 prints in scientific
// form in LaTeX as in plain text, not as its 310 digits.
func TestLaTeXBigRational(t *testing.T) {
	e := Add(Symbol("t"), mustParse("1e309"))
	if got, want := Format(e), "t + 1e+309"; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
	if got, want := LaTeX(e), `t + 1 \times 10^{309}`; got != want {
		t.Errorf("LaTeX = %q, want %q", got, want)
	}
}
