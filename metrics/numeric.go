package metrics

import (
	"errors"
	"math"
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
// digits it vouches for.
func Numeric(d *Divergence, p, q ScalarDensity) (Estimate, error) {
	if !d.Integrand.Quadrature() {
		return Estimate{}, errors.New("no numeric route: give two normals or two members of one family")
	}
	_, declared := p.(Pieces)
	e, err := numericOnce(d, p, q, declared)
	if declared && (err == nil && e.RelErr > 1e-10 || errors.Is(err, errRough)) {
		// Mass within ulps of a finite end (a Beta(½, ½)) is out of reach
		// of nodes in x; the quantile route may reach it.
		if u, uerr := numericOnce(d, p, q, false); uerr == nil && (err != nil || u.RelErr < e.RelErr) {
			return u, nil
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
	mp, ep, err := mean(p, in.UnderP)
	if err != nil {
		return Estimate{}, err
	}
	mq, eq, err := mean(q, in.UnderQ)
	if err != nil {
		return Estimate{}, err
	}
	v := in.Value(mp, mq)
	spread := math.Max(math.Abs(in.Value(mp+ep, mq+eq)-v), math.Abs(in.Value(mp-ep, mq-eq)-v))
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
// route for densities that declare neither their support nor their kinks.
func expectQuantiles(under, p, q ScalarDensity, f func(logp, logq float64) float64) (float64, float64, error) {
	return tanhSinh(func(u float64) (float64, error) {
		x := under.Quantile(u)
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return 0, nil // beyond the float64 range: no mass the nodes can see
		}
		lp, lq := p.LogProb(x), q.LogProb(x)
		if math.IsInf(lp, -1) && math.IsInf(lq, -1) {
			return 0, nil
		}
		v := f(lp, lq)
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return 0, ErrNumericInfinite
		}
		return v, nil
	})
}

// tanhSinh integrates g over (0, 1): u = 1/(1 + e^(−π sinh t)),
// du = π cosh t · u (1 − u) dt, by the trapezoidal rule in t with steps
// 1/2, 1/4, … until two sums agree. It returns the integral and the
// difference of the last two sums.
func tanhSinh(g func(u float64) (float64, error)) (float64, float64, error) {
	const tMax = 6.0 // u(−6) ≈ 1e−274; the right side stops where 1 − u rounds to 1
	term := func(t float64) (float64, error) {
		s := math.Pi * math.Sinh(t)
		var u, w float64
		if t <= 0 {
			u = 1 / (1 + math.Exp(-s))
			if u < 1e-16 {
				return 0, nil
			}
			w = math.Pi * math.Cosh(t) * u * (1 / (1 + math.Exp(s)))
		} else {
			c := 1 / (1 + math.Exp(s)) // 1 − u, exactly as small as it is
			if c < 1e-16 {
				return 0, nil
			}
			u = 1 - c
			w = math.Pi * math.Cosh(t) * c * (1 - c)
		}
		if w == 0 || u <= 0 || u >= 1 {
			return 0, nil
		}
		v, err := g(u)
		return v * w, err
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
	// The nodes stop at u = 1e−16 and 1 − 1e−16; an integrable singularity
	// u^(−a), a < 1, leaves out about u g(u)/(1 − a) beyond: bounded
	// generously by 10 u |g(u)| at each end.
	tail := 0.0
	for _, u := range []float64{1e-16, 1 - 1e-16} {
		if v, err := g(u); err == nil {
			tail += 10 * 1e-16 * math.Abs(v)
		}
	}
	est := math.Max(diff, 1e-15*math.Abs(prev)) + tail
	if !(est <= 1e-6*math.Abs(prev)) {
		return 0, 0, errors.New("the quadrature did not converge: the integrand is too rough or its tails too heavy")
	}
	return prev, est, nil
}
