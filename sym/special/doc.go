// Package special evaluates special functions in float64 for statistical
// divergences: the gamma family (ln Γ, ψ, ψ₁, ψ⁽ⁿ⁾, ln B) and the
// cancellation-free helpers log(1+x) − x and x − 1 − log x.
//
// The functions work in double-double arithmetic where a recurrence or a
// reflection formula would otherwise lose bits, and use polynomials fitted
// around the roots of ψ and ln Γ (testdata/gen_coeffs.py), so that they
// keep their relative accuracy there. Largest errors measured against
// mpmath on the grids of testdata/refs.json (testdata/gen_refs.py), in
// units of 2⁻⁵³ ≈ 1.1·10⁻¹⁶ relative:
//
//	Digamma    x > 0, also next to the root x₀ = 1.4616…   1.1
//	           x < 0, relative to |ψ(1−x)| + |π cot πx|       3.3
//	Trigamma   x > 0: 1.0     x < 0: 2.8
//	Polygamma  n ≥ 2: 1.0 (correctly rounded, from multiple precision)
//	Lgamma     x > 0: 2.5     x < 0, relative to the reflection terms: 2.0
//	Lbeta      2.9, relative to max(|ln B|, |a(ψ(a)−ψ(a+b))| + |b(ψ(b)−ψ(a+b))|)
//	Log1pmx    1.9            Xm1mlog  2.1
//
// For comparison, gonum's mathext.Digamma is off by 2.8·10⁻⁹ relative at
// x = 1.45 and by a factor 3·10⁵ at the float64 nearest x₀, and
// math.Lgamma by 3·10⁻¹⁴ relative near x = 1.2. On amd64, math.Log is
// wrong for subnormal arguments (golang/go#56600); the functions here
// avoid it there.
//
// Errors are returned, never panics: ErrPole at the poles of the gamma
// family, ErrDomain for arguments outside the domain (NaN included) and
// ErrRange, with a signed infinity, for results beyond float64.
//
// The same functions to any number of significant decimal digits, on
// github.com/shopspring/decimal values, are in package
// statcalc/sym/special/dec.
package special
