package calc

import (
	"io"
	"strings"
	"testing"

	"statcalc/parser"
	"statcalc/sym"
)

// TestRequireNonnegative: a divergence within rounding of 0 below it is 0;
// a clearly negative one is an error, never a value.
func TestRequireNonnegative(t *testing.T) {
	s := NewSession(io.Discard, io.Discard)
	call := func(fun string) *args { return &args{call: &parser.Call{Pos: parser.Pos{Line: 1, Col: 1}, Fun: fun}} }
	run := func(fun string, v float64) (got Value, err *Error) {
		defer func() {
			if r := recover(); r != nil {
				err = r.(*Error)
			}
		}()
		return s.requireNonnegative(call(fun), Scalar{E: sym.Float(v)}), nil
	}
	if v, err := run("kl", -1e-17); err != nil || !sym.Equal(v.(Scalar).E, sym.Int(0)) {
		t.Errorf("kl = -1e-17: got %v, %v; want 0", v, err)
	}
	if _, err := run("kl", -1); err == nil || !strings.Contains(err.Msg, "never negative") {
		t.Errorf("kl = -1: got %v, want an error", err)
	}
	if v, err := run("cross_entropy", -1); err != nil || !sym.Equal(v.(Scalar).E, sym.Float(-1)) {
		t.Errorf("cross_entropy = -1 (differential, may be negative): got %v, %v", v, err)
	}
	if v, err := run("renyi", 0.5); err != nil || !sym.Equal(v.(Scalar).E, sym.Float(0.5)) {
		t.Errorf("renyi = 0.5: got %v, %v", v, err)
	}
}
