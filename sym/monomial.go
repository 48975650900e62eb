package sym

// Monomial writes e as Π gens[i]^k[i], a product of non-negative integer
// powers of the generators (such as the sufficient statistics x and log x
// of a family), and returns the exponents k; ok is false when e is not such
// a product. A factor u^n matches a generator u, or a generator u^m with m
// dividing n (x⁴ is (x²)² when x² is a generator and x is not).
func Monomial(e Expr, gens []Expr) (k []int, ok bool) {
	k = make([]int, len(gens))
	factors := []Expr{e}
	if p, isProd := e.(*prod); isProd {
		factors = p.factors
	}
	for _, f := range factors {
		if !matchFactor(f, gens, k) {
			return nil, false
		}
	}
	return k, true
}

func matchFactor(f Expr, gens []Expr, k []int) bool {
	for i, g := range gens {
		if Equal(f, g) {
			k[i]++
			return true
		}
	}
	base, n := f, 1
	if p, ok := f.(*pow); ok {
		e, isInt := smallPositiveInt(p.exp)
		if !isInt {
			return false
		}
		base, n = p.base, e
	}
	for i, g := range gens {
		if Equal(base, g) {
			k[i] += n
			return true
		}
	}
	for i, g := range gens {
		if p, ok := g.(*pow); ok && Equal(p.base, base) {
			if m, isInt := smallPositiveInt(p.exp); isInt && n%m == 0 {
				k[i] += n / m
				return true
			}
		}
	}
	return false
}

// Factors returns the factors of a product in canonical order, or e alone.
func Factors(e Expr) []Expr {
	if p, ok := e.(*prod); ok {
		return append([]Expr(nil), p.factors...)
	}
	return []Expr{e}
}

// SplitPower returns the base and exponent of a power, or e and 1.
func SplitPower(e Expr) (base, exp Expr) {
	if p, ok := e.(*pow); ok {
		return p.base, p.exp
	}
	return e, one
}
