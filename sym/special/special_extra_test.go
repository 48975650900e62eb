package special

import (
	"errors"
	"math"
	"testing"
)

func TestSpecialArguments(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name string
		f    func() (float64, error)
		want float64 // NaN for "any value"
		err  error
	}{
		{"digamma(0)", func() (float64, error) { return Digamma(0) }, nan, ErrPole},
		{"digamma(-2)", func() (float64, error) { return Digamma(-2) }, nan, ErrPole},
		{"digamma(NaN)", func() (float64, error) { return Digamma(nan) }, nan, ErrDomain},
		{"digamma(-Inf)", func() (float64, error) { return Digamma(-inf) }, nan, ErrDomain},
		{"digamma(+Inf)", func() (float64, error) { return Digamma(inf) }, inf, nil},
		{"digamma(1e-320)", func() (float64, error) { return Digamma(1e-320) }, -inf, ErrRange},
		{"digamma(-1e-320)", func() (float64, error) { return Digamma(-1e-320) }, inf, ErrRange},
		{"digamma(1)", func() (float64, error) { return Digamma(1) }, -0.5772156649015329, nil},
		{"digamma(-1e-308)", func() (float64, error) { return Digamma(-1e-308) }, 1e308, nil},
		{"trigamma(-1)", func() (float64, error) { return Trigamma(-1) }, nan, ErrPole},
		{"trigamma(+Inf)", func() (float64, error) { return Trigamma(inf) }, 0, nil},
		{"trigamma(1e-200)", func() (float64, error) { return Trigamma(1e-200) }, inf, ErrRange},
		{"trigamma(-1e-200)", func() (float64, error) { return Trigamma(-1e-200) }, inf, ErrRange},
		{"trigamma(1)", func() (float64, error) { return Trigamma(1) }, math.Pi * math.Pi / 6, nil},
		{"polygamma(-1, 2)", func() (float64, error) { return Polygamma(-1, 2) }, nan, ErrDomain},
		{"polygamma(201, 2)", func() (float64, error) { return Polygamma(MaxPolygammaOrder+1, 2) }, nan, ErrDomain},
		{"polygamma(2, -3)", func() (float64, error) { return Polygamma(2, -3) }, nan, ErrPole},
		{"polygamma(2, NaN)", func() (float64, error) { return Polygamma(2, nan) }, nan, ErrDomain},
		{"polygamma(3, +Inf)", func() (float64, error) { return Polygamma(3, inf) }, 0, nil},
		{"polygamma(50, 1e-10)", func() (float64, error) { return Polygamma(50, 1e-10) }, -inf, ErrRange},
		{"polygamma(2, 1)", func() (float64, error) { return Polygamma(2, 1) }, -2.4041138063191885, nil},
		{"lgamma(0)", func() (float64, error) { return Lgamma(0) }, inf, ErrPole},
		{"lgamma(-4)", func() (float64, error) { return Lgamma(-4) }, inf, ErrPole},
		{"lgamma(NaN)", func() (float64, error) { return Lgamma(nan) }, nan, ErrDomain},
		{"lgamma(+Inf)", func() (float64, error) { return Lgamma(inf) }, inf, nil},
		{"lgamma(1e306)", func() (float64, error) { return Lgamma(1e306) }, inf, ErrRange},
		{"lgamma(1)", func() (float64, error) { return Lgamma(1) }, 0, nil},
		{"lgamma(2)", func() (float64, error) { return Lgamma(2) }, 0, nil},
		{"lgamma(5e-324)", func() (float64, error) { return Lgamma(5e-324) }, 744.4400719213812, nil},
		{"lgamma(-5e-324)", func() (float64, error) { return Lgamma(-5e-324) }, 744.4400719213812, nil},
		{"lbeta(0, 1)", func() (float64, error) { return Lbeta(0, 1) }, nan, ErrDomain},
		{"lbeta(1, -1)", func() (float64, error) { return Lbeta(1, -1) }, nan, ErrDomain},
		{"lbeta(NaN, 1)", func() (float64, error) { return Lbeta(nan, 1) }, nan, ErrDomain},
		{"lbeta(1, +Inf)", func() (float64, error) { return Lbeta(1, inf) }, -inf, nil},
		{"lbeta(1, 1)", func() (float64, error) { return Lbeta(1, 1) }, 0, nil},
	}
	for _, tt := range tests {
		got, err := tt.f()
		if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.err)
		}
		if !math.IsNaN(tt.want) && got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, got, tt.want)
		}
	}
	// Log1pmx and Xm1mlog signal their domain with NaN and infinities.
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"log1pmx(-1)", Log1pmx(-1), -inf},
		{"log1pmx(0)", Log1pmx(0), 0},
		{"log1pmx(+Inf)", Log1pmx(inf), nan},
		{"xm1mlog(0)", Xm1mlog(0), inf},
		{"xm1mlog(1)", Xm1mlog(1), 0},
		{"xm1mlog(5e-324)", Xm1mlog(5e-324), 743.4400719213812},
	} {
		if c.got != c.want && !(math.IsNaN(c.got) && math.IsNaN(c.want)) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if v := Log1pmx(-1.5); !math.IsNaN(v) {
		t.Errorf("log1pmx(-1.5) = %v, want NaN", v)
	}
	if v := Xm1mlog(-1); !math.IsNaN(v) {
		t.Errorf("xm1mlog(-1) = %v, want NaN", v)
	}
}

// The fuzz tests check that no argument panics, that every error is a
// documented one, and recurrence relations that tie neighbouring
// arguments together where they are well conditioned (and x + 1 is exact).

func isDocumented(err error) bool {
	return err == nil || errors.Is(err, ErrDomain) || errors.Is(err, ErrPole) || errors.Is(err, ErrRange)
}

var fuzzFloats = []float64{0, 1, -1, 0.5, -0.5, 1.4616321449683622, 2, 10, 1e-300, -1e-300, 1e300, -50.5, 5e-324, math.NaN(), math.Inf(1), math.Inf(-1)}

// closeRel reports whether a and b agree to tol relative to scale.
func closeRel(a, b, scale, tol float64) bool {
	return math.Abs(a-b) <= tol*scale
}

func FuzzDigamma(f *testing.F) {
	for _, x := range fuzzFloats {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		v, err := Digamma(x)
		if !isDocumented(err) || (err == nil && math.IsNaN(v)) {
			t.Fatalf("digamma(%v) = %v, %v", x, v, err)
		}
		if x > 1e-3 && x < 1e15 && (x+1)-1 == x {
			// ψ(x+1) = ψ(x) + 1/x
			w, _ := Digamma(x + 1)
			if !closeRel(w, v+1/x, math.Abs(w)+math.Abs(v)+1/x, 1e-14) {
				t.Fatalf("ψ(%v+1) = %v, ψ(x) + 1/x = %v", x, w, v+1/x)
			}
		}
	})
}

func FuzzTrigamma(f *testing.F) {
	for _, x := range fuzzFloats {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		v, err := Trigamma(x)
		if !isDocumented(err) || (err == nil && (math.IsNaN(v) || v < 0)) {
			t.Fatalf("trigamma(%v) = %v, %v", x, v, err)
		}
		if x > 1e-3 && x < 1e15 && (x+1)-1 == x {
			// ψ₁(x+1) = ψ₁(x) − 1/x²
			w, _ := Trigamma(x + 1)
			if !closeRel(w, v-1/(x*x), v, 1e-14) {
				t.Fatalf("ψ₁(%v+1) = %v, ψ₁(x) − 1/x² = %v", x, w, v-1/(x*x))
			}
		}
	})
}

func FuzzPolygamma(f *testing.F) {
	for i, x := range fuzzFloats {
		f.Add(uint8(i), x)
	}
	f.Fuzz(func(t *testing.T, n uint8, x float64) {
		v, err := Polygamma(int(n), x)
		if !isDocumented(err) || (err == nil && math.IsNaN(v)) {
			t.Fatalf("polygamma(%d, %v) = %v, %v", n, x, v, err)
		}
	})
}

func FuzzLgamma(f *testing.F) {
	for _, x := range fuzzFloats {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		v, err := Lgamma(x)
		if !isDocumented(err) || (err == nil && math.IsNaN(v)) {
			t.Fatalf("lgamma(%v) = %v, %v", x, v, err)
		}
		if x > 1e-3 && x < 1e15 && (x+1)-1 == x {
			// ln Γ(x+1) = ln Γ(x) + ln x
			w, _ := Lgamma(x + 1)
			l := math.Log(x)
			if !closeRel(w, v+l, math.Abs(w)+math.Abs(v)+math.Abs(l), 1e-14) {
				t.Fatalf("lnΓ(%v+1) = %v, lnΓ(x) + ln x = %v", x, w, v+l)
			}
		}
	})
}

func FuzzLbeta(f *testing.F) {
	for i, x := range fuzzFloats {
		f.Add(x, fuzzFloats[(i*5+2)%len(fuzzFloats)])
	}
	f.Fuzz(func(t *testing.T, a, b float64) {
		v, err := Lbeta(a, b)
		if !isDocumented(err) || (err == nil && math.IsNaN(v)) {
			t.Fatalf("lbeta(%v, %v) = %v, %v", a, b, v, err)
		}
		if w, _ := Lbeta(b, a); err == nil && w != v {
			t.Fatalf("lbeta(%v, %v) = %v but lbeta(b, a) = %v", a, b, v, w)
		}
	})
}

func FuzzLog1pmx(f *testing.F) {
	for _, x := range fuzzFloats {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		v := Log1pmx(x)
		// log(1+x) − x ≤ 0 wherever it is defined.
		if x >= -1 && !math.IsInf(x, 1) && !(v <= 0) {
			t.Fatalf("log1pmx(%v) = %v", x, v)
		}
		w := Xm1mlog(x)
		if x >= 0 && !math.IsInf(x, 1) && !(w >= 0) {
			t.Fatalf("xm1mlog(%v) = %v", x, w)
		}
	})
}

// TestLgammaHuge covers arguments where ln Γ(x) nears the float64 limit:
// references from mpmath.loggamma at 30 digits.
func TestLgammaHuge(t *testing.T) {
	for _, c := range []struct{ x, want float64 }{
		{1e300, 6.8977552789821371e302},
		{1e305, 7.0128845336318393e307},
	} {
		got, err := Lgamma(c.x)
		if err != nil || math.Abs(got-c.want) > 4e-16*c.want {
			t.Errorf("Lgamma(%g) = %v, %v; want %v", c.x, got, err, c.want)
		}
	}
	for _, x := range []float64{1e306, 1e307, math.MaxFloat64} {
		if v, err := Lgamma(x); err == nil || !math.IsInf(v, 1) {
			t.Errorf("Lgamma(%g) = %v, %v; want +Inf and a range error", x, v, err)
		}
	}
}
