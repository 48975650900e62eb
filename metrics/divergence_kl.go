package metrics

// klDivergence is KL(p‖q) = E_p[log p − log q]: the Bregman divergence of
// A(η) for exponential families (KL), Kullback's closed form for normals
// (KLNormal).
var klDivergence = declare(&Divergence{
	Name: "kl", Signature: "kl(p, q)", Rank: 10,
	Doc:         "Kullback–Leibler divergence KL(p‖q) = E_p[log p − log q]",
	Example:     "kl(N(0, 1), N(1, 2))",
	Information: true,
	Family:      KL, Normal: KLNormal,
	Integrand:  &Integrand{UnderP: func(logp, logq float64) float64 { return logp - logq }, Linear: true},
	StepsLabel: "KL(p‖q)", Steps: "A(η_q) − A(η_p) − (η_q − η_p) · ∇A(η_p)", MeanStat: true,
})
