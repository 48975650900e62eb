package dist

import (
	"errors"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/sym"
)

// Logistic is the logistic distribution with location μ and scale s:
//
//	p(x) = e^(−z) / (s (1 + e^(−z))²),  z = (x − μ)/s,
//
// with mean μ, variance s²π²/3 and entropy log s + 2 (Johnson, Kotz &
// Balakrishnan 1995, ch. 23).
var Logistic = register(&Family{
	Name: "Logistic", Doc: "logistic with location mu and scale s: exp(−z)/(s (1 + exp(−z))²), z = (x − mu)/s",
	Example: "entropy(Logistic(0, 2))",
	Rank:    210,
	Params:  []Param{{Name: "mu", Domain: Real}, {Name: "s", Domain: Positive}},
	Mean:    func(θ []sym.Expr) sym.Expr { return θ[0] },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Div(sym.Mul(sym.Pow(sym.Pi, two), sym.Pow(θ[1], two)), sym.Int(3))
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist {
		return logistic{distuv.Logistic{Mu: θ[0], S: θ[1]}, src}
	},
	NonExp: &NonExponential{
		LogPDF: func(x sym.Expr, θ []sym.Expr) sym.Expr {
			z := sym.Div(sym.Sub(x, θ[0]), θ[1])
			return sym.Neg(sym.Add(z, log(θ[1]), sym.Mul(two, log(sym.Add(one, exp(sym.Neg(z)))))))
		},
		Entropy: func(θ []sym.Expr) sym.Expr { return sym.Add(log(θ[1]), two) },
		CrossEntropy: func(p, q []sym.Expr) (sym.Expr, error) {
			if sym.Equal(p[0], q[0]) && sym.Equal(p[1], q[1]) {
				return sym.Add(log(p[1]), two), nil
			}
			return nil, errors.New("no closed form between two different logistic distributions")
		},
		// In (μ, s): diag(1/3, (π² + 3)/9)/s².
		Fisher: func(θ []sym.Expr) ([][]sym.Expr, error) {
			s2 := sym.Pow(θ[1], two)
			mm := sym.Div(one, sym.Mul(sym.Int(3), s2))
			ss := sym.Div(sym.Add(sym.Pow(sym.Pi, two), sym.Int(3)), sym.Mul(sym.Int(9), s2))
			return [][]sym.Expr{{mm, zero}, {zero, ss}}, nil
		},
	},
	// sigmoid((x − μ)/s) = 1/(1 + exp(−(x − μ)/s))
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		return call("sigmoid", sym.Div(sym.Sub(x, θ[0]), θ[1])), nil
	},
	// μ + s log(u/(1 − u))
	InverseCDF: func(θ []sym.Expr, u sym.Expr) (sym.Expr, error) {
		return sym.Add(θ[0], sym.Mul(θ[1], log(sym.Div(u, sym.Sub(one, u))))), nil
	},
})

// logistic adds a sampler (by inversion) to gonum's Logistic, which has
// none, and a log-density: gonum v0.17.0's LogProb ignores μ and s.
type logistic struct {
	distuv.Logistic
	src rand.Source
}

// LogProb is −|z| − log s − 2 log(1 + e^(−|z|)), z = (x − μ)/s (the density
// is even in z).
func (l logistic) LogProb(x float64) float64 {
	z := math.Abs(x-l.Mu) / l.S
	return -z - math.Log(l.S) - 2*math.Log1p(math.Exp(-z))
}

func (l logistic) Rand() float64 {
	var u float64
	if l.src == nil {
		u = rand.Float64()
	} else {
		u = rand.New(l.src).Float64()
	}
	return l.Mu + l.S*(math.Log(u)-math.Log1p(-u))
}
