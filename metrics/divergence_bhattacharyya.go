package metrics

import "math"

// bhattacharyyaDivergence is D_B(p, q) = −log ∫ √(p q) dx
// = −log E_p[exp((log q − log p)/2)] (Bhattacharyya 1943).
var bhattacharyyaDivergence = declare(&Divergence{
	Name: "bhattacharyya", Signature: "bhattacharyya(p, q)", Rank: 20,
	Doc:         "Bhattacharyya distance −log ∫ √(p q)",
	Example:     "bhattacharyya(N(0, 1), N(1, 2))",
	Information: true,
	Family:      Bhattacharyya, Normal: BhattacharyyaNormal,
	Integrand: &Integrand{
		UnderP:  func(logp, logq float64) float64 { return math.Exp((logq - logp) / 2) },
		Bounded: true, Finite: true, // E_p[√(q/p)] = ∫√(pq) ≤ 1
		Combine: func(meanP, _ float64) float64 { return -math.Log(meanP) },
	},
	StepsLabel: "D_B(p, q)", Steps: "½ A(η_p) + ½ A(η_q) − A((η_p + η_q)/2)",
})
