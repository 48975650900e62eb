package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Gamma is Gamma(a, b) with shape a and RATE b: b^a x^{a−1} e^{−bx}/Γ(a).
var Gamma = register(&Family{
	Name: "Gamma", Doc: "gamma with shape a and rate b: b^a x^(a−1) exp(−b x)/Γ(a)",
	Example: "kl(Gamma(2, 1), Gamma(3, 2))",
	Params:  []Param{{Name: "shape", Domain: Positive}, {Name: "rate", Domain: Positive}},
	Eta:     func(θ []sym.Expr) []sym.Expr { return []sym.Expr{sym.Sub(θ[0], one), sym.Neg(θ[1])} },
	// A(η) = lgamma(η₁ + 1) − (η₁ + 1) log(−η₂)
	LogPartition: func(η, _ []sym.Expr) sym.Expr {
		a := sym.Add(η[0], one)
		return sym.Sub(lgamma(a), sym.Mul(a, log(sym.Neg(η[1]))))
	},
	Stat:    func(x sym.Expr) []sym.Expr { return []sym.Expr{log(x), x} },
	LogBase: noBase, MeanLogBase: zeroMeanLogBase, Support: positiveSupport,
	Mean:     func(θ []sym.Expr) sym.Expr { return sym.Div(θ[0], θ[1]) },
	Variance: func(θ []sym.Expr) sym.Expr { return sym.Div(θ[0], sym.Pow(θ[1], two)) },

	NaturalSpace: func(η []sym.Expr) []sym.Expr { return []sym.Expr{sym.Add(η[0], one), sym.Neg(η[1])} }, // η₁ > −1, η₂ < 0
	Rank:         30,
	Values:       PositiveReals,
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		return sym.Div(rising(θ[0], k), sym.Pow(θ[1], sym.Int(int64(k))))
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return distuv.Gamma{Alpha: θ[0], Beta: θ[1], Src: src}
	},
	// P(a, b x), the regularized lower incomplete gamma function.
	// Q(a, b x).
	SurvivalValue: func(θ []float64, x float64) (float64, float64) { return gammaQ(θ[0], θ[1]*x, ulp) },
	CDFValue:      func(θ []float64, x float64) (float64, float64) { return gammaP(θ[0], θ[1]*x, ulp) },
})
