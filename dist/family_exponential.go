package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Exponential is Exponential(λ) with rate λ: p(x) = λ e^{−λx}, x ≥ 0.
var Exponential = register(&Family{
	Name: "Exponential", Doc: "exponential with rate λ: λ exp(−λ x), x ≥ 0",
	Example: "entropy(Exponential(2))",
	Params:  []Param{{Name: "rate", Domain: Positive}},
	Eta:     func(θ []sym.Expr) []sym.Expr { return []sym.Expr{sym.Neg(θ[0])} },
	// A(η) = −log(−η)
	LogPartition: func(η, _ []sym.Expr) sym.Expr { return sym.Neg(log(sym.Neg(η[0]))) },
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{x} },
	LogBase:      noBase, MeanLogBase: zeroMeanLogBase, Support: positiveSupport,
	Mean:     func(θ []sym.Expr) sym.Expr { return sym.Div(one, θ[0]) },
	Variance: func(θ []sym.Expr) sym.Expr { return sym.Div(one, sym.Pow(θ[0], two)) },

	NaturalSpace: negativeSpace, // η < 0
	Rank:         20,
	Values:       PositiveReals,
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		return sym.Div(factorial(k), sym.Pow(θ[0], sym.Int(int64(k))))
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist { return distuv.Exponential{Rate: θ[0], Src: src} },
	// Fisher–Rao: ∫ √F dλ = ∫ dλ/λ, d = |log(λ₁/λ₂)|.
	RaoDistance: func(p, q []sym.Expr) sym.Expr { return abs(log(sym.Div(p[0], q[0]))) },
	// 1 − exp(−λ x), x ≥ 0.
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		if v := belowOrAbove(x, zero, nil); v != nil {
			return v, nil
		}
		return sym.Sub(one, exp(sym.Neg(sym.Mul(θ[0], x)))), nil
	},
	// −log(1 − u)/λ
	InverseCDF: func(θ []sym.Expr, u sym.Expr) (sym.Expr, error) {
		return sym.Div(sym.Neg(log(sym.Sub(one, u))), θ[0]), nil
	},
})
