package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Bernoulli is Bernoulli(p): P(x = 1) = p.
var Bernoulli = register(&Family{
	Name: "Bernoulli", Doc: "Bernoulli: P(x = 1) = p, P(x = 0) = 1 − p", Discrete: true,
	Example: "kl(Bernoulli(0.3), Bernoulli(0.5))",
	Params:  []Param{{Name: "p", Domain: UnitInterval, Degenerate: []float64{0, 1}}},
	Eta:     func(θ []sym.Expr) []sym.Expr { return []sym.Expr{log(sym.Div(θ[0], sym.Sub(one, θ[0])))} },
	// Bernoulli(0) and Bernoulli(1) are point masses at 0 and 1.
	Atom: func(θ []float64) (float64, bool) { return θ[0], θ[0] == 0 || θ[0] == 1 },
	// A(η) = log(1 + e^η)
	LogPartition: func(η, _ []sym.Expr) sym.Expr { return log(sym.Add(one, exp(η[0]))) },
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{x} },
	LogBase:      noBase, MeanLogBase: zeroMeanLogBase,
	Support:  func(x float64, _ []float64) bool { return x == 0 || x == 1 },
	Mean:     func(θ []sym.Expr) sym.Expr { return θ[0] },
	Variance: func(θ []sym.Expr) sym.Expr { return sym.Mul(θ[0], sym.Sub(one, θ[0])) },
	// E[x^k] = P(x = 1) = p, since x^k = x on {0, 1}.
	RawMoment: func(θ []sym.Expr, _ int) sym.Expr { return θ[0] },
	// P(x = 0) = 1 − p, P(x = 1) = p.
	Probabilities: func(θ []sym.Expr) []sym.Expr { return []sym.Expr{sym.Sub(one, θ[0]), θ[0]} },
	Sample: func(θ []float64) *Sampler {
		p := θ[0]
		return scalarDraws(distuv.Bernoulli{P: p}.LogProb,
			func(rnd *rand.Rand) float64 { return distuv.Bernoulli{P: p, Src: rnd}.Rand() })
	},
	Quantile: func(θ []float64, p float64) (float64, error) {
		return discreteQuantile(distuv.Bernoulli{P: θ[0]}.CDF, p, 1)
	},
	Rank:   60,
	Values: ZeroOne,
	// 0 below 0, 1 − p on [0, 1), 1 from 1 on.
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		if v := belowOrAbove(x, nil, one); v != nil {
			return v, nil
		}
		if s, ok := numericSign(x); ok {
			if s < 0 {
				return zero, nil
			}
			return sym.Sub(one, θ[0]), nil
		}
		return nil, errNumericX
	},
})
