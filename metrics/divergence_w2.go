package metrics

// w2Divergence is the Wasserstein-2 distance (not its square): the
// Givens–Shortt closed form for normals; no integrand of the densities.
var w2Divergence = declare(&Divergence{
	Name: "w2", Signature: "w2(p, q)", Rank: 40,
	Doc:     "Wasserstein-2 distance (not its square)",
	Example: "w2(N(0, 1), N(1, 2))",
	Family:  W2, Normal: W2Normal,
})
