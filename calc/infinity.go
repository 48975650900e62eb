package calc

import (
	"math"

	"errors"
	"statcalc/sym"

	"statcalc/dist"
)

// Inf is +∞ as a value: a divergence or cross-entropy that is infinite
// for the distributions given (q has no mass where p has), with the
// reason. It prints as Inf with the reason as a note, and its JSON value
// is the string "Inf".
// Neg makes it −∞, which arithmetic and limits can give.
type Inf struct {
	Reason string
	Neg    bool
}

func (Inf) Kind() string { return "infinity" }

// name is Inf or -Inf, also the JSON value.
func (v Inf) name() string {
	if v.Neg {
		return "-Inf"
	}
	return "Inf"
}

func (v Inf) text() string {
	if v.Reason == "" {
		return v.name()
	}
	return v.name() + "  (" + v.Reason + ")"
}

func (v Inf) latexText() string {
	t := `\infty`
	if v.Neg {
		t = `-\infty`
	}
	if v.Reason == "" {
		return t
	}
	return t + ` \quad \text{(` + latexEscape(v.Reason) + `)}`
}

// latexEscape escapes the characters LaTeX treats specially in text.
func latexEscape(s string) string {
	var out []rune
	for _, r := range s {
		switch r {
		case '\\', '{', '}', '$', '&', '#', '^', '_', '%', '~':
			out = append(out, '\\')
		}
		out = append(out, r)
	}
	return string(out)
}

// infiniteValue returns the Inf value an error stands for, if it reports
// an infinite quantity (dist.Infinite).
func infiniteValue(err error) (Inf, bool) {
	var inf *dist.Infinite
	if errors.As(err, &inf) {
		return Inf{Reason: inf.Reason}, true
	}
	return Inf{}, false
}

// bounded attaches to a numeric result the relative error that follows
// from absErr, a bound on its absolute error in nats (0: exact), so that
// it prints only the digits the bound vouches for.
func (s *Session) bounded(v Value, absErr float64, information bool) Value {
	sc, ok := v.(Scalar)
	if !ok || absErr <= 0 || !sym.IsNumber(sc.E) {
		return v
	}
	if information && s.bits {
		absErr /= math.Ln2
	}
	f, err := sym.Float64(sc.E)
	if err != nil {
		return v
	}
	rel := math.Inf(1)
	if f != 0 {
		rel = absErr / math.Abs(f)
	}
	sc.RelErr = math.Max(sc.RelErr, rel)
	return sc
}

// limitedText prints a number with only the digits its error bound
// vouches for. An exact expression (kept for :precision) is evaluated in
// decimal, so that neither cancellation between its terms nor the 17
// digits of a float64 limit what is printed.
func (s *Session) limitedText(e sym.Expr, digits int) (string, bool) {
	if _, isFloat := sym.AsFloat(e); !isFloat {
		if d, err := sym.Decimal(e, digits); err == nil {
			return decimalText(d.String(), digits), true
		}
	}
	f, err := sym.Float64(e)
	if err != nil {
		return "", false
	}
	if f != 0 && math.Abs(f) < 0x1p-1022 {
		// A subnormal float64 has fewer digits than asked: print its
		// exact value through decimal arithmetic.
		if d, err := sym.Decimal(e, digits); err == nil {
			return decimalText(d.String(), digits), true
		}
	}
	return formatFloat(f, digits), true
}
