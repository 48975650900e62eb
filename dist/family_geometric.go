package dist

import (
	"math"
	"math/big"
	"math/rand/v2"

	"statcalc/sym"
)

// Geometric is Geometric(p), the number of trials to the first success:
// p (1−p)^{x−1}, x = 1, 2, …
var Geometric = register(&Family{
	Name: "Geometric", Doc: "geometric: trials to the first success, p (1−p)^(x−1), x ≥ 1", Discrete: true,
	Example: "entropy(Geometric(0.25))",
	Params:  []Param{{Name: "p", Domain: UnitInterval, Degenerate: []float64{1}}},
	Eta:     func(θ []sym.Expr) []sym.Expr { return []sym.Expr{log(sym.Sub(one, θ[0]))} },
	// Geometric(1) is the point mass at 1.
	Atom: func(θ []float64) (float64, bool) { return 1, θ[0] == 1 },
	// A(η) = η − log(1 − e^η)
	LogPartition: func(η, _ []sym.Expr) sym.Expr { return sym.Sub(η[0], log(sym.Sub(one, exp(η[0])))) },
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{x} },
	LogBase:      noBase, MeanLogBase: zeroMeanLogBase,
	Support:  func(x float64, _ []float64) bool { return x >= 1 && x == math.Trunc(x) },
	Mean:     func(θ []sym.Expr) sym.Expr { return sym.Div(one, θ[0]) },
	Variance: func(θ []sym.Expr) sym.Expr { return sym.Div(sym.Sub(one, θ[0]), sym.Pow(θ[0], two)) },
	RawMoment: func(θ []sym.Expr, k int) sym.Expr {
		// E[x(x−1)…(x−j+1)] = j! (1−p)^(j−1)/p^j on {1, 2, …}
		return fromFactorial(k, func(j int) sym.Expr {
			return sym.Div(sym.Mul(factorial(j), sym.Pow(sym.Sub(one, θ[0]), sym.Int(int64(j-1)))), sym.Pow(θ[0], sym.Int(int64(j))))
		})
	},
	// gonum has no geometric distribution: log p(x) = log p + (x − 1) log(1 − p)
	// on x = 1, 2, …, and draws by inversion, the smallest k with
	// 1 − (1−p)^k ≥ U.
	Sample: func(θ []float64) *Sampler {
		p := θ[0]
		return scalarDraws(
			func(x float64) float64 {
				if x < 1 || x != math.Trunc(x) {
					return math.Inf(-1)
				}
				return math.Log(p) + (x-1)*math.Log1p(-p)
			},
			func(rnd *rand.Rand) float64 {
				return math.Max(1, math.Ceil(math.Log1p(-rnd.Float64())/math.Log1p(-p)))
			})
	},
	// F(k) = 1 − (1 − p)^k on 1, 2, …: the least k with F(k) ≥ u.
	Quantile: func(θ []float64, u float64) (float64, error) {
		return math.Max(1, math.Ceil(math.Log1p(-u)/math.Log1p(-θ[0])-1e-9)), nil
	},

	// Fisher–Rao: F = 1/(p²(1 − p)), ∫ √F dp = −g(p) with
	// g(p) = log((1 + u)/(1 − u)), u = √(1 − p): d = |g(p₁) − g(p₂)|.
	RaoDistance: func(p, q []sym.Expr) sym.Expr {
		g := func(pr sym.Expr) sym.Expr {
			u := sqrtPow(sym.Sub(one, pr))
			return log(sym.Div(sym.Add(one, u), sym.Sub(one, u)))
		}
		return abs(sym.Sub(g(p[0]), g(q[0])))
	},

	NaturalSpace: negativeSpace, // η < 0
	Rank:         80,
	Values:       Counting,
	// 1 − (1 − p)^k, k = ⌊x⌋ ≥ 1; for a symbolic x, a whole number.
	CDF: func(θ []sym.Expr, x sym.Expr) (sym.Expr, error) {
		if sym.IsNumber(x) {
			k, err := floorOf(x)
			if err != nil || k.Sign() < 1 {
				return zero, err
			}
			x = sym.Rat(new(big.Rat).SetInt(k))
		}
		return sym.Sub(one, sym.Pow(sym.Sub(one, θ[0]), x)), nil
	},
})
