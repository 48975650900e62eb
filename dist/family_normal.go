package dist

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Normal is N(m, v) with mean m and VARIANCE v. The multivariate normal
// with numeric parameters has its own numerics (MVN); this form serves
// symbolic parameters.
var Normal = register(&Family{
	Name: "N", Doc: "normal distribution: mean vector and covariance matrix, or mean and VARIANCE v = σ²",
	Example: "N([0, 0], [[2, 0.5], [0.5, 1]])",
	Params:  []Param{{Name: "m", Domain: Real}, {Name: "v", Domain: Positive}},
	Eta:     normalEta, LogPartition: normalLogPartition,
	Stat:        func(x sym.Expr) []sym.Expr { return []sym.Expr{x, sym.Pow(x, two)} },
	LogBase:     noBase,
	MeanLogBase: zeroMeanLogBase,
	Mean:        func(θ []sym.Expr) sym.Expr { return θ[0] },
	Variance:    func(θ []sym.Expr) sym.Expr { return θ[1] },

	NaturalSpace: normalSpace, // η₂ < 0
	RaoDistance:  normalRao,
	Rank:         10,
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		// E[x^k] = m E[x^(k−1)] + (k−1) v E[x^(k−2)]
		prev, cur := one, θ[0]
		for i := 2; i <= k; i++ {
			prev, cur = cur, sym.Add(sym.Mul(θ[0], cur), sym.Mul(sym.Int(int64(i-1)), θ[1], prev))
		}
		return cur
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return distuv.Normal{Mu: θ[0], Sigma: math.Sqrt(θ[1]), Src: src}
	},
	// Φ((x − m)/√v) = erfc(−z/√2)/2, accurate in the left tail too.
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		z := (x - θ[0]) / math.Sqrt(θ[1])
		return normalCDF(z, shiftErr(x, θ[0])+2*ulp)
	},
	// Φ(−z), the upper tail without a difference with 1.
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		z := (x - θ[0]) / math.Sqrt(θ[1])
		return normalCDF(-z, shiftErr(x, θ[0])+2*ulp)
	},
	LogCDFValue: func(θ []float64, x float64) (float64, float64) {
		return normalLogCDF((x-θ[0])/math.Sqrt(θ[1]), shiftErr(x, θ[0])+2*ulp)
	},
})
