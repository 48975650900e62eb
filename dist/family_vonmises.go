package dist

import (
	"math"
	"math/rand/v2"
	"sync"

	"statcalc/sym"
	"statcalc/sym/special"
)

// VonMises is VonMises(μ, κ), the circular normal, for an angle x in
// [−π, π) (μ any real, taken modulo 2π; κ > 0 the concentration):
//
//	p(x) = exp(κ cos(x − μ))/(2π I₀(κ)).
//
// It is an exponential family with T(x) = (cos x, sin x), η = (κ cos μ,
// κ sin μ) and A(η) = log 2π + log I₀(‖η‖), so that E[T] = A(κ)(cos μ,
// sin μ), A = I₁/I₀ (Mardia & Jupp 2000, §3.5.4). Its closed forms are
// declared in (μ, κ) rather than derived from A: the derivation goes
// through ‖η(θ)‖ = κ √(cos²μ + sin²μ), which the simplifier does not
// reduce, so that derived forms would print that root and the Fisher
// information's zero off the diagonal could not be evaluated as an exact
// zero. The declared forms are those of the derivation with the root
// taken as 1, and the tests compare them with quadrature in mpmath:
//
//	H = log(2π I₀(κ)) − κ A(κ),
//	−E_p[log q] = log(2π I₀(κ_q)) − κ_q A(κ_p) cos(μ_p − μ_q). Its circular
//
// mean is μ and circular variance 1 − I₁(κ)/I₀(κ); the linear mean and
// variance of x on [−π, π) have no closed form and are not declared.
var VonMises = register(&Family{
	Name: "VonMises", Doc: "von Mises (circular normal) on [−π, π): exp(kappa cos(x − mu))/(2π I₀(kappa)), mu modulo 2π, concentration kappa",
	Example: "kl(VonMises(0, 2), VonMises(1, 3))",
	Rank:    250,
	Params:  []Param{{Name: "mu", Domain: Real}, {Name: "kappa", Domain: Positive}},
	Support: func(x float64, _ []float64) bool { return x >= -math.Pi && x < math.Pi },
	Ends:    func([]sym.Expr) (sym.Expr, sym.Expr) { return sym.Neg(sym.Pi), sym.Pi },
	Kinks:   func([]float64) []float64 { return []float64{-math.Pi, math.Pi} },
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		κ := θ[1]
		return vonMisesDist{mu: θ[0], kappa: κ, logNorm: sync.OnceValue(func() float64 { return vonMisesNorm(κ) }), src: src}
	},
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		return vonMisesLower(θ[0], θ[1], x)
	},
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		_, S, e := vonMisesCDF(θ[0], θ[1], x)
		S, r := vonMisesRel(S, e)
		if r <= vonMisesSeriesRel {
			return S, r
		}
		if v, rv, ok := vonMisesIntegral(θ[0], θ[1], x, math.Pi, vonMisesNorm(θ[1])); ok {
			return v, rv
		}
		return S, r
	},
	NonExp: &NonExponential{
		LogPDF: func(x sym.Expr, θ []sym.Expr) sym.Expr {
			return sym.Sub(sym.Mul(θ[1], call("cos", sym.Sub(x, θ[0]))), vonMisesLogNorm(θ[1]))
		},
		// H = log(2π I₀(κ)) − κ A(κ)
		Entropy: func(θ []sym.Expr) sym.Expr {
			return sym.Sub(vonMisesLogNorm(θ[1]), sym.Mul(θ[1], call("besselratio", θ[1])))
		},
		// −E_p[log q] = log(2π I₀(κ_q)) − κ_q A(κ_p) cos(μ_p − μ_q), from
		// E_p[cos(x − μ_q)] = A(κ_p) cos(μ_p − μ_q).
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			return sym.Sub(vonMisesLogNorm(q[1]),
				sym.Mul(q[1], call("besselratio", p[1]), call("cos", sym.Sub(p[0], q[0])))), nil
		},
		// In (μ, κ): I_μμ = κ A(κ), I_κκ = A′(κ) = 1 − A/κ − A², I_μκ = 0.
		Fisher: func(θ []sym.Expr) ([][]sym.Expr, error) {
			κ := θ[1]
			a := call("besselratio", κ)
			return [][]sym.Expr{
				{sym.Mul(κ, a), zero},
				{zero, sym.Sub(sym.Sub(one, sym.Div(a, κ)), sym.Pow(a, two))},
			}, nil
		},
	},
})

// vonMisesLogNorm is log(2π I₀(κ)).
func vonMisesLogNorm(κ sym.Expr) sym.Expr {
	return sym.Add(log(sym.Mul(two, sym.Pi)), call("logbesseli0", κ))
}

// vonMisesDist is VonMises in float64: the density, the cdf from its
// Fourier series, the quantile by inversion and the sampler of Best &
// Fisher (1979, Appl. Statist. 28).
type vonMisesDist struct {
	// logNorm is log(2π I₀(κ)) − κ: the density is written
	// exp(κ (cos(x − μ) − 1) − logNorm), cos u − 1 = −2 sin²(u/2), so that
	// neither term is large for large κ. It is computed when first needed
	// (a sampler that only draws never needs it, and it costs 0.1 ms).
	mu, kappa float64
	logNorm   func() float64
	src       rand.Source
}

func (d vonMisesDist) LogProb(x float64) float64 {
	if !(x >= -math.Pi && x < math.Pi) {
		return math.Inf(-1)
	}
	h := math.Sin((x - d.mu) / 2)
	return -2*d.kappa*h*h - d.logNorm()
}

// besselRatios returns A_n = I_n(κ)/I₀(κ), n = 1, 2, …, until they are
// negligible, from r_n = I_n/I_(n−1) = κ/(2n + κ r_(n+1)) run backward
// (Miller's algorithm; the ratios are stable in that direction).
func besselRatios(κ float64) []float64 {
	n := 40 + int(12*math.Sqrt(κ))
	r := make([]float64, n+2)
	for k := n; k >= 1; k-- {
		r[k] = κ / (2*float64(k) + κ*r[k+1])
	}
	a := make([]float64, 0, n)
	prod := 1.0
	for k := 1; k <= n; k++ {
		prod *= r[k]
		if prod < 1e-18 {
			break
		}
		a = append(a, prod)
	}
	return a
}

// CDF is the Fourier series of vonMisesCDF, accurate to about 1e-16
// absolutely, clamped to [0, 1]: fast enough for inversion (quantile,
// w2). VonMises.CDFValue adds the integral of the density in the tails,
// for relative accuracy there.
func (d vonMisesDist) CDF(x float64) float64 {
	F, _, _ := vonMisesCDF(d.mu, d.kappa, x)
	return math.Min(math.Max(F, 0), 1)
}

// vonMisesNorm is log(2π I₀(κ)) − κ.
func vonMisesNorm(κ float64) float64 { return math.Log(2*math.Pi) + special.LogBesselI0e(κ) }

// vonMisesLower is F(x) with its relative error: the series where it
// resolves F, else the integral of the density from −π.
func vonMisesLower(μ, κ, x float64) (float64, float64) {
	F, _, e := vonMisesCDF(μ, κ, x)
	F, r := vonMisesRel(F, e)
	if r <= vonMisesSeriesRel {
		return F, r
	}
	if v, rv, ok := vonMisesIntegral(μ, κ, -math.Pi, x, vonMisesNorm(κ)); ok {
		return v, rv
	}
	return F, r
}

// Quantile solves F(x) = u on [−π, π].
func (d vonMisesDist) Quantile(u float64) float64 {
	return invertCDF(d.CDF, d.LogProb, u, -math.Pi, math.Pi, 0)
}

// Rand draws by the wrapped-Cauchy envelope of Best & Fisher:
// τ = 1 + √(1 + 4κ²), ρ = (τ − √(2τ))/(2κ), r = (1 + ρ²)/(2ρ); then
// z = cos πU₁, f = (1 + rz)/(r + z), c = κ(r − f), accepted when
// c(2 − c) > U₂ or log(c/U₂) + 1 ≥ c; x = μ ± arccos f, wrapped to [−π, π).
// τ − √(2τ) is written τ(τ − 2)/(τ + √(2τ)), τ − 2 = 4κ²/(√(1 + 4κ²) + 1),
// which keep their digits for small κ.
func (d vonMisesDist) Rand() float64 {
	rnd := randOf(d.src)
	κ := d.kappa
	q := math.Sqrt(1 + 4*κ*κ)
	τ := 1 + q
	ρ := τ * (4 * κ * κ / (q + 1)) / (τ + math.Sqrt(2*τ)) / (2 * κ)
	r := (1 + ρ*ρ) / (2 * ρ)
	var f float64
	for {
		z := math.Cos(math.Pi * rnd.Float64())
		f = (1 + r*z) / (r + z)
		c := κ * (r - f)
		u2 := rnd.Float64()
		if c*(2-c) > u2 || math.Log(c/u2)+1 >= c {
			break
		}
	}
	θ := math.Acos(math.Min(math.Max(f, -1), 1))
	if rnd.Float64() < 0.5 {
		θ = -θ
	}
	return wrapAngle(d.mu + θ)
}

// wrapAngle maps x to [−π, π).
func wrapAngle(x float64) float64 {
	x = math.Mod(x+math.Pi, 2*math.Pi)
	if x < 0 {
		x += 2 * math.Pi
	}
	x -= math.Pi
	if x >= math.Pi { // rounding
		x = -math.Pi
	}
	return x
}

// vonMisesRel turns an absolute error into a relative one; a value the
// series cannot tell from 0 has none.
func vonMisesRel(v, absErr float64) (float64, float64) {
	switch {
	case absErr == 0:
		return v, 0
	case v <= absErr:
		return math.Max(v, 0), math.Inf(1)
	}
	return v, absErr / v
}

// vonMisesCDF returns F(x) and S(x) = 1 − F(x) of VonMises(μ, κ) on
// [−π, π) from the Fourier series of vonMisesDist.CDF,
//
//	F(x) = (x + π)/(2π) + s/π,  S(x) = (π − x)/(2π) − s/π,
//	s = Σ_n A_n (sin(n(x − μ)) + (−1)ⁿ sin(nμ))/n,
//
// with a bound on their common absolute error: A_n from Miller's
// recurrence to about 3n ulps, n(x − μ) and nμ to 2n ulps of |x| + |μ|
// (the sines' slope is at most 1), the sum's rounding N ulps of Σ|terms|
// for N terms, and the tail dropped where A_n < 1e-18, below
// 4·1e-18/(1 − ρ) for the last ratio ρ = A_N/A_(N−1) (the ratios decrease).
func vonMisesCDF(μ, κ, x float64) (F, S, absErr float64) {
	switch {
	case x <= -math.Pi:
		return 0, 1, 0
	case x >= math.Pi:
		return 1, 0, 0
	}
	a := besselRatios(κ)
	s, sumA := 0.0, 0.0
	sign := -1.0
	for i, an := range a {
		n := float64(i + 1)
		s += an * (math.Sin(n*(x-μ)) + sign*math.Sin(n*μ)) / n
		sumA += an
		sign = -sign
	}
	N := float64(len(a))
	ρ := 0.5
	if len(a) >= 2 {
		ρ = math.Max(ρ, a[len(a)-1]/a[len(a)-2])
	}
	tail := 4e-18 / (1 - math.Min(ρ, 0.99))
	sErr := ulp * sumA * (2*N + 12 + 4*math.Abs(x) + 8*math.Abs(μ))
	F = (x+math.Pi)/(2*math.Pi) + s/math.Pi
	S = (math.Pi-x)/(2*math.Pi) - s/math.Pi
	return F, S, (sErr+tail)/math.Pi + 4*ulp*(1+math.Abs(s))
}

// vonMisesSeriesRel is the largest relative error accepted from the
// Fourier series; a tail value the series cannot give to it (its error
// is absolute) is integrated instead (vonMisesIntegral).
const vonMisesSeriesRel = 1e-13

// vonMisesIntegral returns ∫_lo^hi p(u) du, −π ≤ lo ≤ hi ≤ π, for a tail
// of VonMises(μ, κ) (logNorm = vonMisesNorm(κ)), with a bound on its relative error: the 32-point
// Gauss–Legendre rule on panels of width at most min(½, 4/κ), where
// p(u) = exp(κ(cos(u − μ) − 1) − log(2π I₀(κ) e^(−κ))) is analytic and
// varies by at most a few e-folds, so that the rule's truncation is far
// below an ulp. The terms are positive: the error is that of the
// exponent, κ·2ε(|u| + |μ| + 2) for u − μ and the cosine plus the ulps of
// the normalisation, and the rounding of the sum (an ulp a panel).
// Beyond vonMisesMaxPanels panels (κ above about 2e5) it declines (ok
// false): the series' value and bound stand.
func vonMisesIntegral(μ, κ, lo, hi, logNorm float64) (v, relErr float64, ok bool) {
	if !(hi > lo) {
		return 0, 0, true
	}
	w := math.Min(0.5, 4/κ)
	n := math.Ceil((hi - lo) / w)
	if n > vonMisesMaxPanels {
		return 0, 0, false
	}
	h := (hi - lo) / n
	f := func(u float64) float64 {
		s := math.Sin((u - μ) / 2)
		return math.Exp(-2*κ*s*s - logNorm)
	}
	sum := 0.0
	for i := 0.0; i < n; i++ {
		sum += glIntegrate(f, lo+i*h, lo+(i+1)*h)
	}
	// The support's ends are ±π, beyond the float64 ±π by π − fl(π).
	const piLow = 1.2246467991473532e-16
	if lo == -math.Pi {
		sum += piLow * f(lo)
	}
	if hi == math.Pi {
		sum += piLow * f(hi)
	}
	if sum == 0 {
		return 0, math.Inf(1), true // below the float64 range
	}
	return sum, ulp * (2*κ*(math.Max(math.Abs(lo), math.Abs(hi))+math.Abs(μ)+2) + 4*math.Abs(logNorm) + n + 40), true
}

// vonMisesMaxPanels bounds the work of vonMisesIntegral (32 densities a
// panel: about 0.1 s at the bound).
const vonMisesMaxPanels = 3e5
