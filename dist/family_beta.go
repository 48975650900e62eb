package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Beta is Beta(a, b): x^{a−1}(1−x)^{b−1}/B(a, b) on (0, 1).
var Beta = register(&Family{
	Name: "Beta", Doc: "beta: x^(a−1) (1−x)^(b−1)/B(a, b) on (0, 1)",
	Example: "kl(Beta(2, 3), Beta(3, 2))",
	Params:  []Param{{Name: "a", Domain: Positive}, {Name: "b", Domain: Positive}},
	Eta:     func(θ []sym.Expr) []sym.Expr { return []sym.Expr{sym.Sub(θ[0], one), sym.Sub(θ[1], one)} },
	// A(η) = lbeta(η₁ + 1, η₂ + 1)
	LogPartition: func(η, _ []sym.Expr) sym.Expr { return call("lbeta", sym.Add(η[0], one), sym.Add(η[1], one)) },
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{log(x), log(sym.Sub(one, x))} },
	LogBase:      noBase, MeanLogBase: zeroMeanLogBase, Support: unitSupport,
	Mean: func(θ []sym.Expr) sym.Expr { return sym.Div(θ[0], sym.Add(θ[0], θ[1])) },
	Variance: func(θ []sym.Expr) sym.Expr {
		s := sym.Add(θ[0], θ[1])
		return sym.Div(sym.Mul(θ[0], θ[1]), sym.Mul(sym.Pow(s, two), sym.Add(s, one)))
	},

	NaturalSpace: aboveMinusOne, // η₁, η₂ > −1
	Rank:         40,
	Values:       OpenUnit,
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		return sym.Div(rising(θ[0], k), rising(sym.Add(θ[0], θ[1]), k))
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist { return distuv.Beta{Alpha: θ[0], Beta: θ[1], Src: src} },
	// I_x(a, b), the regularized incomplete beta function.
	// I_{1−x}(b, a); 1 − x is exact for x ≥ ½.
	SurvivalValue: func(θ []float64, x float64) (float64, float64) { return betaI(θ[1], θ[0], 1-x, ulp) },
	CDFValue:      func(θ []float64, x float64) (float64, float64) { return betaI(θ[0], θ[1], x, 0) },
})
