package sym

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// DomainError reports an expression evaluated outside the domain of one of
// its operations, such as the log of a negative number or a division by zero.
type DomainError struct{ Msg string }

func (e *DomainError) Error() string { return e.Msg }

func domainErr(format string, args ...any) error {
	return &DomainError{Msg: fmt.Sprintf(format, args...)}
}

// errOverflow is returned when a value exceeds the float64 range.
var errOverflow = errors.New("overflow: the value exceeds the float64 range")

func fmtF(v float64) string { return strconv.FormatFloat(v, 'g', 10, 64) }

// Float64 evaluates a constant expression in float64 arithmetic. A free
// symbol, a domain error (log of a negative number, ψ at a pole, a division
// by zero, a negative number to a non-integer power) or an overflow is an
// error; the result is never NaN or ±Inf.
func Float64(e Expr) (float64, error) {
	var memo map[Expr]float64
	if e.size() > walkTreeSize {
		memo = map[Expr]float64{}
	}
	v, err := evalF(e, memo)
	if err != nil {
		return 0, err
	}
	if math.IsInf(v, 0) {
		return 0, errOverflow
	}
	if math.IsNaN(v) {
		return 0, domainErr("the value is undefined (NaN)")
	}
	return v, nil
}

func checkF(v float64) (float64, error) {
	if math.IsInf(v, 0) {
		return 0, errOverflow
	}
	if math.IsNaN(v) {
		return 0, domainErr("the value is undefined (NaN)")
	}
	return v, nil
}

// evalF evaluates e, each distinct node once when memo is not nil.
func evalF(e Expr, memo map[Expr]float64) (float64, error) {
	if memo == nil {
		return evalNodeF(e, nil)
	}
	if v, ok := memo[e]; ok {
		return v, nil
	}
	pollStop()
	v, err := evalNodeF(e, memo)
	if err == nil {
		memo[e] = v
	}
	return v, err
}

func evalNodeF(e Expr, memo map[Expr]float64) (float64, error) {
	switch x := e.(type) {
	case *rat:
		if n, d := x.r.Num(), x.r.Denom(); n.IsInt64() && d.IsInt64() {
			// Exact operands give a correctly rounded quotient.
			if ni, di := n.Int64(), d.Int64(); ni > -1<<53 && ni < 1<<53 && di < 1<<53 {
				return float64(ni) / float64(di), nil
			}
		}
		v, _ := x.r.Float64()
		return checkF(v)
	case *flt:
		if math.IsNaN(x.f) || math.IsInf(x.f, 0) {
			return 0, domainErr("not a finite number (%v)", x.f)
		}
		return x.f, nil
	case *constant:
		if x == Pi {
			return math.Pi, nil
		}
		return math.E, nil
	case *symbol:
		return 0, fmt.Errorf("%s has no value", x.name)
	case *sum:
		acc := 0.0
		for _, t := range x.terms {
			v, err := evalF(t, memo)
			if err != nil {
				return 0, err
			}
			acc += v
		}
		return checkF(acc)
	case *prod:
		acc := 1.0
		var firstErr error
		for _, f := range x.factors {
			v, err := evalF(f, memo)
			if err != nil {
				// A division by zero outranks an overflow elsewhere.
				var de *DomainError
				if errors.As(err, &de) {
					return 0, err
				}
				if firstErr == nil {
					firstErr = err
				}
				continue
			}
			acc *= v
		}
		if firstErr != nil {
			return 0, firstErr
		}
		return checkF(acc)
	case *pow:
		return evalPowF(x, memo)
	case *call:
		args := make([]float64, len(x.args))
		for i, a := range x.args {
			v, err := evalF(a, memo)
			if err != nil {
				return 0, err
			}
			args[i] = v
		}
		return callF(x.name, args)
	}
	return 0, fmt.Errorf("cannot evaluate %T", e)
}

func evalPowF(x *pow, memo map[Expr]float64) (float64, error) {
	if x.base == E {
		u, err := evalF(x.exp, memo)
		if err != nil {
			return 0, err
		}
		return checkF(math.Exp(u))
	}
	b, err := evalF(x.base, memo)
	if err != nil {
		return 0, err
	}
	y, err := evalF(x.exp, memo)
	if err != nil {
		return 0, err
	}
	switch {
	case b == 0 && y < 0:
		return 0, domainErr("division by zero")
	case b < 0 && y != math.Trunc(y):
		if r, ok := x.exp.(*rat); ok && r.r.Denom().IsInt64() && r.r.Denom().Int64() == 2 {
			return 0, domainErr("sqrt of a negative number (%s)", fmtF(b))
		}
		return 0, domainErr("negative number (%s) to a non-integer power (%s)", fmtF(b), fmtF(y))
	}
	if r, ok := x.exp.(*rat); ok {
		switch {
		case r.r.Cmp(half.r) == 0:
			return math.Sqrt(b), nil
		case r.r.Cmp(minusOne.r) == 0:
			return checkF(1 / b)
		}
	}
	return checkF(math.Pow(b, y))
}

func callF(name string, a []float64) (float64, error) {
	switch name {
	case "log":
		switch {
		case a[0] < 0:
			return 0, domainErr("log of a negative number (%s)", fmtF(a[0]))
		case a[0] == 0:
			return 0, domainErr("log of zero")
		}
		return math.Log(a[0]), nil
	case "abs":
		return math.Abs(a[0]), nil
	case "sin", "cos", "tanh", "sigmoid":
		return trigF(name, a[0])
	case "logbesseli0":
		return checkF(logI0F(a[0]))
	case "besselratio":
		return ratioF(a[0]), nil
	case "lgamma", "digamma", "trigamma":
		if a[0] <= 0 && a[0] == math.Trunc(a[0]) {
			return 0, domainErr("%s at a pole (%s)", name, fmtF(a[0]))
		}
		var v float64
		var err error
		switch name {
		case "lgamma":
			v, err = lgammaF(a[0])
		case "digamma":
			v, err = digammaF(a[0])
		default:
			v, err = trigammaF(a[0])
		}
		if err != nil {
			return 0, domainErr("%v", err)
		}
		return checkF(v)
	case "polygamma":
		n := a[0]
		if n < 0 || n != math.Trunc(n) || n > 1000 {
			return 0, domainErr("polygamma: order must be a non-negative integer, got %s", fmtF(n))
		}
		if a[1] <= 0 && a[1] == math.Trunc(a[1]) {
			return 0, domainErr("polygamma at a pole (%s)", fmtF(a[1]))
		}
		v, err := polygammaF(int(n), a[1])
		if err != nil {
			return 0, domainErr("%v", err)
		}
		return checkF(v)
	case "lbeta":
		for _, x := range []float64{a[0], a[1], a[0] + a[1]} {
			if x <= 0 && x == math.Trunc(x) {
				return 0, domainErr("lbeta at a pole of the gamma function (%s)", fmtF(x))
			}
		}
		if a[0] > 0 && a[1] > 0 {
			v, err := lbetaF(a[0], a[1])
			if err != nil {
				return 0, domainErr("%v", err)
			}
			return checkF(v)
		}
		// log|B(a, b)| = log|Γ(a)| + log|Γ(b)| − log|Γ(a + b)| off the
		// positive quadrant.
		var sum float64
		for i, x := range []float64{a[0], a[1], a[0] + a[1]} {
			v, err := lgammaF(x)
			if err != nil {
				return 0, domainErr("%v", err)
			}
			if i == 2 {
				v = -v
			}
			sum += v
		}
		return checkF(sum)
	}
	return 0, fmt.Errorf("unknown function %s", name)
}
