package metrics

import (
	"errors"
	"math"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/stop"
)

// ScalarDensity is what the numeric route needs of a distribution of one
// continuous variable: its log-density and its quantile function (gonum's
// distuv, through the families' declarations).
type ScalarDensity interface {
	LogProb(x float64) float64
	Quantile(p float64) float64
}

// ErrNumericInfinite reports that q has no density where p has mass.
var ErrNumericInfinite = errors.New("infinite: q has zero density where p has mass")

// Numeric evaluates a declared divergence whose integrand the quadrature
// reaches (Integrand.Quadrature) between two continuous scalar
// distributions. When p declares its support and kinks (Pieces) the
// expectations are integrals in x, E_p[f] = ∫ p(x) f(x) dx, split at the
// kinks of both densities and by double-exponential rules on each piece
// (expectX); otherwise, or when that route vouches for fewer than ten
// digits, in quantile space,
//
//	E_p[f(X)] = ∫₀¹ f(F_p⁻¹(u)) du,
//
// with the tanh-sinh rule (Takahasi & Mori 1974), whose nodes crowd to
// u = 0 and 1 and absorb the logarithmic singularities of log-density
// ratios there. Each route halves its step until two successive sums
// agree; their difference, with a bound on what the float64 nodes cannot
// reach, is the error reported in RelErr, and the caller prints only the
// digits it vouches for. Below six digits the error is errRough, whose
// message states the digits and value it has ("only 3 digits: ≈ 0.427").
// A point where q has no density but p has mass is ErrNumericInfinite
// (ErrNumericInfiniteP the other way round, for integrands under q).
func Numeric(d *Divergence, p, q ScalarDensity) (Estimate, error) {
	if !d.Integrand.Quadrature() {
		return Estimate{}, errors.New("no numeric route: give two normals or two members of one family")
	}
	_, declared := p.(Pieces)
	e, err := numericOnce(d, p, q, declared)
	if declared && (err == nil && e.RelErr > 1e-10 || errors.Is(err, errRough)) {
		// Mass within ulps of a finite end (a Beta(½, ½)) is out of reach
		// of nodes in x; the quantile route may reach it.
		u, uerr := numericOnce(d, p, q, false)
		if uerr == nil && (err != nil || u.RelErr < e.RelErr) {
			return u, nil
		}
		if errors.Is(uerr, ErrNumericInfinite) || errors.Is(uerr, ErrNumericInfiniteP) {
			return Estimate{}, uerr // a point where one density vanishes: decisive
		}
		var re, ru *roughError
		if errors.As(err, &re) && errors.As(uerr, &ru) && ru.absErr/math.Abs(ru.value) < re.absErr/math.Abs(re.value) {
			return Estimate{}, uerr // neither settled: the one with more digits speaks
		}
	}
	return e, err
}

// numericOnce is Numeric by one route: in x when declared, else in u.
func numericOnce(d *Divergence, p, q ScalarDensity, declared bool) (Estimate, error) {
	in := d.Integrand
	// Each density's kinks and the ends of its support: where one density
	// starts or stops, the other's integrand jumps.
	lp, hp, kp := pieces(p)
	lq, hq, kq := pieces(q)
	breaks := append(append([]float64{lp, hp, lq, hq}, kp...), kq...)
	if in.KinkWhereEqual {
		breaks = append(breaks, crossings(p, q)...)
	}
	mean := func(under ScalarDensity, f func(logp, logq float64) float64) (float64, float64, error) {
		if f == nil {
			return 0, 0, nil
		}
		if declared {
			return expectX(under, p, q, breaks, f)
		}
		return expectQuantiles(under, p, q, f)
	}
	// A mean that settled to fewer digits than accepted still has some:
	// they are carried to the divergence's value for the message.
	var partial *roughError
	settle := func(m, e float64, err error) (float64, float64, error) {
		var r *roughError
		if errors.As(err, &r) {
			partial = r
			return m, e, nil
		}
		return m, e, err
	}
	mp, ep, err := settle(mean(p, in.UnderP))
	if err != nil {
		return Estimate{}, err
	}
	mq, eq, err := settle(mean(q, in.UnderQ))
	if err != nil {
		return Estimate{}, err
	}
	v := in.Value(mp, mq)
	spread := math.Max(math.Abs(in.Value(mp+ep, mq+eq)-v), math.Abs(in.Value(mp-ep, mq-eq)-v))
	if partial != nil {
		if !in.Finite {
			return Estimate{}, errRough // perhaps a divergent tail summed in part
		}
		return Estimate{}, rough(v, spread)
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Estimate{}, errors.New("the quadrature gives no finite value")
	}
	rel := math.Inf(1)
	if v != 0 {
		rel = spread / math.Abs(v)
	}
	return Estimate{Value: v, RelErr: rel}, nil
}

// expectQuantiles returns E_under[f(log p, log q)] = ∫₀¹ f(F⁻¹(u)) du, the
// route for densities that declare neither their support nor their kinks,
// and for mass within ulps of a finite end (a Beta(0.05, 1) puts 10⁻¹⁵ of
// its mass below x = 10⁻³⁰⁰, out of reach of nodes in x).
func expectQuantiles(under, p, q ScalarDensity, f func(logp, logq float64) float64) (float64, float64, error) {
	lo, hi, _ := pieces(under)
	return tanhSinh(func(u, c float64) (float64, error) {
		x := quantileAt(under, u, c)
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return 0, errBeyond // beyond the float64 range
		}
		lp, lq := p.LogProb(x), q.LogProb(x)
		if math.IsInf(lp, -1) && math.IsInf(lq, -1) {
			return 0, nil
		}
		v := f(lp, lq)
		if math.IsInf(v, 0) || math.IsNaN(v) {
			if math.IsInf(lp, 1) || math.IsInf(lq, 1) || x <= lo || x >= hi || math.Abs(x) > 1e100 {
				// a pole or an end of the support met only by rounding
				// onto it, or x² overflowing in a log-density far out:
				// no value float64 can give
				return 0, errBeyond
			}
			if math.IsInf(lp, -1) {
				return 0, ErrNumericInfiniteP
			}
			return 0, ErrNumericInfinite
		}
		return v, nil
	})
}

// errBeyond marks a node whose abscissa float64 cannot place (an x that
// underflows onto the end of the support, 1 − u that rounds to 0): it
// contributes nothing, and tanhSinh bounds what the nodes it could place
// leave out.
var errBeyond = errors.New("beyond the reach of float64 nodes")

// survivor is a distribution that also gives its survival function
// S(x) = 1 − F(x) to full relative precision in the upper tail (gonum's
// distuv types do); cdfer one that gives F(x), accurate in the lower tail.
type (
	survivor interface{ Survival(x float64) float64 }
	cdfer    interface{ CDF(x float64) float64 }
)

// quantileAt returns F⁻¹(u) with c = 1 − u given exactly. Where u or c is
// below float64's resolution of 1 − c (2⁻⁵³) or of gonum's quantiles, and
// in the upper tail where u itself rounds, it solves log F(x) = log u or
// log S(x) = log c by Newton's method (tailQuantile), so that the nodes
// follow algebraic tails (Student's t, Pareto) and poles at a finite end
// (Beta(0.05, 1)) down to u, c ≈ 10⁻²⁷⁰. NaN marks a node it cannot
// place.
func quantileAt(d ScalarDensity, u, c float64) float64 {
	_, declared := d.(Pieces)
	lo, hi, _ := pieces(d)
	switch {
	case u < 0x1p-53 && declared && math.IsInf(lo, -1):
		if f, ok := unwrap(d).(cdfer); ok {
			return tailQuantile(d, f.CDF, false, u)
		}
	case c < 1e-3 && declared && math.IsInf(hi, 1):
		if s := survival(unwrap(d)); s != nil {
			if x := tailQuantile(d, s, true, c); !math.IsNaN(x) || c < 0x1p-53 {
				return x
			}
		}
	}
	switch {
	case u < 0x1p-53 && declared && !math.IsInf(lo, 0):
		return lo // the limit of F⁻¹(u) at a finite end, onto which x rounds
	case c < 0x1p-53 && declared && !math.IsInf(hi, 0):
		return hi
	case u < 0x1p-53 || c < 0x1p-53:
		return math.NaN() // beyond gonum's quantiles, or 1 − c rounds to 1
	}
	return d.Quantile(u)
}

// survival returns d's survival function where it keeps its relative
// precision far out: gonum computes that of the normal, log-normal,
// logistic and Gumbel distributions as 1 − F(x), which is 0 beyond
// F(x) = 1 − 2⁻⁵³, so these are written here through erfc, exp and expm1.
func survival(d ScalarDensity) func(float64) float64 {
	switch d := d.(type) {
	case distuv.Normal:
		return func(x float64) float64 { return 0.5 * math.Erfc((x-d.Mu)/(d.Sigma*math.Sqrt2)) }
	case distuv.LogNormal:
		return func(x float64) float64 { return 0.5 * math.Erfc((math.Log(x)-d.Mu)/(d.Sigma*math.Sqrt2)) }
	case distuv.Logistic:
		return func(x float64) float64 { return 1 / (1 + math.Exp((x-d.Mu)/d.S)) }
	case distuv.GumbelRight:
		return func(x float64) float64 { return -math.Expm1(-math.Exp(-(x - d.Mu) / d.Beta)) }
	case survivor:
		return d.Survival
	}
	return nil
}

// unwrap returns the distribution inside a Piecewise.
func unwrap(d ScalarDensity) ScalarDensity {
	if pw, ok := d.(Piecewise); ok {
		return unwrap(pw.ScalarDensity)
	}
	return d
}

// tailQuantile solves T(x) = t in an unbounded tail, T the cdf F (lower)
// or the survival function S (upper), by Newton's method on
// φ = log T(x) − log t in y = log |x − m|, m the median:
// dφ/dy = ∓|x − m| p(x)/T(x). An algebraic tail T ∝ |x − m|^(−α) is then
// linear in y, and a Gaussian one concave. It starts from F⁻¹ at the
// nearest level gonum's quantile resolves; steps that leave T without a
// finite logarithm are halved. NaN: no root found to 10⁻¹² in φ.
func tailQuantile(d ScalarDensity, T func(float64) float64, upper bool, t float64) float64 {
	a, sign := d.Quantile(0.5), 1.0
	x := d.Quantile(1 - math.Max(t, 1e-15))
	if !upper {
		x, sign = d.Quantile(1e-15), -1
	}
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	lt := math.Log(t)
	phi := func(x float64) float64 { return math.Log(T(x)) - lt }
	φ := phi(x)
	for range 100 {
		r := (x - a) * sign
		if !(r > 0) || math.IsNaN(φ) || math.IsInf(φ, 0) || math.Abs(φ) <= 4*eps {
			break
		}
		// dφ/dy = (dφ/dx)(dx/dy) = (p/F)(−r) or (−p/S)(r)
		slope := -math.Exp(d.LogProb(x)-math.Log(T(x))) * r
		dy := -φ / slope
		if math.IsNaN(dy) || math.IsInf(dy, 0) {
			break
		}
		var x1, φ1 float64
		for range 60 {
			x1 = a + sign*r*math.Exp(dy)
			if φ1 = phi(x1); !math.IsInf(φ1, 0) && !math.IsNaN(φ1) && math.Abs(φ1) < math.Abs(φ)+1 {
				break
			}
			dy /= 2
		}
		if x1 == x {
			break
		}
		x, φ = x1, φ1
	}
	if math.IsNaN(φ) || math.IsInf(φ, 0) || math.Abs(φ) > 1e-12 {
		return math.NaN()
	}
	return x
}

// tanhSinh integrates g over (0, 1): u = 1/(1 + e^(−π sinh t)),
// du = π cosh t · u (1 − u) dt, by the trapezoidal rule in t with steps
// 1/2, 1/4, … until two sums agree. g receives u and c = 1 − u, each
// exactly as small as it is, and may answer errBeyond at nodes float64
// cannot place. It returns the integral and an error bound: the
// difference of the last two sums, and what the nodes leave out beyond
// the outermost ones placed, u₀ on the left and c₀ on the right: for an
// integrable singularity u^(−a), a < 1, that is u₀ |g(u₀)|/(1 − a),
// bounded generously by 10 u₀ |g(u₀)|.
func tanhSinh(g func(u, c float64) (float64, error)) (float64, float64, error) {
	const tMax = 6.0 // u(−6) ≈ 1e−274
	left, right := struct{ u, g float64 }{1, 0}, struct{ c, g float64 }{1, 0}
	term := func(t float64) (float64, error) {
		s := math.Pi * math.Sinh(t)
		var u, c float64
		if t <= 0 {
			u = 1 / (1 + math.Exp(-s))
			c = 1 - u
		} else {
			c = 1 / (1 + math.Exp(s))
			u = 1 - c
		}
		w := math.Pi * math.Cosh(t) * u * c
		if w == 0 || u <= 0 || c <= 0 {
			return 0, nil
		}
		stop.Check() // a node may cost much (gonum's quantiles far out)
		v, err := g(u, c)
		if err == errBeyond {
			return 0, nil
		}
		if err != nil {
			return 0, err
		}
		if t <= 0 && u < left.u {
			left.u, left.g = u, math.Abs(v)
		} else if t > 0 && c < right.c {
			right.c, right.g = c, math.Abs(v)
		}
		return v * w, nil
	}
	h := 0.5
	sum := 0.0
	for t := -tMax; t <= tMax+1e-9; t += h {
		v, err := term(t)
		if err != nil {
			return 0, 0, err
		}
		sum += v
	}
	prev, diff := sum*h, math.Inf(1)
	for level := 0; level < 9; level++ {
		h /= 2
		for t := -tMax + h; t < tMax; t += 2 * h {
			v, err := term(t)
			if err != nil {
				return 0, 0, err
			}
			sum += v
		}
		cur := sum * h
		diff = math.Abs(cur - prev)
		prev = cur
		if level >= 2 && diff <= 1e-13*math.Abs(cur) {
			break
		}
	}
	tail := 10 * (left.u*left.g + right.c*right.g)
	est := math.Max(diff, 1e-15*math.Abs(prev)) + tail
	if !(est <= 1e-6*math.Abs(prev)) {
		return prev, est, rough(prev, est)
	}
	return prev, est, nil
}
