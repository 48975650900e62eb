package calc

import (
	"math"

	"github.com/shopspring/decimal"

	"statcalc/sym"
)

// refDigits is the precision of the decimal reference a number printed in
// float64 is measured against.
const refDigits = 30

// certificate says how good a printed number is: its correct significant
// digits and, where an error bound is known, an interval [lo, hi] that
// holds the true value.
type certificate struct {
	digits    int
	lo, hi    float64
	hasDigits bool
	hasBounds bool
}

// certify measures the float64 that JSON prints for v. An exact value is
// compared with its decimal evaluation to 30 digits (sym.Decimal, within
// 0.6 units of the last place), which also brackets it between the
// float64 neighbours of the rounded reference (or equal to it, when the
// reference is the decimal text of a float64: 0.25). A numeric result with an
// error estimate (RelErr) has the digits the estimate vouches for and
// the bounds value·(1 ∓ RelErr). A float64 from an algorithm without an
// estimate gets no certificate.
func (s *Session) certify(v Scalar) certificate {
	if !sym.IsNumber(v.E) {
		return certificate{}
	}
	f, err := sym.Float64(v.E)
	if err != nil || math.Abs(f) < 0x1p-1022 && f != 0 {
		return certificate{}
	}
	if v.RelErr > 0 {
		if math.IsInf(v.RelErr, 0) || v.RelErr >= 1 {
			return certificate{hasDigits: true}
		}
		// f itself is rounded to float64: its relative error is at least
		// that of the estimate, and the bounds are widened outward by an
		// ulp so that their own rounding cannot exclude the value.
		rel := math.Max(v.RelErr, 0x1p-53)
		d := min(17, int(math.Floor(-math.Log10(rel))))
		r := rel * math.Abs(f)
		return certificate{digits: d, lo: math.Nextafter(f-r, math.Inf(-1)), hi: math.Nextafter(f+r, math.Inf(1)),
			hasDigits: true, hasBounds: true}
	}
	if isInexact(v.E) {
		return certificate{}
	}
	ref, err := sym.Decimal(v.E, refDigits)
	if err != nil {
		if f == 0 {
			return certificate{digits: 17, hasDigits: true, hasBounds: true}
		}
		return certificate{}
	}
	if ref.IsZero() {
		return certificate{digits: agreeingDigits(decimal.NewFromFloat(f), ref), hasDigits: true, hasBounds: true}
	}
	rf, _ := ref.Float64()
	if decimal.NewFromFloat(rf).Equal(ref) {
		// The JSON text of rf is the value itself (0.25, 0.1).
		return certificate{digits: agreeingDigits(decimal.NewFromFloat(f), ref), lo: rf, hi: rf, hasDigits: true, hasBounds: true}
	}
	return certificate{digits: agreeingDigits(decimal.NewFromFloat(f), ref), lo: math.Nextafter(rf, math.Inf(-1)),
		hi: math.Nextafter(rf, math.Inf(1)), hasDigits: true, hasBounds: true}
}

// agreeingDigits is the number of significant digits of x that agree with
// the reference ref: ⌊−log₁₀(|x − ref|/|ref|)⌋, at most 17 (and 17 when
// they are equal).
func agreeingDigits(x, ref decimal.Decimal) int {
	if ref.IsZero() {
		if x.IsZero() {
			return 17
		}
		return 0
	}
	diff := x.Sub(ref).Abs()
	if diff.IsZero() {
		return 17
	}
	rel, _ := diff.DivRound(ref.Abs(), 40).Float64()
	if rel <= 0 {
		return 17
	}
	return max(0, min(17, int(math.Floor(-math.Log10(rel)))))
}

// certFields are the JSON fields of a value's certificate.
func (s *Session) certFields(v Value) []field {
	sc, ok := v.(Scalar)
	if !ok {
		return nil
	}
	c := s.certify(sc)
	var out []field
	if c.hasDigits {
		out = append(out, field{"digits", c.digits})
	}
	if c.hasBounds {
		out = append(out, field{"lo", jsonNumber(c.lo)}, field{"hi", jsonNumber(c.hi)})
	}
	return out
}
