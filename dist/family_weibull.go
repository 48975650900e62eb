package dist

import (
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// eulerGamma is γ = −ψ(1).
func eulerGamma() sym.Expr { return sym.Neg(call("digamma", one)) }

// Weibull is Weibull(k, λ) with shape k and SCALE λ:
//
//	p(x) = (k/λ) (x/λ)^(k−1) e^(−(x/λ)^k),  x > 0.
//
// Its closed forms come from E[log x] = log λ − γ/k and
// E[x^c] = λ^c Γ(1 + c/k) (Johnson, Kotz & Balakrishnan 1994, ch. 21).
var Weibull = register(&Family{
	Name: "Weibull", Doc: "Weibull with shape k and scale lambda: (k/lambda) (x/lambda)^(k−1) exp(−(x/lambda)^k), x > 0",
	Example: "kl(Weibull(2, 1), Weibull(3, 2))",
	Rank:    180, Values: PositiveReals,
	Params:  []Param{{Name: "k", Domain: Positive}, {Name: "lambda", Domain: Positive}},
	Support: positiveSupport,
	Mean:    func(θ []sym.Expr) sym.Expr { return weibullPower(θ, one) },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Sub(weibullPower(θ, two), sym.Pow(weibullPower(θ, one), two))
	},
	RawMoment: func(θ []sym.Expr, j int) sym.Expr { return weibullPower(θ, sym.Int(int64(j))) },
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return distuv.Weibull{K: θ[0], Lambda: θ[1], Src: src}
	},
	NonExp: &NonExponential{
		LogPDF: func(x sym.Expr, θ []sym.Expr) sym.Expr {
			z := sym.Div(x, θ[1])
			return sym.Sub(sym.Add(log(sym.Div(θ[0], θ[1])), sym.Mul(sym.Sub(θ[0], one), log(z))), sym.Pow(z, θ[0]))
		},
		// H = γ (1 − 1/k) + log(λ/k) + 1
		Entropy: func(θ []sym.Expr) sym.Expr {
			return sym.Add(sym.Mul(eulerGamma(), sym.Sub(one, sym.Div(one, θ[0]))), log(sym.Div(θ[1], θ[0])), one)
		},
		// −E_p[log q] = −log(k_q/λ_q) − (k_q − 1)(E_p[log x] − log λ_q) + E_p[x^k_q]/λ_q^k_q
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			meanLog := sym.Sub(log(p[1]), sym.Div(eulerGamma(), p[0]))
			return sym.Add(
				sym.Neg(log(sym.Div(q[0], q[1]))),
				sym.Neg(sym.Mul(sym.Sub(q[0], one), sym.Sub(meanLog, log(q[1])))),
				sym.Div(weibullPower(p, q[0]), sym.Pow(q[1], q[0]))), nil
		},
		// In (k, λ): I_kk = ((1 − γ)² + π²/6)/k², I_kλ = −(1 − γ)/λ,
		// I_λλ = k²/λ².
		Fisher: func(θ []sym.Expr) ([][]sym.Expr, error) {
			g1 := sym.Sub(one, eulerGamma())
			kk := sym.Div(sym.Add(sym.Pow(g1, two), sym.Div(sym.Pow(sym.Pi, two), sym.Int(6))), sym.Pow(θ[0], two))
			kl := sym.Neg(sym.Div(g1, θ[1]))
			ll := sym.Pow(sym.Div(θ[0], θ[1]), two)
			return [][]sym.Expr{{kk, kl}, {kl, ll}}, nil
		},
	},
	// 1 − exp(−(x/λ)^k), x ≥ 0.
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		if v := belowOrAbove(x, zero, nil); v != nil {
			return v, nil
		}
		return sym.Sub(one, exp(sym.Neg(sym.Pow(sym.Div(x, θ[1]), θ[0])))), nil
	},
	// λ (−log(1 − u))^(1/k)
	InverseCDF: func(θ []sym.Expr, u sym.Expr) (sym.Expr, error) {
		return sym.Mul(θ[1], sym.Pow(sym.Neg(log(sym.Sub(one, u))), sym.Div(one, θ[0]))), nil
	},
})

// weibullPower is E[x^c] = λ^c Γ(1 + c/k).
func weibullPower(θ []sym.Expr, c sym.Expr) sym.Expr {
	return sym.Mul(sym.Pow(θ[1], c), exp(lgamma(sym.Add(one, sym.Div(c, θ[0])))))
}

func init() { atomMoments[Weibull] = weibullLogMoment }

// weibullLogMoment returns E[log x] = log λ − γ/k under Weibull(k, λ).
func weibullLogMoment(θ []sym.Expr, atom, x sym.Expr) (sym.Expr, bool) {
	if !sym.Equal(atom, log(x)) {
		return nil, false
	}
	return sym.Sub(log(θ[1]), sym.Div(eulerGamma(), θ[0])), true
}
