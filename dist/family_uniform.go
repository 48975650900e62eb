package dist

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Uniform is Uniform(a, b): 1/(b − a) on [a, b].
var Uniform = register(&Family{
	Name: "Uniform", Doc: "uniform on [a, b]",
	Example: "kl(Uniform(0, 1), Uniform(-1, 2))",
	Params:  []Param{{Name: "a", Domain: Real}, {Name: "b", Domain: Real}},
	Mean:    func(θ []sym.Expr) sym.Expr { return sym.Div(sym.Add(θ[0], θ[1]), two) },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Div(sym.Pow(sym.Sub(θ[1], θ[0]), two), sym.Int(12))
	},
	Support: func(x float64, θ []float64) bool { return x >= θ[0] && x <= θ[1] },
	Ends:    func(θ []sym.Expr) (sym.Expr, sym.Expr) { return θ[0], θ[1] },
	Validate: func(θ []float64) error {
		if !(θ[0] < θ[1]) {
			return fmt.Errorf("a must be less than b, not %g ≥ %g", θ[0], θ[1])
		}
		return nil
	},
	NonExp: &NonExponential{
		LogPDF:  func(_ sym.Expr, θ []sym.Expr) sym.Expr { return sym.Neg(log(sym.Sub(θ[1], θ[0]))) },
		Entropy: func(θ []sym.Expr) sym.Expr { return log(sym.Sub(θ[1], θ[0])) },
		// −E_p[log q] = log(b_q − a_q) when [a_p, b_p] ⊆ [a_q, b_q], else ∞.
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			if inside, known := contains(q, p); known && !inside {
				return nil, &Infinite{Reason: "support of p not contained in that of q"}
			}
			return log(sym.Sub(q[1], q[0])), nil
		},
		Fisher: func([]sym.Expr) ([][]sym.Expr, error) {
			return nil, errors.New("Fisher information is not defined for Uniform: its support depends on the parameters")
		},
	},
	Sample: func(θ []float64) *Sampler { return uniformSampler(θ[0], θ[1]) },
	Quantile: func(θ []float64, p float64) (float64, error) {
		return distuv.Uniform{Min: θ[0], Max: θ[1]}.Quantile(p), nil
	},
	Rank: 130,
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		k1 := sym.Int(int64(k + 1))
		return sym.Div(sym.Sub(sym.Pow(θ[1], k1), sym.Pow(θ[0], k1)), sym.Mul(k1, sym.Sub(θ[1], θ[0])))
	},
	// (x − a)/(b − a), a ≤ x ≤ b.
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		if v := belowOrAbove(x, θ[0], θ[1]); v != nil {
			return v, nil
		}
		return sym.Div(sym.Sub(x, θ[0]), sym.Sub(θ[1], θ[0])), nil
	},
	// a + u (b − a)
	InverseCDF: func(θ []sym.Expr, u sym.Expr) (sym.Expr, error) {
		return sym.Add(θ[0], sym.Mul(u, sym.Sub(θ[1], θ[0]))), nil
	},
})

// contains reports whether [p₀, p₁] ⊆ [q₀, q₁], when the endpoints are
// numbers.
func contains(q, p []sym.Expr) (inside, known bool) {
	var v [4]float64
	for i, e := range []sym.Expr{q[0], q[1], p[0], p[1]} {
		if !sym.IsNumber(e) {
			return false, false
		}
		f, err := sym.Float64(e)
		if err != nil {
			return false, false
		}
		v[i] = f
	}
	return v[0] <= v[2] && v[3] <= v[1], true
}

// uniformSampler draws a(1 − u) + b u, which stays finite where
// a + (b − a) u overflows (Uniform(−1e308, 1e308)), and evaluates the
// log-density −log(b − a) through log(b/2 − a/2) + log 2 when b − a does.
func uniformSampler(a, b float64) *Sampler {
	logWidth := math.Log(b - a)
	if math.IsInf(b-a, 0) {
		logWidth = math.Log(b/2-a/2) + math.Ln2
	}
	return &Sampler{
		dim: 1,
		logp: func(x []float64) float64 {
			if x[0] < a || x[0] > b {
				return math.Inf(-1)
			}
			return -logWidth
		},
		draw: func(dst []float64, rnd *rand.Rand) {
			u := rnd.Float64()
			dst[0] = min(max(a*(1-u)+b*u, a), b)
		},
	}
}

func init() { atomMoments[Uniform] = uniformLogMoment }

// uniformLogMoment returns E[log x] and E[log(1 − x)] under Uniform(a, b)
// inside [0, 1] or (0, ∞): ∫ₐᵇ log x dx/(b − a) = (b log b − a log a)/(b − a) − 1,
// with 0 log 0 = 0.
func uniformLogMoment(θ []sym.Expr, atom, x sym.Expr) (sym.Expr, bool) {
	xlogx := func(t sym.Expr) sym.Expr {
		if sym.Equal(t, zero) {
			return zero
		}
		return sym.Mul(t, log(t))
	}
	a, b := θ[0], θ[1]
	// below reports a number less than c: the logarithm is not real there.
	below := func(e sym.Expr, c float64) bool {
		f, err := sym.Float64(e)
		return !sym.IsNumber(e) || err != nil || f < c
	}
	switch {
	case sym.Equal(atom, log(x)):
		if below(a, 0) {
			return nil, false
		}
		return sym.Sub(sym.Div(sym.Sub(xlogx(b), xlogx(a)), sym.Sub(b, a)), one), true
	case sym.Equal(atom, log(sym.Sub(one, x))):
		// 1 − x is uniform on [1 − b, 1 − a].
		if below(sym.Sub(one, b), 0) {
			return nil, false
		}
		return sym.Sub(sym.Div(sym.Sub(xlogx(sym.Sub(one, a)), xlogx(sym.Sub(one, b))), sym.Sub(b, a)), one), true
	}
	return nil, false
}
