package metrics

import "math"

// jsDivergence is the Jensen–Shannon divergence (Lin 1991)
// JS(p, q) = ½ KL(p‖m) + ½ KL(q‖m), m = (p + q)/2, written as
// ½ E_p[log 2 − log(1 + q/p)] + ½ E_q[log 2 − log(1 + p/q)]; it lies in
// [0, log 2] and is finite for every pair.
var jsDivergence = declare(&Divergence{
	Name: "js", Signature: "js(p, q)", Rank: 62,
	Doc:         "Jensen–Shannon divergence ½KL(p‖m) + ½KL(q‖m), m = (p + q)/2",
	Example:     "js(N(0, 3), N(1, 1))",
	Information: true,
	Family:      JSFinite,
	Integrand: &Integrand{
		UnderP:  func(logp, logq float64) float64 { return 0.5 * (math.Ln2 - softplus(logq-logp)) },
		UnderQ:  func(logp, logq float64) float64 { return 0.5 * (math.Ln2 - softplus(logp-logq)) },
		Bounded: true, Finite: true,
	},
	StepsLabel: "JS(p, q)", Steps: "½ E_p[log(2p/(p + q))] + ½ E_q[log(2q/(p + q))]",
})

func init() { jsDivergence.Normal = scalarNormalNumeric(&jsDivergence) }

// softplus returns log(1 + eˣ) without overflow or loss for large |x|.
func softplus(x float64) float64 {
	if x > 0 {
		return x + math.Log1p(math.Exp(-x))
	}
	return math.Log1p(math.Exp(x))
}
