package calc

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
	"statcalc/fisher"
	"statcalc/sym"
)

// Fisher information, score, natural gradient, Cramér–Rao bound and
// Jeffreys prior, in a family's own parameters or in the symbols its
// parameters are written in.

func init() {
	register(
		&Builtin{Name: "crlb", Signature: "crlb(p, n [, [t1, t2, …]])",
			Doc:     "Cramér–Rao lower bound F⁻¹/n on the covariance of an unbiased estimator from n observations (F in the family's parameters, or in the symbols listed)",
			Example: "crlb(N(m, v), n)", Group: "information", min: 2, max: 3, fn: fnCRLB},
		&Builtin{Name: "jeffreys", Signature: "jeffreys(p [, [t1, t2, …]])",
			Doc:     "Jeffreys prior density √det F (unnormalised), in the family's parameters or in the symbols listed",
			Example: "jeffreys(Bernoulli(p))", Group: "information", min: 1, max: 2, fn: fnJeffreys},
	)
}

// coordsArg returns the symbols listed in argument i ([mu, s] or a single
// symbol), or nil when there is no argument i.
func (s *Session) coordsArg(a *args, i int) []string {
	if i >= len(a.vals) {
		return nil
	}
	bad := func(what string) {
		errorf(a.pos[i], "%s: list the symbols to take the information in, such as [mu, s], not %s", a.call.Fun, what)
	}
	switch v := a.vals[i].(type) {
	case Scalar:
		if name, ok := sym.SymbolName(v.E); ok {
			return []string{name}
		}
		bad(valueSummary(v))
	case *Matrix:
		if !v.IsVector || v.IsNumeric() {
			bad(describe(v))
		}
		names := make([]string, len(v.Sym))
		for k, e := range v.Sym {
			name, ok := sym.SymbolName(e)
			if !ok {
				bad(fmt.Sprintf("%s whose entry %d is %s", v.Kind(), k+1, valueSummary(Scalar{E: e})))
			}
			names[k] = name
		}
		return names
	}
	bad(describe(a.vals[i]))
	return nil
}

// informationMatrix returns the Fisher information of the distribution in
// argument 0, in the symbols of argument coordIdx when given, as a value
// (numeric when the parameters are numbers).
func (s *Session) informationMatrix(a *args, coordIdx int) *Matrix {
	if mvn, ok := mvnValue(a.vals[0]); ok {
		if coordIdx < len(a.vals) {
			errorf(a.pos[coordIdx], `%s: a multivariate normal with numeric parameters has no symbols to take the information in; fisher(p, "mean") and fisher(p, "cov") give its blocks`, a.call.Fun)
		}
		dim := mvn.Dim()
		s.reserveMatrix(a.call.Pos, dim+dim*(dim+1)/2, dim+dim*(dim+1)/2, false, "fisher")
		F, err := fisher.InformationMVN(mvn, true, true)
		if err != nil {
			errorf(a.call.Pos, "%s: %v", a.call.Fun, err)
		}
		m := fromRowsFloat(F)
		m.Note = mvnCoords(true, true)
		return m
	}
	d := s.familyArg(a, 0)
	s.refuseAtom(a, d, "the Fisher information is infinite there")
	coords := s.coordsArg(a, coordIdx)
	var F [][]sym.Expr
	var err error
	if coords != nil {
		F, err = fisher.InformationIn(d, coords)
		if err == nil && s.showSteps {
			s.coordinateSteps(d, coords)
		}
	} else {
		var free []int
		free, err = fisher.Free(d, nil)
		if err == nil {
			F, err = fisher.Information(d, free)
		}
	}
	if err != nil {
		errorf(a.call.Pos, "%s: %v", a.call.Fun, err)
	}
	m := s.exprMatrix(a, F).(*Matrix)
	m.Note = coordsNote(d, coords)
	return m
}

// coordsNote says which coordinates an information matrix, score or
// natural gradient is in: the symbols listed, or the family's parameters.
func coordsNote(d *dist.Dist, coords []string) string {
	if coords != nil {
		return "in (" + strings.Join(coords, ", ") + ")"
	}
	if d.Family == dist.Normal {
		return "in (mean, variance)"
	}
	names := fisher.ParamNames(d)
	var free []string
	for _, i := range d.Family.Free(len(d.Theta)) {
		free = append(free, names[i])
	}
	if d.Family.Vector && d.Family.Params[0].Domain == dist.Probability {
		return "in all probabilities but the last (which is one minus their sum)"
	}
	if d.Family.Vector {
		return "in (" + d.Family.Params[0].Name + ")"
	}
	return "in (" + strings.Join(free, ", ") + ")"
}

// mvnCoords names the coordinates of N(μ, Σ)'s information.
func mvnCoords(mean, cov bool) string {
	switch {
	case mean && cov:
		return "in (μ, vech Σ): μ, then the lower triangle of Σ column by column"
	case cov:
		return "in vech Σ: the lower triangle of Σ column by column"
	}
	return "in μ"
}

func fnFisher(s *Session, a *args) Value {
	if m := s.symbolicMVNInformation(a); m != nil {
		return m
	}
	for i := range a.vals {
		a.vals[i] = s.eval(a.call.Args[i].Value)
	}
	if len(a.vals) == 2 {
		if str, ok := a.vals[1].(Str); ok {
			return s.namedInformation(a, string(str))
		}
	}
	if len(a.vals) == 1 {
		if _, multivariate := mvnValue(a.vals[0]); !multivariate {
			s.deriveSteps("fisher", s.familyArg(a, 0), nil)
		}
	}
	return s.informationMatrix(a, 1)
}

// namedInformation is fisher(p, "shape,rate"): the block of the named
// parameters; "mean" and "cov" for a multivariate normal.
func (s *Session) namedInformation(a *args, list string) Value {
	var names []string
	for _, n := range strings.Split(list, ",") {
		names = append(names, strings.TrimSpace(n))
	}
	if mvn, ok := mvnValue(a.vals[0]); ok {
		if len(names) != 1 || names[0] != "mean" && names[0] != "cov" {
			errorf(a.pos[1], `fisher of a multivariate normal: give "mean" (the information about μ, Σ⁻¹) or "cov" (about vech Σ, ½ Dᵀ(Σ⁻¹ ⊗ Σ⁻¹)D)`)
		}
		dim, size := mvn.Dim(), 0
		if names[0] == "mean" {
			size = dim
		} else {
			size = dim * (dim + 1) / 2
		}
		s.reserveMatrix(a.call.Pos, size, size, false, "fisher")
		F, err := fisher.InformationMVN(mvn, names[0] == "mean", names[0] == "cov")
		if err != nil {
			errorf(a.call.Pos, "fisher: %v", err)
		}
		m := fromRowsFloat(F)
		m.Note = mvnCoords(names[0] == "mean", names[0] == "cov")
		return m
	}
	d := s.familyArg(a, 0)
	free, err := fisher.Free(d, names)
	if err != nil {
		errorf(a.call.Pos, "fisher: %v", err)
	}
	F, err := fisher.Information(d, free)
	if err != nil {
		errorf(a.call.Pos, "fisher: %v", err)
	}
	s.deriveSteps("fisher", d, nil)
	m := s.exprMatrix(a, F).(*Matrix)
	all := fisher.ParamNames(d)
	var named []string
	for _, i := range free {
		named = append(named, all[i])
	}
	m.Note = "in (" + strings.Join(named, ", ") + ")"
	return m
}

// exprMatrix turns a matrix of closed forms into a value.
func (s *Session) exprMatrix(a *args, F [][]sym.Expr) Value {
	n := len(F)
	m := &Matrix{Rows: n, Cols: len(F[0]), Sym: make([]sym.Expr, 0, n*len(F[0]))}
	numeric := true
	for _, row := range F {
		for _, e := range row {
			m.Sym = append(m.Sym, e)
			numeric = numeric && sym.IsNumber(e)
		}
	}
	if numeric && s.prec == 0 {
		num := make([]float64, len(m.Sym))
		inRange := true
		for i, e := range m.Sym {
			num[i] = s.correctlyRounded(a, e)
			if f := math.Abs(num[i]); math.IsInf(f, 0) || f < 0x1p-1022 && !sym.Equal(e, sym.Int(0)) {
				inRange = false // beyond float64: kept exact, printed in decimal
			}
		}
		if inRange {
			m.Num, m.Sym = num, nil
			return m
		}
	}
	for i, e := range m.Sym {
		m.Sym[i] = sym.Simplify(e, s.assume)
	}
	return m
}

func fromRowsFloat(rows [][]float64) *Matrix {
	m := &Matrix{Rows: len(rows), Cols: len(rows[0])}
	for _, r := range rows {
		m.Num = append(m.Num, r...)
	}
	return m
}

func fnScore(s *Session, a *args) Value {
	d := s.familyArg(a, 0)
	s.refuseAtom(a, d, "the score is not defined at the boundary of the parameters")
	x := s.scalarArg(a, 1, "the point x")
	s.noteSupport(d, x)
	var g []sym.Expr
	var err error
	coords := s.coordsArg(a, 2)
	if coords != nil {
		g, err = fisher.ScoreIn(d, x, coords)
	} else {
		free, _ := fisher.Free(d, nil)
		g, err = fisher.Score(d, x, free)
	}
	if err != nil {
		errorf(a.call.Pos, "score: %v", err)
	}
	v := s.exprMatrix(a, [][]sym.Expr{g}).(*Matrix)
	v.Rows, v.Cols, v.IsVector = v.Cols, 1, true
	v.Note = coordsNote(d, coords)
	return v
}

func fnNatGrad(s *Session, a *args) Value {
	if mvn, ok := mvnValue(a.vals[0]); ok && len(a.vals) == 2 {
		return s.mvnNatGrad(a, mvn)
	}
	F := s.informationMatrix(a, 2)
	g, ok := a.vals[1].(*Matrix)
	if !ok || !g.IsVector || g.Rows != F.Rows {
		errorf(a.pos[1], "natgrad: the gradient must be a %d-vector (one entry per parameter), not %s", F.Rows, describe(a.vals[1]))
	}
	if gn, err := numericIfPossible(g); err == nil && gn.IsNumeric() && F.IsNumeric() {
		x, err := fisher.NaturalGradient(F.rowsOf(), gn.Num)
		if err != nil {
			errorf(a.call.Pos, "natgrad: %v", err)
		}
		v := newVector(x)
		v.Note = F.Note
		return v
	}
	v := s.symSolve(a.call.Pos, F, g)
	v.Note = F.Note
	return v
}

// mvnNatGrad is the natural gradient of N(μ, Σ) for a gradient in (μ,
// vech Σ) or in μ alone: Σ g_μ, and vech(2 Σ G Σ) where G is the symmetric
// matrix with dL = tr(G dΣ) (G_ii = g_ii, G_ij = g_ij/2 off the diagonal).
// Products only: no inverse is formed.
func (s *Session) mvnNatGrad(a *args, p *dist.MVN) Value {
	g, ok := a.vals[1].(*Matrix)
	d := p.Dim()
	if ok {
		g, _ = numericIfPossible(g)
	}
	if !ok || g == nil || !g.IsVector || !g.IsNumeric() || g.Rows != d && g.Rows != d+d*(d+1)/2 {
		errorf(a.pos[1], "natgrad: the gradient of N(μ, Σ) must be a numeric vector of %d entries (μ) or %d (μ, then vech Σ), not %s",
			d, d+d*(d+1)/2, describe(a.vals[1]))
	}
	x, err := fisher.NaturalGradientMVN(p, g.Num)
	if err != nil {
		errorf(a.call.Pos, "natgrad: %v", err)
	}
	v := newVector(x)
	v.Note = mvnCoords(true, g.Rows > d)
	return v
}

func fnCRLB(s *Session, a *args) Value {
	F := s.informationMatrix(a, 2)
	n := s.scalarArg(a, 1, "the number of observations n")
	if f, ok := sym.AsFloat(n); ok || sym.IsNumber(n) {
		if !ok {
			f, _ = sym.Float64(n)
		}
		if !(f > 0) {
			errorf(a.pos[1], "crlb: the number of observations must be positive, not %s", s.scalarText(n))
		}
	}
	inv := s.informationInverse(a, F)
	out := &Matrix{Rows: inv.Rows, Cols: inv.Cols, Sym: make([]sym.Expr, len(inv.Sym))}
	for i, e := range inv.Sym {
		out.Sym[i] = sym.Simplify(sym.Div(e, n), s.assume)
	}
	out.Note = F.Note
	if m, err := numericIfPossible(out); err == nil && s.prec == 0 {
		m.Note = F.Note
		return m
	}
	return out
}

// informationInverse returns F⁻¹ exactly: by symbolic elimination when F
// has symbols, otherwise from a Cholesky factorisation (F is symmetric
// positive definite for a regular family).
func (s *Session) informationInverse(a *args, F *Matrix) *Matrix {
	if F.hasSymbols() || !F.IsNumeric() {
		return s.symInv(a.call.Pos, F)
	}
	n := F.Rows
	sd := mat.NewSymDense(n, nil)
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			sd.SetSym(i, j, F.Num[i*n+j])
		}
	}
	var c mat.Cholesky
	if !c.Factorize(sd) {
		errorf(a.call.Pos, "%s: the Fisher information is singular", a.call.Fun)
	}
	var inv mat.SymDense
	if err := c.InverseTo(&inv); err != nil {
		errorf(a.call.Pos, "%s: %v", a.call.Fun, err)
	}
	out := &Matrix{Rows: n, Cols: n, Sym: make([]sym.Expr, n*n)}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			out.Sym[i*n+j] = sym.Float(inv.At(i, j))
		}
	}
	return out
}

func fnJeffreys(s *Session, a *args) Value {
	F := s.informationMatrix(a, 1)
	if F.IsNumeric() {
		d := mat.Det(F.Dense())
		if !(d > 0) {
			errorf(a.call.Pos, "jeffreys: the Fisher information is singular (det %g)", d)
		}
		return Scalar{E: sym.Float(math.Sqrt(d))}
	}
	det := s.symDet(a.call.Pos, F).(Scalar).E
	r, err := sym.Call("sqrt", det)
	if err != nil {
		errorf(a.call.Pos, "jeffreys: %v", err)
	}
	return Scalar{E: sym.Simplify(r, s.assume)}
}

func init() {
	register(&Builtin{Name: "fisher_rao", Signature: "fisher_rao(p, q)",
		Doc: "Fisher–Rao geodesic distance where a closed form exists: univariate normals and log-normals (hyperbolic plane), Laplace, " +
			"one-parameter families (|∫ √F dθ|), normals with a common mean (√(½ Σ log² λᵢ), λ the eigenvalues of Σp⁻¹Σq)",
		Example: "fisher_rao(N(0, 1), N(1, 2))", Group: "information", min: 2, max: 2, fn: fnFisherRao})
}

func fnFisherRao(s *Session, a *args) Value {
	mp, okp := mvnValue(a.vals[0])
	mq, okq := mvnValue(a.vals[1])
	if okp && okq {
		d, err := fisher.RaoDistanceCommonMean(mp, mq)
		if err != nil {
			errorf(a.call.Pos, "fisher_rao: %v", err)
		}
		return Scalar{E: sym.Float(d), RelErr: 64 * epsilon * float64(mp.Dim()) * math.Max(1, mp.Cond())}
	}
	p, q := s.familyArg(a, 0), s.familyArg(a, 1)
	e, err := fisher.RaoDistance(p, q)
	if err == fisher.ErrNoClosedForm {
		d, rel, qerr := fisher.RaoDistanceQuadrature(p, q)
		if qerr == nil {
			return Scalar{E: sym.Float(d), RelErr: math.Max(rel, 4*epsilon)}
		}
		if qerr != fisher.ErrNoClosedForm {
			errorf(a.call.Pos, "fisher_rao: %v", qerr)
		}
		if p.Family == q.Family && len(p.Family.Free(len(p.Theta))) == 1 {
			errorf(a.call.Pos, "fisher_rao: %s has no closed form in symbols; give numeric parameters (the distance is then ∫ √F dθ by quadrature)", p.Family.Name)
		}
		errorf(a.call.Pos, "fisher_rao: no closed form for %s: the geodesic distance is known in closed form for univariate normals, log-normals, Laplace, one-parameter families and normals with a common mean", p.Family.Name)
	}
	return s.exprResult(a, e, err, false)
}

// symbolicMVNInformation serves fisher(p) for a multivariate normal with
// symbols (a SymNormal, written inline or held in a variable): the
// information Σ⁻¹ about μ and ½ Dᵀ(Σ⁻¹ ⊗ Σ⁻¹)D about vech Σ, with Σ⁻¹ by
// exact elimination. It returns nil when argument 0 is anything else.
func (s *Session) symbolicMVNInformation(a *args) *Matrix {
	sn, ok := s.eval(a.call.Args[0].Value).(*SymNormal)
	if !ok {
		return nil
	}
	d, Σ := len(sn.Mean), sn.Cov
	wantMean, wantCov := true, true
	if len(a.call.Args) == 2 {
		str, isStr := s.eval(a.call.Args[1].Value).(Str)
		if !isStr || string(str) != "mean" && string(str) != "cov" {
			errorf(a.pos[1], `fisher of a multivariate normal: give "mean" (the information about μ, Σ⁻¹) or "cov" (about vech Σ, ½ Dᵀ(Σ⁻¹ ⊗ Σ⁻¹)D)`)
		}
		wantMean, wantCov = str == "mean", str == "cov"
	}
	P, err := sym.Inverse(Σ, d, s.assume)
	if err != nil {
		errorf(a.call.Args[0].Value.Position(), "fisher: the covariance: %v", err)
	}
	F := fisher.InformationMVNSym(P, d, wantMean, wantCov)
	n := len(F)
	m := &Matrix{Rows: n, Cols: n, Sym: make([]sym.Expr, 0, n*n)}
	for _, row := range F {
		for _, e := range row {
			m.Sym = append(m.Sym, sym.Simplify(e, s.assume))
		}
	}
	m.Note = mvnCoords(wantMean, wantCov)
	return m
}

// coordinateSteps shows, under :steps on, the Jacobian of the parameters
// in the user's symbols and the formula that carries the information over.
func (s *Session) coordinateSteps(d *dist.Dist, coords []string) {
	names := fisher.ParamNames(d)
	var θ []string
	var J []sym.Expr
	for _, i := range d.Family.Free(len(d.Theta)) {
		θ = append(θ, names[i])
		for _, t := range coords {
			J = append(J, sym.Diff(d.Theta[i], t))
		}
	}
	s.stepExprs(fmt.Sprintf("J = ∂(%s)/∂(%s), by rows", strings.Join(θ, ", "), strings.Join(coords, ", ")), J...)
	if d.Family.Eta != nil {
		s.stepText("F_t", "J_ηᵀ ∇²A(η) J_η, J_η = ∂η/∂t (= Jᵀ F_θ J)")
	} else {
		s.stepText("F_t", "Jᵀ F_θ J")
	}
}
