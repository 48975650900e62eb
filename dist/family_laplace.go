package dist

import (
	"errors"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

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
	Rank: 120,
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		// E[(x−μ)^j] = j! b^j for even j, 0 for odd j.
		var terms []sym.Expr
		for j := 0; j <= k; j += 2 {
			c := sym.Int(binomial(k, j))
			terms = append(terms, sym.Mul(c, sym.Pow(θ[0], sym.Int(int64(k-j))), factorial(j), sym.Pow(θ[1], sym.Int(int64(j)))))
		}
		return sym.Add(terms...)
	},
	Kinks: func(θ []float64) []float64 { return []float64{θ[0]} },
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return distuv.Laplace{Mu: θ[0], Scale: θ[1], Src: src}
	},
	// Fisher–Rao: F = diag(1/b², 1/b²), the hyperbolic plane in (μ, b)
	// itself: d = 2 asinh(√(((μ₁ − μ₂)² + (b₁ − b₂)²)/(4 b₁ b₂))).
	RaoDistance: func(p, q []sym.Expr) sym.Expr { return hyperbolic(sym.Sub(p[0], q[0]), p[1], q[1]) },
	// exp((x − μ)/b)/2 for x < μ, 1 − exp(−(x − μ)/b)/2 for x ≥ μ: the
	// sign of x − μ must be known.
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		z := sym.Div(sym.Sub(x, θ[0]), θ[1])
		s, ok := numericSign(sym.Sub(x, θ[0]))
		switch {
		case !ok:
			return nil, errors.New("the cdf of Laplace is piecewise: it needs a numeric x − mu")
		case s < 0:
			return sym.Mul(half, exp(z)), nil
		}
		return sym.Sub(one, sym.Mul(half, exp(sym.Neg(z)))), nil
	},
	// μ + b log(2u) for u < ½, μ − b log(2 − 2u) for u ≥ ½.
	InverseCDF: func(θ []sym.Expr, u sym.Expr) (sym.Expr, error) {
		s, ok := numericSign(sym.Sub(u, half))
		switch {
		case !ok:
			return nil, errors.New("the quantile of Laplace is piecewise: it needs a numeric u")
		case s < 0:
			return sym.Add(θ[0], sym.Mul(θ[1], log(sym.Mul(two, u)))), nil
		}
		return sym.Sub(θ[0], sym.Mul(θ[1], log(sym.Sub(two, sym.Mul(two, u))))), nil
	},
})
