package dist

import (
	"fmt"
	"math"
	"sort"
	"strconv"

	"math/rand/v2"

	"statcalc/sym"
)

// NewMixture returns the finite mixture Σᵢ wᵢ pᵢ of univariate continuous
// members with numeric parameters and a gonum form:
//
//	p(x) = Σᵢ wᵢ pᵢ(x),  F(x) = Σᵢ wᵢ Fᵢ(x),  E[x] = Σᵢ wᵢ μᵢ,
//	Var x = Σᵢ wᵢ (σᵢ² + μᵢ²) − (Σᵢ wᵢ μᵢ)²  (the law of total variance).
//
// The weights must be positive and sum to 1. Its family is built for it:
// the weights and the components' parameters are its θ, and it has no
// closed forms, so divergences take the numeric route.
func NewMixture(w []float64, comps []*Dist) (*Dist, error) {
	if len(w) != len(comps) {
		return nil, fmt.Errorf("Mixture: %d weight(s) for %d components", len(w), len(comps))
	}
	if len(w) == 0 {
		return nil, fmt.Errorf("Mixture: no components")
	}
	sum := 0.0
	for i, v := range w {
		if !(v > 0) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("Mixture: weight %d must be positive, not %s", i+1, strconv.FormatFloat(v, 'g', 10, 64))
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-12 {
		return nil, fmt.Errorf("Mixture: the weights sum to %s, not 1", strconv.FormatFloat(sum, 'g', 15, 64))
	}
	var θ []sym.Expr
	var params []Param
	for i, v := range w {
		θ = append(θ, sym.Float(v))
		params = append(params, Param{Name: fmt.Sprintf("w%d", i+1), Domain: Positive})
	}
	type part struct {
		f  *Family
		θ  []float64
		θs []sym.Expr
	}
	parts := make([]part, len(comps))
	values := PositiveReals
	for i, c := range comps {
		if c.Multivariate() || c.Family.Discrete || c.Family.Gonum == nil || !c.IsNumeric() {
			return nil, fmt.Errorf("Mixture: component %d must be a continuous distribution of one variable with numeric parameters", i+1)
		}
		if c.Family.Values != PositiveReals {
			values = RealLine
		}
		cθ, _ := c.Floats()
		parts[i] = part{c.Family, cθ, c.Theta}
		for j, t := range c.Theta {
			θ = append(θ, t)
			params = append(params, Param{Name: fmt.Sprintf("%s%d.%s", c.Family.Name, i+1, c.Family.Params[j].Name), Domain: Real})
		}
	}
	gonum := func(src rand.Source) *mixtureDist {
		m := &mixtureDist{w: w, src: src}
		for _, p := range parts {
			m.comps = append(m.comps, p.f.Gonum(p.θ, src))
		}
		return m
	}
	weighted := func(moment func(p part) sym.Expr) sym.Expr {
		terms := make([]sym.Expr, len(parts))
		for i, p := range parts {
			terms[i] = sym.Mul(sym.Float(w[i]), moment(p))
		}
		return sym.Add(terms...)
	}
	hasMoments := true
	for _, p := range parts {
		hasMoments = hasMoments && p.f.Mean != nil && p.f.Variance != nil
	}
	mean := func([]sym.Expr) sym.Expr { return weighted(func(p part) sym.Expr { return p.f.Mean(p.θs) }) }
	variance := func(θ []sym.Expr) sym.Expr {
		second := weighted(func(p part) sym.Expr {
			return sym.Add(p.f.Variance(p.θs), sym.Pow(p.f.Mean(p.θs), sym.Int(2)))
		})
		return sym.Sub(second, sym.Pow(mean(θ), sym.Int(2)))
	}
	noClosedForm := fmt.Errorf("a mixture has no closed form for this")
	f := &Family{
		Name: "Mixture", Doc: "finite mixture Σ wᵢ pᵢ of distributions of one variable",
		Example: "Mixture([0.4, 0.6], [N(-1, 1), N(2, 0.5)])",
		Params:  params, Values: values,
		NonExp: &NonExponential{
			// log Σ wᵢ pᵢ(x), in θ so that score and fisher differentiate it.
			LogPDF: func(x sym.Expr, θ []sym.Expr) sym.Expr {
				terms := make([]sym.Expr, len(parts))
				at := len(parts)
				for i, p := range parts {
					k := len(p.θs)
					terms[i] = sym.Mul(θ[i], exp(componentLogPDF(p.f, x, θ[at:at+k])))
					at += k
				}
				return log(sym.Add(terms...))
			},
			CrossEntropy: func(_, _ []sym.Expr) (sym.Expr, error) { return nil, noClosedForm },
			Fisher: func([]sym.Expr) ([][]sym.Expr, error) {
				return nil, fmt.Errorf("the Fisher information of a mixture has no closed form")
			},
		},
		Mean:     mean,
		Variance: variance,
		MomentExists: func(_ []float64, k int) bool {
			if !hasMoments {
				return false
			}
			for _, p := range parts {
				if p.f.MomentExists != nil && !p.f.MomentExists(p.θ, k) {
					return false
				}
			}
			return true
		},
		Kinks: func([]float64) []float64 {
			var out []float64
			for _, p := range parts {
				if p.f.Kinks != nil {
					out = append(out, p.f.Kinks(p.θ)...)
				}
				if p.f.Values == PositiveReals && values == RealLine {
					out = append(out, 0) // a component's support starts there
				}
			}
			return out
		},
		Gonum: func(_ []float64, src rand.Source) GonumDist { return gonum(src) },
	}
	// F(x) = Σᵢ wᵢ Fᵢ(x) from the components' own cdfs (Dist.CDF), a sum
	// of positive terms: its relative error is the largest of theirs and
	// the rounding of the sum; likewise S(x) = Σᵢ wᵢ Sᵢ(x) when every
	// component declares its survival function.
	members := make([]*Dist, len(parts))
	hasSurvival := true
	for i, p := range parts {
		members[i] = &Dist{Family: p.f, Theta: p.θs}
		hasSurvival = hasSurvival && p.f.SurvivalValue != nil
	}
	weightedSum := func(x float64, one func(i int, x float64) (float64, float64, error)) (float64, float64) {
		sum, rel, abs := 0.0, 0.0, 0.0
		for i := range members {
			v, r, err := one(i, x)
			switch {
			case err == ErrCDFUnderflow:
				abs += w[i] * 0x1p-1022
			case err != nil:
				return math.NaN(), math.Inf(1)
			}
			sum += w[i] * v
			rel = math.Max(rel, r)
		}
		if abs > 0 && sum == 0 {
			return 0, math.Inf(1)
		}
		if sum > 0 {
			rel += abs / sum
		}
		return sum, rel + float64(len(members)+1)*ulp
	}
	f.CDFValue = func(_ []float64, x float64) (float64, float64) {
		return weightedSum(x, func(i int, x float64) (float64, float64, error) { return members[i].CDF(x) })
	}
	if hasSurvival {
		f.SurvivalValue = func(_ []float64, x float64) (float64, float64) {
			return weightedSum(x, func(i int, x float64) (float64, float64, error) {
				S, r := parts[i].f.SurvivalValue(parts[i].θ, x)
				if math.IsInf(r, 1) {
					return 0, 0, ErrCDFUnderflow
				}
				return S, r, nil
			})
		}
	}
	return &Dist{Family: f, Theta: θ}, nil
}

// mixtureDist is the gonum form of a mixture: log-density by log-sum-exp,
// cdf as the weighted sum, quantile by bisection of the cdf, and draws
// that pick a component by its weight.
type mixtureDist struct {
	w     []float64
	comps []GonumDist
	src   rand.Source
}

func (m *mixtureDist) LogProb(x float64) float64 {
	ls := make([]float64, len(m.w))
	top := math.Inf(-1)
	for i, c := range m.comps {
		ls[i] = math.Log(m.w[i]) + c.LogProb(x)
		top = math.Max(top, ls[i])
	}
	if math.IsInf(top, -1) {
		return top
	}
	s := 0.0
	for _, l := range ls {
		s += math.Exp(l - top)
	}
	return top + math.Log(s)
}

func (m *mixtureDist) CDF(x float64) float64 {
	s := 0.0
	for i, c := range m.comps {
		s += m.w[i] * c.CDF(x)
	}
	return s
}

// Quantile inverts the cdf by bisection between the components' own
// quantiles at p, which bracket the mixture's.
func (m *mixtureDist) Quantile(p float64) float64 {
	qs := make([]float64, len(m.comps))
	for i, c := range m.comps {
		qs[i] = c.Quantile(p)
	}
	sort.Float64s(qs)
	lo, hi := qs[0], qs[len(qs)-1]
	if lo == hi || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return lo
	}
	for k := 0; k < 200; k++ {
		mid := lo + (hi-lo)/2
		if mid == lo || mid == hi {
			break
		}
		if m.CDF(mid) < p {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + (hi-lo)/2
}

func (m *mixtureDist) Rand() float64 {
	var u float64
	if m.src == nil {
		u = rand.Float64()
	} else {
		u = rand.New(m.src).Float64()
	}
	for i, w := range m.w {
		if u < w || i == len(m.w)-1 {
			return m.comps[i].Rand()
		}
		u -= w
	}
	return m.comps[len(m.comps)-1].Rand()
}

// componentLogPDF is log p(x | θ) of a member of f: the exponential form
// log h(x) + η·T(x) − A(η), or the declared log-density.
func componentLogPDF(f *Family, x sym.Expr, θ []sym.Expr) sym.Expr {
	if f.Eta == nil {
		return f.NonExp.LogPDF(x, θ)
	}
	η := f.Eta(θ)
	terms := []sym.Expr{f.LogBase(x, θ), sym.Neg(f.LogPartition(η, θ))}
	for i, t := range f.Stat(x) {
		terms = append(terms, sym.Mul(η[i], t))
	}
	return sym.Add(terms...)
}
