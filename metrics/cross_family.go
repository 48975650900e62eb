package metrics

import (
	"errors"
	"fmt"
	"math"

	"statcalc/dist"
	"statcalc/sym"
)

// crossEntropyAcross returns H(p, q) = −E_p[log q(x)] for continuous
// members of two different families of one variable. log q(x) is written
// out (log h(x) + η_q · T(x) − A(η_q), or the declared log-density) and its
// expectation under p taken term by term from p's moments (sufficient
// statistics, powers of x, log x: dist.Dist.Moment), so that
// Exponential/Gamma/Chi2/Weibull, Uniform/Beta and the like have closed
// forms, in symbols too. It is +∞ when p's support is not inside q's, and
// wraps errNoClosedForm when the supports cannot be compared or an
// expectation is unknown.
func crossEntropyAcross(p, q *dist.Dist) (sym.Expr, error) {
	plo, phi, okp := p.SupportEnds()
	qlo, qhi, okq := q.SupportEnds()
	if !okp || !okq {
		return nil, errNoClosedForm
	}
	inside, known := within(plo, phi, qlo, qhi)
	switch {
	case !known:
		return nil, noCrossForm("cannot tell whether the support of p lies inside that of q")
	case !inside:
		return nil, errOutside
	}
	x := freshName("x", p, q)
	logq := q.LogDensity(sym.Symbol(x))
	if logq == nil {
		return nil, errNoClosedForm
	}
	as := p.Assumptions()
	qa := q.Assumptions()
	for _, name := range qa.Names() {
		for _, prop := range qa.Properties(name) {
			as.Assume(name, prop)
		}
	}
	if prop, ok := intervalProperty(plo, phi); ok {
		as.Assume(x, prop)
	}
	// A moment that is +∞ under p (E[x²] of a Cauchy, E[x] of a Pareto
	// with α ≤ 1) stands in as a symbol: when log q falls with it,
	// H(p, q) = +∞.
	infinite := map[string]string{} // placeholder → the power of x it stands for
	v, err := sym.Expect(sym.Normal(logq, as), x, func(atom sym.Expr) (sym.Expr, bool) {
		if m, ok := p.Moment(atom, x); ok {
			return m, true
		}
		if power, ok := infiniteMoment(p, atom, x); ok {
			name := fmt.Sprintf("E_inf_%s_%d", x, len(infinite))
			infinite[name] = power
			return sym.Symbol(name), true
		}
		return nil, false
	})
	if err != nil {
		return nil, noCrossForm(err.Error())
	}
	h := sym.Neg(v)
	for name, power := range infinite {
		c, err := sym.Float64(sym.Diff(h, name))
		if err == nil && c > 0 {
			return nil, &dist.Infinite{Reason: fmt.Sprintf("E_p[%s] is infinite and log q(x) falls like −%s", power, power)}
		}
		return nil, noCrossForm(fmt.Sprintf("E_p[%s] is infinite", power))
	}
	return h, nil
}

// infiniteMoment reports whether atom is x^k and E_p[x^k] = +∞ for p's
// numeric parameters (k even, or any k when p lives on [0, ∞)), or atom is
// |x − c|^k and E_p|x|^k = +∞; power is the atom as the reason names it.
func infiniteMoment(p *dist.Dist, atom sym.Expr, x string) (power string, ok bool) {
	θ, err := p.Floats()
	if err != nil || p.Family.MomentExists == nil {
		return "", false
	}
	name := func(k int, abs bool) string {
		s := "x"
		if abs {
			s = "|x|"
		}
		if k > 1 {
			s += fmt.Sprintf("^%d", k)
		}
		return s
	}
	step := 2
	if lo, _, ok := p.SupportEnds(); ok && lo != nil {
		if f, err := sym.Float64(lo); err == nil && f >= 0 {
			step = 1
		}
	}
	for k := step; k <= 12; k += step {
		if sym.Equal(atom, sym.Pow(sym.Symbol(x), sym.Int(int64(k)))) {
			return name(k, false), !p.Family.MomentExists(θ, k)
		}
	}
	// |x − c|^k ≥ 0 has E = +∞ with E|x|^k (Laplace's log-density under a
	// Cauchy).
	base, exp := sym.SplitPower(atom)
	ch := sym.Children(base)
	k, err := sym.Float64(exp)
	if len(ch) == 1 && err == nil && k >= 1 && k == math.Trunc(k) && k <= 12 {
		if a, err := sym.Call("abs", ch[0]); err == nil && sym.Equal(a, base) && sym.Equal(sym.Diff(ch[0], x), sym.Int(1)) {
			return name(int(k), true), !p.Family.MomentExists(θ, int(k))
		}
	}
	return "", false
}

// noCrossForm says why two families have no closed form between them.
type noCrossForm string

func (e noCrossForm) Error() string        { return string(e) }
func (e noCrossForm) Is(target error) bool { return target == errNoClosedForm }

// klAcross is KL(p‖q) = H(p, q) − H(p) for two families (Cover & Thomas
// 2006, §2.3).
func klAcross(p, q *dist.Dist, digits int) (sym.Expr, error) {
	h, err := crossEntropyAcross(p, q)
	if err != nil {
		return nil, acrossError(p, q, err)
	}
	hp, err := EntropyTo(p, digits)
	if err != nil {
		return nil, acrossError(p, q, noCrossForm(err.Error()))
	}
	return sym.Sub(h, hp), nil
}

// fixedDiffer is KL between members of one continuous family whose fixed
// parameters differ (two Paretos with different x_m), taken as between two
// families: +∞ when p's support is not inside q's. ok is false when that
// gives no answer either.
func fixedDiffer(p, q *dist.Dist) (sym.Expr, bool, error) {
	if p.Family.Discrete || p.Family.Vector {
		return nil, false, nil
	}
	e, err := klAcross(p, q, 0)
	var inf *dist.Infinite
	if err == nil || errors.As(err, &inf) {
		return e, true, err
	}
	return nil, false, nil
}

// acrossError says why two families have no closed form between them.
func acrossError(p, q *dist.Dist, err error) error {
	if !errors.Is(err, errNoClosedForm) {
		return err
	}
	if p.Family.Discrete || q.Family.Discrete || p.Family.Vector || q.Family.Vector {
		return sameFamily(p, q)
	}
	return fmt.Errorf("no closed form between %s and %s: %v; with numeric parameters it is computed by quadrature", p.Family.Name, q.Family.Name, err)
}

// within reports whether [plo, phi] ⊆ [qlo, qhi] (nil: an infinite end);
// known is false when symbolic ends leave it open.
func within(plo, phi, qlo, qhi sym.Expr) (inside, known bool) {
	// le reports a ≤ b, with nil as −∞ on the left or +∞ on the right.
	le := func(a, b sym.Expr) (bool, bool) {
		if sym.Equal(a, b) {
			return true, true
		}
		if !sym.IsNumber(a) || !sym.IsNumber(b) {
			return false, false
		}
		fa, erra := sym.Float64(a)
		fb, errb := sym.Float64(b)
		if erra != nil || errb != nil {
			return false, false
		}
		return fa <= fb, true
	}
	lo, hi := true, true
	loKnown, hiKnown := true, true
	switch {
	case qlo == nil:
	case plo == nil:
		lo = false
	default:
		lo, loKnown = le(qlo, plo)
	}
	switch {
	case qhi == nil:
	case phi == nil:
		hi = false
	default:
		hi, hiKnown = le(phi, qhi)
	}
	if (loKnown && !lo) || (hiKnown && !hi) {
		return false, true
	}
	return lo && hi, loKnown && hiKnown
}

// intervalProperty is the assumption that puts x in [lo, hi] for the
// supports (0, ∞) and (0, 1).
func intervalProperty(lo, hi sym.Expr) (sym.Property, bool) {
	if lo == nil || !sym.Equal(lo, sym.Int(0)) {
		return 0, false
	}
	if hi == nil {
		return sym.Positive, true
	}
	if sym.Equal(hi, sym.Int(1)) {
		return sym.UnitInterval, true
	}
	return 0, false
}

// freshName returns name, primed until no parameter of p or q mentions it.
func freshName(name string, ds ...*dist.Dist) string {
	for {
		used := false
		for _, d := range ds {
			for _, t := range d.Theta {
				for _, n := range sym.FreeSymbols(t) {
					used = used || n == name
				}
			}
		}
		if !used {
			return name
		}
		name += "_"
	}
}
