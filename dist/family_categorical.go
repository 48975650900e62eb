package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Categorical is Categorical(p) on {1, …, k}: P(x = i) = pᵢ.
var Categorical = register(&Family{
	Name: "Categorical", Doc: "categorical on 1…k: P(x = i) = p[i], the p summing to 1", Discrete: true, Vector: true,
	Example: "kl(Categorical([0.2, 0.8]), Categorical([0.5, 0.5]))",
	Params:  []Param{{Name: "p", Domain: Probability}},
	Eta: func(θ []sym.Expr) []sym.Expr {
		η := make([]sym.Expr, len(θ))
		for i, p := range θ {
			η[i] = log(p)
		}
		return η
	},
	// A(η) = log Σ e^ηᵢ (over-parameterised: A(η(p)) = log Σ pᵢ = 0)
	LogPartition: func(η, _ []sym.Expr) sym.Expr {
		terms := make([]sym.Expr, len(η))
		for i, e := range η {
			terms[i] = exp(e)
		}
		return log(sym.Add(terms...))
	},
	MeanLogBase: zeroMeanLogBase,
	// P(x = i) = pᵢ, i = 1 … k.
	Probabilities: func(θ []sym.Expr) []sym.Expr { return θ },
	Sample:        categoricalSampler,
	Rank:          100,
	// p₁ + … + p_k, k = ⌊x⌋.
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		k, _, err := wholePart(x, len(θ))
		if err != nil || k < 1 {
			return zero, err
		}
		return sym.Add(θ[:k]...), nil
	},
})

// categoricalSampler draws from Categorical(p) as gonum's
// distuv.Categorical does, one uniform number a draw from the same
// stream, with the same result, but without building a distuv value (and
// its two slices) for each draw: the weights sit in a binary heap whose
// node i holds the total weight of its subtree, and a draw r = U Σpᵢ
// walks down from the root, taking node i when r ≤ pᵢ, else its left
// subtree when what is left of r is within it, else its right one. The
// log-density is gonum's.
func categoricalSampler(θ []float64) *Sampler {
	ref := distuv.NewCategorical(θ, nil)
	w := append([]float64(nil), θ...)
	heap := append([]float64(nil), θ...)
	for i := len(heap) - 1; i > 0; i-- {
		heap[(i+1)/2-1] += heap[i]
	}
	return scalarDraws(
		func(x float64) float64 { return ref.LogProb(x - 1) },
		func(rnd *rand.Rand) float64 {
			r := heap[0] * rnd.Float64()
			i := 1 // 1-based node
			for {
				if r -= w[i-1]; r <= 0 {
					return float64(i)
				}
				i <<= 1
				if i > len(w) {
					// Rounding left r above the subtree's weight at a
					// leaf (gonum panics here): the leaf is the draw.
					return float64(i >> 1)
				}
				if d := heap[i-1]; r > d && i < len(w) {
					r -= d
					i++
				}
			}
		})
}
