package sym

import (
	"fmt"
	"math/big"
	"sort"
)

// FuncInfo describes a function that Call accepts.
type FuncInfo struct {
	Name        string
	Arity       int
	Description string
}

var funcTable = []FuncInfo{
	{"log", 1, "natural logarithm log(x), x > 0"},
	{"exp", 1, "exponential exp(x) = eˣ"},
	{"sqrt", 1, "square root sqrt(x) = x^(1/2), x ≥ 0"},
	{"abs", 1, "absolute value |x|"},
	{"lgamma", 1, "log|Γ(x)|, the log of the absolute value of the gamma function"},
	{"digamma", 1, "digamma ψ(x) = d/dx log Γ(x)"},
	{"trigamma", 1, "trigamma ψ₁(x) = d²/dx² log Γ(x)"},
	{"polygamma", 2, "polygamma(n, x) = ψ⁽ⁿ⁾(x) = dⁿ⁺¹/dxⁿ⁺¹ log Γ(x), n = 0, 1, 2, …"},
	{"lbeta", 2, "log B(a, b) = lgamma(a) + lgamma(b) − lgamma(a + b)"},
	{"logbesseli0", 1, "log I₀(x), I₀ the modified Bessel function of the first kind of order 0"},
	{"besselratio", 1, "I₁(x)/I₀(x) = d/dx log I₀(x), modified Bessel functions of the first kind"},
	{"sin", 1, "sine sin(x), x in radians"},
	{"cos", 1, "cosine cos(x), x in radians"},
	{"tanh", 1, "hyperbolic tangent tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)"},
	{"sigmoid", 1, "logistic function sigmoid(x) = 1/(1 + e⁻ˣ)"},
}

// Functions lists the functions Call accepts, sorted by name.
func Functions() []FuncInfo {
	fs := append([]FuncInfo(nil), funcTable...)
	sort.Slice(fs, func(i, j int) bool { return fs[i].Name < fs[j].Name })
	return fs
}

func lookupFunc(name string) (FuncInfo, bool) {
	for _, f := range funcTable {
		if f.Name == name {
			return f, true
		}
	}
	return FuncInfo{}, false
}

// Call applies the named function to args: log, exp, sqrt, abs, lgamma,
// digamma, trigamma, polygamma(n, x) and lbeta(a, b). It is an error to name
// an unknown function, to pass the wrong number of arguments, or to give
// polygamma an order that is a number but not a non-negative integer.
// exp(x) is e^x and sqrt(x) is x^(1/2) in canonical form.
func Call(name string, args ...Expr) (Expr, error) {
	f, ok := lookupFunc(name)
	if !ok {
		return nil, fmt.Errorf("unknown function %s", name)
	}
	if len(args) != f.Arity {
		s := "s"
		if f.Arity == 1 {
			s = ""
		}
		return nil, fmt.Errorf("%s takes %d argument%s, got %d", name, f.Arity, s, len(args))
	}
	for i, a := range args {
		if a == nil {
			return nil, fmt.Errorf("%s: argument %d is missing", name, i+1)
		}
	}
	if name == "polygamma" && isNum(args[0]) && !isNonnegInt(args[0]) {
		return nil, fmt.Errorf("polygamma: order must be a non-negative integer, got %s", Format(args[0]))
	}
	return apply(name, args), nil
}

func isNonnegInt(e Expr) bool {
	r, ok := e.(*rat)
	return ok && r.r.IsInt() && r.r.Sign() >= 0
}

// fn builds a call the package knows to be valid.
func fn(name string, args ...Expr) Expr { return apply(name, args) }

// apply builds a canonical call, folding the cases with exact values:
// log 1 = 0, log e = 1, log(exp u) = u, |c·x| = |c|·|x|, lgamma 1 = lgamma 2 = 0,
// lgamma ½ = ½ log π, ψ₁(1) = π²/6, ψ₁(1/2) = π²/2, ψ⁽⁰⁾ = ψ, ψ⁽¹⁾ = ψ₁, log B(1, b) = −log b.
func apply(name string, args []Expr) Expr {
	switch name {
	case "exp":
		return Pow(E, args[0])
	case "sqrt":
		return Pow(args[0], half)
	}
	if folded, ok := foldCall(name, args); ok {
		return folded
	}
	u := args[0]
	if isTrigFunc(name) {
		return applyTrig(name, u)
	}
	switch name {
	case "log":
		if isExactOne(u) {
			return zero
		}
		if u == E {
			return one
		}
		if p, ok := u.(*pow); ok && p.base == E {
			return p.exp
		}
	case "abs":
		switch x := u.(type) {
		case *rat:
			return &rat{new(big.Rat).Abs(x.r)}
		case *call:
			if x.name == "abs" {
				return x
			}
		case *prod:
			if c := x.factors[0]; isNum(c) {
				if numSign(c) < 0 {
					c = negNum(c)
				}
				return Mul(c, apply("abs", []Expr{newProdOrSingle(x.factors[1:])}))
			}
		}
		switch s := signOf(u, nil); {
		case s.nonneg():
			return u
		case s.nonpos():
			return Neg(u)
		}
	case "lgamma":
		if isExactInt(u, 1) || isExactInt(u, 2) {
			return zero
		}
		if r, ok := u.(*rat); ok && r.r.Cmp(big.NewRat(1, 2)) == 0 {
			return Mul(half, apply("log", []Expr{Pi})) // Γ(½) = √π
		}
	case "trigamma":
		if isExactInt(u, 1) {
			return Mul(&rat{big.NewRat(1, 6)}, Pow(Pi, Int(2)))
		}
		if r, ok := u.(*rat); ok && r.r.Cmp(big.NewRat(1, 2)) == 0 {
			return Mul(half, Pow(Pi, Int(2)))
		}
	case "polygamma":
		if isExactInt(u, 0) {
			return apply("digamma", args[1:])
		}
		if isExactInt(u, 1) {
			return apply("trigamma", args[1:])
		}
	case "lbeta":
		a, b := args[0], args[1]
		if compare(b, a) < 0 {
			a, b = b, a
		}
		if isExactOne(a) {
			return Neg(apply("log", []Expr{b}))
		}
		if isExactOne(b) {
			return Neg(apply("log", []Expr{a}))
		}
		args = []Expr{a, b}
	}
	return newCall(name, args)
}

func newProdOrSingle(fs []Expr) Expr {
	if len(fs) == 1 {
		return fs[0]
	}
	return newProd(fs)
}

func newCall(name string, args []Expr) *call {
	n := 1
	for _, a := range args {
		n += a.size()
	}
	return &call{name: name, args: append([]Expr(nil), args...), n: n}
}

// foldCall evaluates a call whose arguments include a Float and are all
// constant, returning a Float when the value is finite.
func foldCall(name string, args []Expr) (Expr, bool) {
	hasFloat := false
	for _, a := range args {
		if _, ok := a.(*flt); ok {
			hasFloat = true
		}
	}
	if !hasFloat {
		return nil, false
	}
	for _, a := range args {
		if !IsNumber(a) {
			return nil, false
		}
	}
	return foldFloat(newCall(name, args))
}
