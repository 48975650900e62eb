package calc

import (
	"errors"
	"math"
	"strings"

	"statcalc/dist"
	"statcalc/sym"
)

// MultiDist is a member of one of dist's vector- and matrix-parameter
// families (Multinomial, Wishart, InverseWishart, MvStudentT): numeric
// parameters, closed forms for entropy and same-family kl, moments, a
// log-density and a sampler, which mc uses as any density.
type MultiDist struct{ M dist.MultiMember }

// Kind names the value in error messages.
func (*MultiDist) Kind() string { return "a distribution" }

// String prints the member with its parameters.
func (d *MultiDist) String() string {
	return d.M.Text(func(f float64) string { return formatFloat(f, 10) })
}

func init() {
	for _, f := range dist.MultiFamilies() {
		f := f
		n := strings.Count(f.Signature, ",") + 1
		register(&Builtin{Name: f.Name, Signature: f.Signature, Doc: f.Doc, Notes: f.Help, Example: f.Example,
			Group: "distributions", min: n, max: n, fn: func(s *Session, a *args) Value { return s.newMulti(f, a) }})
	}
}

// newMulti converts the arguments and builds the member; a bad parameter
// is reported at its argument.
func (s *Session) newMulti(f *dist.MultiFamily, a *args) Value {
	in := make([]dist.Arg, len(a.vals))
	for i, v := range a.vals {
		switch v := v.(type) {
		case Scalar:
			in[i] = dist.Arg{Rows: 1, Cols: 1, Scalar: true, E: []sym.Expr{v.E}}
		case floatValue:
			in[i] = dist.Arg{Rows: 1, Cols: 1, Scalar: true, E: []sym.Expr{sym.Float(float64(v))}}
		case *Matrix:
			in[i] = dist.Arg{Rows: v.Rows, Cols: v.Cols, Vector: v.IsVector, E: v.symbolic()}
		default:
			errorf(a.pos[i], "%s: argument %d must be a number, a vector or a matrix, not %s", f.Name, i+1, describe(v))
		}
	}
	m, err := f.New(in)
	var ae *dist.ArgError
	if errors.As(err, &ae) {
		errorf(a.pos[ae.Index], "%s", ae.Msg)
	}
	if err != nil {
		errorf(a.call.Pos, "%v", err)
	}
	return &MultiDist{M: m}
}

// multiArgs reports whether any of arguments idx is a MultiDist, and
// returns those that are (nil for the others).
func multiArgs(a *args, idx ...int) ([]*MultiDist, bool) {
	out := make([]*MultiDist, len(idx))
	found := false
	for k, i := range idx {
		if i < len(a.vals) {
			out[k], _ = a.vals[i].(*MultiDist)
			found = found || out[k] != nil
		}
	}
	return out, found
}

// multiNotAvailable stops a function that the member of argument i does
// not provide.
func (s *Session) multiNotAvailable(a *args, i int, m *MultiDist) {
	errorf(a.pos[i], "%s: not available for %s (its functions: entropy, kl with the same family, mean, cov, logpdf, pdf, sample, mc)", a.call.Fun, m.M.Family().Name)
}

// multiDivergence evaluates a divergence with a MultiDist argument: kl in
// closed form between members of one family; ok is false when neither
// argument is one.
func (s *Session) multiDivergence(a *args, name string) (Value, bool) {
	m, ok := multiArgs(a, 0, 1)
	if !ok {
		return nil, false
	}
	for i, v := range m {
		if v == nil {
			if !isDistribution(a.vals[i]) {
				s.notDistribution(a, i)
			}
			errorf(a.pos[i], "%s: a %s can only be compared with another %s", name, m[1-i].M.Family().Name, m[1-i].M.Family().Name)
		}
	}
	if name != "kl" {
		s.multiNotAvailable(a, 0, m[0])
	}
	if m[0].M.Family() != m[1].M.Family() {
		errorf(a.pos[1], "kl: no closed form between %s and %s", m[0].M.Family().Name, m[1].M.Family().Name)
	}
	e, err := m[0].M.KL(m[1].M)
	return s.exprResult(a, e, err, true), true
}

// multiEntropy is entropy(p) for a MultiDist.
func (s *Session) multiEntropy(a *args, m *MultiDist) Value {
	e, bound, err := m.M.Entropy()
	return s.bounded(s.exprResult(a, e, err, true), bound, true)
}

// multiMoment is mean(p) or cov(p) for a MultiDist.
func (s *Session) multiMoment(a *args, m *MultiDist, cov bool) Value {
	f := m.M.Mean
	if cov {
		f = m.M.Cov
	}
	r, err := f()
	if err != nil {
		errorf(a.call.Pos, "%s of %s is infinite or undefined: %v", a.call.Fun, s.plain(m), err)
	}
	if r.Vector {
		return newVector(r.Data)
	}
	return newNumMatrix(r.Rows, r.Cols, r.Data)
}

// multiLogPDF is logpdf(p, x) for a MultiDist: x a vector, or a matrix
// for a matrix-variate p.
func (s *Session) multiLogPDF(a *args, m *MultiDist) float64 {
	rows, cols := m.M.Shape()
	x, ok := a.vals[1].(*Matrix)
	var num *Matrix
	var err error
	if ok {
		num, err = numericIfPossible(x)
	}
	want := "a numeric vector"
	if cols > 1 {
		want = "a numeric matrix"
	}
	if !ok || err != nil || !num.IsNumeric() || num.IsVector != (cols == 1) {
		errorf(a.pos[1], "%s: the point must be %s, not %s", a.call.Fun, want, describe(a.vals[1]))
	}
	if num.Rows != rows || num.Cols != cols {
		errorf(a.pos[1], "%s: the point is %d×%d but %s's observations are %d×%d", a.call.Fun, num.Rows, num.Cols, m.M.Family().Name, rows, cols)
	}
	v, err := m.M.LogProb(num.Num)
	if err != nil {
		errorf(a.pos[1], "%s: %v", a.call.Fun, err)
	}
	if math.IsInf(v, -1) {
		errorf(a.pos[1], "%s: the point is outside the support of %s", a.call.Fun, m.M.Family().Name)
	}
	return v
}

// multivariateVersion stops a scalar family given a vector or a matrix
// when a vector family extends it (StudentT(5, [0, 0], I(2))), naming that
// family.
func (s *Session) multivariateVersion(f *dist.Family, a *args) {
	for i, v := range a.vals {
		if _, isMatrix := v.(*Matrix); !isMatrix {
			continue
		}
		for _, m := range dist.MultiFamilies() {
			if m.Univariate == f.Name {
				errorf(a.pos[i], "%s: %s is one-dimensional, its %s a number; %s is the multivariate one", f.Name, f.Name, f.Params[i].Name, m.Signature)
			}
		}
	}
}
