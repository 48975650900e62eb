package sym

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// CheckResult is the outcome of Check.
type CheckResult struct {
	OK     bool   // the identity holds (proved, or at every point tried)
	Method string // "symbolic" (proved by simplification) or "numeric"
	// Points is the number of points compared and Digits the significant
	// digits to which both sides agreed at each, for a numeric check.
	Points, Digits int
	// Counterexample maps each symbol to its value at a point where the
	// sides differ (or only one side is defined); nil otherwise.
	Counterexample map[string]string
	Detail         string // the two sides' values at the counterexample, or why the check failed
}

// Check numbers.
const (
	checkPoints   = 20
	checkDigits   = 30
	checkAttempts = 200
	checkSeed     = 0x5eed
)

// Check tests the identity lhs = rhs for every real value of its symbols
// allowed by a. It first tries to prove it: Normal(lhs − rhs) = 0 or
// Simplify(lhs − rhs) = 0 gives Method "symbolic" (a point where only one
// side is defined, found by sampling, still refutes it). Otherwise it
// evaluates both sides with
// Decimal at 20 pseudo-random points of the symbols' domains (a positive
// symbol in (0, 5), one in (0, 1) for UnitInterval, an integer in −6…6,
// an unconstrained one in (−5, 5), all with three decimals), resampling
// where both sides are undefined, and requires agreement to 30
// significant digits: Method "numeric". When neither side holds a Float,
// the sides are exact and agreement is not enough: lhs − rhs must also
// be indistinguishable from zero at 100 working digits, so that
// x + 10^-40 = x is refuted. A point where the sides differ, or where one side is
// defined and the other is not, is returned as a counterexample. An
// identity without symbols is checked at its one point (exactly if both
// sides are rational). Where the points find no difference but
// Normal(lhs − rhs) is a rational c ≠ 0, the identity fails with Detail
// "lhs − rhs = c". The points are reproducible: the generator is seeded
// with a constant.
func Check(lhs, rhs Expr, a *Assumptions) CheckResult {
	names := unionSymbols(lhs, rhs)
	for _, n := range names {
		if !a.consistent(n) {
			return CheckResult{Method: "numeric", Detail: fmt.Sprintf("the assumptions about %s contradict each other", n)}
		}
	}
	diff := Normal(Sub(lhs, rhs), a)
	// A nonzero rational difference refutes the identity wherever both
	// sides are defined, even where they are too large beside it for the
	// sampled digits to show.
	constDiff := ""
	if r, ok := diff.(*rat); ok && r.r.Sign() != 0 && len(names) > 0 {
		constDiff = "lhs − rhs = " + Format(diff)
	}
	if !isExactZero(diff) {
		diff = Simplify(Sub(lhs, rhs), a)
	}
	if isExactZero(diff) {
		// lhs − rhs vanishes where both sides are defined; a point where
		// only one side is defined still refutes the identity.
		if r, ok := domainMismatch(lhs, rhs, a); ok {
			return r
		}
		return CheckResult{OK: true, Method: "symbolic"}
	}
	if isNum(diff) && IsNumber(lhs) && IsNumber(rhs) {
		_, lr := lhs.(*rat)
		_, rr := rhs.(*rat)
		if lr && rr {
			return CheckResult{OK: false, Method: "symbolic", Detail: fmt.Sprintf("lhs = %s, rhs = %s", Format(lhs), Format(rhs))}
		}
	}
	exact := !hasFloat(lhs) && !hasFloat(rhs)
	rng := rand.New(rand.NewPCG(checkSeed, uint64(len(names))))
	want := checkPoints
	if len(names) == 0 {
		want = 1
	}
	res := CheckResult{OK: true, Method: "numeric", Digits: checkDigits}
	rejected := 0
	for attempt := 0; attempt < checkAttempts && res.Points < want; attempt++ {
		point := map[string]Expr{}
		shown := map[string]string{}
		for _, n := range names {
			v := samplePoint(rng, a.factOf(n))
			point[n] = v
			shown[n] = pointText(v)
		}
		if !a.admits(point) {
			if rejected < maxRejections {
				rejected++
				attempt-- // a point outside the assumed region is not an attempt
			}
			continue
		}
		l, r := Subs(lhs, point), Subs(rhs, point)
		lv, lerr, rv, rerr, undefined, end := evalSides(l, r, shown, res.Points)
		if end != nil {
			return *end
		}
		if undefined {
			continue
		}
		if !agree(lv, lerr, rv, rerr) {
			return CheckResult{Method: "numeric", Points: res.Points, Counterexample: shown,
				Detail: fmt.Sprintf("lhs = %s, rhs = %s", describe(lv, lerr), describe(rv, rerr))}
		}
		if exact && lerr == nil && rerr == nil {
			// Agreement to checkDigits digits is not equality: an exact
			// difference such as 10^-40 must be seen.
			if d, nonzero := provenNonzero(Sub(l, r)); nonzero {
				if constDiff != "" {
					return CheckResult{Method: "symbolic", Detail: constDiff}
				}
				return CheckResult{Method: "numeric", Points: res.Points, Counterexample: shown,
					Detail: fmt.Sprintf("lhs = %s, rhs = %s, lhs − rhs = %s", describe(lv, lerr), describe(rv, rerr), d)}
			}
		}
		res.Points++
	}
	if res.Points == 0 {
		return CheckResult{Method: "numeric", Detail: "found no point where both sides are defined"}
	}
	if constDiff != "" {
		return CheckResult{Method: "symbolic", Detail: constDiff}
	}
	if res.Points < want {
		res.Detail = fmt.Sprintf("both sides were defined at only %d of %d points tried", res.Points, checkAttempts)
	}
	return res
}

func unionSymbols(a, b Expr) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range append(FreeSymbols(a), FreeSymbols(b)...) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

func isDomain(err error) bool {
	var de *DomainError
	return errors.As(err, &de)
}

// isPrecisionLimit reports an evaluation that stayed too close to zero to
// resolve; evalBallTo still returns the last ball for it.
func isPrecisionLimit(err error) bool {
	return err != nil && strings.HasPrefix(err.Error(), "cannot reach")
}

func describe(b ball, err error) string {
	if err != nil {
		return "≈ 0 (" + err.Error() + ")"
	}
	return roundSig(b.mid, checkDigits).String()
}

// agree reports whether two evaluated sides match to checkDigits digits. A
// side that could not be resolved from zero matches only another such.
func agree(l ball, lerr error, r ball, rerr error) bool {
	if lerr != nil || rerr != nil {
		return lerr != nil && rerr != nil
	}
	d := l.mid.Sub(r.mid).Abs()
	scale := decimal.Max(l.mid.Abs(), r.mid.Abs())
	if scale.IsZero() {
		return true
	}
	return d.LessThanOrEqual(scale.Mul(decimal.New(1, -checkDigits)))
}

// samplePoint draws a short decimal from the domain a symbol's facts allow.
func samplePoint(rng *rand.Rand, f fact) Expr {
	if f&fInteger != 0 {
		lo, hi := int64(-6), int64(6)
		switch {
		case f&fPos != 0:
			lo = 1
		case f&fNonneg != 0:
			lo = 0
		case f&fNeg != 0:
			hi = -1
		case f&fNonpos != 0:
			hi = 0
		}
		for {
			n := lo + rng.Int64N(hi-lo+1)
			if n != 0 || f&fNonzero == 0 {
				return Int(n)
			}
		}
	}
	lo, hi := -5.0, 5.0
	switch {
	case f&fLtOne != 0:
		lo, hi = 0, 1
	case f&(fPos|fNonneg) != 0:
		lo = 0
	case f&(fNeg|fNonpos) != 0:
		hi = 0
	}
	for {
		// Three decimal places keep the point exact and readable.
		v := lo + (hi-lo)*rng.Float64()
		r := new(big.Rat).SetFrac64(int64(v*1000), 1000)
		if r.Sign() != 0 {
			return &rat{r}
		}
	}
}

// domainMismatch looks, at checkPoints sample points, for one where exactly
// one side has a domain error in float64 evaluation.
func domainMismatch(lhs, rhs Expr, a *Assumptions) (CheckResult, bool) {
	names := unionSymbols(lhs, rhs)
	if len(names) == 0 {
		return CheckResult{}, false
	}
	rng := rand.New(rand.NewPCG(checkSeed, uint64(len(names))))
	for i := 0; i < checkPoints; i++ {
		point := map[string]Expr{}
		shown := map[string]string{}
		for _, n := range names {
			v := samplePoint(rng, a.factOf(n))
			point[n] = v
			shown[n] = pointText(v)
		}
		if !a.admits(point) {
			continue
		}
		lv, lerr := Float64(Subs(lhs, point))
		rv, rerr := Float64(Subs(rhs, point))
		switch ld, rd := isDomain(lerr), isDomain(rerr); {
		case ld && !rd && rerr == nil:
			return CheckResult{Method: "numeric", Counterexample: shown,
				Detail: fmt.Sprintf("lhs undefined (%v), rhs = %s", lerr, fmtF(rv))}, true
		case rd && !ld && lerr == nil:
			return CheckResult{Method: "numeric", Counterexample: shown,
				Detail: fmt.Sprintf("lhs = %s, rhs undefined (%v)", fmtF(lv), rerr)}, true
		}
	}
	return CheckResult{}, false
}

// pointText prints a sampled coordinate as a decimal (0.628 rather than
// 157/250); the points are chosen so that ten digits show them exactly.
func pointText(v Expr) string {
	if f, err := Float64(v); err == nil {
		return strconv.FormatFloat(f, 'g', 10, 64)
	}
	return Format(v)
}

// hasFloat reports whether e holds an inexact Float, whose comparison needs
// a tolerance; exact expressions are compared exactly.
func hasFloat(e Expr) bool {
	found := false
	Walk(e, func(x Expr) bool {
		if _, ok := x.(*flt); ok {
			found = true
		}
		return !found
	})
	return found
}

// provenNonzero evaluates a constant expression once in ball arithmetic
// at zeroDigits working digits and reports its value when the ball
// excludes zero. A difference that stays within rounding of zero there
// (below about 10^-100 of the terms) is taken as zero: far beyond the
// checkDigits the sides are compared to, and no float64 tolerance.
func provenNonzero(e Expr) (string, bool) {
	b, err := evalBall(e, zeroDigits)
	if err != nil || b.mid.Abs().LessThanOrEqual(b.rad) {
		return "", false
	}
	return shortDec(roundSig(b.mid, 6)), true
}

// zeroDigits is the working precision at which a difference of exact
// sides must be distinguishable from zero.
const zeroDigits = 100

// evalSides evaluates both sides of a check at a point. undefined is true
// where neither side is defined (the point is skipped); end, when not nil,
// is the check's result: an evaluation error, or a point where only one
// side is defined.
func evalSides(l, r Expr, shown map[string]string, points int) (lv ball, lerr error, rv ball, rerr error, undefined bool, end *CheckResult) {
	lv, lerr = evalBallTo(l, checkDigits+5, maxWorkingDigits(checkDigits))
	rv, rerr = evalBallTo(r, checkDigits+5, maxWorkingDigits(checkDigits))
	lDomain, rDomain := isDomain(lerr), isDomain(rerr)
	switch {
	case lDomain && rDomain:
		undefined = true
	case lerr != nil && !lDomain && !isPrecisionLimit(lerr):
		end = &CheckResult{Method: "numeric", Detail: "lhs: " + lerr.Error()}
	case rerr != nil && !rDomain && !isPrecisionLimit(rerr):
		end = &CheckResult{Method: "numeric", Detail: "rhs: " + rerr.Error()}
	case lDomain:
		end = &CheckResult{Method: "numeric", Points: points, Counterexample: shown,
			Detail: fmt.Sprintf("lhs undefined (%v), rhs = %s", lerr, describe(rv, rerr))}
	case rDomain:
		end = &CheckResult{Method: "numeric", Points: points, Counterexample: shown,
			Detail: fmt.Sprintf("lhs = %s, rhs undefined (%v)", describe(lv, lerr), rerr)}
	}
	return
}
