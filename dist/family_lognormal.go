package dist

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// LogNormal is LogNormal(μ, v): log x ~ N(μ, v), v the variance of log x.
var LogNormal = register(&Family{
	Name: "LogNormal", Doc: "log-normal: log x ~ N(mu, v), v the variance of log x",
	Example: "kl(LogNormal(0, 1), LogNormal(1, 2))",
	Params:  []Param{{Name: "mu", Domain: Real}, {Name: "v", Domain: Positive}},
	Eta:     normalEta, LogPartition: normalLogPartition,
	Stat: func(x sym.Expr) []sym.Expr { return []sym.Expr{log(x), sym.Pow(log(x), two)} },
	// h(x) = 1/x, so E[log h] = −E[log x] = −μ.
	LogBase:     func(x sym.Expr, _ []sym.Expr) sym.Expr { return sym.Neg(log(x)) },
	MeanLogBase: func(θ []sym.Expr) (sym.Expr, error) { return sym.Neg(θ[0]), nil },
	Support:     positiveSupport,
	Mean:        func(θ []sym.Expr) sym.Expr { return exp(sym.Add(θ[0], sym.Div(θ[1], two))) },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Mul(sym.Sub(exp(θ[1]), one), exp(sym.Add(sym.Mul(two, θ[0]), θ[1])))
	},

	NaturalSpace: normalSpace, // η₂ < 0
	RaoDistance:  normalRao,
	Rank:         90,
	Values:       PositiveReals,
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		kk := sym.Int(int64(k))
		return exp(sym.Add(sym.Mul(kk, θ[0]), sym.Div(sym.Mul(sym.Pow(kk, two), θ[1]), two)))
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return distuv.LogNormal{Mu: θ[0], Sigma: math.Sqrt(θ[1]), Src: src}
	},
	// Φ((log x − μ)/√v), x > 0.
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		if x <= 0 {
			return 0, 0
		}
		l := math.Log(x)
		z := (l - θ[0]) / math.Sqrt(θ[1])
		return normalCDF(z, lognormalShiftErr(l, θ[0]))
	},
	// Φ(−(log x − μ)/√v).
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		if x <= 0 {
			return 1, 0
		}
		l := math.Log(x)
		return normalCDF(-(l-θ[0])/math.Sqrt(θ[1]), lognormalShiftErr(l, θ[0]))
	},
	LogCDFValue: func(θ []float64, x float64) (float64, float64) {
		l := math.Log(x)
		return normalLogCDF((l-θ[0])/math.Sqrt(θ[1]), lognormalShiftErr(l, θ[0]))
	},
})

// lognormalShiftErr bounds the relative error of log x − μ: that of the
// difference and the ulp of the logarithm.
func lognormalShiftErr(l, μ float64) float64 {
	return shiftErr(l, μ) + ulp*math.Abs(l)/math.Max(math.Abs(l-μ), 0x1p-1022) + 2*ulp
}
