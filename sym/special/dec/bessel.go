package dec

import (
	"math/big"

	"github.com/shopspring/decimal"

	"statcalc/sym/special/internal/mp"
)

// LogBesselI0 returns log I₀(x) to digits significant digits for any x
// (I₀ is even), I₀ the modified Bessel function of the first kind.
func LogBesselI0(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	return run("logbesseli0", func() string { return argString(x) }, digits, func(tb uint) (*big.Float, error) {
		x, err := checkArg(x)
		if err != nil {
			return nil, err
		}
		return mp.LogBesselI0(toFloat(x.Abs(), tb+16), tb), nil
	})
}

// BesselRatio returns I₁(x)/I₀(x) to digits significant digits (odd in x).
func BesselRatio(x decimal.Decimal, digits int) (decimal.Decimal, error) {
	return run("besselratio", func() string { return argString(x) }, digits, func(tb uint) (*big.Float, error) {
		x, err := checkArg(x)
		if err != nil {
			return nil, err
		}
		v := mp.BesselRatio(toFloat(x.Abs(), tb+16), tb)
		if x.Sign() < 0 {
			v.Neg(v)
		}
		return v, nil
	})
}
