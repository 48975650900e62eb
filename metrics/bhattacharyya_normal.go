package metrics

import (
	"math"

	"statcalc/dist"
)

// BhattacharyyaNormal returns the Bhattacharyya distance
// D_B(p, q) = −ln ∫ √(p q) between p = N(μ_p, Σ_p) and q = N(μ_q, Σ_q)
// (Bhattacharyya 1943; Kailath 1967, "The divergence and Bhattacharyya distance
// measures in signal selection", IEEE Trans. Commun. Technol. 15, 52–60):
//
//	D_B = ⅛ Δμᵀ Σ⁻¹ Δμ + ½ ln( det Σ / √(det Σ_p det Σ_q) ),  Σ = (Σ_p + Σ_q)/2.
//
// It equals ½ D_{1/2}(p‖q) and is evaluated as RenyiNormal does, so that near
// p = q it becomes ⅛‖L⁻¹Δμ‖² + ¼[Φ(I + C/2) + Φ(I − C/2)] with
// C = L⁻¹(Σ_p − Σ_q)L⁻ᵀ, L Lᵀ = Σ: no cancellation. The arguments are put in a
// fixed order first, so D_B(p, q) and D_B(q, p) agree bit for bit. Both
// covariances must be positive definite.
func BhattacharyyaNormal(p, q *dist.MVN) (Estimate, error) {
	if err := invertiblePair(p, q); err != nil {
		return Estimate{}, err
	}
	e, err := bhattacharyya(view(p), view(q))
	if err != nil {
		return Estimate{}, err
	}
	return finiteResult(nonNegative(e))
}

func bhattacharyya(a, b normal) (Estimate, error) {
	if !ordered(a, b) {
		a, b = b, a
	}
	e, err := renyiNormal(a, b, 0.5)
	e.Value *= 0.5
	return e, err
}

// HellingerNormal returns the Hellinger distance
//
//	H(p, q) = √(1 − ∫ √(p q)) = √(1 − exp(−D_B)) = √(−expm1(−D_B)),
//
// with D_B from BhattacharyyaNormal (Le Cam & Yang 2000, Asymptotics in
// Statistics, ch. 3; normalised so that 0 ≤ H ≤ 1). expm1 keeps the relative
// accuracy of D_B when p and q are close. H(p, q) and H(q, p) agree bit for
// bit.
func HellingerNormal(p, q *dist.MVN) (Estimate, error) {
	b, err := BhattacharyyaNormal(p, q)
	if err != nil {
		return Estimate{}, err
	}
	return hellingerFrom(b), nil
}

func hellingerFrom(b Estimate) Estimate {
	x := b.Value
	h2 := -math.Expm1(-x)
	h := math.Sqrt(h2)
	if x == 0 {
		return Estimate{Value: 0, RelErr: b.RelErr}
	}
	// dH/H = ½ (x e^{−x} / (1 − e^{−x})) dx/x, the factor in (0, ½].
	gain := 0.5 * x * math.Exp(-x) / h2
	return Estimate{Value: h, RelErr: math.Max(gain*b.RelErr, eps)}
}
