package dist

import (
	"errors"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// StudentT is Student's t with ν degrees of freedom, location μ and SCALE
// σ (not a variance):
//
//	p(x) = Γ((ν+1)/2) / (Γ(ν/2) √(νπ) σ) · (1 + z²/ν)^(−(ν+1)/2),  z = (x − μ)/σ,
//
// with entropy (ν+1)/2 [ψ((ν+1)/2) − ψ(ν/2)] + log(√ν B(ν/2, ½)) + log σ
// (Kotz & Nadarajah 2004, ch. 1); the mean exists for ν > 1, the variance
// σ² ν/(ν − 2) for ν > 2.
var StudentT = register(&Family{
	Name: "StudentT", Doc: "Student's t with nu degrees of freedom, location mu and scale sigma (not a variance)",
	Example: "entropy(StudentT(7, 1, 2))",
	Rank:    230,
	Params:  []Param{{Name: "nu", Domain: Positive}, {Name: "mu", Domain: Real}, {Name: "sigma", Domain: Positive}},
	Mean:    func(θ []sym.Expr) sym.Expr { return θ[1] },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Div(sym.Mul(sym.Pow(θ[2], two), θ[0]), sym.Sub(θ[0], two))
	},
	MomentExists: func(θ []float64, k int) bool { return θ[0] > float64(k) },
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return distuv.StudentsT{Mu: θ[1], Sigma: θ[2], Nu: θ[0], Src: src}
	},
	NonExp: &NonExponential{
		LogPDF: func(x sym.Expr, θ []sym.Expr) sym.Expr {
			ν := θ[0]
			z := sym.Div(sym.Sub(x, θ[1]), θ[2])
			h := sym.Div(sym.Add(ν, one), two)
			return sym.Sub(
				sym.Sub(lgamma(h), lgamma(sym.Div(ν, two))),
				sym.Add(sym.Mul(half, log(sym.Mul(ν, sym.Pi))), log(θ[2]), sym.Mul(h, log(sym.Add(one, sym.Div(sym.Pow(z, two), ν))))))
		},
		Entropy: studentEntropy,
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			if sym.Equal(p[0], q[0]) && sym.Equal(p[1], q[1]) && sym.Equal(p[2], q[2]) {
				return studentEntropy(p), nil
			}
			return nil, errors.New("no closed form between two different Student t distributions")
		},
		Fisher: func([]sym.Expr) ([][]sym.Expr, error) {
			return nil, errors.New("the Fisher information of StudentT is not available in closed form")
		},
	},
	// With t = (x − μ)/σ: ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≤ −1, 1 − that for
	// t ≥ 1, and ½ ± ½ I_{t²/(ν+t²)}(½, ν/2) between, so that neither
	// argument is a difference with 1.
	// F(−t) by symmetry.
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		return studentT(θ[0], -(x-θ[1])/θ[2], shiftErr(x, θ[1])+2*ulp)
	},
	CDFValue: studentTCDF,
})

func studentEntropy(θ []sym.Expr) sym.Expr {
	ν := θ[0]
	h := sym.Div(sym.Add(ν, one), two)
	return sym.Add(
		sym.Mul(h, sym.Sub(call("digamma", h), call("digamma", sym.Div(ν, two)))),
		sym.Mul(half, log(ν)), call("lbeta", sym.Div(ν, two), half), log(θ[2]))
}
