package sym

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"statcalc/sym/special"
	"statcalc/sym/special/dec"
)

// Float64 special functions.
var (
	lgammaF    = special.Lgamma
	digammaF   = special.Digamma
	trigammaF  = special.Trigamma
	polygammaF = special.Polygamma
	lbetaF     = special.Lbeta
	logI0F     = special.LogBesselI0
	ratioF     = special.BesselRatio
)

// maxWorkingDigitsLimit is the most digits the decimal special functions
// accept.
const maxWorkingDigitsLimit = dec.MaxDigits

// decErr converts the decimal package's errors: a result too close to a
// root of the function needs more working precision than allowed.
func decErr(err error) error {
	if errors.Is(err, dec.ErrPrecision) {
		return errPrecision
	}
	if errors.Is(err, dec.ErrRange) {
		return errOverflowDecimal
	}
	return err
}

func wrapD(f func(decimal.Decimal, int) (decimal.Decimal, error)) func(decimal.Decimal, int) (decimal.Decimal, error) {
	return func(x decimal.Decimal, digits int) (decimal.Decimal, error) {
		v, err := f(x, min(digits, maxWorkingDigitsLimit))
		return v, decErr(err)
	}
}

var (
	sqrtD   = wrapD(dec.Sqrt)
	lnD     = wrapD(dec.Ln)
	expD    = wrapD(dec.Exp)
	lgammaD = wrapD(dec.Lgamma)
	logI0D  = wrapD(dec.LogBesselI0)
	ratioD  = wrapD(dec.BesselRatio)
)

func polygammaD(n int, x decimal.Decimal, digits int) (decimal.Decimal, error) {
	v, err := dec.Polygamma(n, x, min(digits, maxWorkingDigitsLimit))
	return v, decErr(err)
}

func piD(digits int) decimal.Decimal { return dec.Pi(min(digits, maxWorkingDigitsLimit)) }

// besselBall evaluates logbesseli0 or besselratio on a ball: both have a
// derivative of modulus at most 1 (|I₁/I₀| < 1, |(I₁/I₀)′| ≤ ½), so the
// argument's radius is carried over as it is.
func besselBall(name string, a ball, w int) (ball, error) {
	f := logI0D
	if name == "besselratio" {
		f = ratioD
	}
	v, err := f(a.mid, w+2)
	if err != nil {
		return ball{}, fmt.Errorf("%s(%s): %w", name, shortDec(a.mid), err)
	}
	rad := ulp(v, w).Add(a.rad)
	if v.IsZero() {
		rad = rad.Add(decimal.New(1, int32(-w)))
	}
	return ball{mid: v, rad: radUp(rad)}, nil
}
