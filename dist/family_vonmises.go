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
		return vonMisesDist{mu: θ[0], kappa: κ, logNorm: sync.OnceValue(func() float64 {
			return math.Log(2*math.Pi) + special.LogBesselI0e(κ)
		}), src: src}
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

// CDF is F(x) = (x + π)/(2π) + (1/π) Σ_n A_n (sin(n(x − μ)) + (−1)ⁿ sin(nμ))/n
// on [−π, π), the integral of p(x) = (1 + 2 Σ A_n cos(n(x − μ)))/(2π).
func (d vonMisesDist) CDF(x float64) float64 {
	switch {
	case x <= -math.Pi:
		return 0
	case x >= math.Pi:
		return 1
	}
	s := 0.0
	sign := -1.0
	for i, a := range besselRatios(d.kappa) {
		n := float64(i + 1)
		s += a * (math.Sin(n*(x-d.mu)) + sign*math.Sin(n*d.mu)) / n
		sign = -sign
	}
	return math.Min(math.Max((x+math.Pi)/(2*math.Pi)+s/math.Pi, 0), 1)
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
