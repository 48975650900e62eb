package calc

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"statcalc/dist"
	"statcalc/mc"
	"statcalc/parser"
)

// defaultDraws is the number of Monte-Carlo draws when n= is not given.
const defaultDraws = 100_000

// mcTolerance is how many standard errors a closed form may lie from its
// Monte-Carlo estimate before the statement fails.
const mcTolerance = 5

// mcEstimators maps a function to its Monte-Carlo estimator.
var mcEstimators = map[string]func(ps []mc.Density, alpha float64, c mc.Config) (mc.Estimate, error){
	"kl": func(ps []mc.Density, _ float64, c mc.Config) (mc.Estimate, error) {
		return mc.KL(ps[0], ps[1], c)
	},
	"cross_entropy": func(ps []mc.Density, _ float64, c mc.Config) (mc.Estimate, error) {
		return mc.CrossEntropy(ps[0], ps[1], c)
	},
	"entropy": func(ps []mc.Density, _ float64, c mc.Config) (mc.Estimate, error) {
		return mc.Entropy(ps[0], c)
	},
	"bhattacharyya": func(ps []mc.Density, _ float64, c mc.Config) (mc.Estimate, error) {
		return mc.Bhattacharyya(ps[0], ps[1], c)
	},
	"hellinger": func(ps []mc.Density, _ float64, c mc.Config) (mc.Estimate, error) {
		return mc.Hellinger(ps[0], ps[1], c)
	},
	"renyi": func(ps []mc.Density, alpha float64, c mc.Config) (mc.Estimate, error) {
		return mc.Renyi(ps[0], ps[1], alpha, c)
	},
}

// monteCarlo runs `mc f(p, q) [n=…] [seed=…]`: it estimates f by sampling
// and compares the estimate with the closed form, failing when they are
// more than mcTolerance standard errors apart.
func (s *Session) monteCarlo(st *parser.MCStmt) string {
	n, seed := defaultDraws, s.seed
	for _, o := range st.Opts {
		v := s.eval(o.Value)
		switch o.Name {
		case "n":
			n = s.intArg(o.Value.Position(), v, "mc: n", 2, mc.MaxDraws)
		case "seed":
			seed = uint64(s.intArg(o.Value.Position(), v, "mc: seed", 0, math.MaxInt32))
		default:
			errorf(o.Pos, "mc has no option %s= (it has n= and seed=)", o.Name)
		}
	}
	call, ok := st.X.(*parser.Call)
	est, known := mcEstimators[callName(call, ok)]
	if !known {
		est, known = declaredEstimator(callName(call, ok))
	}
	if !ok || !known {
		errorf(st.X.Position(), "mc estimates kl, cross_entropy, entropy, bhattacharyya, hellinger or renyi of distributions, such as mc kl(p, q)")
	}
	closed := s.eval(call).(Scalar)
	a := &args{call: call}
	for _, arg := range call.Args {
		a.pos = append(a.pos, arg.Value.Position())
		a.vals = append(a.vals, s.eval(arg.Value))
	}
	var ps []mc.Density
	alpha := 0.0
	for i := range a.vals {
		if call.Fun == "renyi" && i == 2 {
			alpha = s.numberArg(a.pos[i], a.vals[i], "renyi: the order alpha")
			continue
		}
		ps = append(ps, s.density(a, i))
	}
	s.reserve(st.Pos, int64(n)*numEntryBytes, fmt.Sprintf("mc's %d draws", n))
	e, err := est(ps, alpha, mc.Config{N: n, Seed: seed, Stop: s.stop.Requested})
	if errors.Is(err, mc.ErrStopped) {
		if why := s.stop.Err(); why != nil {
			panic(why) // reported at the statement, as interrupted or out of time
		}
	}
	if err != nil {
		errorf(call.Pos, "mc %s: %v", call.Fun, err)
	}
	if !finite([]float64{e.Value, e.StdErr}) {
		errorf(call.Pos, "mc %s: no finite estimate (%s ± %s): the closed form is not checked", call.Fun, formatFloat(e.Value, 6), formatShort(e.StdErr))
	}
	cf, err := s.number(closed.E)
	if err != nil {
		errorf(call.Pos, "%v", err)
	}
	if s.bits && call.Fun != "hellinger" {
		e.Value /= math.Ln2
		e.StdErr /= math.Ln2
	}
	// When every draw gives the same value (KL of nested uniforms), the
	// standard error is zero and only rounding separates the two.
	se := math.Max(e.StdErr, 8*epsilon*math.Max(math.Abs(cf), math.Abs(e.Value)))
	z := 0.0
	if se > 0 {
		z = math.Abs(cf-e.Value) / se
	}
	msg := fmt.Sprintf("%s ≈ %s ± %s (n = %d, seed %d); closed form %s, %.1f standard errors away",
		call.Fun, formatFloat(e.Value, 6), formatShort(e.StdErr), n, seed, formatFloat(cf, s.digits), z)
	if z > mcTolerance {
		errorf(st.Pos, "mc: the closed form is more than %d standard errors from the estimate: %s", mcTolerance, msg)
	}
	return msg
}

func callName(c *parser.Call, ok bool) string {
	if !ok {
		return ""
	}
	return c.Fun
}

// density returns argument i as something mc can sample and evaluate: a
// multivariate normal, or a family member through gonum's samplers.
func (s *Session) density(a *args, i int) mc.Density {
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
		out = append(out, d.Rand(x, rnd)...)
	}
	if n := a.vals[0]; isUnivariate(n) {
		return newVector(out)
	}
	return newNumMatrix(n, d.Dim(), out)
}

func isUnivariate(v Value) bool {
	switch v := v.(type) {
	case *Distribution:
		return !v.D.Multivariate() && v.D.Family != dist.Dirichlet
	}
	return false
}
