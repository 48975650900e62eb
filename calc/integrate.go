package calc

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"

	"statcalc/internal/quad"
	"statcalc/sym"
)

// end is one limit of integration: a value, or ±∞.
type end struct {
	e   sym.Expr
	inf int
	f   float64
}

func (e end) String() string {
	switch e.inf {
	case 1:
		return "inf"
	case -1:
		return "-inf"
	}
	return sym.Format(e.e)
}

func fnIntegrate(s *Session, a *args) Value {
	x := s.oneName(a, 1)
	ends := [2]end{}
	for i := range ends {
		v, inf := s.realLineArg(a, 2+i, "the limit of integration")
		ends[i] = end{e: v, inf: inf}
		for _, n := range sym.FreeSymbols(v) {
			if n == x && ends[i].inf == 0 {
				errorf(a.pos[2+i], "integrate: the limits must not depend on %s", x)
			}
		}
	}
	sc, ok := a.vals[0].(Scalar)
	if !ok {
		errorf(a.pos[0], "integrate: the integrand must be a number or an expression, not %s", a.vals[0].Kind())
	}
	e := sc.E
	if F, ok := sym.Antiderivative(e, x, s.assume); ok {
		var vals [2]sym.Expr
		for i, en := range ends {
			if en.inf == 0 {
				vals[i] = sym.Subs(F, map[string]sym.Expr{x: en.e})
				continue
			}
			v, inf, err := sym.Limit(F, x, nil, en.inf, 0, s.assume)
			if err != nil {
				errorf(a.call.Pos, "integrate: at %s: %v", en, err)
			}
			if inf != 0 {
				errorf(a.call.Pos, "integrate: the integral diverges at the %s end (x → %s)", [2]string{"lower", "upper"}[i], en)
			}
			vals[i] = v
		}
		r := sym.Simplify(sym.Sub(vals[1], vals[0]), s.assume)
		s.checkFinite(a.call.Pos, r)
		return Scalar{E: r}
	}
	return s.integrateNumeric(a, e, x, ends)
}

// integrateNumeric integrates a constant integrand by adaptive quadrature.
func (s *Session) integrateNumeric(a *args, e sym.Expr, x string, ends [2]end) Value {
	for _, n := range sym.FreeSymbols(e) {
		if n != x {
			errorf(a.call.Pos, "integrate: no closed form found, and numeric integration needs a number for %s", n)
		}
	}
	for i := range ends {
		en := &ends[i]
		switch {
		case en.inf > 0:
			en.f = math.Inf(1)
		case en.inf < 0:
			en.f = math.Inf(-1)
		default:
			if len(sym.FreeSymbols(en.e)) > 0 {
				errorf(a.pos[2+i], "integrate: no closed form found, and numeric integration needs numeric limits")
			}
			f, err := s.number(en.e)
			if err != nil {
				errorf(a.pos[2+i], "integrate: %v", err)
			}
			en.f = f
		}
	}
	lo, hi, sign := ends[0].f, ends[1].f, 1.0
	if lo == hi {
		return Scalar{E: sym.Int(0)}
	}
	if lo > hi {
		lo, hi, sign = hi, lo, -1
	}
	body := sym.Normal(e, s.assume)
	if s.prec > 0 {
		v, rel, err := s.integrateDecimal(body, x, ends[0], ends[1], s.prec)
		switch {
		case err == nil:
			if sign < 0 {
				v = v.Neg()
			}
			return Scalar{E: sym.Rat(v.Rat()), RelErr: rel}
		case !errors.Is(err, errNoDecimal):
			errorf(a.call.Pos, "integrate: %v", err)
		}
		// Otherwise float64 quadrature, with the digits it has.
	}
	f := func(t float64) (float64, error) {
		pollEntry(0)
		p := sym.Subs(body, map[string]sym.Expr{x: sym.Float(t)})
		v, err := sym.Float64(p)
		if err == nil {
			return v, nil
		}
		// Underflow inside (a density far in its tail) is not an error:
		// decimal arithmetic has the range float64 lacks.
		d, derr := sym.Decimal(sym.Subs(body, map[string]sym.Expr{x: sym.Rat(new(big.Rat).SetFloat64(t))}), 17)
		if derr == nil {
			f, _ := d.Float64()
			return f, nil
		}
		var de *sym.DomainError
		if errors.As(derr, &de) && !strings.Contains(derr.Error(), "division by zero") {
			return 0, fmt.Errorf("the integrand is undefined at %s = %s (%v)", x, formatShort(t), derr)
		}
		return math.Inf(1), nil // a pole or an overflow: the quadrature reports where
	}
	r, err := quad.Integrate(f, lo, hi)
	if err != nil {
		errorf(a.call.Pos, "integrate: %v", err)
	}
	v := sign * r.Value
	rel := math.Inf(1)
	if v != 0 {
		rel = math.Max(r.AbsErr/math.Abs(v), 2*epsilon)
	}
	return Scalar{E: sym.Float(v), RelErr: rel}
}
