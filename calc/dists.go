package calc

import (
	"bufio"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
	"statcalc/metrics"
	"statcalc/sym"
)

func init() {
	register(
		&Builtin{Name: "N", Signature: "N(mu, Sigma) or N(m, v)", Doc: dist.Normal.Doc, Example: dist.Normal.Example,
			Group: "distributions", min: 2, max: 2, fn: fnNormal},
	)
	for _, d := range metrics.Divergences() {
		d := d
		register(&Builtin{Name: d.Name, Signature: d.Signature, Doc: d.Doc, Example: d.Example, Group: "divergences",
			min: 2, max: 2, fn: func(s *Session, a *args) Value {
				if v, ok := s.multiDivergence(a, d.Name); ok {
					return v
				}
				if !s.numericNormals(a, 0, 1) {
					// The numeric route first asks for the closed form
					// to see whether there is one: derive it once.
					once := *d
					if d.Family != nil {
						once.Family = familyOnce(d.Family)
					}
					if v, ok := s.numericRoute(a, &once); ok {
						return v
					}
					if v, ok := s.discreteRoute(a, &once); ok {
						return v
					}
					return s.familyDivergence(a, once.Information, once.Family)
				}
				p, q := s.normalArg(a, 0), s.normalArg(a, 1)
				e, err := d.Normal(p, q)
				if _, infinite := infiniteValue(err); !infinite && (err != nil || !finite([]float64{e.Value})) && !a.vals[0].(*Distribution).D.Multivariate() && !a.vals[1].(*Distribution).D.Multivariate() {
					// Beyond float64: the exact closed form, printed in decimal.
					return s.familyDivergence(a, d.Information, d.Family)
				}
				return s.estimate(a, d.Information)(e, err)
			}})
	}
	register(
		&Builtin{Name: "renyi", Signature: "renyi(p, q, alpha)", Doc: "Rényi divergence of order α > 0 (α = 1 is KL)",
			Example: "renyi(N(0, 1), N(1, 2), 0.5)", Group: "divergences", min: 3, max: 3, fn: fnRenyi},
		&Builtin{Name: "entropy", Signature: "entropy(p)", Doc: "differential entropy −E_p[log p]",
			Example: "entropy(N(0, 1))", Group: "divergences", min: 1, max: 1, fn: fnEntropy},
		&Builtin{Name: "mahalanobis", Signature: "mahalanobis(x, p)", Doc: "Mahalanobis distance √((x − μ)ᵀ Σ⁻¹ (x − μ)) of a point from p",
			Example: "mahalanobis([1, 1], N([0, 0], I(2)))", Group: "divergences", min: 2, max: 2, fn: fnMahalanobis},
		&Builtin{Name: "logpdf", Signature: "logpdf(p, x)", Doc: "log-density of p at x",
			Example: "logpdf(N(0, 1), 0)", Group: "densities and moments", min: 2, max: 2, fn: fnLogPDF},
		&Builtin{Name: "pdf", Signature: "pdf(p, x)", Doc: "density of p at x",
			Example: "pdf(N(0, 1), 0)", Group: "densities and moments", min: 2, max: 2, fn: fnPDF},
		&Builtin{Name: "mean", Signature: "mean(p)", Doc: "mean of a distribution",
			Example: "mean(N([1, 2], I(2)))", Group: "densities and moments", min: 1, max: 1, fn: fnMean},
		&Builtin{Name: "cov", Signature: "cov(p)", Doc: "covariance matrix of a distribution (variance if univariate)",
			Example: "cov(N([1, 2], I(2)))", Group: "densities and moments", min: 1, max: 1, fn: fnCov},
		&Builtin{Name: "var", Signature: "var(p)", Doc: "variance of a univariate distribution (covariance if multivariate)",
			Example: "var(N(1, 4))", Group: "densities and moments", min: 1, max: 1, fn: fnCov},
		&Builtin{Name: "read_matrix", Signature: `read_matrix("file")`, Doc: "read a matrix from a file: rows on lines, entries separated by commas or white space",
			Example: `S = read_matrix("cov.csv")`, Group: "linear algebra", min: 1, max: 1, fn: fnReadMatrix},
	)
}

// sharedMVN builds N(mu, c) on c's own entries, without a copy, when c
// is exactly symmetric (matrices are never modified in place): a
// covariance written as a literal then costs one matrix, not three. A
// matrix that is not exactly symmetric, or that NewMVNSym refuses, takes
// NewMVN's way, which symmetrises within rounding and says what is wrong.
func sharedMVN(mu []float64, c *Matrix) (*dist.MVN, bool) {
	d := c.Rows
	for i := 0; i < d; i++ {
		for j := i + 1; j < d; j++ {
			if c.Num[i*d+j] != c.Num[j*d+i] {
				return nil, false
			}
		}
	}
	mvn, err := dist.NewMVNSym(mu, mat.NewSymDense(d, c.Num))
	return mvn, err == nil
}

// fnNormal builds N(μ, Σ), N(m, v), or N(μ, v) = N(μ, v I).
func fnNormal(s *Session, a *args) Value {
	if n := s.symbolicNormal(a); n != nil {
		return n
	}
	mu, cov := a.vals[0], a.vals[1]
	switch m := mu.(type) {
	case Scalar:
		v, ok := cov.(Scalar)
		if !ok {
			if c, isMat := cov.(*Matrix); isMat && c.Rows == 1 && c.Cols == 1 && !c.IsVector {
				v, ok = Scalar{E: c.At(0, 0)}, true
			}
		}
		if !ok {
			errorf(a.pos[1], "N: a scalar mean needs a scalar variance, not %s", cov.Kind())
		}
		return s.univariateNormal(a, m.E, v.E)
	case *Matrix:
		if !m.IsVector {
			errorf(a.pos[0], "N: the mean must be a vector, not %s", m.Kind())
		}
		m, err := numericIfPossible(m)
		if err != nil || !m.IsNumeric() {
			errorf(a.pos[0], "N: a multivariate normal needs a numeric mean")
		}
		// The covariance, a copy, its factor and work space.
		s.reserveCopies(a.call.Pos, m.Rows, m.Rows, 4, "N: the covariance and its factorisation")
		var rows [][]float64
		switch c := cov.(type) {
		case *Matrix:
			c, err := numericIfPossible(c)
			if err != nil || !c.IsNumeric() {
				errorf(a.pos[1], "N: a multivariate normal needs a numeric covariance")
			}
			if c.IsVector {
				errorf(a.pos[1], "N: the covariance must be a matrix, not %s (use diag(v) for a diagonal one)", c.Kind())
			}
			if c.Rows != c.Cols {
				errorf(a.pos[1], "N: the covariance must be square, not %s", c.Kind())
			}
			if c.Rows != m.Rows {
				errorf(a.pos[1], "N: the mean has %d entries but the covariance is %d×%d", m.Rows, c.Rows, c.Cols)
			}
			if mvn, ok := sharedMVN(m.Num, c); ok {
				return &Distribution{D: &dist.Dist{Family: dist.Normal, MVN: mvn}}
			}
			rows = c.rowsOf()
		case Scalar:
			v := s.numberArg(a.pos[1], c, "N: the variance")
			rows = make([][]float64, m.Rows)
			for i := range rows {
				rows[i] = make([]float64, m.Rows)
				rows[i][i] = v
			}
		default:
			errorf(a.pos[1], "N: the covariance must be a matrix, not %s", cov.Kind())
		}
		mvn, err := dist.NewMVN(append([]float64(nil), m.Num...), rows)
		if err != nil {
			errorf(a.pos[1], "N: %v", err)
		}
		return &Distribution{D: &dist.Dist{Family: dist.Normal, MVN: mvn}}
	}
	errorf(a.pos[0], "N: the mean must be a number or a vector, not %s", mu.Kind())
	return nil
}

func (s *Session) univariateNormal(a *args, m, v sym.Expr) Value {
	if sym.IsNumber(m) && sym.IsNumber(v) {
		mf := s.numberArg(a.pos[0], Scalar{E: m}, "N: the mean")
		vf := s.numberArg(a.pos[1], Scalar{E: v}, "N: the variance")
		if vf < 0 {
			errorf(a.pos[1], "N: the variance must be positive, not %s", formatFloat(vf, s.digits))
		}
		mvn, err := dist.NewMVN([]float64{mf}, [][]float64{{vf}})
		if err != nil && vf > 0 {
			// A variance float64 cannot factorise (1e-320): the exact
			// closed forms serve it.
			return univariate(m, v, nil)
		}
		if err != nil {
			errorf(a.pos[1], "N: %v", err)
		}
		return univariate(m, v, mvn)
	}
	if sym.IsNumber(v) {
		if vf, err := sym.Float64(v); err == nil && vf <= 0 {
			errorf(a.pos[1], "N: the variance must be positive, not %s", formatFloat(vf, s.digits))
		}
	}
	s.requireDomain(a.pos[1], "N", "the variance", v, dist.Positive)
	if names := sym.FreeSymbols(v); len(names) == 1 && sym.Equal(v, sym.Symbol(names[0])) {
		s.assume.Assume(names[0], sym.Positive)
	}
	return univariate(m, v, nil)
}

// univariate is N(m, v) with its parameters exact as written, and its
// factorised form when they are numbers.
func univariate(m, v sym.Expr, mvn *dist.MVN) *Distribution {
	return &Distribution{D: &dist.Dist{Family: dist.Normal, Theta: []sym.Expr{m, v}, MVN: mvn}}
}

func (s *Session) normalText(d *dist.Dist) string {
	n := d.MVN
	if !d.Multivariate() {
		if n == nil {
			return fmt.Sprintf("N(μ = %s, σ² = %s)", s.scalarText(d.Theta[0]), s.scalarText(d.Theta[1]))
		}
		return fmt.Sprintf("N(μ = %s, σ² = %s)", formatFloat(n.Mean()[0], s.digits), formatFloat(n.Cov().At(0, 0), s.digits))
	}
	return fmt.Sprintf("N(μ = %s, Σ = %s)", s.compactMatrix(newVector(n.Mean())), s.compactMatrix(fromDense(n.Cov())))
}

func (s *Session) normalLaTeX(d *dist.Dist) string {
	n := d.MVN
	if !d.Multivariate() {
		if n == nil {
			return fmt.Sprintf("\\mathcal{N}\\left(%s, %s\\right)", sym.LaTeX(d.Theta[0]), sym.LaTeX(d.Theta[1]))
		}
		return fmt.Sprintf("\\mathcal{N}\\left(%s, %s\\right)", latexNumber(formatFloat(n.Mean()[0], s.digits)), latexNumber(formatFloat(n.Cov().At(0, 0), s.digits)))
	}
	return fmt.Sprintf("\\mathcal{N}\\left(%s, %s\\right)", s.latex(newVector(n.Mean())), s.latex(fromDense(n.Cov())))
}

// compactMatrix prints a matrix on one line: [[2, 0.5], [0.5, 1]].
func (s *Session) compactMatrix(m *Matrix) string {
	return oneLine(m, func(i int) string { return s.cellText(m, i) })
}

// normalArg returns argument i as a normal with numeric parameters.
func (s *Session) normalArg(a *args, i int) *dist.MVN {
	n, ok := a.vals[i].(*Distribution)
	if !ok || !n.isNormal() {
		s.notDistribution(a, i)
	}
	if n.numericNormal() == nil {
		errorf(a.pos[i], "%s: this normal has symbolic parameters; give numbers (closed forms in symbols are not available for %s)", a.call.Fun, a.call.Fun)
	}
	return n.numericNormal()
}

// estimate turns a metrics result into a scalar, in bits when asked.
func (s *Session) estimate(a *args, information bool) func(metrics.Estimate, error) Value {
	return func(e metrics.Estimate, err error) Value {
		if inf, ok := infiniteValue(err); ok {
			return inf
		}
		if err != nil {
			errorf(a.call.Pos, "%s: %v", a.call.Fun, err)
		}
		v := e.Value
		if information && s.bits {
			v /= math.Ln2
		}
		if math.IsInf(v, 0) || math.IsNaN(v) {
			errorf(a.call.Pos, "%s: the result is out of range", a.call.Fun)
		}
		return s.requireNonnegative(a, Scalar{E: sym.Float(v), RelErr: e.RelErr})
	}
}

func fnRenyi(s *Session, a *args) Value {
	if m, ok := multiArgs(a, 0, 1); ok {
		s.multiDivergence(a, "renyi")
		s.multiNotAvailable(a, 0, m[0])
	}
	if sc, ok := a.vals[2].(Scalar); !s.numericNormals(a, 0, 1) || ok && !sym.IsNumber(sc.E) {
		alpha := s.scalarArg(a, 2, "the order alpha")
		if sym.IsNumber(alpha) {
			if f, err := sym.Float64(alpha); err != nil || !(f > 0) || math.IsInf(f, 0) {
				errorf(a.pos[2], "renyi: the order alpha must be positive and finite, not %s", s.scalarText(alpha))
			}
		}
		p, q := s.familyArg(a, 0), s.familyArg(a, 1)
		e, err := metrics.Renyi(p, q, alpha)
		if err == nil {
			s.deriveSteps("renyi", p, q)
		}
		return s.bounded(s.exprResult(a, e, err, true), metrics.ErrorBound("renyi", p, q, alpha, s.prec), true)
	}
	p, q := s.normalArg(a, 0), s.normalArg(a, 1)
	alpha := s.numberArg(a.pos[2], a.vals[2], "renyi: the order alpha")
	if !(alpha > 0) || math.IsInf(alpha, 0) {
		errorf(a.pos[2], "renyi: the order alpha must be positive and finite, not %s", formatFloat(alpha, s.digits))
	}
	return s.estimate(a, true)(metrics.RenyiNormal(p, q, alpha))
}

func fnEntropy(s *Session, a *args) Value {
	if m, ok := a.vals[0].(*MultiDist); ok {
		return s.multiEntropy(a, m)
	}
	if !s.numericNormals(a, 0) {
		d := s.familyArg(a, 0)
		if v, ok := s.numericEntropy(a, d); ok {
			return v
		}
		e, err := metrics.EntropyTo(d, s.prec)
		if err == nil {
			s.deriveSteps("entropy", d, nil)
		}
		return s.bounded(s.exprResult(a, e, err, true), metrics.ErrorBound("entropy", d, nil, nil, s.prec), true)
	}
	return s.estimate(a, true)(metrics.EntropyNormal(s.normalArg(a, 0)))
}

// pointArg reads a point: a vector, or a number for a univariate p.
func (s *Session) pointArg(a *args, i int, p *dist.MVN) []float64 {
	switch v := a.vals[i].(type) {
	case Scalar, floatValue:
		if p.Dim() != 1 {
			errorf(a.pos[i], "%s: the point must be a %d-vector", a.call.Fun, p.Dim())
		}
		return []float64{s.numberArg(a.pos[i], v, "the point")}
	case *Matrix:
		m, err := numericIfPossible(v)
		if err != nil || !m.IsNumeric() || !m.IsVector {
			errorf(a.pos[i], "%s: the point must be a numeric vector", a.call.Fun)
		}
		if m.Rows != p.Dim() {
			errorf(a.pos[i], "%s: the point has %d entries but the distribution has dimension %d", a.call.Fun, m.Rows, p.Dim())
		}
		return m.Num
	}
	errorf(a.pos[i], "%s: the point must be a vector, not %s", a.call.Fun, a.vals[i].Kind())
	return nil
}

func fnMahalanobis(s *Session, a *args) Value {
	p := s.normalArg(a, 1)
	return s.estimate(a, false)(metrics.MahalanobisNormal(s.pointArg(a, 0, p), p))
}

func fnLogPDF(s *Session, a *args) Value {
	if m, ok := a.vals[0].(*MultiDist); ok {
		return Scalar{E: sym.Float(s.multiLogPDF(a, m))}
	}
	if !s.numericNormals(a, 0) || symbolicPoint(a) {
		d := s.familyArg(a, 0)
		return s.exprResult(a, s.familyLogPDF(a, d, s.scalarArg(a, 1, "the point x")), nil, false)
	}
	p := s.normalArg(a, 0)
	v, err := p.LogProb(s.pointArg(a, 1, p))
	if err != nil {
		errorf(a.call.Pos, "logpdf: %v", err)
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		if !a.vals[0].(*Distribution).D.Multivariate() {
			// Beyond float64: the exact closed form, printed in decimal.
			return s.exprResult(a, s.familyLogPDF(a, s.familyArg(a, 0), s.scalarArg(a, 1, "the point x")), nil, false)
		}
		errorf(a.call.Pos, "logpdf: overflow: the log-density is beyond the float64 range")
	}
	return Scalar{E: sym.Float(v)}
}

// symbolicPoint reports a univariate normal with numeric parameters
// taken at a point with free symbols (pdf(N(0, 1), x)): its density is
// then an expression, as for symbolic parameters.
func symbolicPoint(a *args) bool {
	n, ok := a.vals[0].(*Distribution)
	x, isScalar := a.vals[1].(Scalar)
	return ok && n.isNormal() && !n.D.Multivariate() && isScalar && !sym.IsNumber(x.E)
}

func fnPDF(s *Session, a *args) Value {
	if m, ok := a.vals[0].(*MultiDist); ok {
		return s.expOfLog(a, s.multiLogPDF(a, m))
	}
	if !s.numericNormals(a, 0) || symbolicPoint(a) {
		d := s.familyArg(a, 0)
		return s.exprResult(a, mustCall("exp", s.familyLogPDF(a, d, s.scalarArg(a, 1, "the point x"))), nil, false)
	}
	p := s.normalArg(a, 0)
	v, err := p.LogProb(s.pointArg(a, 1, p))
	if err != nil {
		errorf(a.call.Pos, "pdf: %v", err)
	}
	if d := math.Exp(v); d >= 0x1p-1022 && !math.IsInf(d, 0) {
		return Scalar{E: sym.Float(d)}
	}
	if !a.vals[0].(*Distribution).D.Multivariate() {
		// Below (or above) the float64 range: the exact closed form,
		// printed in decimal (pdf(N(0, 1), 40) ≈ 1.46e-348).
		x := s.scalarArg(a, 1, "the point x")
		return s.exprResult(a, mustCall("exp", s.familyLogPDF(a, s.familyArg(a, 0), x)), nil, false)
	}
	return s.expOfLog(a, v)
}

// expOfLog is the density from a log-density v computed in float64.
func (s *Session) expOfLog(a *args, v float64) Value {
	if d := math.Exp(v); d >= 0x1p-1022 && !math.IsInf(d, 0) {
		return Scalar{E: sym.Float(d)}
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		errorf(a.call.Pos, "pdf: overflow: the log-density is beyond the float64 range")
	}
	// exp(log p), exact beyond float64; its relative error is the absolute
	// error of log p, a few ulps of |log p|.
	return Scalar{E: mustCall("exp", sym.Rat(new(big.Rat).SetFloat64(v))), RelErr: 4 * epsilon * math.Max(1, math.Abs(v))}
}

func fnMean(s *Session, a *args) Value {
	if m, ok := a.vals[0].(*MultiDist); ok {
		return s.multiMoment(a, m, false)
	}
	d, ok := a.vals[0].(*Distribution)
	if !ok {
		s.notDistribution(a, 0)
	}
	if !d.isNormal() {
		return s.familyMoment(a, d.D, false)
	}
	n := d.numericNormal()
	switch {
	case n == nil:
		return Scalar{E: d.D.Theta[0]}
	case !d.D.Multivariate():
		return Scalar{E: sym.Float(n.Mean()[0])}
	}
	return newVector(n.Mean())
}

func fnCov(s *Session, a *args) Value {
	if m, ok := a.vals[0].(*MultiDist); ok {
		return s.multiMoment(a, m, true)
	}
	d, ok := a.vals[0].(*Distribution)
	if !ok {
		s.notDistribution(a, 0)
	}
	if !d.isNormal() {
		return s.familyMoment(a, d.D, true)
	}
	n := d.numericNormal()
	switch {
	case n == nil:
		return Scalar{E: d.D.Theta[1]}
	case !d.D.Multivariate():
		return Scalar{E: sym.Float(n.Cov().At(0, 0))}
	}
	return fromDense(n.Cov())
}

func fnReadMatrix(s *Session, a *args) Value {
	name, ok := a.vals[0].(Str)
	if !ok {
		errorf(a.pos[0], `read_matrix needs a file name in quotes, such as "cov.csv"`)
	}
	m, err := readMatrix(string(name), func(rows, cols int) {
		s.checkMatrix(a.pos[0], rows, cols, false, "read_matrix")
	})
	if err != nil {
		errorf(a.pos[0], "read_matrix: %v", err)
	}
	s.reserveMatrix(a.pos[0], m.Rows, m.Cols, false, "read_matrix")
	return m
}

// readMatrix reads rows of numbers separated by commas or white space;
// blank lines and lines starting with # are skipped. check is called
// before each row is stored, with the size the matrix would then have.
func readMatrix(name string, check func(rows, cols int)) (*Matrix, error) {
	f, err := openRegular(name, maxMatrixBytes)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), maxMatrixBytes)
	var data []float64
	rows, cols, line := 0, 0, 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == ';' })
		if rows == 0 {
			cols = len(fields)
		} else if len(fields) != cols {
			return nil, fmt.Errorf("%s:%d: ragged rows: this row has %s, the first has %d", name, line, entries(len(fields)), cols)
		}
		check(rows+1, cols)
		for j, fld := range fields {
			v, err := strconv.ParseFloat(fld, 64)
			if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%s:%d: entry %d (%q) is not a finite number", name, line, j+1, fld)
			}
			data = append(data, v)
		}
		rows++
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if rows == 0 {
		return nil, fmt.Errorf("%s holds no numbers", name)
	}
	return newNumMatrix(rows, cols, data), nil
}

func entries(n int) string {
	if n == 1 {
		return "1 entry"
	}
	return fmt.Sprintf("%d entries", n)
}

// familyOnce returns f remembering its last result, so that a second call
// with the same two distributions does not derive the closed form again.
func familyOnce(f func(p, q *dist.Dist) (sym.Expr, error)) func(p, q *dist.Dist) (sym.Expr, error) {
	var p0, q0 *dist.Dist
	var e sym.Expr
	var err error
	return func(p, q *dist.Dist) (sym.Expr, error) {
		if p0 == nil || p != p0 || q != q0 {
			e, err = f(p, q)
			p0, q0 = p, q
		}
		return e, err
	}
}
