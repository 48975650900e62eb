package calc

import (
	"io"
	"testing"

	"statcalc/sym"
)

func TestDecimalMemo(t *testing.T) {
	s := NewSession(io.Discard, io.Discard)
	e, err := sym.Call("lgamma", sym.Div(sym.Int(37), sym.Int(10)))
	if err != nil {
		t.Fatal(err)
	}
	want, err := sym.Decimal(e, 50)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		got, err := s.decimal(e, 50)
		if err != nil || !got.Equal(want) {
			t.Fatalf("decimal(lgamma(37/10), 50) = %v, %v; want %v", got, err, want)
		}
	}
	if len(s.decimals) != 1 {
		t.Errorf("%d values remembered, want 1", len(s.decimals))
	}
	// mpmath: loggamma(mpf('3.7')) at 50 digits.
	if ref := "1.4280723266653879218723811250475503345069171118752"; want.String() != ref {
		t.Errorf("lgamma(3.7) = %v, mpmath gives %s", want, ref)
	}
	for i := range maxDecimalMemo + 1 {
		if _, err := s.decimal(sym.Int(int64(i)), 20); err != nil {
			t.Fatal(err)
		}
	}
	if len(s.decimals) > maxDecimalMemo {
		t.Errorf("%d values remembered, at most %d allowed", len(s.decimals), maxDecimalMemo)
	}
	if _, err := s.decimal(sym.Symbol("x"), 20); err == nil {
		t.Error("decimal(x) gave no error")
	}
}
