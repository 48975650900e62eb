// Package quad integrates a function of one variable numerically by
// adaptive Gauss–Kronrod quadrature with an error estimate.
package quad

import (
	"container/heap"
	"errors"
	"fmt"
	"math"
)

// Gauss–Kronrod 7–15 nodes and weights on [−1, 1] (QUADPACK's qk15,
// Piessens et al. 1983): the 15-point Kronrod rule and the 7-point Gauss
// rule embedded in it, whose difference estimates the error.
var (
	xgk = [8]float64{
		0.991455371120812639206854697526329,
		0.949107912342758524526189684047851,
		0.864864423359769072789712788640926,
		0.741531185599394439863864773280788,
		0.586087235467691130294144845693013,
		0.405845151377397166906606412076961,
		0.207784955007898467600689403773245,
		0.000000000000000000000000000000000,
	}
	wgk = [8]float64{
		0.022935322010529224963732008058970,
		0.063092092629978553290700663189204,
		0.104790010322250183839876322541518,
		0.140653259715525918745189590510238,
		0.169004726639267902826583426598550,
		0.190350578064785409913256402421014,
		0.204432940075298892414161999234649,
		0.209482141084727828012999174891714,
	}
	wg = [4]float64{
		0.129484966168869693270611432679082,
		0.279705391489276667901467771423780,
		0.381830050505118944950369775488975,
		0.417959183673469387755102040816327,
	}
)

// Result is an integral with an estimate of its absolute error.
type Result struct {
	Value, AbsErr float64
	Evals         int
}

// DivergenceError reports an integral that does not converge, and where.
type DivergenceError struct {
	End string  // "lower", "upper", or "" for a point inside the range
	At  float64 // the point where the integrand is not integrable
}

func (e *DivergenceError) Error() string {
	switch {
	case e.End != "" && math.IsInf(e.At, 0):
		return fmt.Sprintf("the integral diverges at the %s end (x → %s)", e.End, fmtPoint(e.At))
	case e.End != "":
		return fmt.Sprintf("the integral diverges at the %s end (x = %s)", e.End, fmtPoint(e.At))
	}
	return fmt.Sprintf("the integral does not converge near x = %s", fmtPoint(e.At))
}

func fmtPoint(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	return fmt.Sprintf("%.6g", x)
}

// ErrBudget is returned when the integrand could not be integrated to
// the requested accuracy within the evaluation budget.
var ErrBudget = errors.New("the requested accuracy was not reached")

// Limits of the adaptive scheme.
const (
	maxIntervals = 2000
	relTol       = 1e-13
)

type piece struct {
	a, b       float64 // in the transformed variable
	value, err float64
}

type pieces []piece

func (p pieces) Len() int           { return len(p) }
func (p pieces) Less(i, j int) bool { return p[i].err > p[j].err }
func (p pieces) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p *pieces) Push(x any)        { *p = append(*p, x.(piece)) }
func (p *pieces) Pop() any {
	old := *p
	x := old[len(old)-1]
	*p = old[:len(old)-1]
	return x
}

// Integrate returns ∫_a^b f(x) dx for a < b, either of which may be
// infinite. Infinite ranges are mapped to finite ones: x = t/(1 − t²) on
// (−1, 1) for (−∞, ∞), x = a + t/(1 − t) on [0, 1) for [a, ∞), and
// x = b − (1 − t)/t on (0, 1] for (−∞, b]. The range is bisected where
// the Gauss–Kronrod error estimate |K₁₅ − G₇| is largest until the total
// estimate falls below 10⁻¹³ of the value (or 2000 pieces). An error
// from f stops the integration; a range where the estimate does not fall
// is reported as a divergence at the end (or the point) where it stays.
func Integrate(f func(float64) (float64, error), a, b float64) (Result, error) {
	if !(a < b) {
		return Result{}, fmt.Errorf("the lower limit must be below the upper")
	}
	g, lo, hi := transform(f, a, b)
	res := Result{}
	var firstErr error
	rule := func(l, r float64) (float64, float64) {
		v, e, err := kronrod(g, l, r)
		res.Evals += 15
		if err != nil && firstErr == nil {
			firstErr = err
		}
		return v, e
	}
	near := 1e-3 * (hi - lo)
	// where names the end of the range near the transformed point t.
	where := func(t float64) error {
		switch {
		case t-lo < near:
			return &DivergenceError{End: "lower", At: a}
		case hi-t < near:
			return &DivergenceError{End: "upper", At: b}
		}
		x, _ := point(a, b, t)
		return &DivergenceError{At: x}
	}
	fail := func() error {
		var de *DivergenceError
		if errors.As(firstErr, &de) {
			return where(de.At)
		}
		return firstErr
	}
	v, e := rule(lo, hi)
	if firstErr != nil {
		return res, fail()
	}
	h := &pieces{{lo, hi, v, e}}
	total, totalErr := v, e
	for h.Len() < maxIntervals {
		if totalErr <= relTol*math.Abs(total) || totalErr < 1e-300 {
			res.Value, res.AbsErr = total, math.Max(totalErr, 4e-16*math.Abs(total))
			return res, nil
		}
		worst := heap.Pop(h).(piece)
		m := 0.5 * (worst.a + worst.b)
		if !(worst.a < m && m < worst.b) {
			heap.Push(h, worst)
			break // no room left to bisect
		}
		v1, e1 := rule(worst.a, m)
		v2, e2 := rule(m, worst.b)
		if firstErr != nil {
			return res, fail()
		}
		heap.Push(h, piece{worst.a, m, v1, e1})
		heap.Push(h, piece{m, worst.b, v2, e2})
		total, totalErr = 0, 0
		for _, p := range *h {
			total += p.value
			totalErr += p.err
		}
	}
	// Not converged: where does the error stay?
	worst := (*h)[0]
	if worst.a-lo < near {
		return res, where(worst.a)
	}
	if hi-worst.b < near {
		return res, where(worst.b)
	}
	return res, where(0.5 * (worst.a + worst.b))
}

// point maps t back to x and gives dx/dt.
func point(a, b, t float64) (float64, float64) {
	switch {
	case math.IsInf(a, -1) && math.IsInf(b, 1):
		d := 1 - t*t
		return t / d, (1 + t*t) / (d * d)
	case math.IsInf(b, 1):
		d := 1 - t
		return a + t/d, 1 / (d * d)
	case math.IsInf(a, -1):
		return b - (1-t)/t, 1 / (t * t)
	}
	return t, 1
}

func transform(f func(float64) (float64, error), a, b float64) (func(float64) (float64, error), float64, float64) {
	lo, hi := a, b
	switch {
	case math.IsInf(a, -1) && math.IsInf(b, 1):
		lo, hi = -1, 1
	case math.IsInf(b, 1):
		lo, hi = 0, 1
	case math.IsInf(a, -1):
		lo, hi = 0, 1
	default:
		return f, a, b
	}
	return func(t float64) (float64, error) {
		x, w := point(a, b, t)
		if math.IsInf(x, 0) || w == 0 {
			return 0, nil
		}
		v, err := f(x)
		if err != nil {
			return 0, err
		}
		if v == 0 {
			return 0, nil
		}
		return v * w, nil
	}, lo, hi
}

// kronrod applies the 15-point Kronrod rule on [l, r] and returns its
// value and |K₁₅ − G₇|.
func kronrod(f func(float64) (float64, error), l, r float64) (float64, float64, error) {
	c, h := 0.5*(l+r), 0.5*(r-l)
	fc, err := f(c)
	if err != nil {
		return 0, 0, err
	}
	k := fc * wgk[7]
	g := fc * wg[3]
	for j := 0; j < 7; j++ {
		x := h * xgk[j]
		f1, err := f(c - x)
		if err != nil {
			return 0, 0, err
		}
		f2, err := f(c + x)
		if err != nil {
			return 0, 0, err
		}
		k += wgk[j] * (f1 + f2)
		if j%2 == 1 {
			g += wg[j/2] * (f1 + f2)
		}
	}
	if math.IsInf(k, 0) || math.IsNaN(k) {
		return 0, 0, &DivergenceError{At: c} // in the transformed variable
	}
	return k * h, math.Abs((k - g) * h), nil
}
