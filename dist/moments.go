package dist

import (
	"statcalc/sym"
)

// maxMoment is the highest raw moment E[x^k] the expectation operator
// knows.
const maxMoment = 12

// Moment returns E[atom] for an x-dependent product of factors (see
// sym.Expect) under d: a sufficient statistic (E[T(x)] = ∇A(η)), the base
// measure (E[log h(x)]), a raw moment E[x^k], a product of powers of
// sufficient statistics (StatMoment), an atom a family declares
// (E|x − c| under Laplace), or a moment of a larger family d embeds in
// (Exponential(λ) = Gamma(1, λ)).
func (d *Dist) Moment(atom sym.Expr, x string) (sym.Expr, bool) {
	f := d.Family
	xs := sym.Symbol(x)
	if f.Eta != nil && f.Stat != nil {
		for i, t := range f.Stat(xs) {
			if sym.Equal(atom, t) {
				return d.MeanStat()[i], true
			}
		}
		if lb := f.LogBase(xs, d.Theta); !sym.Equal(lb, zero) {
			if m, err := f.MeanLogBase(d.Theta); err == nil {
				if sym.Equal(atom, lb) {
					return m, true
				}
				if sym.Equal(atom, sym.Neg(lb)) {
					return sym.Neg(m), true
				}
			}
		}
	}
	if f.RawMoment != nil {
		for k := 1; k <= maxMoment; k++ {
			if sym.Equal(atom, sym.Pow(xs, sym.Int(int64(k)))) {
				if θ, err := d.Floats(); err == nil && f.MomentExists != nil && !f.MomentExists(θ, k) {
					return nil, false // E[x^k] = ∞
				}
				return f.RawMoment(d.Theta, k), true
			}
		}
	}
	if f.Mean != nil && (sym.Equal(atom, xs) || (f.Variance != nil && sym.Equal(atom, sym.Pow(xs, sym.Int(2))))) {
		// E[x] and E[x²] = Var + E[x]² from the declared moments.
		k := 1
		if !sym.Equal(atom, xs) {
			k = 2
		}
		if θ, err := d.Floats(); err == nil && f.MomentExists != nil && !f.MomentExists(θ, k) {
			return nil, false
		}
		if k == 1 {
			return f.Mean(d.Theta), true
		}
		return sym.Add(f.Variance(d.Theta), sym.Pow(f.Mean(d.Theta), sym.Int(2))), true
	}
	if m, ok := atomMoments[f]; ok {
		if v, ok := m(d.Theta, atom, xs); ok {
			return v, true
		}
	}
	if embed, ok := embeddings[f]; ok {
		return embed(d.Theta).Moment(atom, x)
	}
	return d.statProductMoment(atom, xs)
}

// stirling2 returns the Stirling numbers of the second kind S(k, j),
// j = 0 … k, which turn factorial moments into raw ones:
// E[x^k] = Σ_j S(k, j) E[x(x−1)…(x−j+1)].
func stirling2(k int) []int64 {
	row := []int64{1}
	for n := 1; n <= k; n++ {
		next := make([]int64, n+1)
		for j := 1; j <= n; j++ {
			if j < n {
				next[j] = int64(j) * row[j]
			}
			next[j] += row[j-1]
		}
		row = next
	}
	return row
}

// fromFactorial returns Σ_j S(k, j) fm(j), for a family whose factorial
// moments fm are known.
func fromFactorial(k int, fm func(j int) sym.Expr) sym.Expr {
	s := stirling2(k)
	var terms []sym.Expr
	for j := 1; j <= k; j++ {
		terms = append(terms, sym.Mul(sym.Int(s[j]), fm(j)))
	}
	return sym.Add(terms...)
}

func factorial(j int) sym.Expr {
	f := int64(1)
	for i := 2; i <= j; i++ {
		f *= int64(i)
	}
	return sym.Int(f)
}

// rising returns Π_{i<k} (a + i).
func rising(a sym.Expr, k int) sym.Expr {
	fs := make([]sym.Expr, k)
	for i := range fs {
		fs[i] = sym.Add(a, sym.Int(int64(i)))
	}
	return sym.Mul(fs...)
}

func binomial(n, k int) int64 {
	r := int64(1)
	for i := 1; i <= k; i++ {
		r = r * int64(n-k+i) / int64(i)
	}
	return r
}
