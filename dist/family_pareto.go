package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Pareto is Pareto(x_m, α) with scale x_m (fixed) and shape α:
//
//	p(x) = α x_m^α / x^(α+1),  x ≥ x_m,
//
// an exponential family in α with η = −α − 1, T(x) = log x, h = 1 and
// A(η) = −log(−η − 1) + (η + 1) log x_m. E[x^j] = α x_m^j/(α − j) is finite
// only for α > j. Divergences need equal x_m.
var Pareto = register(&Family{
	Name: "Pareto", Doc: "Pareto with scale xm (fixed) and shape alpha: alpha xm^alpha/x^(alpha+1), x ≥ xm",
	Example: "kl(Pareto(1, 3), Pareto(1, 2))",
	Rank:    190,
	Params:  []Param{{Name: "xm", Domain: Positive, Fixed: true}, {Name: "alpha", Domain: Positive}},
	Eta:     func(θ []sym.Expr) []sym.Expr { return []sym.Expr{sym.Neg(sym.Add(θ[1], one))} },
	LogPartition: func(η, θ []sym.Expr) sym.Expr {
		return sym.Add(sym.Neg(log(sym.Neg(sym.Add(η[0], one)))), sym.Mul(sym.Add(η[0], one), log(θ[0])))
	},
	NaturalSpace: func(η []sym.Expr) []sym.Expr { return []sym.Expr{sym.Neg(sym.Add(η[0], one))} }, // η < −1
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{log(x)} },
	LogBase:      noBase, MeanLogBase: zeroMeanLogBase,
	Support:      func(x float64, θ []float64) bool { return x >= θ[0] },
	Ends:         func(θ []sym.Expr) (sym.Expr, sym.Expr) { return θ[0], nil },
	Mean:         func(θ []sym.Expr) sym.Expr { return paretoRaw(θ, 1) },
	Variance:     func(θ []sym.Expr) sym.Expr { return sym.Sub(paretoRaw(θ, 2), sym.Pow(paretoRaw(θ, 1), two)) },
	RawMoment:    paretoRaw,
	MomentExists: func(θ []float64, k int) bool { return θ[1] > float64(k) },
	Kinks:        func(θ []float64) []float64 { return []float64{θ[0]} },
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return distuv.Pareto{Xm: θ[0], Alpha: θ[1], Src: src}
	},
	// 1 − (x_m/x)^α, x ≥ x_m.
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		if v := belowOrAbove(x, θ[0], nil); v != nil {
			return v, nil
		}
		return sym.Sub(one, sym.Pow(sym.Div(θ[0], x), θ[1])), nil
	},
	// x_m (1 − u)^(−1/α)
	InverseCDF: func(θ []sym.Expr, u sym.Expr) (sym.Expr, error) {
		return sym.Mul(θ[0], sym.Pow(sym.Sub(one, u), sym.Neg(sym.Div(one, θ[1])))), nil
	},
})

// paretoRaw is E[x^j] = α x_m^j/(α − j), α > j.
func paretoRaw(θ []sym.Expr, j int) sym.Expr {
	jj := sym.Int(int64(j))
	return sym.Div(sym.Mul(θ[1], sym.Pow(θ[0], jj)), sym.Sub(θ[1], jj))
}
