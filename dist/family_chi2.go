package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Chi2 is the chi-squared distribution with k > 0 degrees of freedom,
// Gamma(k/2, 1/2):
//
//	p(x) = x^(k/2−1) e^(−x/2) / (2^(k/2) Γ(k/2)),  x > 0,
//
// an exponential family with η = k/2 − 1, T(x) = log x, h(x) = e^(−x/2) and
// A(η) = lgamma(η + 1) + (η + 1) log 2 (Johnson, Kotz & Balakrishnan 1994,
// ch. 18).
var Chi2 = register(&Family{
	Name: "Chi2", Doc: "chi-squared with k degrees of freedom: x^(k/2−1) exp(−x/2)/(2^(k/2) Γ(k/2)), x > 0",
	Example: "kl(Chi2(3), Chi2(5))",
	Rank:    140, Values: PositiveReals,
	Params: []Param{{Name: "k", Domain: Positive}},
	Eta:    func(θ []sym.Expr) []sym.Expr { return []sym.Expr{sym.Sub(sym.Div(θ[0], two), one)} },
	LogPartition: func(η, _ []sym.Expr) sym.Expr {
		a := sym.Add(η[0], one)
		return sym.Add(lgamma(a), sym.Mul(a, log(two)))
	},
	NaturalSpace: func(η []sym.Expr) []sym.Expr { return []sym.Expr{sym.Add(η[0], one)} }, // η > −1
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{log(x)} },
	// log h(x) = −x/2, so E[log h] = −E[x]/2 = −k/2.
	LogBase:     func(x sym.Expr, _ []sym.Expr) sym.Expr { return sym.Neg(sym.Div(x, two)) },
	MeanLogBase: func(θ []sym.Expr) (sym.Expr, error) { return sym.Neg(sym.Div(θ[0], two)), nil },
	Support:     positiveSupport,
	Mean:        func(θ []sym.Expr) sym.Expr { return θ[0] },
	Variance:    func(θ []sym.Expr) sym.Expr { return sym.Mul(two, θ[0]) },
	// E[x^j] = 2^j Γ(k/2 + j)/Γ(k/2)
	RawMoment: func(θ []sym.Expr, j int) sym.Expr {
		return sym.Mul(sym.Pow(two, sym.Int(int64(j))), rising(sym.Div(θ[0], two), j))
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist { return distuv.ChiSquared{K: θ[0], Src: src} },
	// P(k/2, x/2), the regularized lower incomplete gamma function.
	// Q(k/2, x/2).
	SurvivalValue: func(θ []float64, x float64) (float64, float64) { return gammaQ(θ[0]/2, x/2, 0) },
	CDFValue:      func(θ []float64, x float64) (float64, float64) { return gammaP(θ[0]/2, x/2, 0) },
})
