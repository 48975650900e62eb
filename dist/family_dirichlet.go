package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/stat/distmv"
	"gonum.org/v1/gonum/stat/distuv"

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
	Sample:       dirichletSampler,
})

// dirichletSampler draws from Dirichlet(α) as gonum's distmv.Dirichlet
// does (xᵢ = gᵢ/Σg, gᵢ ~ Gamma(αᵢ, 1), from the same stream), without
// building a distmv value for each draw; the log-density is gonum's.
func dirichletSampler(θ []float64) *Sampler {
	ref := distmv.NewDirichlet(θ, nil)
	return &Sampler{
		dim:  len(θ),
		logp: ref.LogProb,
		draw: func(dst []float64, rnd *rand.Rand) {
			for i, a := range θ {
				dst[i] = distuv.Gamma{Alpha: a, Beta: 1, Src: rnd}.Rand()
			}
			floats.Scale(1/floats.Sum(dst), dst)
		},
	}
}
