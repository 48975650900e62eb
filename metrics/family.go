package metrics

import (
	"errors"
	"fmt"
	"strconv"

	"statcalc/dist"
	"statcalc/sym"
)

// The divergences below hold for two members p, q of one exponential
// family p(x | θ) = h(x) exp(η(θ)·T(x) − A(η)), with ∇A(η) = E[T(x)]
// (Nielsen & Nock 2010, "Entropies and cross-entropies of exponential
// families"; Nielsen 2011, "Chernoff information of exponential
// families"). They are expressions: in the parameters' symbols when those
// are symbolic, constant expressions (evaluated by the caller to any
// precision) when they are numbers.

// sameFamily checks that p and q can be compared: one family, equal fixed
// parameters (the n of two binomials).
func sameFamily(p, q *dist.Dist) error {
	if p.Family.Discrete != q.Family.Discrete {
		d, c := p, q
		if q.Family.Discrete {
			d, c = q, p
		}
		return fmt.Errorf("%s is discrete and %s continuous: they have no common density to compare", d.Family.Name, c.Family.Name)
	}
	if p.Family != q.Family {
		return fmt.Errorf("the distributions belong to different families (%s and %s); only divergences within a family have closed forms", p.Family.Name, q.Family.Name)
	}
	if len(p.Theta) != len(q.Theta) {
		return fmt.Errorf("the distributions have %d and %d parameters", len(p.Theta), len(q.Theta))
	}
	for i, prm := range p.Family.Params {
		if prm.Fixed && !sameValue(p.Theta[i], q.Theta[i]) {
			return fmt.Errorf("%s differs between the distributions (%s and %s): the divergence is infinite or undefined",
				prm.Name, sym.Format(p.Theta[i]), sym.Format(q.Theta[i]))
		}
	}
	return nil
}

// sameValue reports whether two parameters are equal: as numbers, or as
// expressions.
func sameValue(a, b sym.Expr) bool {
	if sym.IsNumber(a) && sym.IsNumber(b) {
		// Exact: 10^17 and 10^17 + 8 are one float64.
		d, err := sym.Float64(sym.Sub(a, b))
		return err == nil && d == 0
	}
	d := sym.Sub(a, b)
	return sym.Equal(sym.Normal(d, nil), sym.Int(0)) || sym.Equal(sym.Simplify(d, nil), sym.Int(0))
}

func dot(a, b []sym.Expr) sym.Expr {
	terms := make([]sym.Expr, len(a))
	for i := range a {
		terms[i] = sym.Mul(a[i], b[i])
	}
	return sym.Add(terms...)
}

func sub(a, b []sym.Expr) []sym.Expr {
	out := make([]sym.Expr, len(a))
	for i := range a {
		out[i] = sym.Sub(a[i], b[i])
	}
	return out
}

// mix returns α a + (1 − α) b.
func mix(alpha sym.Expr, a, b []sym.Expr) []sym.Expr {
	out := make([]sym.Expr, len(a))
	for i := range a {
		out[i] = sym.Add(sym.Mul(alpha, a[i]), sym.Mul(sym.Sub(sym.Int(1), alpha), b[i]))
	}
	return out
}

func exponential(d *dist.Dist) bool { return d.Family.Eta != nil }

var errNoClosedForm = errors.New("no closed form for this family")

// meanLogBase returns E_p[log h(x)] and a bound on its absolute error.
func meanLogBase(p *dist.Dist, digits int) (sym.Expr, float64, error) {
	if p.Family.MeanLogBaseTo != nil {
		return p.Family.MeanLogBaseTo(p.Theta, digits)
	}
	e, err := p.Family.MeanLogBase(p.Theta)
	return e, 0, err
}

// CrossEntropy returns H(p, q) = −E_p[log q(x)]. For an exponential family
//
//	H(p, q) = A(η_q) − η_q · ∇A(η_p) − E_p[log h(x)].
func CrossEntropy(p, q *dist.Dist) (sym.Expr, error) { return CrossEntropyTo(p, q, 0) }

// CrossEntropyTo is CrossEntropy with E_p[log h(x)], where it is computed
// rather than exact (Poisson, binomial), good to about `digits` digits;
// 0 asks for float64 accuracy, the fastest.
func CrossEntropyTo(p, q *dist.Dist, digits int) (sym.Expr, error) {
	if e, ok, err := boundary(crossQuantity, p, q, nil); ok {
		return e, err
	}
	if p.Family != q.Family {
		h, err := crossEntropyAcross(p, q)
		if err != nil {
			return nil, acrossError(p, q, err)
		}
		return h, nil
	}
	if err := sameFamily(p, q); err != nil {
		return nil, err
	}
	if !exponential(p) {
		return p.Family.NonExp.CrossEntropy(p.Theta, q.Theta)
	}
	elogh, _, err := meanLogBase(p, digits)
	if err != nil {
		return nil, err
	}
	ηq := q.NaturalParams()
	return sym.Sub(sym.Sub(q.LogPartitionAt(ηq), dot(ηq, p.MeanStat())), elogh), nil
}

// Entropy returns H(p) = −E_p[log p(x)] = A(η) − η · ∇A(η) − E[log h(x)].
func Entropy(p *dist.Dist) (sym.Expr, error) { return EntropyTo(p, 0) }

// EntropyTo is Entropy with E[log h(x)] good to about `digits` digits, as
// for CrossEntropyTo.
func EntropyTo(p *dist.Dist, digits int) (sym.Expr, error) {
	if e, ok := boundaryEntropy(p); ok {
		return e, nil
	}
	if !exponential(p) {
		if p.Family.NonExp == nil || p.Family.NonExp.Entropy == nil {
			return nil, fmt.Errorf("%s has no closed-form entropy", p.Family.Name)
		}
		return p.Family.NonExp.Entropy(p.Theta), nil
	}
	return CrossEntropyTo(p, p, digits)
}

// KL returns KL(p‖q). For an exponential family it is the Bregman
// divergence of the log-partition:
//
//	KL(p‖q) = A(η_q) − A(η_p) − (η_q − η_p) · ∇A(η_p).
//
// Otherwise KL = H(p, q) − H(p).
func KL(p, q *dist.Dist) (sym.Expr, error) {
	if e, ok, err := boundary(klQuantity, p, q, nil); ok {
		return e, err
	}
	if p.Family != q.Family {
		return klAcross(p, q, 0)
	}
	if err := sameFamily(p, q); err != nil {
		if e, ok, aerr := fixedDiffer(p, q); ok {
			return e, aerr
		}
		return nil, err
	}
	if !exponential(p) {
		h, err := CrossEntropy(p, q)
		if err != nil {
			return nil, err
		}
		return sym.Sub(h, p.Family.NonExp.Entropy(p.Theta)), nil
	}
	ηp, ηq := p.NaturalParams(), q.NaturalParams()
	return sym.Sub(sym.Sub(q.LogPartitionAt(ηq), p.LogPartitionAt(ηp)), dot(sub(ηq, ηp), p.MeanStat())), nil
}

// skewJensen returns α A(η_p) + (1 − α) A(η_q) − A(α η_p + (1 − α) η_q),
// which is −log ∫ p^α q^(1−α) dx for members of one exponential family.
func skewJensen(p, q *dist.Dist, alpha sym.Expr) (sym.Expr, error) {
	if err := sameFamily(p, q); err != nil {
		return nil, err
	}
	if !exponential(p) {
		return nil, errNoClosedForm
	}
	ηp, ηq := p.NaturalParams(), q.NaturalParams()
	ηα := mix(alpha, ηp, ηq)
	if in, known := p.Family.InNaturalSpace(ηα); known && !in {
		// ∫ p^α q^(1−α) dx = +∞: only α > 1 can leave the (convex) space.
		return nil, &dist.Infinite{Reason: fmt.Sprintf("α η_p + (1−α) η_q leaves the natural parameter space for α = %s", numberText(alpha))}
	}
	return sym.Sub(
		sym.Add(sym.Mul(alpha, p.LogPartitionAt(ηp)), sym.Mul(sym.Sub(sym.Int(1), alpha), q.LogPartitionAt(ηq))),
		p.LogPartitionAt(ηα)), nil
}

// Bhattacharyya returns D_B(p, q) = −log ∫ √(p q) dx
// = ½ A(η_p) + ½ A(η_q) − A((η_p + η_q)/2).
func Bhattacharyya(p, q *dist.Dist) (sym.Expr, error) {
	if e, ok, err := boundary(bhattacharyyaQuantity, p, q, nil); ok {
		return e, err
	}
	if e, ok, err := uniformChernoff(bhattacharyyaQuantity, p, q, nil); ok {
		return e, err
	}
	return skewJensen(p, q, sym.Div(sym.Int(1), sym.Int(2)))
}

// Hellinger returns H(p, q) = √(1 − exp(−D_B(p, q))), which is 1 when
// D_B = +∞ (disjoint supports).
func Hellinger(p, q *dist.Dist) (sym.Expr, error) {
	b, err := Bhattacharyya(p, q)
	var inf *dist.Infinite
	if errors.As(err, &inf) {
		return sym.Int(1), nil
	}
	if err != nil {
		return nil, err
	}
	e, _ := sym.Call("exp", sym.Neg(b))
	return sym.Call("sqrt", sym.Sub(sym.Int(1), e))
}

// Renyi returns the Rényi divergence of order α > 0, α ≠ 1,
//
//	D_α(p‖q) = 1/(α − 1) · log ∫ p^α q^(1−α) dx
//	         = [A(α η_p + (1 − α) η_q) − α A(η_p) − (1 − α) A(η_q)]/(α − 1),
//
// and KL(p‖q) for α = 1.
func Renyi(p, q *dist.Dist, alpha sym.Expr) (sym.Expr, error) {
	if sym.Equal(alpha, sym.Int(1)) {
		return KL(p, q)
	}
	if e, ok, err := boundary(renyiQuantity, p, q, alpha); ok {
		return e, err
	}
	if e, ok, err := uniformChernoff(renyiQuantity, p, q, alpha); ok {
		return e, err
	}
	j, err := skewJensen(p, q, alpha)
	if err != nil {
		return nil, err
	}
	return sym.Div(j, sym.Sub(sym.Int(1), alpha)), nil
}

// W2 returns the Wasserstein-2 distance between two univariate normals,
// √((m_p − m_q)² + (σ_p − σ_q)²) (Givens & Shortt 1984); other families
// have no closed form.
func W2(p, q *dist.Dist) (sym.Expr, error) {
	if err := sameFamily(p, q); err != nil {
		return nil, err
	}
	if p.Family != dist.Normal {
		return nil, fmt.Errorf("w2 has a closed form for normals only, not %s", p.Family.Name)
	}
	sp, _ := sym.Call("sqrt", p.Theta[1])
	sq, _ := sym.Call("sqrt", q.Theta[1])
	d2 := sym.Add(sym.Pow(sym.Sub(p.Theta[0], q.Theta[0]), sym.Int(2)), sym.Pow(sym.Sub(sp, sq), sym.Int(2)))
	return sym.Call("sqrt", d2)
}

// numberText prints a constant as a decimal (9.5, not 19/2).
func numberText(e sym.Expr) string {
	if f, err := sym.Float64(e); err == nil {
		return strconv.FormatFloat(f, 'g', 10, 64)
	}
	return sym.Format(e)
}
