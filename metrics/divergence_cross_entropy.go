package metrics

// crossEntropyDivergence is H(p, q) = −E_p[log q]
// = A(η_q) − η_q · ∇A(η_p) − E_p[log h(x)] for exponential families.
var crossEntropyDivergence = declare(&Divergence{
	Name: "cross_entropy", Signature: "cross_entropy(p, q)", Rank: 50,
	Doc:         "cross-entropy −E_p[log q]",
	Example:     "cross_entropy(N(0, 1), N(1, 2))",
	Information: true,
	Family:      CrossEntropy, Normal: CrossEntropyNormal,
	Integrand:  &Integrand{UnderP: func(_, logq float64) float64 { return -logq }, Linear: true},
	StepsLabel: "H(p, q)", Steps: "A(η_q) − η_q · ∇A(η_p) − E_p[log h(x)]", MeanStat: true,
})
