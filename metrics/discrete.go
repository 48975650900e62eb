package metrics

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"statcalc/dist"
	"statcalc/sym"
)

// Discrete members at the boundary of their parameters are point masses
// (Poisson(0), Bernoulli(1), Binomial(n, 1), Geometric(1)), categorical
// vectors may hold zeros, and two binomials may have different n. The
// closed forms in natural parameters do not reach these (η = ±∞); the
// definitions do, with 0 log 0 = 0:
//
//	p = δ_x:  KL(p‖q) = H(p, q) = −log q(x),  D_B = −½ log q(x),
//	          D_α(p‖q) = −log q(x) for every α;
//	q = δ_y, p ≠ q:  KL = H(p, q) = +∞,  D_B = −½ log p(y),
//	          D_α = α/(α − 1) · log p(y) for α < 1, +∞ for α > 1;
//
// and each is +∞ when the point lies outside the other's support.

type quantity int

const (
	klQuantity quantity = iota
	crossQuantity
	bhattacharyyaQuantity
	renyiQuantity
)

var (
	errOutside = &dist.Infinite{Reason: "support of p not contained in that of q"}
	errApart   = &dist.Infinite{Reason: "p and q have disjoint supports"}
)

// boundaryEntropy returns the entropy of a point mass (0) or of a
// categorical vector with zeros, −Σ_{pᵢ>0} pᵢ log pᵢ.
func boundaryEntropy(p *dist.Dist) (sym.Expr, bool) {
	if _, ok := p.Atom(); ok {
		return sym.Int(0), true
	}
	if pz, _, ok := categoricalZeros(p, p); ok {
		var terms []sym.Expr
		for i, pi := range p.Theta {
			if !pz[i] {
				terms = append(terms, sym.Neg(sym.Mul(pi, logOf(pi))))
			}
		}
		return sym.Add(terms...), true
	}
	return nil, false
}

// boundary computes a divergence for the pairs described above; handled
// is false for pairs the closed forms serve.
func boundary(k quantity, p, q *dist.Dist, alpha sym.Expr) (e sym.Expr, handled bool, err error) {
	if p.Family != q.Family || !p.IsNumeric() || !q.IsNumeric() || len(p.Theta) != len(q.Theta) {
		return nil, false, nil
	}
	if pz, qz, ok := categoricalZeros(p, q); ok {
		return categorical(k, p, q, pz, qz, alpha)
	}
	x, pAtom := p.Atom()
	y, qAtom := q.Atom()
	switch {
	case pAtom && qAtom:
		if x == y {
			return sym.Int(0), true, nil
		}
		if k == klQuantity || k == crossQuantity {
			return nil, true, errOutside
		}
		return nil, true, errApart
	case pAtom:
		lq, inside := logPMF(q, x)
		if !inside {
			if k == bhattacharyyaQuantity || k == renyiQuantity {
				return nil, true, errApart
			}
			return nil, true, errOutside
		}
		if k == bhattacharyyaQuantity {
			return sym.Mul(sym.Div(sym.Int(-1), sym.Int(2)), lq), true, nil
		}
		return sym.Neg(lq), true, nil
	case qAtom:
		switch k {
		case klQuantity, crossQuantity:
			return nil, true, errOutside
		}
		if k == renyiQuantity {
			a, err := sym.Float64(alpha)
			if err != nil || !sym.IsNumber(alpha) {
				return nil, true, errors.New("give a numeric order alpha: the divergence from a point mass is infinite for alpha > 1 and finite below")
			}
			if a > 1 {
				return nil, true, errOutside
			}
		}
		lp, inside := logPMF(p, y)
		if !inside {
			return nil, true, errApart
		}
		if k == bhattacharyyaQuantity {
			return sym.Mul(sym.Div(sym.Int(-1), sym.Int(2)), lp), true, nil
		}
		return sym.Mul(sym.Div(alpha, sym.Sub(alpha, sym.Int(1))), lp), true, nil
	}
	if p.Family == dist.Binomial && !sameValue(p.Theta[0], q.Theta[0]) {
		v, _, err := binomialSums(k, p, q, alpha)
		if err != nil {
			return nil, true, err
		}
		return sym.Float(v), true, nil
	}
	return nil, false, nil
}

// logPMF returns log q(x) as an exact expression, and false when x is
// outside q's support.
func logPMF(q *dist.Dist, x float64) (sym.Expr, bool) {
	θ, _ := q.Floats()
	if q.Family.Support != nil && !q.Family.Support(x, θ) {
		return nil, false
	}
	xe := sym.Rat(new(big.Rat).SetFloat64(x))
	η := q.NaturalParams()
	terms := []sym.Expr{q.Family.LogBase(xe, q.Theta), sym.Neg(q.LogPartitionAt(η))}
	for i, t := range q.Family.Stat(xe) {
		terms = append(terms, sym.Mul(η[i], t))
	}
	return sym.Add(terms...), true
}

// categoricalZeros reports which entries of two numeric members of a
// family whose parameters are the probabilities (dist.Family.Simplex:
// categoricals) are zero, and ok when at least one is.
func categoricalZeros(p, q *dist.Dist) (pz, qz []bool, ok bool) {
	if !p.Family.Simplex() || !p.IsNumeric() || !q.IsNumeric() || len(p.Theta) != len(q.Theta) {
		return nil, nil, false
	}
	pz, qz = make([]bool, len(p.Theta)), make([]bool, len(q.Theta))
	for i := range p.Theta {
		a, _ := sym.Float64(p.Theta[i])
		b, _ := sym.Float64(q.Theta[i])
		pz[i], qz[i] = a == 0, b == 0
		ok = ok || a == 0 || b == 0
	}
	return pz, qz, ok
}

// categorical sums the definitions over the categories where p (and, for
// D_B and D_α, q) has mass.
func categorical(k quantity, p, q *dist.Dist, pz, qz []bool, alpha sym.Expr) (sym.Expr, bool, error) {
	var terms []sym.Expr
	outside := false
	for i := range p.Theta {
		pi, qi := p.Theta[i], q.Theta[i]
		if !pz[i] && qz[i] {
			outside = true
		}
		switch {
		case k == klQuantity && !pz[i] && !qz[i]:
			terms = append(terms, sym.Mul(pi, sym.Sub(logOf(pi), logOf(qi))))
		case k == crossQuantity && !pz[i] && !qz[i]:
			terms = append(terms, sym.Neg(sym.Mul(pi, logOf(qi))))
		case k == bhattacharyyaQuantity && !pz[i] && !qz[i]:
			terms = append(terms, sqrtOf(sym.Mul(pi, qi)))
		case k == renyiQuantity && !pz[i] && !qz[i]:
			terms = append(terms, sym.Mul(sym.Pow(pi, alpha), sym.Pow(qi, sym.Sub(sym.Int(1), alpha))))
		}
	}
	switch k {
	case klQuantity, crossQuantity:
		if outside {
			return nil, true, errOutside
		}
		return sym.Add(terms...), true, nil
	case renyiQuantity:
		a, err := sym.Float64(alpha)
		if err != nil || !sym.IsNumber(alpha) {
			return nil, true, errors.New("give a numeric order alpha for categorical distributions with zero probabilities")
		}
		if a > 1 && outside {
			return nil, true, errOutside
		}
		if len(terms) == 0 {
			return nil, true, errApart
		}
		return sym.Div(logOf(sym.Add(terms...)), sym.Sub(alpha, sym.Int(1))), true, nil
	}
	if len(terms) == 0 {
		return nil, true, errApart
	}
	return sym.Neg(logOf(sym.Add(terms...))), true, nil
}

func logOf(x sym.Expr) sym.Expr  { e, _ := sym.Call("log", x); return e }
func sqrtOf(x sym.Expr) sym.Expr { e, _ := sym.Call("sqrt", x); return e }

// maxBinomialTerms bounds the sums over the support of two binomials with
// different n.
const maxBinomialTerms = 2_000_000

// binomialWindow returns the whole numbers lo … hi over which binomialSums
// adds terms. For KL and the cross-entropy they hold all of p's mass but
// e^−800 (the mean ± 40 standard deviations + 1000, by Chernoff's bound),
// which times |log q(x)| < 10¹⁸ is below 10⁻³⁰⁰. For D_B and D_α with
// α < 1 the summand p^α q^(1−α) is log-concave with its peak between the
// two means, so the union of both windows holds it. For α > 1 the whole
// common support is summed.
func binomialWindow(k quantity, a, np, pp, qp, nq, pq, qq float64) (lo, hi float64) {
	top := math.Min(np, nq)
	mp, sp := np*pp, math.Sqrt(np*pp*qp)
	mq, sq := nq*pq, math.Sqrt(nq*pq*qq)
	switch {
	case k == klQuantity || k == crossQuantity:
		lo, hi = mp-40*sp-1000, mp+40*sp+1000
	case k == bhattacharyyaQuantity || a < 1:
		w := 40*math.Max(sp, sq) + 1000
		lo, hi = math.Min(mp, mq)-w, math.Max(mp, mq)+w
	default:
		lo, hi = 0, top
	}
	return math.Max(0, math.Floor(lo)), math.Min(top, math.Ceil(hi))
}

// binomialSums computes a divergence between Binomial(n₁, p₁) and
// Binomial(n₂, p₂), n₁ ≠ n₂, by summing the definition over the common
// support with accurate log-probabilities; it returns the value and a
// bound on its absolute error.
func binomialSums(k quantity, p, q *dist.Dist, alpha sym.Expr) (float64, float64, error) {
	θp, _ := p.Floats()
	θq, _ := q.Floats()
	np, nq := θp[0], θq[0]
	a := 0.5
	if k == renyiQuantity {
		var err error
		if a, err = sym.Float64(alpha); err != nil || !sym.IsNumber(alpha) {
			return 0, 0, errors.New("give a numeric order alpha for binomials with different n")
		}
	}
	outside := np > nq
	if outside && (k == klQuantity || k == crossQuantity || k == renyiQuantity && a > 1) {
		return 0, 0, errOutside
	}
	// q = 1 − p from the exact parameter, not from its float64.
	qp, _ := sym.Float64(sym.Sub(sym.Int(1), p.Theta[1]))
	qq, _ := sym.Float64(sym.Sub(sym.Int(1), q.Theta[1]))
	lo, hi := binomialWindow(k, a, np, θp[1], qp, nq, θq[1], qq)
	if hi > 1<<53 {
		return 0, 0, errors.New("binomials with different n are summed term by term, over whole numbers up to 2⁵³")
	}
	if hi-lo+1 > maxBinomialTerms {
		return 0, 0, errors.New("binomials with different n are summed term by term, and this sum would take more than 2·10⁶ terms")
	}
	lp := func(x float64) (float64, float64) { return dist.BinomialLogPMF(x, θp[0], θp[1], qp) }
	lq := func(x float64) (float64, float64) { return dist.BinomialLogPMF(x, θq[0], θq[1], qq) }
	var sum, comp, errSum, abs float64
	add := func(t, te float64) {
		errSum += te
		abs += math.Abs(t)
		y := t - comp
		s := sum + y
		comp = (s - sum) - y
		sum = s
	}
	if k == klQuantity || k == crossQuantity {
		for x := lo; x <= hi; x++ {
			l1, e1 := lp(x)
			l2, e2 := lq(x)
			pr := math.Exp(l1)
			d := -l2
			if k == klQuantity {
				d = l1 - l2
			}
			add(pr*d, pr*(e1+e2)+math.Abs(pr*d)*(e1+2*eps))
		}
		return sum, errSum + 2*eps*abs, nil
	}
	// Σ p^α q^(1−α) by a log-sum-exp over the common support.
	// Each term exp(l) with l off by at most δ is off by (e^δ − 1) ≈ δ of
	// itself, so the sum's relative error is the weighted mean of the δ.
	// Two passes (the largest term, then the sum) keep memory constant.
	term := func(x float64) (l, δ float64) {
		l1, e1 := lp(x)
		l2, e2 := lq(x)
		l = a*l1 + (1-a)*l2
		return l, math.Abs(a)*e1 + math.Abs(1-a)*e2 + eps*math.Abs(l)
	}
	maxLog := math.Inf(-1)
	for x := lo; x <= hi; x++ {
		l, _ := term(x)
		maxLog = math.Max(maxLog, l)
	}
	var weighted float64
	for x := lo; x <= hi; x++ {
		l, δ := term(x)
		w := math.Exp(l - maxLog)
		add(w, 0)
		weighted += w * math.Expm1(δ+eps)
	}
	logSum := maxLog + math.Log(sum)
	logErr := 1.01*weighted/sum + 4*eps*(1+math.Abs(logSum)) + 2*eps
	if k == bhattacharyyaQuantity {
		return -logSum, logErr, nil
	}
	return logSum / (a - 1), logErr / math.Abs(a-1), nil
}

// ErrorBound returns a bound on the absolute error of the value that the
// named quantity (kl, cross_entropy, entropy, bhattacharyya, hellinger,
// renyi) returns for p and q, with digits as given to EntropyTo and
// CrossEntropyTo: that of the entropy sums or series of
// Poisson and binomial members, or of the sums over two binomials with
// different n; 0 when the returned expression is exact. q is ignored for
// the entropy.
func ErrorBound(name string, p, q *dist.Dist, alpha sym.Expr, digits int) float64 {
	if !p.IsNumeric() || !exponential(p) || q != nil && (!q.IsNumeric() || q.Family != p.Family) {
		return 0
	}
	if name == "entropy" {
		if _, ok := boundaryEntropy(p); ok {
			return 0
		}
		_, e, _ := meanLogBase(p, digits)
		return e
	}
	if q == nil {
		return 0
	}
	kinds := map[string]quantity{"kl": klQuantity, "cross_entropy": crossQuantity, "bhattacharyya": bhattacharyyaQuantity,
		"hellinger": bhattacharyyaQuantity, "renyi": renyiQuantity}
	k, ok := kinds[name]
	if !ok {
		return 0
	}
	if _, isAtom := p.Atom(); isAtom {
		return 0
	}
	if _, isAtom := q.Atom(); isAtom {
		return 0
	}
	if p.Family == dist.Binomial && !sameValue(p.Theta[0], q.Theta[0]) {
		v, e, err := binomialSums(k, p, q, alpha)
		if err != nil {
			return 0
		}
		if name == "hellinger" {
			// H = √(1 − e^(−D)): |dH/dD| = e^(−D)/(2H).
			h := math.Sqrt(-math.Expm1(-v))
			return e * math.Exp(-v) / (2 * h)
		}
		return e
	}
	if k == crossQuantity {
		_, e, _ := meanLogBase(p, digits)
		return e
	}
	return 0
}

// BoundaryRoute describes, for :steps, how the named quantity is computed
// when the closed form in natural parameters does not apply (a point
// mass, categorical zeros, binomials with different n); "" otherwise.
func BoundaryRoute(name string, p, q *dist.Dist) string {
	if name == "entropy" || q == nil {
		if x, ok := p.Atom(); ok {
			return fmt.Sprintf("p is the point mass at %g: H(p) = 0", x)
		}
		if _, _, ok := categoricalZeros(p, p); ok {
			return "−Σ pᵢ log pᵢ over the categories with pᵢ > 0"
		}
		return ""
	}
	if p.Family != q.Family || !p.IsNumeric() || !q.IsNumeric() {
		return ""
	}
	if p.Family == dist.Uniform && (name == "bhattacharyya" || name == "hellinger" || name == "renyi") {
		return "∫ p^α q^(1−α) = |I| (b_p − a_p)^(−α) (b_q − a_q)^(α−1) over the overlap I of the supports"
	}
	if _, _, ok := categoricalZeros(p, q); ok {
		return "the definition summed over the categories where p (and q) have mass, 0 log 0 = 0"
	}
	x, pAtom := p.Atom()
	y, qAtom := q.Atom()
	switch {
	case pAtom && qAtom:
		return fmt.Sprintf("p and q are point masses at %g and %g", x, y)
	case pAtom:
		return fmt.Sprintf("p is the point mass at %g: KL = H(p, q) = D_α = −log q(%g), D_B = −½ log q(%g)", x, x, x)
	case qAtom:
		return fmt.Sprintf("q is the point mass at %g: KL = H(p, q) = +∞, D_B = −½ log p(%g), D_α = α/(α − 1) log p(%g) for α < 1", y, y, y)
	}
	if p.Family == dist.Binomial && !sameValue(p.Theta[0], q.Theta[0]) {
		return "the definition summed over the common support with accurate log-probabilities (Loader 2000)"
	}
	return ""
}
