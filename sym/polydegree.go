package sym

// PolynomialDegree returns the total degree of e as a polynomial in the
// symbols xs, whose coefficients may hold any other symbols and functions
// (x1² y + log(a) x2 has degree 2 in x1, x2). ok is false when e is not a
// polynomial in xs: an x inside a function (log(x1), |x1|), under a
// negative, fractional or symbolic power (1/x1, √x1, x1^n), or in an
// exponent (2^x1).
func PolynomialDegree(e Expr, xs []string) (degree int, ok bool) {
	in := make(map[string]bool, len(xs))
	for _, x := range xs {
		in[x] = true
	}
	return polyDegree(e, in)
}

func polyDegree(e Expr, in map[string]bool) (int, bool) {
	switch e := e.(type) {
	case *symbol:
		if in[e.name] {
			return 1, true
		}
		return 0, true
	case *sum:
		d := 0
		for _, t := range e.terms {
			td, ok := polyDegree(t, in)
			if !ok {
				return 0, false
			}
			d = max(d, td)
		}
		return d, true
	case *prod:
		d := 0
		for _, f := range e.factors {
			fd, ok := polyDegree(f, in)
			if !ok {
				return 0, false
			}
			d += fd
		}
		return d, true
	case *pow:
		bd, ok := polyDegree(e.base, in)
		if !ok {
			return 0, false
		}
		if ed, ok := polyDegree(e.exp, in); !ok || ed > 0 {
			return 0, false
		}
		if bd == 0 {
			return 0, true
		}
		n, isInt := smallPositiveInt(e.exp)
		if !isInt {
			return 0, false
		}
		return n * bd, true
	case *call:
		for _, a := range e.args {
			if d, ok := polyDegree(a, in); !ok || d > 0 {
				return 0, false
			}
		}
		return 0, true
	}
	return 0, true
}
