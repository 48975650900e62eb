package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Gumbel is the (maximum) Gumbel distribution with location μ and scale β:
//
//	p(x) = e^(−z − e^(−z))/β,  z = (x − μ)/β.
//
// x = μ + β G with G standard Gumbel, E[G] = γ and E[e^(−t G)] = Γ(1 + t),
// give its closed forms (Johnson, Kotz & Balakrishnan 1995, ch. 22).
var Gumbel = register(&Family{
	Name: "Gumbel", Doc: "Gumbel (of maxima) with location mu and scale beta: exp(−z − exp(−z))/beta, z = (x − mu)/beta",
	Example: "kl(Gumbel(0, 1), Gumbel(1, 2))",
	Rank:    200,
	Params:  []Param{{Name: "mu", Domain: Real}, {Name: "beta", Domain: Positive}},
	Mean:    func(θ []sym.Expr) sym.Expr { return sym.Add(θ[0], sym.Mul(θ[1], eulerGamma())) },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Div(sym.Mul(sym.Pow(sym.Pi, two), sym.Pow(θ[1], two)), sym.Int(6))
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return distuv.GumbelRight{Mu: θ[0], Beta: θ[1], Src: src}
	},
	NonExp: &NonExponential{
		LogPDF: func(x sym.Expr, θ []sym.Expr) sym.Expr {
			z := sym.Div(sym.Sub(x, θ[0]), θ[1])
			return sym.Neg(sym.Add(log(θ[1]), z, exp(sym.Neg(z))))
		},
		// H = log β + γ + 1
		Entropy: func(θ []sym.Expr) sym.Expr { return sym.Add(log(θ[1]), eulerGamma(), one) },
		// −E_p[log q] = log β_q + (μ_p − μ_q + β_p γ)/β_q + e^(−(μ_p − μ_q)/β_q) Γ(1 + β_p/β_q)
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			d := sym.Div(sym.Sub(p[0], q[0]), q[1])
			r := sym.Div(p[1], q[1])
			return sym.Add(log(q[1]), d, sym.Mul(r, eulerGamma()),
				sym.Mul(exp(sym.Neg(d)), exp(lgamma(sym.Add(one, r))))), nil
		},
		// In (μ, β): (1/β²) [[1, γ − 1], [γ − 1, (1 − γ)² + π²/6]].
		Fisher: func(θ []sym.Expr) ([][]sym.Expr, error) {
			b2 := sym.Pow(θ[1], two)
			g1 := sym.Sub(one, eulerGamma())
			off := sym.Neg(sym.Div(g1, b2))
			ss := sym.Div(sym.Add(sym.Pow(g1, two), sym.Div(sym.Pow(sym.Pi, two), sym.Int(6))), b2)
			return [][]sym.Expr{{sym.Div(one, b2), off}, {off, ss}}, nil
		},
	},
	// exp(−exp(−(x − μ)/β))
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		return exp(sym.Neg(exp(sym.Neg(sym.Div(sym.Sub(x, θ[0]), θ[1]))))), nil
	},
	// μ − β log(−log u)
	InverseCDF: func(θ []sym.Expr, u sym.Expr) (sym.Expr, error) {
		return sym.Sub(θ[0], sym.Mul(θ[1], log(sym.Neg(log(u))))), nil
	},
})
