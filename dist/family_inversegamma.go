package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// InverseGamma is the distribution of 1/y for y ~ Gamma(α, β) (β a rate),
// with shape α and SCALE β:
//
//	p(x) = β^α / Γ(α) · x^(−α−1) e^(−β/x),  x > 0,
//
// an exponential family with η = (−α − 1, −β), T(x) = (log x, 1/x), h = 1
// and A(η) = lgamma(−η₁ − 1) − (−η₁ − 1) log(−η₂) (Johnson, Kotz &
// Balakrishnan 1994, ch. 17). E[x^j] = β^j/((α−1)⋯(α−j)) is finite only
// for α > j.
var InverseGamma = register(&Family{
	Name: "InverseGamma", Doc: "inverse gamma with shape alpha and scale beta: beta^alpha/Γ(alpha) x^(−alpha−1) exp(−beta/x), x > 0",
	Example: "kl(InverseGamma(3, 2), InverseGamma(2, 1))",
	Rank:    150, Values: PositiveReals,
	Params: []Param{{Name: "alpha", Domain: Positive}, {Name: "beta", Domain: Positive}},
	Eta: func(θ []sym.Expr) []sym.Expr {
		return []sym.Expr{sym.Neg(sym.Add(θ[0], one)), sym.Neg(θ[1])}
	},
	LogPartition: func(η, _ []sym.Expr) sym.Expr {
		a := sym.Neg(sym.Add(η[0], one))
		return sym.Sub(lgamma(a), sym.Mul(a, log(sym.Neg(η[1]))))
	},
	NaturalSpace: func(η []sym.Expr) []sym.Expr { // η₁ < −1, η₂ < 0
		return []sym.Expr{sym.Neg(sym.Add(η[0], one)), sym.Neg(η[1])}
	},
	Stat:        func(x sym.Expr) []sym.Expr { return []sym.Expr{log(x), sym.Div(one, x)} },
	LogBase:     noBase,
	MeanLogBase: zeroMeanLogBase,
	Support:     positiveSupport,
	Mean:        func(θ []sym.Expr) sym.Expr { return sym.Div(θ[1], sym.Sub(θ[0], one)) },
	Variance: func(θ []sym.Expr) sym.Expr {
		am1 := sym.Sub(θ[0], one)
		return sym.Div(sym.Pow(θ[1], two), sym.Mul(sym.Pow(am1, two), sym.Sub(θ[0], two)))
	},
	// E[x^j] = β^j / ((α − 1)(α − 2)⋯(α − j))
	RawMoment: func(θ []sym.Expr, j int) sym.Expr {
		return sym.Div(sym.Pow(θ[1], sym.Int(int64(j))), rising(sym.Sub(θ[0], sym.Int(int64(j))), j))
	},
	MomentExists: func(θ []float64, k int) bool { return θ[0] > float64(k) },
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return distuv.InverseGamma{Alpha: θ[0], Beta: θ[1], Src: src}
	},
	// Q(α, β/x), the regularized upper incomplete gamma function.
	// P(α, β/x).
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		if x <= 0 {
			return 1, 0
		}
		return gammaP(θ[0], θ[1]/x, ulp)
	},
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		if x <= 0 {
			return 0, 0
		}
		return gammaQ(θ[0], θ[1]/x, ulp)
	},
})
