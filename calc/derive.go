package calc

import (
	"statcalc/dist"
	"statcalc/sym"
)

// Derivation limits: the order of diff(f, t, k) and series(f, h, k), and
// the size of an intermediate derivative.
const (
	maxDerivOrder  = 12
	maxDerivSize   = 200000
	maxSeriesOrder = 12
)

// supportProperties are the assumptions that place an observation in a
// family's support.
var supportProperties = map[dist.SupportSet][]sym.Property{
	dist.PositiveReals: {sym.Positive},
	dist.OpenUnit:      {sym.UnitInterval},
	dist.Naturals:      {sym.Nonnegative, sym.Integer},
	dist.Counting:      {sym.Positive, sym.Integer},
	dist.ZeroOne:       {sym.Nonnegative, sym.Integer},
}

// noteSupport records that the free symbol x stands for an observation of
// d, so that check samples it inside the support. It does not change how
// expressions simplify.
func (s *Session) noteSupport(d *dist.Dist, x sym.Expr) {
	name, ok := sym.SymbolName(x)
	if !ok {
		return
	}
	set := d.Family.SupportSet()
	if set == dist.RealLine {
		return
	}
	if s.support == nil {
		s.support = map[string]dist.SupportSet{}
	}
	// (0, 1) is inside (0, ∞): keep the narrower of two continuous supports.
	if old, ok := s.support[name]; ok && old == dist.OpenUnit && set == dist.PositiveReals {
		return
	}
	s.support[name] = set
}

// withSupport returns the session's assumptions plus the supports of the
// observations among names.
func (s *Session) withSupport(names ...string) *sym.Assumptions {
	a := s.assume.Clone()
	if a == nil {
		a = sym.NewAssumptions()
	}
	for _, n := range names {
		for _, p := range supportProperties[s.support[n]] {
			a.Assume(n, p)
		}
	}
	return a
}

// checkAssumptions are the assumptions under which check compares a and b:
// every assume, and the support of each observation they mention.
func (s *Session) checkAssumptions(a, b sym.Expr) *sym.Assumptions {
	return s.withSupport(append(sym.FreeSymbols(a), sym.FreeSymbols(b)...)...)
}

// expectation returns E_d[e] over the variable x, computed on the computing
// form of e (sym.Normal) with x in the support of d.
func (s *Session) expectation(a *args, d *dist.Dist, e sym.Expr, x string) sym.Expr {
	if d.Family.Simplex() {
		// x takes the values 1 … k with probabilities p₁ … p_k.
		terms := make([]sym.Expr, len(d.Theta))
		for i, p := range d.Theta {
			terms[i] = sym.Mul(p, sym.Subs(e, map[string]sym.Expr{x: sym.Int(int64(i + 1))}))
		}
		return sym.Simplify(sym.Add(terms...), s.assume)
	}
	if d.Family.Vector {
		errorf(a.pos[0], "expect: %s is a distribution of vectors; expect takes a family of scalar x", d.Family.Name)
	}
	as := s.assume.Clone()
	if as == nil {
		as = sym.NewAssumptions()
	}
	for _, p := range supportProperties[d.Family.SupportSet()] {
		as.Assume(x, p)
	}
	v, err := sym.Expect(sym.Normal(e, as), x, func(atom sym.Expr) (sym.Expr, bool) { return d.Moment(atom, x) })
	if err != nil {
		if c, ok := d.Center(); ok {
			// Terms such as x/|x − μ| and μ/|x − μ| have no mean apart but
			// do together: take the expectation in y = x − μ instead.
			y := freshName(x+"_c", e, c)
			shifted := sym.Normal(sym.Subs(e, map[string]sym.Expr{x: sym.Add(c, sym.Symbol(y))}), as)
			if w, err2 := sym.Expect(shifted, y, func(atom sym.Expr) (sym.Expr, bool) { return d.CenteredMoment(atom, y) }); err2 == nil {
				return sym.Simplify(w, s.assume)
			}
		}
		errorf(a.call.Pos, "expect: %v", err)
	}
	if sym.IsNumber(v) {
		// A number is evaluated as it is: simplifying would merge λ log λ
		// into log(λ^λ), beyond any number range.
		return v
	}
	return sym.Simplify(v, s.assume)
}

// freshName returns name, primed until no expression in es mentions it.
func freshName(name string, es ...sym.Expr) string {
	for {
		used := false
		for _, e := range es {
			for _, n := range sym.FreeSymbols(e) {
				used = used || n == name
			}
		}
		if !used {
			return name
		}
		name += "_"
	}
}

// derivative returns the k-th derivative of e in x, differentiating the
// computing form at each step; it is an error when an intermediate result
// grows beyond maxDerivSize nodes.
func (s *Session) derivative(a *args, e sym.Expr, x string, k int) sym.Expr {
	d := sym.Normal(e, s.assume)
	for i := 0; i < k; i++ {
		d = sym.Normal(sym.Diff(d, x), s.assume)
		if n := sym.Nodes(d); n > maxDerivSize {
			errorf(a.call.Pos, "%s: derivative %d in %s is too large (%d distinct nodes)", a.call.Fun, i+1, x, n)
		}
	}
	return d
}

func fnSeries(s *Session, a *args) Value {
	h := s.oneName(a, 1)
	k := s.intArg(a.pos[2], a.vals[2], "series: the order k", 0, maxSeriesOrder)
	at := map[string]sym.Expr{h: sym.Int(0)}
	hs := sym.Symbol(h)
	return s.mapEntries(a, a.vals[0], func(e sym.Expr) sym.Expr {
		terms := make([]sym.Expr, 0, k+1)
		d := sym.Normal(e, s.assume)
		fact := int64(1)
		for j := 0; j <= k; j++ {
			if j > 0 {
				d = s.derivative(a, d, h, 1)
				fact *= int64(j)
			}
			c := sym.Simplify(sym.Subs(d, at), s.assume)
			if undefinedAt(c) {
				errorf(a.call.Pos, "series: derivative %d is undefined at %s = 0", j, h)
			}
			terms = append(terms, sym.Div(sym.Mul(c, sym.Pow(hs, sym.Int(int64(j)))), sym.Int(fact)))
		}
		return sym.Simplify(sym.Add(terms...), s.assume)
	})
}

// undefinedAt reports a coefficient that evaluates to 1/0 or a logarithm
// of zero.
func undefinedAt(c sym.Expr) bool {
	if !sym.IsNumber(c) {
		return hasUndefined(c)
	}
	_, err := sym.Float64(c)
	return err != nil
}

func hasUndefined(e sym.Expr) bool {
	found := false
	sym.Walk(e, func(n sym.Expr) bool {
		if found {
			return false
		}
		if sym.IsNumber(n) && sym.Size(n) > 1 {
			if _, err := sym.Float64(n); err != nil {
				found = true
			}
			return false
		}
		return true
	})
	return found
}
