package dist

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Cauchy is the Cauchy distribution with location μ and scale γ:
//
//	p(x) = 1/(π γ (1 + z²)),  z = (x − μ)/γ.
//
// It has no mean or variance. Entropy log(4πγ), and
// KL(p‖q) = log(((γ_p + γ_q)² + (μ_p − μ_q)²)/(4 γ_p γ_q)) (Chyzak &
// Nielsen 2019), so −E_p[log q] = log(π ((γ_p + γ_q)² + (μ_p − μ_q)²)/γ_q).
var Cauchy = register(&Family{
	Name: "Cauchy", Doc: "Cauchy with location mu and scale gamma: 1/(π gamma (1 + z²)), z = (x − mu)/gamma; no mean or variance",
	Example:      "kl(Cauchy(0, 3), Cauchy(1, 1))",
	Rank:         220,
	Params:       []Param{{Name: "mu", Domain: Real}, {Name: "gamma", Domain: Positive}},
	MomentExists: func([]float64, int) bool { return false },
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return distuv.StudentsT{Mu: θ[0], Sigma: θ[1], Nu: 1, Src: src}
	},
	NonExp: &NonExponential{
		LogPDF: func(x sym.Expr, θ []sym.Expr) sym.Expr {
			z := sym.Div(sym.Sub(x, θ[0]), θ[1])
			return sym.Neg(sym.Add(log(sym.Mul(sym.Pi, θ[1])), log(sym.Add(one, sym.Pow(z, two)))))
		},
		Entropy: func(θ []sym.Expr) sym.Expr { return log(sym.Mul(sym.Int(4), sym.Pi, θ[1])) },
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			s := sym.Add(sym.Pow(sym.Add(p[1], q[1]), two), sym.Pow(sym.Sub(p[0], q[0]), two))
			return log(sym.Div(sym.Mul(sym.Pi, s), q[1])), nil
		},
		// In (μ, γ): I/(2γ²).
		Fisher: func(θ []sym.Expr) ([][]sym.Expr, error) {
			f := sym.Div(one, sym.Mul(two, sym.Pow(θ[1], two)))
			return [][]sym.Expr{{f, zero}, {zero, f}}, nil
		},
	},
	// ½ + atan(z)/π = atan2(1, −z)/π, z = (x − μ)/γ: one form, accurate
	// in both tails.
	// ½ − atan(z)/π = atan2(1, z)/π.
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		z := (x - θ[0]) / θ[1]
		return math.Atan2(1, z) / math.Pi, 4*ulp + shiftErr(x, θ[0]) + 2*ulp
	},
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		z := (x - θ[0]) / θ[1]
		return math.Atan2(1, -z) / math.Pi, 4*ulp + shiftErr(x, θ[0]) + 2*ulp
	},
	// μ + γ tan(π(u − ½)) = μ − γ cos(πu)/sin(πu)
	InverseCDF: func(θ []sym.Expr, u sym.Expr) (sym.Expr, error) {
		a := sym.Mul(sym.Pi, u)
		return sym.Sub(θ[0], sym.Mul(θ[1], sym.Div(call("cos", a), call("sin", a)))), nil
	},
})
