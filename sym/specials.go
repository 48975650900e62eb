package sym

import (
	"errors"

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
)

func polygammaD(n int, x decimal.Decimal, digits int) (decimal.Decimal, error) {
	v, err := dec.Polygamma(n, x, min(digits, maxWorkingDigitsLimit))
	return v, decErr(err)
}

func piD(digits int) decimal.Decimal { return dec.Pi(min(digits, maxWorkingDigitsLimit)) }
