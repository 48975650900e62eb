package calc

import (
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// TestDecimalValueText checks the text of a decimal read from its
// coefficient and exponent against decimalText of its positional string,
// over coefficients with and without trailing zeros, both signs, and
// exponents on both sides of the switches to scientific notation.
func TestDecimalValueText(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 3))
	for range 20000 {
		var c strings.Builder
		c.WriteByte(byte('1' + rnd.IntN(9)))
		for range rnd.IntN(60) {
			c.WriteByte(byte('0' + rnd.IntN(10)))
		}
		c.WriteString(strings.Repeat("0", rnd.IntN(4)))
		n, _ := new(big.Int).SetString(c.String(), 10)
		if rnd.IntN(2) == 0 {
			n.Neg(n)
		}
		d := decimal.NewFromBigInt(n, int32(rnd.IntN(161)-80))
		prec := []int{1, 5, 20, 50, 100}[rnd.IntN(5)]
		if got, want := decimalValueText(d, prec), decimalText(d.String(), prec); got != want {
			t.Fatalf("%s·10^%d at %d: %q, want %q", n, d.Exponent(), prec, got, want)
		}
	}
	for _, d := range []decimal.Decimal{decimal.Zero, decimal.New(0, -5), decimal.New(1, 0), decimal.New(-1000, -3), decimal.New(5, -6), decimal.New(5, -7)} {
		if got, want := decimalValueText(d, 50), decimalText(d.String(), 50); got != want {
			t.Errorf("%s: %q, want %q", d, got, want)
		}
	}
}
