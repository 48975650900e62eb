package calc

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"statcalc/parser"
	"statcalc/sym"
)

// CommandInfo describes a ':' command or a statement for :help and
// completion: how it is written, what it does, and a statement that
// shows it.
type CommandInfo struct {
	Name, Signature, Doc, Example string
}

// Commands lists the ':' commands.
var Commands = []CommandInfo{
	{"help", ":help [name]", "list the functions, or describe one function, statement or command", ":help kl"},
	{"vars", ":vars", "list the session's variables", ":vars"},
	{"clear", ":clear [name …]", "forget the named variables, or all of them", ":clear x"},
	{"digits", ":digits N", "print N significant digits (1–17, default 10)", ":digits 4"},
	{"precision", ":precision N", "evaluate exact expressions in decimal to N correct digits (up to 500; 0: float64)", ":precision 40"},
	{"format", ":format plain|latex|json", "choose the output format", ":format latex"},
	{"units", ":units nats|bits", "units of KL, Rényi, Bhattacharyya, entropy and cross-entropy", ":units bits"},
	{"seed", ":seed N", "seed of Monte-Carlo estimates", ":seed 42"},
	{"steps", ":steps on|off", "show how closed forms of distributions are derived", ":steps on"},
	{"load", ":load file", "run the statements of a file in this session (a regular file of at most 64 MiB)", ":load derivation.sc"},
	{"memory", ":memory [size]", "show or set the memory budget of the variables' values plus the running statement (default 2GiB)", ":memory 4GiB"},
	{"quit", ":quit", "end the session (also Ctrl-D)", ":quit"},
}

// Statements lists the statements other than an expression, whose value
// is printed.
var Statements = []CommandInfo{
	{"=", "name = expr", "give a name a value; a name without one is a free symbol", "p = N(0, 1)"},
	{"check", "check a == b [tol=t]", "prove an identity symbolically, or test it at random points; numbers compare within |a − b| ≤ t; check a <= b (or <, >, >=) proves or tests an inequality",
		"check kl(N(0, 1), N(0, 1)) == 0"},
	{"assume", "assume s > 0", "narrow the domain of free symbols (> 0, >= 0, < 0, and 0 < p < 1)", "assume s > 0, 0 < p < 1"},
	{"mc", "mc f(p, q) [n=…] [seed=…] [level=…]", "estimate kl, cross_entropy, entropy, bhattacharyya, hellinger, renyi, skl, js, tv, pearson (from their declared integrands), expect, mean, var, w2 or fisher by sampling, as an independent witness: prints the closed form, the estimate ± its standard error, n, the seed, z = (estimate − closed)/se and a verdict (agrees; DISAGREES, a failed check, beyond level= standard errors, default 5; unreliable when the variance looks infinite; the estimate alone when there is no closed form). Samplers and densities are not those of the closed forms: normals, exponential, gamma, beta, Laplace and log-normal have mc's own (Cholesky from gonum mat), the other families gonum's distuv/distmv; w2 samples the optimal map of normals, or couples quantiles (gonum distuv) in one dimension; fisher shows the score's covariance and the mean −Hessian (numerical differences in the parameters) entry by entry. Fixed chunks with their own seeds: the same digits on any number of cores, memory independent of n; Ctrl-C keeps the estimate so far",
		"mc kl(N(0, 1), N(1, 2)) n=10000"},
	{"plot mc", `plot mc f(p, q) [n=…] [seed=…] [file="…"]`, "plot how mc's estimate converges: the running estimate after each chunk of 16384 draws against the number of draws (logarithmic axis), its ±2 SE band, and the closed form as a horizontal line when there is one. The draws are mc's (same n and seed, default n=1000000), so the last point is what mc prints; f is any scalar mc estimates (not fisher, skl or the mean of a multivariate distribution). Output as plot's: file= writes SVG, PNG or PDF, the REPL draws it in text, a batch run writes plot-N.svg",
		"plot mc kl(N(0, 1), N(1, 2)) n=100000"},
	{"#", "# comment", "the rest of the line is a comment", "x = 2  # a comment"},
}

// helpTopics are the other names :help describes.
var helpTopics = []CommandInfo{
	{"pi", "pi", "the constant π = 3.14159…", "pi"},
	{"e", "e", "the constant e = 2.71828…", "e"},
	{"inf", "inf", "+∞ (also Inf), the value of an infinite divergence: it adds, multiplies and compares with numbers (inf + 1 = Inf, 2 inf = Inf, 1/inf = 0; inf − inf and 0 inf are undefined), exp, log and sqrt take it, and limit and integrate take ±inf as a point or an end",
		"integrate(exp(-x), x, 0, inf)"},
	{"history", "history", "the REPL keeps entered statements in $STATCALC_HISTORY, else $XDG_STATE_HOME/statcalc/history, " +
		"else ~/.local/state/statcalc/history; Up recalls them", ""},
}

func (s *Session) command(st *parser.CommandStmt) string {
	argc := func(lo, hi int, usage string) {
		if len(st.Args) < lo || len(st.Args) > hi {
			errorf(st.Pos, "usage: %s", usage)
		}
	}
	intArg := func(lo, hi int, usage string) int {
		argc(1, 1, usage)
		n, err := strconv.Atoi(st.Args[0])
		if err != nil || n < lo || n > hi {
			errorf(st.Pos, "%s: expected a whole number from %d to %d, not %q", usage, lo, hi, st.Args[0])
		}
		return n
	}
	switch st.Name {
	case "help", "h", "?":
		argc(0, 2, ":help [name]")
		if len(st.Args) == 0 {
			return helpIndex()
		}
		return s.helpFor(st.Pos, strings.Join(st.Args, " ")) // :help plot mc
	case "vars":
		argc(0, 0, ":vars")
		return s.varsText()
	case "clear":
		if len(st.Args) == 0 {
			s.vars = map[string]Value{}
			s.assume = sym.NewAssumptions()
			s.support = nil
			return ""
		}
		for _, n := range st.Args {
			if _, ok := s.vars[n]; !ok {
				errorf(st.Pos, "no variable %s", n)
			}
			delete(s.vars, n)
		}
	case "digits":
		s.digits = intArg(1, 17, ":digits N")
	case "precision":
		s.prec = intArg(0, maxPrecision, ":precision N")
	case "format":
		argc(1, 1, ":format plain|latex|json")
		if err := s.SetFormat(st.Args[0]); err != nil {
			errorf(st.Pos, "%v", err)
		}
	case "units":
		argc(1, 1, ":units nats|bits")
		s.bits = choose(st, "nats", "bits")
	case "seed":
		argc(1, 1, ":seed N")
		n, err := strconv.ParseUint(st.Args[0], 10, 64)
		if err != nil {
			errorf(st.Pos, ":seed: expected a non-negative whole number, not %q", st.Args[0])
		}
		s.seed = n
	case "steps":
		argc(1, 1, ":steps on|off")
		s.showSteps = choose(st, "off", "on")
	case "load":
		argc(1, 1, ":load file")
		s.load(st.Pos, strings.Trim(st.Args[0], `"`))
	case "memory":
		argc(0, 1, ":memory [size]")
		if len(st.Args) == 1 {
			n, err := parseBytes(st.Args[0])
			if err != nil {
				errorf(st.Pos, ":memory: %v", err)
			}
			s.memory = n
		}
		return fmt.Sprintf("memory: the variables hold %s of a budget of %s", formatBytes(s.heldBytes()), formatBytes(s.memory))
	case "quit", "q", "exit":
		s.quit = true
	default:
		names := make([]string, len(Commands))
		for i, c := range Commands {
			names[i] = c.Name
		}
		if near := nearest(st.Name, names); near != "" {
			errorf(st.Pos, "unknown command :%s (did you mean :%s?)", st.Name, near)
		}
		errorf(st.Pos, "unknown command :%s (:help lists the commands)", st.Name)
	}
	return ""
}

// choose reads a command's one word: false for no, true for yes.
func choose(st *parser.CommandStmt, no, yes string) bool {
	switch st.Args[0] {
	case no:
		return false
	case yes:
		return true
	}
	errorf(st.Pos, ":%s %s or :%s %s, not %q", st.Name, no, st.Name, yes, st.Args[0])
	return false
}

// maxPrecision bounds :precision.
const maxPrecision = 500

// maxLoadDepth bounds :load of files that load each other.
const maxLoadDepth = 16

func (s *Session) load(pos parser.Pos, name string) {
	if s.loading >= maxLoadDepth {
		errorf(pos, ":load nested more than %d deep (does a file load itself?)", maxLoadDepth)
	}
	src, err := readRegular(name, maxLoadBytes)
	if err != nil {
		errorf(pos, ":load: %v", err)
	}
	s.loading++
	defer func() { s.loading-- }()
	if n := s.Run(name, string(src), 1); n > 0 {
		what := "statements"
		if n == 1 {
			what = "statement"
		}
		errorf(pos, ":load %s: %d %s failed", name, n, what)
	}
}

func (s *Session) varsText() string {
	if len(s.vars) == 0 {
		return "no variables"
	}
	var b strings.Builder
	for i, n := range s.Vars() {
		if i > 0 {
			b.WriteByte('\n')
		}
		if f, ok := s.vars[n].(*Function); ok {
			b.WriteString(f.String())
			continue
		}
		text := s.vars[n].Kind()
		if shortValue(s.vars[n]) {
			if t := s.plain(s.vars[n]); !strings.Contains(t, "\n") && len(t) <= 60 {
				text = t
			}
		}
		fmt.Fprintf(&b, "%s = %s", n, text)
	}
	return b.String()
}

// shortValue reports whether a value is small enough that :vars may
// print it: printing a large one only to find it too long costs seconds.
func shortValue(v Value) bool {
	switch v := v.(type) {
	case *Matrix:
		return v.Rows*v.Cols <= 16
	case Scalar:
		return sym.Size(v.E) <= 64
	}
	return true
}

func helpIndex() string {
	groups := map[string][]string{}
	var order []string
	for _, b := range builtinList {
		if _, ok := groups[b.Group]; !ok {
			order = append(order, b.Group)
		}
		groups[b.Group] = append(groups[b.Group], b.Name)
	}
	var b strings.Builder
	for _, g := range order {
		fmt.Fprintf(&b, "%s: %s\n", g, strings.Join(groups[g], " "))
	}
	b.WriteString("constants: pi e inf\n")
	names := make([]string, len(Commands))
	for i, c := range Commands {
		names[i] = ":" + c.Name
	}
	fmt.Fprintf(&b, "commands: %s\n", strings.Join(names, " "))
	stmts := make([]string, len(Statements))
	for i, c := range Statements {
		stmts[i] = c.Signature
	}
	fmt.Fprintf(&b, "statements: %s\n", strings.Join(stmts, ", "))
	b.WriteString(":help name describes one; :help history says where entered statements are kept")
	return b.String()
}

func (s *Session) helpFor(pos parser.Pos, name string) string {
	bare := strings.TrimPrefix(name, ":")
	if b, ok := builtins[bare]; ok {
		if b.Notes != "" {
			return fmt.Sprintf("%s\n  %s\n  %s\n  example: %s", b.Signature, b.Doc, b.Notes, b.Example)
		}
		return fmt.Sprintf("%s\n  %s\n  example: %s", b.Signature, b.Doc, b.Example)
	}
	for _, table := range [][]CommandInfo{Commands, Statements, helpTopics} {
		for _, c := range table {
			if c.Name == bare {
				text := fmt.Sprintf("%s\n  %s", c.Signature, c.Doc)
				if c.Example != "" {
					text += "\n  example: " + c.Example
				}
				return text
			}
		}
	}
	switch bare {
	case "index", "slice", "[":
		return indexHelp
	}
	names := s.names()
	for _, table := range [][]CommandInfo{Commands, Statements, helpTopics} {
		for _, c := range table {
			names = append(names, c.Name)
		}
	}
	if near := nearest(bare, names); near != "" {
		errorf(pos, "no help for %s (did you mean %s?)", name, near)
	}
	errorf(pos, "no help for %s", name)
	return ""
}

// assumeStmt records assumptions such as s > 0 and 0 < p < 1.
func (s *Session) assumeStmt(st *parser.AssumeStmt) {
	type bound struct{ lower, upper parser.Kind }
	props := map[string]*bound{}
	var order []string
	for _, r := range st.Relations {
		if _, ok := s.vars[r.Name]; ok {
			errorf(r.Pos, "assume: %s has a value; assumptions are for free symbols", r.Name)
		}
		v := s.eval(r.Value)
		c := s.numberArg(r.Value.Position(), v, "assume: the bound")
		b := props[r.Name]
		if b == nil {
			b = &bound{}
			props[r.Name] = b
			order = append(order, r.Name)
		}
		switch {
		case c == 0 && (r.Op == parser.Greater || r.Op == parser.GreaterEq):
			b.lower = r.Op
		case c == 0 && r.Op == parser.Less:
			b.upper = parser.Less
		case c == 1 && r.Op == parser.Less:
			b.upper = parser.Slash // marks "< 1"
		default:
			errorf(r.Pos, "assume: only s > 0, s >= 0, s < 0 and 0 < p < 1 are supported")
		}
	}
	for _, n := range order {
		b := props[n]
		switch {
		case b.upper == parser.Slash && b.lower == parser.Greater:
			s.assume.Assume(n, sym.UnitInterval)
		case b.upper == parser.Slash:
			errorf(st.Pos, "assume: write 0 < %s < 1", n)
		case b.upper == parser.Less:
			s.assume.Assume(n, sym.Negative)
		case b.lower == parser.Greater:
			s.assume.Assume(n, sym.Positive)
		case b.lower == parser.GreaterEq:
			s.assume.Assume(n, sym.Nonnegative)
		}
	}
}

// check runs `check a == b [tol=t]` and returns its verdict; a failed
// check is an error at the statement.
func (s *Session) check(st *parser.CheckStmt) string {
	if _, ok := relations[st.Op]; ok {
		return s.checkInequality(st)
	}
	tol := -1.0
	for _, o := range st.Opts {
		if o.Name != "tol" {
			errorf(o.Pos, "check has no option %s= (it has tol=)", o.Name)
		}
		tv := s.eval(o.Value)
		tol = s.numberArg(o.Value.Position(), tv, "check: tol")
		if sc, ok := tv.(Scalar); ok && tol == 0 && !sym.Equal(sc.E, sym.Int(0)) {
			errorf(o.Value.Position(), "check: tol = %s is below the float64 range; use 0 for exact equality", s.scalarText(sc.E))
		}
		if !(tol >= 0) {
			errorf(o.Value.Position(), "check: tol must be a non-negative number")
		}
	}
	lv, rv := s.eval(st.Lhs), s.eval(st.Rhs)
	if verdict, ok := s.checkInfinite(st, lv, rv); ok {
		return verdict
	}
	lhs, rhs := checkShapes(lv, rv)
	switch l := lhs.(type) {
	case Scalar:
		if r, ok := rhs.(Scalar); ok {
			if tol < 0 && (l.RelErr > 0 || r.RelErr > 0) && sym.IsNumber(l.E) && sym.IsNumber(r.E) {
				return s.checkEstimates(st.Pos, l, r)
			}
			return s.checkScalars(st.Pos, l.E, r.E, tol, "")
		}
	case *Matrix:
		if r, ok := rhs.(*Matrix); ok {
			return s.checkMatrices(st.Pos, l, r, tol)
		}
	}
	errorf(st.Pos, "check compares numbers, expressions or matrices, not %s and %s", lhs.Kind(), rhs.Kind())
	return ""
}

// checkScalars compares two scalars: within tol when one is given,
// otherwise as an identity (sym.Check), allowing float64 rounding between
// two numbers.
func (s *Session) checkScalars(pos parser.Pos, a, b sym.Expr, tol float64, at string) string {
	if sym.IsNumber(a) && sym.IsNumber(b) {
		if err := firstErr(s.representable(a), s.representable(b)); err != nil {
			errorf(pos, "check%s: %v", at, err)
		}
		// Beyond the float64 range these are ±Inf or 0; they serve only
		// for inexact values, which float64 holds.
		fa, _ := s.number(a)
		fb, _ := s.number(b)
		diff := math.Abs(fa - fb)
		if tol >= 0 {
			text, within := s.absDiff(a, b, tol)
			if within {
				return fmt.Sprintf("ok (|a − b| = %s ≤ %s)", text, formatShort(tol))
			}
			errorf(pos, "check failed%s: %s ≠ %s, |a − b| = %s > tol %s", at,
				s.scalarText(a), s.scalarText(b), text, formatShort(tol))
		}
		if r := sym.Check(a, b, s.checkAssumptions(a, b)); r.OK {
			return "ok (exact)"
		}
		inexact := isInexact(a) || isInexact(b)
		if inexact && diff <= 4*epsilon*math.Max(math.Abs(fa), math.Abs(fb)) {
			return "ok (equal to float64 rounding)"
		}
		if !inexact {
			// Exact numbers are equal or not; no float64 tolerance applies.
			ta, tb := s.scalarText(a), s.scalarText(b)
			hint := ""
			if ta == tb {
				hint = "; exact numbers are compared exactly: tol= allows a tolerance"
			}
			errorf(pos, "check failed%s: %s ≠ %s (difference %s%s)", at, ta, tb, s.scalarText(sym.Sub(a, b)), hint)
		}
		errorf(pos, "check failed%s: %s ≠ %s (difference %s)", at,
			formatFloat(fa, s.digits), formatFloat(fb, s.digits), formatShort(fa-fb))
	}
	if tol >= 0 {
		d := sym.Simplify(sym.Sub(a, b), s.assume)
		if !sym.IsNumber(d) {
			errorf(pos, "check: tol= compares numbers, but a − b = %s has free symbols; identities in symbols are checked exactly", sym.Format(d))
		}
		diff, err := s.number(d)
		if err != nil {
			errorf(pos, "check%s: %v", at, err)
		}
		if math.Abs(diff) <= tol {
			return fmt.Sprintf("ok (|a − b| = %s ≤ %s)", formatShort(math.Abs(diff)), formatShort(tol))
		}
		errorf(pos, "check failed%s: |a − b| = %s > tol %s", at, formatShort(math.Abs(diff)), formatShort(tol))
	}
	r := sym.Check(a, b, s.checkAssumptions(a, b))
	if r.OK {
		if r.Method == "symbolic" {
			return "ok (symbolic)"
		}
		return fmt.Sprintf("ok (numeric, %d random points, %d digits)", r.Points, r.Digits)
	}
	msg := "check failed" + at
	if len(r.Counterexample) > 0 {
		msg += ": differs at " + counterexampleText(r.Counterexample)
	}
	if r.Detail != "" {
		msg += " (" + r.Detail + ")"
	}
	if !strings.HasPrefix(r.Detail, "lhs − rhs =") {
		msg += s.differenceNote(a, b)
	}
	errorf(pos, "%s", msg)
	return ""
}

// maxDifferenceText bounds the simplified difference a failed check shows.
const maxDifferenceText = 160

// differenceNote shows the simplified difference lhs − rhs of a failed
// identity, so that a missing term (a − 1/2) shows itself; it is empty
// when the difference is too long to help.
func (s *Session) differenceNote(a, b sym.Expr) string {
	d := sym.Simplify(sym.Sub(a, b), s.assume)
	text := sym.Format(d)
	if len(text) > maxDifferenceText {
		return ""
	}
	return "; lhs − rhs = " + text
}

const epsilon = 0x1p-52

// checkEstimates compares two numbers of which at least one carries an
// error estimate (a numeric integral): they agree when they differ by no
// more than the estimates together, plus float64 rounding.
func (s *Session) checkEstimates(pos parser.Pos, l, r Scalar) string {
	fa, errA := s.number(l.E)
	fb, errB := s.number(r.E)
	if err := firstErr(errA, errB); err != nil {
		errorf(pos, "check: %v", err)
	}
	bound := l.RelErr*math.Abs(fa) + r.RelErr*math.Abs(fb) + 4*epsilon*math.Max(math.Abs(fa), math.Abs(fb))
	diff := math.Abs(fa - fb)
	if diff <= bound {
		return fmt.Sprintf("ok (|a − b| = %s, within the error estimate %s)", formatShort(diff), formatShort(bound))
	}
	errorf(pos, "check failed: %s ≠ %s, |a − b| = %s exceeds the error estimate %s",
		s.plain(l), s.plain(r), formatShort(diff), formatShort(bound))
	return ""
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// isInexact reports whether an expression holds a float64 computed by a
// numeric algorithm, which only a tolerance can compare.
func isInexact(e sym.Expr) bool {
	found := false
	sym.Walk(e, func(x sym.Expr) bool {
		if _, ok := sym.AsFloat(x); ok {
			found = true
		}
		return !found
	})
	return found
}

// absDiff returns |a − b| with 4 significant digits and whether it is at
// most tol, computed in decimal arithmetic so that a difference beyond the
// float64 range (1e-400) is neither 0 nor infinite.
func (s *Session) absDiff(a, b sym.Expr, tol float64) (string, bool) {
	d := sym.Sub(a, b)
	x, err := sym.Decimal(d, 17)
	if err != nil {
		// Zero but not recognised as such: float64 decides.
		fa, _ := s.number(a)
		fb, _ := s.number(b)
		diff := math.Abs(fa - fb)
		return formatShort(diff), diff <= tol
	}
	if x.IsZero() {
		return "0", true
	}
	f, _ := x.Abs().Float64()
	within := tol > 0 && f <= tol
	if f >= 0x1p-1022 && !math.IsInf(f, 0) {
		return formatShort(f), within
	}
	x4, _ := sym.Decimal(d, 4)
	return decimalText(x4.Abs().String(), 4), within
}
