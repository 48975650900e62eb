// Package progen writes random statcalc programs from a grammar of the
// whole language, for a campaign that runs them and checks what no input
// may do: panic, hang, exhaust memory, print invalid JSON Lines, print a
// non-finite number, or a negative divergence or discrete entropy.
//
// Programs are reproducible: Generate(seed) always returns the same text.
// Values are drawn from ordinary, boundary and hostile ranges alike
// (0, negative, 1e-300, 1e300, huge integers, symbols where numbers are
// expected), so that most programs exercise both results and errors.
package progen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Program is a generated program and what each of its lines promises.
type Program struct {
	Seed uint64
	Text string
	// NonNegative holds the lines whose value, when a number, must not be
	// negative: a divergence, or the entropy of a discrete distribution.
	NonNegative map[int]string
}

// Generate returns the program of a seed.
func Generate(seed uint64) Program {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x5eed)), nonNeg: map[int]string{}}
	n := 4 + g.r.IntN(14)
	for i := 0; i < n; i++ {
		g.statement()
	}
	return Program{Seed: seed, Text: g.b.String(), NonNegative: g.nonNeg}
}

type gen struct {
	r      *rand.Rand
	b      strings.Builder
	line   int
	depth  int
	nonNeg map[int]string
	// names assigned so far, by the kind of value they hold
	scalars, vectors, matrices, dists []string
}

func (g *gen) emit(stmt string) {
	g.line++
	g.b.WriteString(stmt)
	g.b.WriteByte('\n')
}

func (g *gen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// statement writes one statement of any kind.
func (g *gen) statement() {
	g.depth = 0
	switch k := g.r.IntN(100); {
	case k < 22:
		g.assignment()
	case k < 52:
		g.measure()
	case k < 62:
		g.emit(g.scalar())
	case k < 68:
		g.emit(g.pick(g.vector(), g.matrix()))
	case k < 76:
		g.check()
	case k < 80:
		g.emit(g.assume())
	case k < 86:
		g.mc()
	case k < 95:
		g.emit(g.command())
	default:
		g.emit(g.symbolic())
	}
}

func (g *gen) assignment() {
	switch g.r.IntN(4) {
	case 0:
		name := g.pick("a", "b", "c", "t")
		g.emit(name + " = " + g.scalar())
		g.scalars = append(g.scalars, name)
	case 1:
		name := g.pick("u", "w")
		g.emit(name + " = " + g.vector())
		g.vectors = append(g.vectors, name)
	case 2:
		name := g.pick("A", "B", "S")
		g.emit(name + " = " + g.matrix())
		g.matrices = append(g.matrices, name)
	default:
		name := g.pick("p", "q", "r")
		g.emit(name + " = " + g.dist())
		g.dists = append(g.dists, name)
	}
}

var divergences = []string{"kl", "bhattacharyya", "hellinger", "w2"}

// measure writes a divergence, an entropy or another function of
// distributions, recording the promise of non-negativity.
func (g *gen) measure() {
	switch g.r.IntN(9) {
	case 0, 1, 2:
		p, q := g.pairOfDists()
		fn := g.pick(divergences...)
		g.nonNeg[g.line+1] = fn
		g.emit(fmt.Sprintf("%s(%s, %s)", fn, p, q))
	case 3:
		p, q := g.pairOfDists()
		g.nonNeg[g.line+1] = "renyi"
		g.emit(fmt.Sprintf("renyi(%s, %s, %s)", p, q, g.pick("0.5", "2", "0.1", "0.9", "1", "3", "-1", "0", g.number())))
	case 4, 5:
		fam := g.pick(discreteFamilies...)
		if g.chance(0.3) {
			fam = g.pick(continuousFamilies...)
		}
		d := g.family(fam)
		if isDiscrete(fam) {
			g.nonNeg[g.line+1] = "entropy of " + fam
		}
		g.emit("entropy(" + d + ")")
	case 6:
		p, q := g.pairOfDists()
		g.emit(fmt.Sprintf("cross_entropy(%s, %s)", p, q))
	case 7:
		d := g.distOrName()
		g.emit(fmt.Sprintf("%s(%s, %s)", g.pick("logpdf", "pdf", "score"), d, g.pick("x", "0", "1", "2", "0.5", "-1", "[0, 0]", "[1, 2]", g.number())))
	default:
		d := g.distOrName()
		switch g.r.IntN(6) {
		case 0:
			g.emit("fisher(" + d + ")")
		case 1:
			g.emit(fmt.Sprintf("natgrad(%s, %s)", d, g.pick("[1, 2]", "[0]", "[1, 1, 1]", g.vector())))
		case 2:
			g.emit(fmt.Sprintf("expect(%s, %s)", d, g.pick("x", "x^2", "log(x)", "exp(x)", "abs(x - 1)", "x^3 + 2 x", g.scalar())))
		case 3:
			g.emit(fmt.Sprintf("sample(%s, %d)", d, 1+g.r.IntN(5)))
		case 4:
			g.emit(fmt.Sprintf("mahalanobis(%s, %s)", g.pick("[1, 2]", "[0, 0]", "1", g.vector()), d))
		default:
			g.emit(g.pick("mean", "var", "cov") + "(" + d + ")")
		}
	}
}

// pairOfDists returns two distributions, of the same family more often
// than not, so that closed forms are reached.
func (g *gen) pairOfDists() (string, string) {
	if len(g.dists) > 0 && g.chance(0.3) {
		return g.pick(g.dists...), g.distOrName()
	}
	fam := g.pick(allFamilies...)
	other := fam
	if g.chance(0.2) {
		other = g.pick(allFamilies...)
	}
	return g.family(fam), g.family(other)
}

func (g *gen) distOrName() string {
	if len(g.dists) > 0 && g.chance(0.4) {
		return g.pick(g.dists...)
	}
	return g.dist()
}

var (
	discreteFamilies   = []string{"Poisson", "Bernoulli", "Binomial", "Geometric", "Categorical"}
	continuousFamilies = []string{"N", "N", "Nmv", "Exponential", "Gamma", "Beta", "LogNormal", "Laplace", "Uniform", "Dirichlet"}
	allFamilies        = append(append([]string{}, discreteFamilies...), continuousFamilies...)
)

func isDiscrete(fam string) bool {
	for _, f := range discreteFamilies {
		if f == fam {
			return true
		}
	}
	return false
}

func (g *gen) dist() string { return g.family(g.pick(allFamilies...)) }

// family writes a member of a family with parameters from ordinary,
// boundary and hostile ranges.
func (g *gen) family(fam string) string {
	pos := func() string {
		if g.chance(0.75) {
			return g.pick("1", "2", "0.5", "3", "1.5", "10", "0.1", "7/3")
		}
		return g.param()
	}
	prob := func() string {
		if g.chance(0.75) {
			return g.pick("0.5", "0.3", "0.9", "0.1", "1/3", "0.99", "0.01")
		}
		return g.pick("0", "1", "1e-300", "1 - 1e-16", "0.999999999999", "2", "-0.5", g.param())
	}
	switch fam {
	case "N":
		return fmt.Sprintf("N(%s, %s)", g.pick("0", "1", "-2", "0.5", "m", g.param()), pos())
	case "Nmv":
		if g.chance(0.3) {
			return fmt.Sprintf("N(%s, %s)", g.vectorLit(2), g.matrix())
		}
		return fmt.Sprintf("N(%s, %s)", g.pick("[0, 0]", "[1, -1]", "[1e300, 0]", g.vectorLit(2)),
			g.pick("I(2)", "[[2, 0.5], [0.5, 1]]", "[[1, 0], [0, 1e-300]]", "[[1, 1], [1, 1]]", "[[1, 2], [2, 1]]", "2 * I(2)", "[[1e300, 0], [0, 1]]"))
	case "Exponential":
		return fmt.Sprintf("Exponential(%s)", pos())
	case "Gamma":
		return fmt.Sprintf("Gamma(%s, %s)", pos(), pos())
	case "Beta":
		return fmt.Sprintf("Beta(%s, %s)", pos(), pos())
	case "LogNormal":
		return fmt.Sprintf("LogNormal(%s, %s)", g.pick("0", "1", "-1", g.param()), pos())
	case "Laplace":
		return fmt.Sprintf("Laplace(%s, %s)", g.pick("0", "1", "-3", g.param()), pos())
	case "Uniform":
		a := g.pick("0", "-1", "1", "2", g.param())
		return fmt.Sprintf("Uniform(%s, %s)", a, g.pick("1", "2", "5", "0", a, g.param()))
	case "Dirichlet":
		return fmt.Sprintf("Dirichlet(%s)", g.pick("[1, 2, 3]", "[0.5, 0.5]", "[1, 1]", "[1e-300, 1]", "[0, 1]", "[1e300, 1]", g.vectorLit(3)))
	case "Poisson":
		return fmt.Sprintf("Poisson(%s)", g.pick(pos(), "0", "1e-300", "1e6", "1e15", "1e300", "-1"))
	case "Bernoulli":
		return fmt.Sprintf("Bernoulli(%s)", prob())
	case "Binomial":
		return fmt.Sprintf("Binomial(%s, %s)", g.pick("1", "10", "0", "3", "100", "1000000", "1e12", "2.5", "-1", g.param()), prob())
	case "Geometric":
		return fmt.Sprintf("Geometric(%s)", prob())
	case "Categorical":
		return fmt.Sprintf("Categorical(%s)", g.pick("[0.2, 0.8]", "[1/3, 1/3, 1/3]", "[0.5, 0.5]", "[1, 0]", "[0.1, 0.2, 0.3, 0.4]", "[0.7, 0.7]", "[1e-300, 1]", g.vectorLit(2)))
	}
	panic("progen: unknown family " + fam)
}

// param is a parameter from anywhere: a hostile number, a symbol or an
// expression.
func (g *gen) param() string {
	switch g.r.IntN(4) {
	case 0:
		return g.pick("a", "b", "s", "v", "m", "x")
	case 1:
		return g.number()
	default:
		return g.pick("0", "-1", "1e-300", "1e300", "1e-320", "1e308", "-0.5", "1e-16", "2^60", "10^400", "1/3", "0.1 + 0.2", "exp(700)", "sqrt(2)", "pi", "e")
	}
}

// number is a numeric literal of any size and sign.
func (g *gen) number() string {
	switch g.r.IntN(7) {
	case 0:
		return fmt.Sprint(g.r.IntN(10))
	case 1:
		return fmt.Sprint(g.r.IntN(2000) - 1000)
	case 2:
		return fmt.Sprintf("%.3g", g.r.NormFloat64()*10)
	case 3:
		return fmt.Sprintf("1e%d", g.r.IntN(700)-350)
	case 4:
		return fmt.Sprintf("%d/%d", g.r.IntN(20)-5, 1+g.r.IntN(9))
	case 5:
		return g.pick("0.1", "0.5", "2.5", "1e-9", "123456789012345678901234567890", "0.000001")
	default:
		return g.pick("1e309", "-1e309", "9007199254740993", "4.9e-324", "1.7976931348623157e308")
	}
}

// scalar writes a scalar expression.
func (g *gen) scalar() string {
	g.depth++
	defer func() { g.depth-- }()
	if g.depth > 3 {
		return g.leaf()
	}
	switch g.r.IntN(12) {
	case 0, 1:
		return g.leaf()
	case 2, 3:
		return fmt.Sprintf("%s %s %s", g.scalar(), g.pick("+", "-", "*", "/", "^"), g.scalar())
	case 4:
		return fmt.Sprintf("(%s)%s%s", g.scalar(), g.pick("^", " / ", " * "), g.leaf())
	case 5:
		return fmt.Sprintf("%s(%s)", g.pick("sqrt", "log", "exp", "abs", "lgamma", "digamma", "trigamma"), g.scalar())
	case 6:
		return fmt.Sprintf("%s(%s, %s)", g.pick("polygamma", "lbeta"), g.pick("0", "1", "2", "-1", "2.5", g.leaf()), g.scalar())
	case 7:
		return fmt.Sprintf("%s(%s)", g.pick("det", "tr"), g.matrix())
	case 8:
		return fmt.Sprintf("dot(%s, %s)", g.vector(), g.vector())
	case 9:
		p, q := g.pairOfDists()
		return fmt.Sprintf("%s(%s, %s)", g.pick(divergences...), p, q)
	case 10:
		return fmt.Sprintf("-%s", g.scalar())
	default:
		return g.symbolic()
	}
}

func (g *gen) leaf() string {
	if len(g.scalars) > 0 && g.chance(0.2) {
		return g.pick(g.scalars...)
	}
	switch g.r.IntN(3) {
	case 0:
		return g.pick("x", "y", "s", "m1", "a", "pi", "e")
	default:
		return g.number()
	}
}

// symbolic writes a call of the symbolic functions.
func (g *gen) symbolic() string {
	f := g.pick("x^2 y + log(y)", "exp(x) + log(x)", "log(s^2)", "x^y", "lgamma(x) + digamma(y)", "abs(x) * x", "(x - 1)^3 / (x + 1)", "sqrt(x^2 + y^2)", "polygamma(2, 3 x)", "lbeta(x, y)")
	if g.chance(0.3) && g.depth < 3 {
		g.depth++
		f = g.scalar()
		g.depth--
	}
	switch g.r.IntN(6) {
	case 0:
		return fmt.Sprintf("diff(%s, %s)", f, g.pick("x", "y", "s"))
	case 1:
		return fmt.Sprintf("gradient(%s, [x, y])", f)
	case 2:
		return fmt.Sprintf("hessian(%s, [x, y])", f)
	case 3:
		return fmt.Sprintf("simplify(%s)", f)
	case 4:
		return fmt.Sprintf("subs(%s, x=%s, y=%s)", f, g.pick("1", "0", "-1", "2", g.number(), "y"), g.pick("2", "0.5", "x", g.number()))
	default:
		// Shared subexpressions, nested.
		return fmt.Sprintf("diff(subs(%s, x=exp(x) + log(x)), x)", f)
	}
}

// vectorLit is a literal vector of n entries.
func (g *gen) vectorLit(n int) string {
	xs := make([]string, n)
	for i := range xs {
		if g.chance(0.8) {
			xs[i] = g.pick("0", "1", "2", "-1", "0.5", "1/3", "3")
		} else {
			xs[i] = g.param()
		}
	}
	return "[" + strings.Join(xs, ", ") + "]"
}

func (g *gen) vector() string {
	g.depth++
	defer func() { g.depth-- }()
	if len(g.vectors) > 0 && g.chance(0.3) {
		return g.pick(g.vectors...)
	}
	if g.depth > 3 {
		return g.vectorLit(1 + g.r.IntN(3))
	}
	switch g.r.IntN(6) {
	case 0, 1:
		return g.vectorLit(1 + g.r.IntN(4))
	case 2:
		return fmt.Sprintf("diag(%s)", g.matrix())
	case 3:
		return fmt.Sprintf("%s * %s", g.matrix(), g.vector())
	case 4:
		return fmt.Sprintf("%s %s %s", g.vector(), g.pick("+", "-", "*", "/"), g.pick(g.vector(), g.leaf()))
	default:
		return fmt.Sprintf("sample(%s, %s)", g.dist(), g.pick("1", "3", "10", "0", "-1", "2.5", "1000000", "10000000"))
	}
}

func (g *gen) matrix() string {
	g.depth++
	defer func() { g.depth-- }()
	if len(g.matrices) > 0 && g.chance(0.3) {
		return g.pick(g.matrices...)
	}
	lits := []string{"[[2, 1], [1, 2]]", "[[1, 2], [3, 4]]", "[[1, 0], [0, 1e-300]]", "[[0, 0], [0, 0]]", "[[1, 2], [2, 4]]", "[[x, 1], [1, y]]", "[[1e200, 0], [0, 1e200]]", "[[1, 2, 3], [4, 5, 6]]", "[[4, 2], [2, 3]]"}
	if g.depth > 3 {
		return g.pick(lits...)
	}
	switch g.r.IntN(9) {
	case 0, 1:
		return g.pick(lits...)
	case 2:
		return fmt.Sprintf("I(%s)", g.pick("1", "2", "3", "0", "-1", "2.5", "2048", "4096", "1e9"))
	case 3:
		return fmt.Sprintf("diag(%s)", g.vector())
	case 4:
		return fmt.Sprintf("%s(%s)", g.pick("inv", "transpose", "chol", "eig"), g.matrix())
	case 5:
		return fmt.Sprintf("%s %s %s", g.matrix(), g.pick("+", "-", "*"), g.matrix())
	case 6:
		return fmt.Sprintf("%s^%s", g.matrix(), g.pick("2", "-1", "0", "3", "100", "1e9", "0.5", "-3"))
	case 7:
		return fmt.Sprintf("%s * %s", g.leaf(), g.matrix())
	default:
		return fmt.Sprintf("%s(%s)", g.pick("fisher", "cov"), g.dist())
	}
}

func (g *gen) check() {
	switch g.r.IntN(4) {
	case 0:
		g.emit(fmt.Sprintf("check %s == %s", g.scalar(), g.scalar()))
	case 1:
		p, q := g.pairOfDists()
		g.emit(fmt.Sprintf("check kl(%s, %s) == %s tol=%s", p, q, g.scalar(), g.pick("1e-9", "0.1", "0", "-1", "1e300")))
	case 2:
		g.emit(fmt.Sprintf("check %s == %s", g.matrix(), g.matrix()))
	default:
		f := g.pick("log(x^2)", "exp(log(x))", "(x^2 - 1)/(x - 1)", "digamma(x + 1)", "lgamma(x + 1)")
		h := g.pick("2 log(x)", "x", "x + 1", "digamma(x) + 1/x", "lgamma(x) + log(x)")
		g.emit(fmt.Sprintf("check %s == %s", f, h))
	}
}

func (g *gen) assume() string {
	s := g.pick("x", "y", "s", "a", "v")
	switch g.r.IntN(4) {
	case 0:
		return "assume " + s + " > 0"
	case 1:
		return "assume " + s + " >= 0"
	case 2:
		return "assume 0 < " + s + " < 1"
	default:
		return "assume " + s + " < " + g.number()
	}
}

func (g *gen) mc() {
	p, q := g.pairOfDists()
	n := g.pick("100", "500", "2000", "2", "1", "0")
	seed := fmt.Sprint(g.r.IntN(1000))
	fn := g.pick("kl", "bhattacharyya", "hellinger", "cross_entropy")
	switch g.r.IntN(4) {
	case 0:
		g.emit(fmt.Sprintf("mc entropy(%s) n=%s seed=%s", p, n, seed))
	case 1:
		g.emit(fmt.Sprintf("mc renyi(%s, %s, %s) n=%s", p, q, g.pick("0.5", "2", "0.9"), n))
	default:
		g.emit(fmt.Sprintf("mc %s(%s, %s) n=%s seed=%s", fn, p, q, n, seed))
	}
}

// command writes a ':' command; the output format stays JSON Lines.
func (g *gen) command() string {
	switch g.r.IntN(11) {
	case 0:
		return ":digits " + g.pick("1", "3", "10", "17", "0", "18")
	case 1:
		return ":precision " + g.pick("0", "20", "40", "100", "501")
	case 2:
		return ":units " + g.pick("nats", "bits")
	case 3:
		return ":seed " + g.pick("1", "42", "0", "-1")
	case 4:
		return ":steps " + g.pick("on", "off")
	case 5:
		return ":vars"
	case 6:
		return ":help " + g.pick("kl", "N", "memory", "load", "nothing", "")
	case 7:
		return ":clear"
	case 8:
		return ":memory " + g.pick("", "1GiB", "64MiB", "2GiB", "1e-3")
	case 9:
		return ":format json"
	default:
		return g.pick(":nosuch", ":load /nonexistent/file.sc", ":help")
	}
}
