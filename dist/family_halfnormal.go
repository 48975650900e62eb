package dist

import (
	"math"
	"math/rand/v2"

	"statcalc/sym"
)

// HalfNormal is |y| for y ~ N(0, σ²), σ a SCALE (the standard deviation of
// y):
//
//	p(x) = √(2/π)/σ · e^(−x²/(2σ²)),  x ≥ 0,
//
// an exponential family with η = −1/(2σ²), T(x) = x², log h = ½ log(2/π)
// and A(η) = −½ log(−2η).
var HalfNormal = register(&Family{
	Name: "HalfNormal", Doc: "half-normal: |y| for y ~ N(0, sigma^2), sigma a scale: √(2/π)/sigma exp(−x²/(2 sigma²)), x ≥ 0",
	Example: "kl(HalfNormal(1), HalfNormal(2))",
	Rank:    170, Values: PositiveReals,
	Params: []Param{{Name: "sigma", Domain: Positive}},
	Eta: func(θ []sym.Expr) []sym.Expr {
		return []sym.Expr{sym.Neg(sym.Div(one, sym.Mul(two, sym.Pow(θ[0], two))))}
	},
	LogPartition: func(η, _ []sym.Expr) sym.Expr { return sym.Mul(sym.Neg(half), log(sym.Mul(sym.Int(-2), η[0]))) },
	NaturalSpace: negativeSpace, // η < 0
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{sym.Pow(x, two)} },
	LogBase:      func(sym.Expr, []sym.Expr) sym.Expr { return halfLog2OverPi() },
	MeanLogBase:  func([]sym.Expr) (sym.Expr, error) { return halfLog2OverPi(), nil },
	Support:      func(x float64, _ []float64) bool { return x >= 0 },
	Mean:         func(θ []sym.Expr) sym.Expr { return sym.Mul(θ[0], call("sqrt", sym.Div(two, sym.Pi))) },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Mul(sym.Pow(θ[0], two), sym.Sub(one, sym.Div(two, sym.Pi)))
	},
	// E[x^j] = σ^j 2^(j/2) Γ((j + 1)/2)/√π
	RawMoment: func(θ []sym.Expr, j int) sym.Expr {
		jj := sym.Int(int64(j))
		return sym.Mul(sym.Pow(θ[0], jj), sym.Pow(two, sym.Div(jj, two)),
			exp(sym.Sub(lgamma(sym.Div(sym.Add(jj, one), two)), lgamma(half))))
	},
	Gonum: func(θ []float64, src rand.Source) GonumDist { return halfNormal{sigma: θ[0], src: src} },
	// erf(x/(σ√2)), x ≥ 0.
	// erfc(t), t = x/(σ√2): d log erfc/dt ≈ −2t carries t's error 2ε.
	SurvivalValue: func(θ []float64, x float64) (float64, float64) {
		if x <= 0 {
			return 1, 0
		}
		t := x / (θ[0] * math.Sqrt2)
		return math.Erfc(t), 8*ulp + 4*ulp*t*(t+1)
	},
	CDFValue: func(θ []float64, x float64) (float64, float64) {
		if x <= 0 {
			return 0, 0
		}
		return math.Erf(x / (θ[0] * math.Sqrt2)), 8 * ulp
	},
})

func halfLog2OverPi() sym.Expr { return sym.Mul(half, log(sym.Div(two, sym.Pi))) }

// halfNormal is the gonum-style form of HalfNormal(σ): gonum has none.
type halfNormal struct {
	sigma float64
	src   rand.Source
}

func (h halfNormal) LogProb(x float64) float64 {
	if x < 0 {
		return math.Inf(-1)
	}
	z := x / h.sigma
	return 0.5*math.Log(2/math.Pi) - math.Log(h.sigma) - z*z/2
}

func (h halfNormal) CDF(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return math.Erf(x / (h.sigma * math.Sqrt2))
}

func (h halfNormal) Quantile(p float64) float64 { return h.sigma * math.Sqrt2 * math.Erfinv(p) }

func (h halfNormal) Rand() float64 {
	var n float64
	if h.src == nil {
		n = rand.NormFloat64()
	} else {
		n = rand.New(h.src).NormFloat64()
	}
	return h.sigma * math.Abs(n)
}
