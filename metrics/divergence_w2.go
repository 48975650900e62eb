package metrics

import (
	"errors"
	"math"
)

// w2Divergence is the Wasserstein-2 distance (not its square): the
// Givens–Shortt closed form for normals, the quantile coupling for any two
// distributions of one variable; no integrand of the densities.
var w2Divergence = declare(&Divergence{
	Name: "w2", Signature: "w2(p, q)", Rank: 40,
	Doc:     "Wasserstein-2 distance (not its square)",
	Example: "w2(N(0, 1), N(1, 2))",
	Family:  W2, Normal: W2Normal, Quantiles: W2Quantiles,
})

// W2Quantiles returns W2 between two distributions of one variable by the
// quantile coupling, optimal in one dimension (Vallender 1973):
//
//	W2² = ∫₀¹ (F_p⁻¹(u) − F_q⁻¹(u))² du,
//
// by tanh-sinh quadrature in u; the square root halves the relative error
// the quadrature reports.
func W2Quantiles(p, q ScalarDensity) (Estimate, error) {
	sq, errAbs, err := tanhSinh(func(u, c float64) (float64, error) {
		d := quantileAt(p, u, c) - quantileAt(q, u, c)
		if math.IsNaN(d) || math.IsInf(d, 0) {
			if u >= 0x1p-53 && c >= 0x1p-53 {
				return 0, errRough // a quantile gonum should resolve and did not
			}
			return 0, errBeyond
		}
		return d * d, nil
	})
	if errors.Is(err, errRough) && sq > 0 {
		return Estimate{}, rough(math.Sqrt(sq), 0.5*errAbs/math.Sqrt(sq))
	}
	if err != nil {
		return Estimate{}, err
	}
	if sq <= 0 {
		return Estimate{Value: 0, RelErr: math.Inf(1)}, nil
	}
	return Estimate{Value: math.Sqrt(sq), RelErr: math.Max(0.5*errAbs/sq, eps)}, nil
}
