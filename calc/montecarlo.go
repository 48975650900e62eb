package calc

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/dist"
	"statcalc/mc"
	"statcalc/metrics"
	"statcalc/parser"
	"statcalc/stop"
	"statcalc/sym"
)

// defaultDraws is the number of Monte-Carlo draws when n= is not given.
const defaultDraws = 100_000

// defaultLevel is the number of standard errors between the closed form
// and the estimate beyond which mc says DISAGREES: a two-sided 5-σ test,
// which a correct closed form fails with probability 5.7e-7.
const defaultLevel = 5

// mcDist is a distribution as mc samples it: its own density and sampler
// (see mcDensity), a quantile function where gonum has one (for w2 in one
// dimension), and its mean and covariance when it is a normal (for w2's
// optimal map).
type mcDist struct {
	d        mc.Density
	quantile func(u float64) float64
	normal   bool
	mu       []float64
	sigma    *mat.SymDense
}

// mcDensity is the one adapter from calc's distribution values to mc's:
// normals, exponential, gamma, beta, Laplace and log-normal get mc's own
// densities and samplers, the other families gonum's distuv and distmv
// (through dist.Sampler, which wraps gonum). Only the parameters are read from
// the value, never the code that computes closed forms.
func (s *Session) mcDensity(a *args, i int) mcDist {
	fail := func(err error) { errorf(a.pos[i], "mc %s: %v", a.call.Fun, err) }
	switch v := a.vals[i].(type) {
	case *Distribution:
		if v.D.Multivariate() {
			mu, sigma := v.D.MVN.Mean(), v.D.MVN.Cov()
			d, err := mc.NewMVNDensity(mu, sigma)
			if err != nil {
				fail(err)
			}
			return mcDist{normal: true, mu: mu, sigma: sigma, d: d}
		}
		θ, err := v.D.Floats()
		if err != nil || !v.D.IsNumeric() {
			errorf(a.pos[i], "mc %s: sampling needs numeric parameters", a.call.Fun)
		}
		out, err := familyDensity(v.D.Family, θ)
		if err != nil {
			fail(err)
		}
		return out
	case *MultiDist:
		return mcDist{d: v.M}
	}
	s.notDistribution(a, i)
	return mcDist{}
}

// familyDensity is a member of a family with parameters θ, as mc samples
// it (see mcDensity).
func familyDensity(f *dist.Family, θ []float64) (mcDist, error) {
	var out mcDist
	var err error
	switch f {
	case dist.Normal:
		out.d, err = mc.NormalDensity(θ[0], θ[1])
		out.normal, out.mu, out.sigma = true, θ[:1], mat.NewSymDense(1, []float64{θ[1]})
		out.quantile = distuv.Normal{Mu: θ[0], Sigma: math.Sqrt(θ[1])}.Quantile
		return out, err
	case dist.Exponential:
		out.d, err = mc.ExponentialDensity(θ[0])
		out.quantile = distuv.Exponential{Rate: θ[0]}.Quantile
		return out, err
	case dist.Gamma:
		out.d, err = mc.GammaDensity(θ[0], θ[1])
		out.quantile = distuv.Gamma{Alpha: θ[0], Beta: θ[1]}.Quantile
		return out, err
	case dist.Beta:
		out.d, err = mc.BetaDensity(θ[0], θ[1])
		out.quantile = distuv.Beta{Alpha: θ[0], Beta: θ[1]}.Quantile
		return out, err
	case dist.Laplace:
		out.d, err = mc.LaplaceDensity(θ[0], θ[1])
		out.quantile = distuv.Laplace{Mu: θ[0], Scale: θ[1]}.Quantile
		return out, err
	case dist.LogNormal:
		out.d, err = mc.LogNormalDensity(θ[0], θ[1])
		out.quantile = distuv.LogNormal{Mu: θ[0], Sigma: math.Sqrt(θ[1])}.Quantile
		return out, err
	case dist.Uniform:
		out.quantile = distuv.Uniform{Min: θ[0], Max: θ[1]}.Quantile
	}
	d := &dist.Dist{Family: f, Theta: make([]sym.Expr, len(θ))}
	for i, t := range θ {
		d.Theta[i] = sym.Float(t)
	}
	smp, err := d.Sampler()
	if err != nil {
		return out, fmt.Errorf("%s has no sampler: %v", f.Name, err)
	}
	out.d = smp
	return out, nil
}

// callName is the function a statement calls, or "" when it is no call.
func callName(c *parser.Call, ok bool) string {
	if !ok {
		return ""
	}
	return c.Fun
}

// mcEstimator estimates one quantity from the evaluated arguments.
type mcEstimator func(s *Session, a *args, c mc.Config) (mc.Estimate, error)

// mcEstimators are the quantities mc estimates, by the function that
// computes their closed form.
var mcEstimators map[string]mcEstimator

func init() {
	two := func(f func(p, q mc.Density, c mc.Config) (mc.Estimate, error)) mcEstimator {
		return func(s *Session, a *args, c mc.Config) (mc.Estimate, error) {
			s.arity(a, 2)
			return f(s.mcDensity(a, 0).d, s.mcDensity(a, 1).d, c)
		}
	}
	mcEstimators = map[string]mcEstimator{
		"kl":            two(mc.KL),
		"cross_entropy": two(mc.CrossEntropy),
		"bhattacharyya": two(mc.Bhattacharyya),
		"hellinger":     two(mc.Hellinger),
		"entropy": func(s *Session, a *args, c mc.Config) (mc.Estimate, error) {
			s.arity(a, 1)
			return mc.Entropy(s.mcDensity(a, 0).d, c)
		},
		"renyi": func(s *Session, a *args, c mc.Config) (mc.Estimate, error) {
			s.arity(a, 3)
			alpha := s.numberArg(a.pos[2], a.vals[2], "renyi: the order alpha")
			return mc.Renyi(s.mcDensity(a, 0).d, s.mcDensity(a, 1).d, alpha, c)
		},
		"mean": func(s *Session, a *args, c mc.Config) (mc.Estimate, error) {
			s.arity(a, 1)
			return mc.Mean(s.univariate(a, 0), func(x []float64) (float64, error) { return x[0], nil }, c)
		},
		"var": func(s *Session, a *args, c mc.Config) (mc.Estimate, error) {
			s.arity(a, 1)
			return mc.Variance(s.univariate(a, 0), c)
		},
		"expect": mcExpect,
		"w2":     mcW2,
	}
	mcEstimators["cov"] = mcEstimators["var"]
}

// arity stops unless the call has n arguments.
func (s *Session) arity(a *args, n int) {
	if len(a.vals) != n {
		errorf(a.call.Pos, "mc %s: takes %d arguments, not %d", a.call.Fun, n, len(a.vals))
	}
}

// univariate returns argument i as a one-dimensional density.
func (s *Session) univariate(a *args, i int) mc.Density {
	d := s.mcDensity(a, i).d
	if d.Dim() != 1 {
		errorf(a.pos[i], "mc %s: estimates the %s of a univariate distribution; this one has dimension %d", a.call.Fun, a.call.Fun, d.Dim())
	}
	return d
}

// mcExpect estimates expect(p, f [, x]) = E_p[f(x)], evaluating f at each
// draw.
func mcExpect(s *Session, a *args, c mc.Config) (mc.Estimate, error) {
	if len(a.vals) < 2 || len(a.vals) > 3 {
		s.arity(a, 2)
	}
	p := s.univariate(a, 0)
	name := "x"
	if len(a.vals) == 3 {
		id, ok := a.call.Args[2].Value.(*parser.Ident)
		if !ok {
			errorf(a.pos[2], "mc expect: the third argument names the variable, such as x")
		}
		name = id.Name
	}
	f, ok := a.vals[1].(Scalar)
	if !ok {
		errorf(a.pos[1], "mc expect: the integrand must be a scalar expression in %s, not %s", name, a.vals[1].Kind())
	}
	for _, v := range sym.FreeSymbols(f.E) {
		if v != name {
			errorf(a.pos[1], "mc expect: the integrand has the free symbol %s besides %s: give it a value", v, name)
		}
	}
	return mc.Mean(p, func(x []float64) (float64, error) {
		return sym.Float64(sym.Subs(f.E, map[string]sym.Expr{name: sym.Float(x[0])}))
	}, c)
}

// mcW2 estimates w2(p, q): for normals the cost of the optimal map
// T(x) = μ_q + A(x − μ_p) by sampling x from p; otherwise, in one
// dimension, the quantile coupling E_U[(F_p⁻¹(U) − F_q⁻¹(U))²].
func mcW2(s *Session, a *args, c mc.Config) (mc.Estimate, error) {
	s.arity(a, 2)
	p, q := s.mcDensity(a, 0), s.mcDensity(a, 1)
	if p.normal && q.normal {
		return mc.W2Normal(p.mu, p.sigma, q.mu, q.sigma, c)
	}
	if p.quantile == nil || q.quantile == nil || p.d.Dim() != 1 || q.d.Dim() != 1 {
		errorf(a.call.Pos, "mc w2: estimates w2 of two normals, or of univariate continuous families with a quantile function")
	}
	return mc.W2Quantile(p.quantile, q.quantile, c)
}

// mcNames lists the quantities mc estimates, for its error message.
func mcNames() string {
	names := []string{"kl", "cross_entropy", "entropy", "bhattacharyya", "hellinger", "renyi"}
	for _, d := range metrics.Divergences() {
		if _, own := mcEstimators[d.Name]; !own && d.Integrand != nil {
			names = append(names, d.Name) // estimated from its declared integrand
		}
	}
	names = append(names, "expect", "mean", "var", "cov", "w2")
	return strings.Join(names, ", ") + " or fisher"
}

// monteCarlo runs `mc f(…) [n=…] [seed=…] [level=…]`: it estimates f by
// sampling, and when f has a closed form compares the two: the verdict
// is "agrees" when they are within level standard errors, DISAGREES (a
// failed statement) otherwise, and "unreliable" when the estimator's
// variance is infinite or unstable.
func (s *Session) monteCarlo(st *parser.MCStmt) string {
	n, seed, level := defaultDraws, s.seed, float64(defaultLevel)
	for _, o := range st.Opts {
		v := s.eval(o.Value)
		switch o.Name {
		case "n":
			n = s.intArg(o.Value.Position(), v, "mc: n", 2, mc.MaxDraws)
		case "seed":
			seed = uint64(s.intArg(o.Value.Position(), v, "mc: seed", 0, math.MaxInt32))
		case "level":
			level = s.numberArg(o.Value.Position(), v, "mc: level")
			if !(level > 0) || math.IsInf(level, 0) {
				errorf(o.Value.Position(), "mc: level is a number of standard errors, a positive number such as 3 or 5, not %v", level)
			}
		default:
			errorf(o.Pos, "mc has no option %s= (it has n=, seed= and level=)", o.Name)
		}
	}
	call, ok := st.X.(*parser.Call)
	est := mcEstimators[callName(call, ok)]
	if est == nil {
		est, _ = declaredEstimator(callName(call, ok))
	}
	if !ok || est == nil && call.Fun != "fisher" {
		errorf(st.X.Position(), "mc estimates an expectation: %s of distributions, such as mc kl(p, q)", mcNames())
	}
	a := &args{call: call}
	for _, arg := range call.Args {
		if arg.Name != "" {
			errorf(arg.Value.Position(), "mc %s: takes no named arguments", call.Fun)
		}
		a.pos = append(a.pos, arg.Value.Position())
		a.vals = append(a.vals, s.eval(arg.Value))
	}
	if (call.Fun == "mean" || call.Fun == "var" || call.Fun == "cov") && len(a.vals) == 1 {
		if p := s.mcDensity(a, 0).d; p.Dim() > 1 {
			return s.mcMoments(st, a, p, mc.Config{N: n, Seed: seed, Stop: s.stop.Requested, Progress: s.MCProgress}, level)
		}
	}
	if call.Fun == "fisher" {
		return s.mcFisher(st, a, mc.Config{N: n, Seed: seed, Stop: s.stop.Requested, Progress: s.MCProgress}, level)
	}
	closed, inf, noClosed := s.mcClosedForm(call)
	s.reserve(st.Pos, int64(min(n, mc.ChunkSize))*numEntryBytes*4, fmt.Sprintf("mc's %d draws", n))
	if s.MCProgress != nil {
		defer s.MCProgress(-1, n)
	}
	e, err := est(s, a, mc.Config{N: n, Seed: seed, Stop: s.stop.Requested, Progress: s.MCProgress})
	if s.MCProgress != nil {
		s.MCProgress(-1, n) // the bar goes before the result is printed
	}
	stopped := ""
	if errors.Is(err, mc.ErrStopped) {
		why := s.stop.Err()
		if e.N < 2 && why != nil {
			panic(why) // reported at the statement, as interrupted or out of time
		}
		stopped = s.mcStopped(e.N, n)
		err = nil
	}
	if inf != nil {
		return s.monteCarloInf(call, st, *inf, e, err, n, seed)
	}
	if err != nil {
		errorf(call.Pos, "mc %s: %v", call.Fun, err)
	}
	if !finite([]float64{e.Value, e.StdErr}) {
		errorf(call.Pos, "mc %s: no finite estimate (%s ± %s)", call.Fun, formatFloat(e.Value, 6), formatShort(e.StdErr))
	}
	if s.bits && informationUnits[call.Fun] {
		e.Value /= math.Ln2
		e.StdErr /= math.Ln2
	}
	return s.mcReport(st, call.Fun, e, closed, noClosed, n, seed, level, stopped)
}

// mcStopped says, for the result's parenthesis, why a run ended after
// done of total draws: an interrupt or the time budget.
func (s *Session) mcStopped(done, total int) string {
	var st *stop.Stopped
	if errors.As(s.stop.Err(), &st) && st.Budget > 0 {
		return fmt.Sprintf("; stopped by the time budget of %v after %d of %d draws", st.Budget, done, total)
	}
	return fmt.Sprintf("; interrupted after %d of %d draws", done, total)
}

// informationUnits are the quantities :units bits divides by log 2.
var informationUnits = map[string]bool{"kl": true, "cross_entropy": true, "entropy": true, "bhattacharyya": true, "renyi": true}

// mcClosedForm evaluates call for its closed form; when there is none it
// returns why instead.
func (s *Session) mcClosedForm(call *parser.Call) (closed float64, inf *Inf, why string) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(*Error); ok {
			why = e.Msg
			return
		}
		panic(r) // an interrupt, or a bug
	}()
	value := s.eval(call)
	if i, ok := value.(Inf); ok {
		return 0, &i, ""
	}
	v, ok := value.(Scalar)
	if !ok {
		return 0, nil, "the closed form is not a number"
	}
	if !sym.IsNumber(v.E) {
		return 0, nil, "the closed form is not a number: " + sym.Format(v.E)
	}
	f, err := s.number(v.E)
	if err != nil {
		return 0, nil, err.Error()
	}
	return f, nil, ""
}

// mcReport formats the outcome; a disagreement is an error at st.
func (s *Session) mcReport(st *parser.MCStmt, fun string, e mc.Estimate, closed float64, noClosed string, n int, seed uint64, level float64, interrupted string) string {
	mcText := fmt.Sprintf("MC %s ± %s (n = %d, seed %d%s)", formatFloat(e.Value, 5), formatFloat(e.StdErr, 3), e.N, seed, interrupted)
	fields := []field{{"estimate", e.Value}, {"se", e.StdErr}, {"n", e.N}, {"seed", seed}}
	if noClosed != "" {
		verdict := "no closed form"
		text := fmt.Sprintf("%s: %s | %s (%s)", fun, mcText, verdict, strings.TrimPrefix(noClosed, fun+": "))
		if e.Unstable != "" {
			text += " | unreliable: " + e.Unstable
		}
		s.mcJSON(st, text, e.Value, append([]field{{"closed", nil}}, append(fields, field{"verdict", verdict})...))
		return ""
	}
	z, verdict := mc.Verdict(e, closed, level)
	text := fmt.Sprintf("%s = %s | %s | z = %s | %s", fun, formatFloat(closed, s.digits), mcText, formatZ(z), verdict)
	if e.Unstable != "" {
		text += ": " + e.Unstable
	}
	fields = append([]field{{"closed", closed}}, fields...)
	fields = append(fields, field{"z", z}, field{"level", level}, field{"verdict", verdict})
	if verdict == mc.Disagrees {
		s.mcJSON(st, text, closed, fields)
		errorf(st.Pos, "mc: the closed form is %.1f standard errors from the estimate (level %g)", math.Abs(z), level)
	}
	s.mcJSON(st, text, closed, fields)
	return ""
}

// mcJSON prints the outcome: its text, or in JSON Lines one object with
// the value (the closed form, or the estimate when there is none), the
// text and the fields.
func (s *Session) mcJSON(st *parser.MCStmt, text string, value any, fields []field) {
	if s.format != JSON {
		fmt.Fprintln(s.out, text)
		return
	}
	input := strings.TrimSpace(st.String())
	all := append([]field{{"line", st.Pos.Line}, {"input", input}, {"value", value}, {"text", text}}, fields...)
	s.jsonLine(all...)
}

// maxSample bounds sample(p, n).
const maxSample = 1_000_000

func init() {
	register(&Builtin{Name: "sample", Signature: "sample(p, n)",
		Doc:     "n draws from p (seeded by :seed): a vector, or an n×d matrix for a multivariate p",
		Example: "sample(N(0, 1), 5)", Group: "densities and moments", min: 2, max: 2, fn: fnSample})
}

func fnSample(s *Session, a *args) Value {
	d := s.density(a, 0)
	n := s.intArg(a.pos[1], a.vals[1], "sample: n", 1, maxSample)
	s.reserveMatrix(a.call.Pos, n, d.Dim(), false, "sample")
	rnd := rand.New(rand.NewPCG(s.seed, 0))
	out := make([]float64, 0, n*d.Dim())
	x := make([]float64, d.Dim())
	for i := 0; i < n; i++ {
		pollEntry(i)
		out = append(out, d.Rand(x, rnd)...)
	}
	if n := a.vals[0]; isUnivariate(n) {
		return newVector(out)
	}
	return newNumMatrix(n, d.Dim(), out)
}

// density returns argument i as something sample can draw from: a
// multivariate normal, or a family member through gonum's samplers.
func (s *Session) density(a *args, i int) mc.Density {
	if m, ok := a.vals[i].(*MultiDist); ok {
		return m.M
	}
	if s.numericNormals(a, i) {
		return s.normalArg(a, i)
	}
	d := s.familyArg(a, i)
	smp, err := d.Sampler()
	if err != nil {
		errorf(a.pos[i], "%s: %v", a.call.Fun, err)
	}
	return smp
}

func isUnivariate(v Value) bool {
	switch v := v.(type) {
	case *Distribution:
		return !v.D.Multivariate() && v.D.Family != dist.Dirichlet
	}
	return false
}

// monteCarloInf checks an infinite closed form: the estimate must be
// infinite too (draws from p where q has no mass, or none where it has).
func (s *Session) monteCarloInf(call *parser.Call, st *parser.MCStmt, inf Inf, e mc.Estimate, err error, n int, seed uint64) string {
	switch {
	case errors.Is(err, mc.ErrInfinite):
		return fmt.Sprintf("%s ≈ Inf: draws from p fall where q has no mass (n = %d, seed %d); closed form %s", call.Fun, n, seed, inf.text())
	case err != nil:
		errorf(call.Pos, "mc %s: %v", call.Fun, err)
	case math.IsInf(e.Value, 1):
		return fmt.Sprintf("%s ≈ Inf: no draw from p falls where q has mass (n = %d, seed %d); closed form %s", call.Fun, n, seed, inf.text())
	}
	errorf(st.Pos, "mc: the closed form is %s, but the estimate is finite: %s ≈ %s ± %s (n = %d, seed %d)",
		inf.text(), call.Fun, formatFloat(e.Value, 6), formatShort(e.StdErr), n, seed)
	return ""
}
