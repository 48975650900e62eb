package metrics

import (
	"errors"
	"fmt"
	"math"
	"sort"

	"statcalc/stop"
)

// Pieces is what a distribution of one variable may declare to the numeric
// route beyond its density: the ends of its support and the points where
// its density has a kink or a jump (Laplace's μ, a Uniform's ends,
// Pareto's x_m). Quadrature converges fast only on pieces where the
// integrand is smooth.
type Pieces interface {
	Range() (lo, hi float64)
	Kinks() []float64
}

// Piecewise is a ScalarDensity with its support and its kinks.
type Piecewise struct {
	ScalarDensity
	Lo, Hi float64
	Breaks []float64
}

// Range returns the ends of the support.
func (p Piecewise) Range() (float64, float64) { return p.Lo, p.Hi }

// Kinks returns the declared kinks.
func (p Piecewise) Kinks() []float64 { return p.Breaks }

func pieces(d ScalarDensity) (lo, hi float64, kinks []float64) {
	if pc, ok := d.(Pieces); ok {
		lo, hi = pc.Range()
		return lo, hi, pc.Kinks()
	}
	return math.Inf(-1), math.Inf(1), nil
}

// ErrNumericInfiniteP reports that p has no density where q has mass (in
// a divergence that integrates under q, such as skl).
var ErrNumericInfiniteP = errors.New("infinite: p has zero density where q has mass")

// errOverflow reports an integrand beyond the float64 range (p/q in the
// tails of χ² when q's tails are lighter than p's).
var errOverflow = errors.New("the integrand exceeds the float64 range in the tails: the integral diverges or is too large")

// errRough reports a quadrature that did not settle.
var errRough = errors.New("the quadrature did not converge: the integrand is too rough or its tails too heavy")

// roughError is a quadrature that settled to fewer than the six digits
// the numeric route accepts: its value and absolute error, which the
// message states ("only 3 digits: ≈ 0.123"). It is errRough for errors.Is.
type roughError struct{ value, absErr float64 }

// rough returns errRough with the value and error a quadrature has.
func rough(value, absErr float64) error {
	if !(absErr < 0.1*math.Abs(value)) {
		return errRough // not even one digit
	}
	return &roughError{value, absErr}
}

func (e *roughError) Error() string {
	rel := e.absErr / math.Abs(e.value)
	n := max(1, int(math.Floor(-math.Log10(rel))))
	unit := "digits"
	if n == 1 {
		unit = "digit"
	}
	return fmt.Sprintf("the quadrature did not converge: only %d %s: ≈ %.*g (relative error %.1g); the integrand is too rough or its tails too heavy",
		n, unit, n, e.value, rel)
}

func (e *roughError) Is(target error) bool { return target == errRough }

// expectX returns E_under[f(log p, log q)] = ∫ under(x) f dx over the
// support of under, split at the breakpoints, each piece by a
// double-exponential rule (Takahasi & Mori 1974): tanh-sinh on a bounded
// piece, exp-sinh x = a ± s·e^(π sinh t) on a half-line, whose nodes
// follow algebraic tails such as Student's t far out. It returns the
// integral and an estimate of its absolute error.
func expectX(under, p, q ScalarDensity, breaks []float64, f func(logp, logq float64) float64) (float64, float64, error) {
	lo, hi, _ := pieces(under)
	pts := []float64{lo}
	for _, b := range breaks {
		if b > lo && b < hi && !math.IsInf(b, 0) {
			pts = append(pts, b)
		}
	}
	scale := under.Quantile(0.75) - under.Quantile(0.25)
	if !(scale > 0) || math.IsInf(scale, 0) {
		scale = 1
	}
	// The median too when no break is within a quartile range of it: a
	// narrow peak far from every break (a Cauchy(5, 0.01) against a Beta)
	// is then at the end of a piece, where the nodes crowd.
	if m := under.Quantile(0.5); m > lo && m < hi {
		near := false
		for _, b := range append(pts, hi) {
			near = near || math.Abs(b-m) <= scale
		}
		if !near {
			pts = append(pts, m)
		}
	}
	pts = append(pts, hi)
	sort.Float64s(pts)
	g := func(x float64) (float64, error) {
		lu := under.LogProb(x)
		if math.IsInf(lu, -1) || math.IsNaN(lu) {
			return 0, nil
		}
		weight := math.Exp(lu)
		if weight == 0 {
			return 0, nil // beyond float64's range of densities: no mass
		}
		lp, lq := p.LogProb(x), q.LogProb(x)
		if math.IsInf(lu, 1) || math.IsInf(lp, 1) || math.IsInf(lq, 1) {
			return 0, nil // a pole met only by rounding onto it: a point carries no mass
		}
		v := f(lp, lq)
		if math.IsInf(v, 0) || math.IsNaN(v) {
			switch {
			case math.IsInf(lq, -1):
				return 0, ErrNumericInfinite
			case math.IsInf(lp, -1):
				return 0, ErrNumericInfiniteP
			}
			return 0, errOverflow
		}
		return weight * v, nil
	}
	total, errSum := 0.0, 0.0
	for i := 0; i+1 < len(pts); i++ {
		a, b := pts[i], pts[i+1]
		if a == b {
			continue
		}
		var v, e float64
		var err error
		switch {
		case math.IsInf(a, -1) && math.IsInf(b, 1):
			return 0, 0, errRough
		case math.IsInf(a, -1):
			v, e, err = expSinh(func(y float64) (float64, error) { return g(b - y) }, scale)
		case math.IsInf(b, 1):
			v, e, err = expSinh(func(y float64) (float64, error) { return g(a + y) }, scale)
		default:
			v, e, err = tanhSinhAB(g, a, b)
		}
		if err == nil {
			e += endBound(g, a, b, scale)
		}
		if err != nil {
			return 0, 0, err
		}
		total += v
		errSum += e
	}
	if !(errSum <= 1e-6*math.Abs(total)) && !(errSum < 1e-300) {
		return total, errSum, rough(total, errSum)
	}
	return total, errSum, nil
}

// doubleExp sums w(t)·g(x(t)) by the trapezoidal rule in t ∈ [−tMax, tMax]
// with steps 1/2, 1/4, … until two sums agree to 1e-14; node returns the
// abscissa and weight at t (ok false: no node there).
func doubleExp(g func(float64) (float64, error), node func(t float64) (x, w float64, ok bool)) (float64, float64, error) {
	const tMax = 4.5
	term := func(t float64) (float64, error) {
		x, w, ok := node(t)
		if !ok || w == 0 || math.IsInf(w, 0) || math.IsNaN(w) {
			return 0, nil
		}
		stop.Check()
		v, err := g(x)
		return v * w, err
	}
	h := 0.5
	sum, mag := 0.0, 0.0
	for t := -tMax; t <= tMax+1e-9; t += h {
		v, err := term(t)
		if err != nil {
			return 0, 0, err
		}
		sum += v
		mag += math.Abs(v)
	}
	prev, diff := sum*h, math.Inf(1)
	converged := false
	for level := 0; level < 10; level++ {
		h /= 2
		for t := -tMax + h; t < tMax; t += 2 * h {
			v, err := term(t)
			if err != nil {
				return 0, 0, err
			}
			sum += v
			mag += math.Abs(v)
		}
		cur := sum * h
		diff = math.Abs(cur - prev)
		prev = cur
		if level >= 2 && diff <= 1e-14*mag*h {
			converged = true
			break
		}
	}
	if !converged {
		diff *= 10 // no settled rate to trust: be generous
	}
	// Once converged the error of the last sum is far below the last
	// difference (the rule's error squares with each halving); the
	// rounding of the sum adds about ε per unit of Σ|terms|.
	return prev, diff + 4*eps*mag*h, nil
}

// endBound bounds what the nodes leave out next to a finite end: within
// δ of it no node is placed, δ the larger of a few ulps of the end and the
// rule's own reach (at t = ±4.5 the nodes stop e^(−π sinh 4.5) ≈ 5e−62
// times the piece's half-width, or the scale of an exp-sinh piece, from
// the end). An integrable singularity there (a Beta(½, ½) density, or a
// Beta(0.05, 1) that puts 10⁻³ of its mass within 1e−61 of 0) hides mass
// like (x − a)^(−c), c < 1: δ |g(a + δ)|/(1 − c), c read off g(δ)/g(2δ),
// doubled and at least 10 δ |g(a + δ)|; +∞ when c is near 1 or above.
func endBound(g func(float64) (float64, error), a, b, scale float64) float64 {
	reach := scale
	if !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		reach = (b - a) / 2
	}
	reach *= math.Exp(-math.Pi * math.Sinh(4.5))
	bound := 0.0
	for _, end := range []struct{ x, dir float64 }{{a, 1}, {b, -1}} {
		if math.IsInf(end.x, 0) {
			continue
		}
		δ := math.Max(4*eps*math.Abs(end.x), reach)
		v1, err1 := g(end.x + end.dir*δ)
		v2, err2 := g(end.x + end.dir*2*δ)
		if err1 != nil || err2 != nil || v1 == 0 {
			continue
		}
		// the order c of the singularity from g(δ)/g(2δ) = 2^c; the mass
		// within δ is δ g(δ)/(1 − c), doubled for safety, at least the
		// 10 δ |g(δ)| of a mild one
		c := math.Log2(math.Abs(v1 / v2))
		if !(c < 0.99) {
			return math.Inf(1) // too strong a pole to bound
		}
		bound += math.Max(10, 2/(1-c)) * δ * math.Abs(v1)
	}
	return bound
}

// tanhSinhAB integrates g over [a, b]: x = c + r·tanh(½π sinh t).
func tanhSinhAB(g func(float64) (float64, error), a, b float64) (float64, float64, error) {
	r := (b - a) / 2
	return doubleExp(g, func(t float64) (float64, float64, bool) {
		s := math.Pi / 2 * math.Sinh(t)
		ch := math.Cosh(s)
		// distance to the nearer end, computed without cancellation
		d := r * math.Exp(-math.Abs(s)) / ch
		x := a + d
		if t > 0 {
			x = b - d
		}
		if d == 0 || x <= a || x >= b {
			return 0, 0, false
		}
		return x, r * math.Pi / 2 * math.Cosh(t) / (ch * ch), true
	})
}

// expSinh integrates g over (0, ∞): y = s·e^(π sinh t).
func expSinh(g func(float64) (float64, error), s float64) (float64, float64, error) {
	return doubleExp(g, func(t float64) (float64, float64, bool) {
		y := s * math.Exp(math.Pi*math.Sinh(t))
		if y == 0 || math.IsInf(y, 0) {
			return 0, 0, false
		}
		return y, y * math.Pi * math.Cosh(t), true
	})
}

// crossings returns the points where log p = log q, found by a scan over
// both distributions' quantiles and bisection: the kinks of (p − q)₊.
func crossings(p, q ScalarDensity) []float64 {
	var xs []float64
	for _, d := range []ScalarDensity{p, q} {
		for i := 1; i < 400; i++ {
			xs = append(xs, d.Quantile(float64(i)/400))
		}
	}
	sort.Float64s(xs)
	sign := func(x float64) float64 { return p.LogProb(x) - q.LogProb(x) }
	var out []float64
	for i := 0; i+1 < len(xs); i++ {
		a, b := xs[i], xs[i+1]
		fa, fb := sign(a), sign(b)
		if math.IsNaN(fa) || math.IsNaN(fb) || (fa > 0) == (fb > 0) || a == b {
			continue
		}
		for k := 0; k < 200 && b-a > 1e-16*math.Max(1, math.Abs(a)); k++ {
			m := a + (b-a)/2
			if m == a || m == b {
				break
			}
			if fm := sign(m); (fm > 0) == (fa > 0) {
				a, fa = m, fm
			} else {
				b = m
			}
		}
		out = append(out, a+(b-a)/2)
	}
	return out
}
