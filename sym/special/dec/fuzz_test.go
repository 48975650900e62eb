package dec

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
)

// fuzzSeeds are arguments that exercise the edges: zero, poles, near 1,
// near roots, huge and tiny magnitudes, out-of-range exponents.
var fuzzSeeds = []string{
	"0", "1", "-1", "2", "0.5", "-0.5", "-3", "1.0000000000000000000001", "0.9999999999",
	"1.4616321449683623412626595423257213284681962040064", "-2.457024738220800",
	"1e-99999", "9.9e99999", "1e100001", "-1e-100001", "230258.5", "-230258.5",
	"123456789012345678901234567890.123456789", "-999999.75", "0e9999999", "-7e-99999",
}

// fuzzDigits maps a fuzzed byte to digits in [0, 64], 0 being an error.
func fuzzDigits(d uint8) int { return int(d % 65) }

// checkResult fails on results with more significant digits than asked
// for, and on errors other than the documented ones.
func checkResult(t *testing.T, v decimal.Decimal, err error, digits int) {
	t.Helper()
	if err != nil {
		for _, known := range []error{ErrDomain, ErrPole, ErrRange, ErrPrecision, ErrDigits} {
			if errors.Is(err, known) {
				return
			}
		}
		t.Fatalf("undocumented error %v", err)
	}
	if n := significantDigits(v); n > digits {
		t.Fatalf("%v has %d significant digits, want at most %d", v, n, digits)
	}
}

func fuzzUnary(f *testing.F, fn func(decimal.Decimal, int) (decimal.Decimal, error)) {
	for i, s := range fuzzSeeds {
		f.Add(s, uint8(10+i*5))
	}
	f.Fuzz(func(t *testing.T, s string, d uint8) {
		x, err := decimal.NewFromString(s)
		if err != nil {
			return
		}
		digits := fuzzDigits(d)
		v, err := fn(x, digits)
		checkResult(t, v, err, digits)
	})
}

func FuzzSqrt(f *testing.F) {
	fuzzUnary(f, func(x decimal.Decimal, digits int) (decimal.Decimal, error) {
		v, err := Sqrt(x, digits)
		if err == nil && digits > 2 && x.Sign() > 0 {
			// v² = x to about digits − 1 digits.
			if e := errorInUlps(v.Mul(v), x, digits-1); e > 1 {
				return v, errors.New("sqrt(x)² differs from x")
			}
		}
		return v, err
	})
}

func FuzzLn(f *testing.F)       { fuzzUnary(f, Ln) }
func FuzzExp(f *testing.F)      { fuzzUnary(f, Exp) }
func FuzzLog1p(f *testing.F)    { fuzzUnary(f, Log1p) }
func FuzzLgamma(f *testing.F)   { fuzzUnary(f, Lgamma) }
func FuzzDigamma(f *testing.F)  { fuzzUnary(f, Digamma) }
func FuzzTrigamma(f *testing.F) { fuzzUnary(f, Trigamma) }

func FuzzPolygamma(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(uint8(i*13), s, uint8(10+i*5))
	}
	f.Fuzz(func(t *testing.T, n uint8, s string, d uint8) {
		x, err := decimal.NewFromString(s)
		if err != nil {
			return
		}
		digits := fuzzDigits(d)
		v, err := Polygamma(int(n), x, digits)
		checkResult(t, v, err, digits)
	})
}

func FuzzPow(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, fuzzSeeds[(i*7+3)%len(fuzzSeeds)], uint8(10+i*5))
	}
	f.Fuzz(func(t *testing.T, sx, sy string, d uint8) {
		x, err1 := decimal.NewFromString(sx)
		y, err2 := decimal.NewFromString(sy)
		if err1 != nil || err2 != nil {
			return
		}
		digits := fuzzDigits(d)
		v, err := Pow(x, y, digits)
		checkResult(t, v, err, digits)
	})
}
