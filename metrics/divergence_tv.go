package metrics

import "math"

// tvDivergence is the total variation distance ½∫|p − q| = ∫(p − q)₊
// = E_p[(1 − q/p)₊]: the mass where p exceeds q, in [0, 1].
var tvDivergence = declare(&Divergence{
	Name: "tv", Signature: "tv(p, q)", Rank: 64,
	Doc:     "total variation distance ½∫|p − q|",
	Example: "tv(N(0, 1), N(2, 1))",
	Family:  TVFinite,
	Integrand: &Integrand{
		UnderP:  func(logp, logq float64) float64 { return math.Max(0, -math.Expm1(logq-logp)) },
		Bounded: true, Finite: true, KinkWhereEqual: true,
	},
	StepsLabel: "TV(p, q)", Steps: "E_p[(1 − q/p)₊] = ½∫|p − q|",
})

func init() { tvDivergence.Normal = scalarNormalNumeric(&tvDivergence) }
