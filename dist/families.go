package dist

import (
	"errors"
	"math"

	"statcalc/sym"
)

// Shorthands for building expressions of known-valid functions.
var (
	zero, one, two, half = sym.Int(0), sym.Int(1), sym.Int(2), sym.Div(sym.Int(1), sym.Int(2))
)

func call(name string, args ...sym.Expr) sym.Expr {
	e, err := sym.Call(name, args...)
	if err != nil {
		panic(err) // the names below are all known to sym
	}
	return e
}

func log(x sym.Expr) sym.Expr    { return call("log", x) }
func exp(x sym.Expr) sym.Expr    { return call("exp", x) }
func lgamma(x sym.Expr) sym.Expr { return call("lgamma", x) }
func abs(x sym.Expr) sym.Expr    { return call("abs", x) }

// normalLogPartition is A(η) = −η₁²/(4η₂) − ½ log(−2η₂) + ½ log 2π, the
// log-partition of N(m, v) in η = (m/v, −1/(2v)).
func normalLogPartition(η, _ []sym.Expr) sym.Expr {
	return sym.Add(
		sym.Neg(sym.Div(sym.Pow(η[0], two), sym.Mul(sym.Int(4), η[1]))),
		sym.Mul(sym.Neg(half), log(sym.Mul(sym.Int(-2), η[1]))),
		sym.Mul(half, log(sym.Mul(two, sym.Pi))))
}

// normalSpace is the natural parameter space of the normal: η₂ < 0.
func normalSpace(η []sym.Expr) []sym.Expr { return []sym.Expr{sym.Neg(η[1])} }

// negativeSpace is the space η < 0 (exponential, geometric).
func negativeSpace(η []sym.Expr) []sym.Expr { return []sym.Expr{sym.Neg(η[0])} }

// aboveMinusOne is the space ηᵢ > −1 of every component (beta, Dirichlet).
func aboveMinusOne(η []sym.Expr) []sym.Expr {
	out := make([]sym.Expr, len(η))
	for i, e := range η {
		out[i] = sym.Add(e, one)
	}
	return out
}

func normalEta(θ []sym.Expr) []sym.Expr {
	return []sym.Expr{sym.Div(θ[0], θ[1]), sym.Neg(sym.Div(one, sym.Mul(two, θ[1])))}
}

func noBase(sym.Expr, []sym.Expr) sym.Expr         { return zero }
func zeroMeanLogBase([]sym.Expr) (sym.Expr, error) { return zero, nil }

func positiveSupport(x float64, _ []float64) bool { return x > 0 }
func unitSupport(x float64, _ []float64) bool     { return x > 0 && x < 1 }
func countSupport(x float64, _ []float64) bool    { return x >= 0 && x == math.Trunc(x) }

// Poisson is Poisson(λ): λ^x e^{−λ}/x!, x = 0, 1, 2, …
var Poisson = register(&Family{
	Name: "Poisson", Doc: "Poisson with mean λ: λ^x exp(−λ)/x!", Discrete: true,
	Example: "kl(Poisson(3), Poisson(4))",
	Params:  []Param{{Name: "lambda", Domain: Positive, Degenerate: []float64{0}}},
	Eta:     func(θ []sym.Expr) []sym.Expr { return []sym.Expr{log(θ[0])} },
	// A(η) = e^η
	LogPartition: func(η, _ []sym.Expr) sym.Expr { return exp(η[0]) },
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{x} },
	LogBase:      func(x sym.Expr, _ []sym.Expr) sym.Expr { return sym.Neg(lgamma(sym.Add(x, one))) },
	MeanLogBase: func(θ []sym.Expr) (sym.Expr, error) {
		e, _, err := poissonMeanLogBase(θ, 0)
		return e, err
	},
	MeanLogBaseTo: poissonMeanLogBase,
	// Poisson(0) is the point mass at 0.
	Atom:     func(θ []float64) (float64, bool) { return 0, θ[0] == 0 },
	Support:  countSupport,
	Mean:     func(θ []sym.Expr) sym.Expr { return θ[0] },
	Variance: func(θ []sym.Expr) sym.Expr { return θ[0] },
	Rank:     50,
	Values:   Naturals,
})

// Bernoulli is Bernoulli(p): P(x = 1) = p.
var Bernoulli = register(&Family{
	Name: "Bernoulli", Doc: "Bernoulli: P(x = 1) = p, P(x = 0) = 1 − p", Discrete: true,
	Example: "kl(Bernoulli(0.3), Bernoulli(0.5))",
	Params:  []Param{{Name: "p", Domain: UnitInterval, Degenerate: []float64{0, 1}}},
	Eta:     func(θ []sym.Expr) []sym.Expr { return []sym.Expr{log(sym.Div(θ[0], sym.Sub(one, θ[0])))} },
	// Bernoulli(0) and Bernoulli(1) are point masses at 0 and 1.
	Atom: func(θ []float64) (float64, bool) { return θ[0], θ[0] == 0 || θ[0] == 1 },
	// A(η) = log(1 + e^η)
	LogPartition: func(η, _ []sym.Expr) sym.Expr { return log(sym.Add(one, exp(η[0]))) },
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{x} },
	LogBase:      noBase, MeanLogBase: zeroMeanLogBase,
	Support:  func(x float64, _ []float64) bool { return x == 0 || x == 1 },
	Mean:     func(θ []sym.Expr) sym.Expr { return θ[0] },
	Variance: func(θ []sym.Expr) sym.Expr { return sym.Mul(θ[0], sym.Sub(one, θ[0])) },
	Rank:     60,
	Values:   ZeroOne,
})

// Binomial is Binomial(n, p): C(n, x) p^x (1−p)^{n−x}; n is fixed.
var Binomial = register(&Family{
	Name: "Binomial", Doc: "binomial: successes in n trials of probability p", Discrete: true,
	Example: "kl(Binomial(10, 0.3), Binomial(10, 0.5))",
	Params:  []Param{{Name: "n", Domain: Count, Fixed: true, Degenerate: []float64{0}}, {Name: "p", Domain: UnitInterval, Degenerate: []float64{0, 1}}},
	// Binomial(0, p) and Binomial(n, 0) are point masses at 0, Binomial(n, 1) at n.
	Atom: func(θ []float64) (float64, bool) {
		if θ[0] == 0 || θ[1] == 0 {
			return 0, true
		}
		return θ[0], θ[1] == 1
	},
	Eta: func(θ []sym.Expr) []sym.Expr { return []sym.Expr{log(sym.Div(θ[1], sym.Sub(one, θ[1])))} },
	// A(η) = n log(1 + e^η)
	LogPartition: func(η, θ []sym.Expr) sym.Expr { return sym.Mul(θ[0], log(sym.Add(one, exp(η[0])))) },
	Stat:         func(x sym.Expr) []sym.Expr { return []sym.Expr{x} },
	// h(x) = C(n, x)
	LogBase: func(x sym.Expr, θ []sym.Expr) sym.Expr {
		return sym.Sub(lgamma(sym.Add(θ[0], one)), sym.Add(lgamma(sym.Add(x, one)), lgamma(sym.Add(sym.Sub(θ[0], x), one))))
	},
	MeanLogBase: func(θ []sym.Expr) (sym.Expr, error) {
		e, _, err := binomialMeanLogBase(θ, 0)
		return e, err
	},
	MeanLogBaseTo: binomialMeanLogBase,
	Support:       func(x float64, θ []float64) bool { return countSupport(x, nil) && x <= θ[0] },
	Mean:          func(θ []sym.Expr) sym.Expr { return sym.Mul(θ[0], θ[1]) },
	Variance: func(θ []sym.Expr) sym.Expr {
		return sym.Mul(θ[0], θ[1], sym.Sub(one, θ[1]))
	},
	Rank:   70,
	Values: Naturals,
})

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

	NaturalSpace: negativeSpace, // η < 0
	Rank:         80,
	Values:       Counting,
})

// Categorical is Categorical(p) on {1, …, k}: P(x = i) = pᵢ.
var Categorical = register(&Family{
	Name: "Categorical", Doc: "categorical on 1…k: P(x = i) = p[i], the p summing to 1", Discrete: true, Vector: true,
	Example: "kl(Categorical([0.2, 0.8]), Categorical([0.5, 0.5]))",
	Params:  []Param{{Name: "p", Domain: Probability}},
	Eta: func(θ []sym.Expr) []sym.Expr {
		η := make([]sym.Expr, len(θ))
		for i, p := range θ {
			η[i] = log(p)
		}
		return η
	},
	// A(η) = log Σ e^ηᵢ (over-parameterised: A(η(p)) = log Σ pᵢ = 0)
	LogPartition: func(η, _ []sym.Expr) sym.Expr {
		terms := make([]sym.Expr, len(η))
		for i, e := range η {
			terms[i] = exp(e)
		}
		return log(sym.Add(terms...))
	},
	MeanLogBase: zeroMeanLogBase,
	Rank:        100,
})

// numeric evaluates a parameter that a numeric-only formula needs.
func numeric(e sym.Expr) (float64, error) {
	if !sym.IsNumber(e) {
		return 0, errors.New("no closed form in symbols: give numeric parameters")
	}
	return sym.Float64(e)
}
