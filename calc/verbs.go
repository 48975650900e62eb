package calc

// The verifier's verbs beyond check: limits, integrals and LaTeX input. (Registered
// here, after the other symbolic built-ins, so that :help lists them last.)
func init() {
	register(&Builtin{Name: "limit", Signature: `limit(expr, x, value [, dir="+"|"-"])`,
		Doc:     "limit as x tends to value (inf and -inf allowed), from both sides unless dir is given; 0/0 and ∞/∞ by L'Hôpital's rule",
		Example: "limit(renyi(Exponential(a), Exponential(b), t), t, 1)", Group: "symbolic",
		min: 3, max: 3, keys: []string{"dir"}, names: []int{1}, fn: fnLimit})
	register(&Builtin{Name: "integrate", Signature: "integrate(expr, x, a, b)",
		Doc:     "∫_a^b expr dx (a, b may be -inf, inf): in closed form for polynomials and exponentials, otherwise by adaptive Gauss–Kronrod quadrature, printed to the digits its error estimate vouches for",
		Example: "integrate(x^2 exp(-x), x, 0, inf)", Group: "symbolic",
		min: 4, max: 4, names: []int{1}, fn: fnIntegrate})
	register(&Builtin{Name: "tex", Signature: `tex("LaTeX formula")`,
		Doc:     `a LaTeX formula read as statcalc syntax: \frac, \sqrt, \log, Greek letters, subscripts (\sigma_1 is sigma1)`,
		Example: `tex("\\frac{\\sigma_1^2}{2}")`, Group: "symbolic", min: 1, max: 1, fn: fnTeX})
}
