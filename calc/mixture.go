package calc

import (
	"statcalc/dist"
	"statcalc/metrics"
	"statcalc/parser"
	"statcalc/sym"
)

func init() {
	register(&Builtin{Name: "Mixture", Signature: "Mixture([w1, w2, …], [p1, p2, …])",
		Doc:     "finite mixture Σ wᵢ pᵢ of distributions of one variable (weights positive, summing to 1)",
		Example: "Mixture([0.4, 0.6], [N(-1, 1), N(2, 0.5)])", Group: "distributions",
		min: 2, max: 2, lazy: true, fn: fnMixture})
}

// fnMixture builds Mixture(w, [p1, …]): the weights are a vector, the
// components a bracketed list of distributions (a list the vector
// literal cannot hold, so it is read element by element).
func fnMixture(s *Session, a *args) Value {
	wv, ok := s.eval(a.call.Args[0].Value).(*Matrix)
	if !ok || !wv.IsVector {
		errorf(a.pos[0], "Mixture: the weights must be a vector such as [0.4, 0.6]")
	}
	w := make([]float64, wv.Rows)
	for i := range w {
		x := wv.At(i, 0)
		f, err := sym.Float64(x)
		if !sym.IsNumber(x) || err != nil {
			errorf(a.pos[0], "Mixture: weight %d must be a number, not %s", i+1, s.scalarText(x))
		}
		w[i] = f
	}
	list, ok := a.call.Args[1].Value.(*parser.List)
	if !ok {
		errorf(a.pos[1], "Mixture: the components must be a bracketed list such as [N(0, 1), Laplace(0, 1)]")
	}
	comps := make([]*dist.Dist, len(list.Elems))
	for i, e := range list.Elems {
		d, isDist := s.eval(e).(*Distribution)
		if !isDist {
			errorf(e.Position(), "Mixture: component %d must be a distribution", i+1)
		}
		if d.D.Multivariate() || d.D.Family.Discrete || !d.D.IsNumeric() || d.D.Family.Gonum == nil {
			errorf(e.Position(), "Mixture: component %d must be a continuous distribution of one variable with numeric parameters", i+1)
		}
		comps[i] = d.D
	}
	d, err := dist.NewMixture(w, comps)
	if err != nil {
		errorf(a.call.Pos, "%v", err)
	}
	return &Distribution{D: d}
}

// numericEntropy returns h(p) = −E_p[log p] = cross_entropy(p, p) by the
// numeric route for a family without a closed form of its entropy (a
// mixture); ok is false for the others.
func (s *Session) numericEntropy(a *args, d *dist.Dist) (Value, bool) {
	if d.Family.NonExp == nil || d.Family.NonExp.Entropy != nil || !d.IsNumeric() || !hasScalarForm(d.Family) {
		return nil, false
	}
	θ, err := d.Floats()
	if err != nil {
		return nil, false
	}
	ce, _ := metrics.LookupDivergence("cross_entropy")
	g := scalarPieces(d.Family, θ)
	e, err := metrics.Numeric(ce, g, g)
	return s.estimate(a, true)(e, err), true
}
