package calc

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/dist"
	"statcalc/metrics"
	"statcalc/sym"
)

// numericRoute evaluates d(p, q) by quadrature (metrics.Numeric) when p and
// q are continuous distributions of one variable with numeric parameters
// and no closed form applies: two different families, or a family whose
// declaration has none for the pair. ok is false when the closed forms
// should answer (or report why they cannot).
func (s *Session) numericRoute(a *args, d *metrics.Divergence) (Value, bool) {
	var ds [2]*dist.Dist
	for i := range ds {
		v, isDist := a.vals[i].(*Distribution)
		if !isDist || v.D.Multivariate() || !v.D.IsNumeric() || !hasScalarForm(v.D.Family) || v.D.Family.Discrete {
			return nil, false
		}
		ds[i] = v.D
	}
	if !d.Integrand.Quadrature() && d.Quantiles == nil {
		return nil, false
	}
	// A closed form, within a family or across two, comes first.
	_, err := d.Family(ds[0], ds[1])
	var inf *dist.Infinite
	if err == nil || errors.As(err, &inf) || (ds[0].Family == ds[1].Family && sameFamilyError(ds[0], ds[1]) != nil) {
		return nil, false
	}
	var g [2]metrics.ScalarDensity
	for i, x := range ds {
		θ, err := x.Floats()
		if err != nil {
			return nil, false
		}
		g[i] = scalarPieces(x.Family, θ)
	}
	if !d.Integrand.Quadrature() {
		return s.quantileRoute(a, d, ds, g), true
	}
	e, err := metrics.Numeric(d, g[0], g[1])
	switch {
	case errors.Is(err, metrics.ErrNumericInfinite):
		err = &dist.Infinite{Reason: "q has zero density where p has mass"}
	case errors.Is(err, metrics.ErrNumericInfiniteP):
		err = &dist.Infinite{Reason: "p has zero density where q has mass"}
	}
	if s.showSteps {
		s.stepText("route", "numeric: double-exponential quadrature of the integrand over the support, split at kinks (no closed form for this pair)")
	}
	return s.estimate(a, d.Information)(e, err), true
}

// sameFamilyError reports fixed parameters that differ (two Paretos with
// different x_m): the closed forms say why, not the quadrature.
func sameFamilyError(p, q *dist.Dist) error {
	for i, prm := range p.Family.Params {
		if prm.Fixed && !sym.Equal(p.Theta[i], q.Theta[i]) {
			return errors.New("fixed parameters differ")
		}
	}
	return nil
}

// scalarPieces is gonum's form of a family member with the ends of its
// support and its declared kinks, for the numeric route's quadrature.
func scalarPieces(f *dist.Family, θ []float64) metrics.Piecewise {
	if f == dist.Uniform {
		return metrics.Piecewise{ScalarDensity: distuv.Uniform{Min: θ[0], Max: θ[1]}, Lo: θ[0], Hi: θ[1]}
	}
	p := metrics.Piecewise{ScalarDensity: f.Gonum(θ, nil), Lo: math.Inf(-1), Hi: math.Inf(1)}
	switch f.Values {
	case dist.PositiveReals:
		p.Lo = 0
	case dist.OpenUnit:
		p.Lo, p.Hi = 0, 1
	}
	if f.Kinks != nil {
		p.Breaks = f.Kinks(θ)
	}
	return p
}

// quantileRoute evaluates d through the quantile functions (W2's
// coupling): +∞ when a second moment is.
func (s *Session) quantileRoute(a *args, d *metrics.Divergence, ds [2]*dist.Dist, g [2]metrics.ScalarDensity) Value {
	for _, x := range ds {
		θ, _ := x.Floats()
		if x.Family.MomentExists != nil && !x.Family.MomentExists(θ, 2) {
			return Inf{Reason: fmt.Sprintf("E[x²] is infinite for %s", s.familyText(x))}
		}
	}
	if s.showSteps {
		s.stepText("route", "numeric: W2² = ∫₀¹ (F_p⁻¹(u) − F_q⁻¹(u))² du by tanh-sinh quadrature (the quantile coupling)")
	}
	e, err := d.Quantiles(g[0], g[1])
	return s.estimate(a, d.Information)(e, err)
}

// hasScalarForm reports whether the numeric route can evaluate members of
// f: a gonum form, or the Uniform, whose density gonum has.
func hasScalarForm(f *dist.Family) bool { return f.Gonum != nil || f == dist.Uniform }
