package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// chiRaw is E[x^j] = 2^(j/2) Γ((k + j)/2)/Γ(k/2) under Chi(k).
func chiRaw(k sym.Expr, j int) sym.Expr {
	jj := sym.Int(int64(j))
	return sym.Mul(sym.Pow(two, sym.Div(jj, two)),
		exp(sym.Sub(lgamma(sym.Div(sym.Add(k, jj), two)), lgamma(sym.Div(k, two)))))
}

// Chi is the chi distribution with k > 0 degrees of freedom, the length of
// a standard normal k-vector:
//
//	p(x) = x^(k−1) e^(−x²/2) / (2^(k/2−1) Γ(k/2)),  x > 0,
//
// an exponential family with η = k − 1, T(x) = log x, h(x) = e^(−x²/2) and
// A(η) = lgamma((η + 1)/2) + ((η + 1)/2 − 1) log 2 (Johnson, Kotz &
// Balakrishnan 1994, ch. 18).
var Chi = register(&Family{
	Name: "Chi", Doc: "chi with k degrees of freedom: x^(k−1) exp(−x²/2)/(2^(k/2−1) Γ(k/2)), x > 0",
	Example: "entropy(Chi(3))",
	Rank:    160, Values: PositiveReals,
	Params: []Param{{Name: "k", Domain: Positive}},
	Eta:    func(θ []sym.Expr) []sym.Expr { return []sym.Expr{sym.Sub(θ[0], one)} },
	LogPartition: func(η, _ []sym.Expr) sym.Expr {
		h := sym.Div(sym.Add(η[0], one), two)
		return sym.Add(lgamma(h), sym.Mul(sym.Sub(h, one), log(two)))
	},
	NaturalSpace: func(η []sym.Expr) []sym.Expr { return []sym.Expr{sym.Add(η[0], one)} }, // η > −1
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{log(x)} },
	// log h(x) = −x²/2, so E[log h] = −E[x²]/2 = −k/2.
	LogBase:     func(x sym.Expr, _ []sym.Expr) sym.Expr { return sym.Neg(sym.Div(sym.Pow(x, two), two)) },
	MeanLogBase: func(θ []sym.Expr) (sym.Expr, error) { return sym.Neg(sym.Div(θ[0], two)), nil },
	Support:     positiveSupport,
	Mean:        func(θ []sym.Expr) sym.Expr { return chiRaw(θ[0], 1) },
	Variance:    func(θ []sym.Expr) sym.Expr { return sym.Sub(θ[0], sym.Pow(chiRaw(θ[0], 1), two)) },
	RawMoment:   func(θ []sym.Expr, j int) sym.Expr { return chiRaw(θ[0], j) },
	Gonum:       func(θ []float64, src rand.Source) GonumDist { return distuv.Chi{K: θ[0], Src: src} },
	// P(k/2, x²/2), the regularized lower incomplete gamma function.
	// Q(k/2, x²/2).
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		if x <= 0 {
			return 1, 0
		}
		return gammaQ(θ[0]/2, x*x/2, 2*ulp)
	},
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		if x <= 0 {
			return 0, 0
		}
		return gammaP(θ[0]/2, x*x/2, 2*ulp)
	},
})
