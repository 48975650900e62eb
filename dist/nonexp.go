package dist

import (
	"errors"
	"fmt"

	"statcalc/sym"
)

// meanAbsLaplace returns E|x − c| for x ~ Laplace(μ, b):
// |c − μ| + b exp(−|c − μ|/b).
func meanAbsLaplace(μ, b, c sym.Expr) sym.Expr {
	d := abs(sym.Sub(c, μ))
	return sym.Add(d, sym.Mul(b, exp(sym.Neg(sym.Div(d, b)))))
}

// Laplace is Laplace(μ, b): exp(−|x − μ|/b)/(2b). It is not an
// exponential family in μ; its closed forms come from E|x − c|.
var Laplace = register(&Family{
	Name: "Laplace", Doc: "Laplace with location mu and scale b: exp(−|x − mu|/b)/(2b)",
	Example: "kl(Laplace(0, 1), Laplace(1, 2))",
	Params:  []Param{{Name: "mu", Domain: Real}, {Name: "b", Domain: Positive}},
	Mean:    func(θ []sym.Expr) sym.Expr { return θ[0] },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Mul(two, sym.Pow(θ[1], two))
	},
	NonExp: &NonExponential{
		LogPDF: func(x sym.Expr, θ []sym.Expr) sym.Expr {
			return sym.Neg(sym.Add(log(sym.Mul(two, θ[1])), sym.Div(abs(sym.Sub(x, θ[0])), θ[1])))
		},
		// H = 1 + log(2b)
		Entropy: func(θ []sym.Expr) sym.Expr { return sym.Add(one, log(sym.Mul(two, θ[1]))) },
		// −E_p[log q] = log(2 b_q) + E_p|x − μ_q|/b_q
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			return sym.Add(log(sym.Mul(two, q[1])), sym.Div(meanAbsLaplace(p[0], p[1], q[0]), q[1])), nil
		},
		// The score (sign(x − μ)/b, (|x − μ| − b)/b²) has independent
		// entries of variance 1/b² each.
		Fisher: func(θ []sym.Expr) ([][]sym.Expr, error) {
			f := sym.Div(one, sym.Pow(θ[1], two))
			return [][]sym.Expr{{f, zero}, {zero, f}}, nil
		},
	},
})

// Uniform is Uniform(a, b): 1/(b − a) on [a, b].
var Uniform = register(&Family{
	Name: "Uniform", Doc: "uniform on [a, b]",
	Example: "kl(Uniform(0, 1), Uniform(-1, 2))",
	Params:  []Param{{Name: "a", Domain: Real}, {Name: "b", Domain: Real}},
	Mean:    func(θ []sym.Expr) sym.Expr { return sym.Div(sym.Add(θ[0], θ[1]), two) },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Div(sym.Pow(sym.Sub(θ[1], θ[0]), two), sym.Int(12))
	},
	Support: func(x float64, θ []float64) bool { return x >= θ[0] && x <= θ[1] },
	Validate: func(θ []float64) error {
		if !(θ[0] < θ[1]) {
			return fmt.Errorf("a must be less than b, not %g ≥ %g", θ[0], θ[1])
		}
		return nil
	},
	NonExp: &NonExponential{
		LogPDF:  func(_ sym.Expr, θ []sym.Expr) sym.Expr { return sym.Neg(log(sym.Sub(θ[1], θ[0]))) },
		Entropy: func(θ []sym.Expr) sym.Expr { return log(sym.Sub(θ[1], θ[0])) },
		// −E_p[log q] = log(b_q − a_q) when [a_p, b_p] ⊆ [a_q, b_q], else ∞.
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			if inside, known := contains(q, p); known && !inside {
				return nil, errors.New("infinite: the support of the first distribution is not inside that of the second")
			}
			return log(sym.Sub(q[1], q[0])), nil
		},
		Fisher: func([]sym.Expr) ([][]sym.Expr, error) {
			return nil, errors.New("Fisher information is not defined for Uniform: its support depends on the parameters")
		},
	},
})

// contains reports whether [p₀, p₁] ⊆ [q₀, q₁], when the endpoints are
// numbers.
func contains(q, p []sym.Expr) (inside, known bool) {
	var v [4]float64
	for i, e := range []sym.Expr{q[0], q[1], p[0], p[1]} {
		if !sym.IsNumber(e) {
			return false, false
		}
		f, err := sym.Float64(e)
		if err != nil {
			return false, false
		}
		v[i] = f
	}
	return v[0] <= v[2] && v[3] <= v[1], true
}
