package dist

import (
	"statcalc/sym"
)

// Dirichlet is Dirichlet(α) on the simplex: Π xᵢ^{αᵢ−1}/B(α).
var Dirichlet = register(&Family{
	Name: "Dirichlet", Doc: "Dirichlet on the simplex: Π x[i]^(α[i]−1)/B(α)", Vector: true,
	Example: "kl(Dirichlet([1, 2, 3]), Dirichlet([2, 2, 2]))",
	Params:  []Param{{Name: "alpha", Domain: Positive}},
	Eta: func(θ []sym.Expr) []sym.Expr {
		η := make([]sym.Expr, len(θ))
		for i, a := range θ {
			η[i] = sym.Sub(a, one)
		}
		return η
	},
	// A(η) = Σ lgamma(ηᵢ + 1) − lgamma(Σ (ηᵢ + 1))
	LogPartition: func(η, _ []sym.Expr) sym.Expr {
		terms := make([]sym.Expr, len(η))
		alphas := make([]sym.Expr, len(η))
		for i, e := range η {
			alphas[i] = sym.Add(e, one)
			terms[i] = lgamma(alphas[i])
		}
		return sym.Sub(sym.Add(terms...), lgamma(sym.Add(alphas...)))
	},
	MeanLogBase: zeroMeanLogBase,

	NaturalSpace: aboveMinusOne, // ηᵢ > −1
	Rank:         110,
})
