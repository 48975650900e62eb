package metrics

import "math"

// hellingerDivergence is H(p, q) = √(1 − ∫ √(p q) dx)
// = √(1 − E_p[exp((log q − log p)/2)]), through D_B: √(1 − exp(−D_B)).
var hellingerDivergence = declare(&Divergence{
	Name: "hellinger", Signature: "hellinger(p, q)", Rank: 30,
	Doc:     "Hellinger distance √(1 − ∫ √(p q))",
	Example: "hellinger(N(0, 1), N(1, 2))",
	Family:  Hellinger, Normal: HellingerNormal,
	Integrand: &Integrand{
		UnderP:  func(logp, logq float64) float64 { return math.Exp((logq - logp) / 2) },
		Bounded: true, Finite: true, // E_p[√(q/p)] = ∫√(pq) ≤ 1
		Combine: func(meanP, _ float64) float64 { return math.Sqrt(math.Max(0, 1-meanP)) },
	},
	StepsLabel: "H(p, q)", Steps: "√(1 − exp(−D_B(p, q))), D_B = ½ A(η_p) + ½ A(η_q) − A((η_p + η_q)/2)",
})
