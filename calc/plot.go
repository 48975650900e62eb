package calc

import (
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"statcalc/dist"
	"statcalc/parser"
	"statcalc/plot"
	"statcalc/stop"
	"statcalc/sym"
)

// Sampling of plots: curves at plotPoints equally spaced points (a fixed
// resolution, ends included); probability mass functions at every whole
// number of the range, up to maxStems of them (masses below stemFloor of
// the largest left out), beyond which the mass function is drawn as a
// curve through plotPoints whole numbers.
const (
	plotPoints = 401
	maxStems   = 400
	// plotTail is the probability left out at each end of the range of a
	// distribution with a quantile function.
	plotTail = 0.001
	// plotMargin widens the range of distributions on both sides, as a
	// fraction of its width, so that edges of supports show.
	plotMargin = 0.05
	// stemFloor: masses below this fraction of a mass function's largest
	// are left out, as they would only be dots on the axis.
	stemFloor = 1e-3
	// maxPlotted bounds the distributions or expressions of one plot.
	maxPlotted = 8
)

func init() {
	register(&Builtin{Name: "plot",
		Signature: `plot(p, q, … [, from=a, to=b]) or plot(expr, x, a, b) [, file="name.svg"]`,
		Doc: "draw the densities (or probability mass functions) of distributions, or expressions of x from a to b " +
			"(several as [e1, e2]); file= writes SVG, PNG or PDF by its extension; without it the REPL prints the plot " +
			"in text and a batch run writes plot-N.svg beside the script; plot mc f(p, q) draws how a Monte-Carlo estimate converges (:help plot mc)",
		Example: "plot(kl(N(0, 1), N(m, 1)), m, -3, 3)", Group: "plots",
		min: 1, max: maxPlotted, keys: []string{"from", "to", "file"}, lazy: true, fn: fnPlot})
}

// plotSettings say where plots go.
type plotSettings struct {
	// textSize, when set, makes plots without file= print as text of that
	// many columns and lines (an interactive session on a terminal).
	textSize func() (width, height int)
	colour   bool
	// dir is where a batch run writes plot-N.svg ("" is the working
	// directory); count numbers those files.
	dir   string
	count int
}

// SetTextPlots makes plot(…) without file= print a text rendering, sized
// by the terminal's columns and lines as size reports them at each plot;
// colour adds ANSI colours.
func (s *Session) SetTextPlots(size func() (width, height int), colour bool) {
	s.plots.textSize, s.plots.colour = size, colour
}

// SetPlotDir sets the directory where plot(…) without file= writes
// plot-1.svg, plot-2.svg, …: the directory of the script being run, or ""
// for the working directory (-e and standard input).
func (s *Session) SetPlotDir(dir string) { s.plots.dir = dir }

// Picture is the outcome of plot: a text rendering, or the name of the
// file written.
type Picture struct {
	Figure *plot.Figure
	Text   string // what is printed
}

func (*Picture) Kind() string     { return "a plot" }
func (p *Picture) String() string { return p.Text }

// plotted is one curve or mass function to draw.
type plotted struct {
	label string
	pos   parser.Pos
	// value returns the height at x, NaN where there is none.
	value    func(x float64) float64
	discrete bool
	// lo and hi are the range a distribution suggests (NaN for an
	// expression).
	lo, hi float64
	// err, when set, explains a curve with no finite point.
	err *Error
}

// fnPlot draws distributions or expressions: see the Builtin's Doc.
func fnPlot(s *Session, a *args) Value {
	var nodes []parser.Node
	for _, arg := range a.call.Args {
		if arg.Name == "" {
			nodes = append(nodes, arg.Value)
		}
	}
	fileArg(a)
	fig := &plot.Figure{XLabel: "x"}
	var curves []plotted
	if first, isDist := s.plotDistribution(nodes[0]); isDist {
		curves = append(curves, first)
		for _, n := range nodes[1:] {
			c, ok := s.plotDistribution(n)
			if !ok {
				errorf(n.Position(), "plot: %s is not a distribution; plot(p, q, …) draws distributions, plot(expr, x, a, b) an expression", parser.Source(n))
			}
			curves = append(curves, c)
		}
		fig.XMin, fig.XMax = s.plotRange(a, curves)
		fig.YLabel = densityLabel(curves)
		fig.FromZero = true
	} else {
		if len(nodes) != 4 {
			errorf(a.call.Pos, "plot: an expression is drawn as plot(expr, x, a, b): the expression, the variable and the range a < b")
		}
		for _, k := range []string{"from", "to"} {
			if _, ok := a.keys[k]; ok {
				errorf(a.kpos[k], "plot: %s= is for distributions; an expression's range is plot(expr, x, a, b)", k)
			}
		}
		id, ok := nodes[1].(*parser.Ident)
		if !ok {
			errorf(nodes[1].Position(), "plot: the variable must be a name, such as x, not %s", parser.Source(nodes[1]))
		}
		x := id.Name
		if _, isConst := constants[x]; isConst {
			errorf(id.Pos, "plot: %s is a constant and cannot vary", x)
		}
		if _, isFn := builtins[x]; isFn {
			errorf(id.Pos, "plot: %s is a function and cannot vary", x)
		}
		lo := s.numberArg(nodes[2].Position(), s.eval(nodes[2]), "plot: the start of the range")
		hi := s.numberArg(nodes[3].Position(), s.eval(nodes[3]), "plot: the end of the range")
		checkRange(nodes[2].Position(), lo, hi)
		fig.XMin, fig.XMax, fig.XLabel = lo, hi, x
		exprs := []parser.Node{nodes[0]}
		if l, isList := nodes[0].(*parser.List); isList {
			exprs = l.Elems
			if len(exprs) > maxPlotted {
				errorf(l.Pos, "plot: at most %d expressions on one plot, not %d", maxPlotted, len(exprs))
			}
		}
		for _, e := range exprs {
			curves = append(curves, s.plotExpression(e, x))
		}
	}
	for _, c := range curves {
		fig.Series = append(fig.Series, s.sample(c, fig.XMin, fig.XMax))
	}
	if v, ok := a.keys["file"]; ok {
		return s.render(fig, string(v.(Str)), a.kpos["file"])
	}
	return s.render(fig, "", a.call.Pos)
}

// checkRange requires a finite range a < b whose points float64 tells
// apart.
func checkRange(pos parser.Pos, lo, hi float64) {
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		errorf(pos, "plot: the range must be finite, not [%s, %s]", formatFloat(lo, 10), formatFloat(hi, 10))
	}
	if !(lo < hi) {
		errorf(pos, "plot: the range is empty: %s is not below %s", formatFloat(lo, 10), formatFloat(hi, 10))
	}
	if w := hi - lo; math.IsInf(w, 0) || w < 1e-9*math.Max(math.Abs(lo), math.Abs(hi)) || w < 1e-290 {
		errorf(pos, "plot: the range [%s, %s] is too %s to draw in float64", strconv.FormatFloat(lo, 'g', -1, 64), strconv.FormatFloat(hi, 'g', -1, 64),
			map[bool]string{true: "wide", false: "narrow"}[math.IsInf(w, 0)])
	}
}

func densityLabel(cs []plotted) string {
	discrete, continuous := false, false
	for _, c := range cs {
		discrete = discrete || c.discrete
		continuous = continuous || !c.discrete
	}
	switch {
	case discrete && continuous:
		return "density, probability"
	case discrete:
		return "probability"
	}
	return "density"
}

// try evaluates f, returning the evaluation error it stops with, if any.
func try(f func()) (err *Error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			err = e
		}
	}()
	f()
	return nil
}

// plotDistribution evaluates n and, when it is a distribution, returns
// its density or mass function; ok is false for anything else.
func (s *Session) plotDistribution(n parser.Node) (c plotted, ok bool) {
	if _, isList := n.(*parser.List); isList {
		return c, false
	}
	var v Value
	nsteps := len(s.steps)
	if err := try(func() { v = s.eval(n) }); err != nil {
		s.steps = s.steps[:nsteps]
		return c, false
	}
	switch v.(type) {
	case *Distribution:
	case *SymNormal:
		errorf(n.Position(), "plot: %s has symbolic parameters; give numbers", s.plain(v))
	default:
		s.steps = s.steps[:nsteps] // an expression: evaluated again, with its variable free
		return c, false
	}
	pos := n.Position()
	c = plotted{label: s.plain(v), pos: pos}
	switch v := v.(type) {
	case *Distribution:
		if !v.isNormal() {
			s.plotFamily(&c, v.D)
			return c, true
		}
		mvn := v.numericNormal()
		if mvn == nil {
			errorf(pos, "plot: %s has symbolic parameters; give numbers", s.plain(v))
		}
		if mvn.Dim() != 1 {
			errorf(pos, "plot: %s is %d-dimensional; plot draws distributions of one variable", s.plain(v), mvn.Dim())
		}
		m, variance := mvn.Mean()[0], mvn.Cov().At(0, 0)
		d := &dist.Dist{Family: dist.Normal, Theta: []sym.Expr{sym.Float(m), sym.Float(variance)}}
		c.lo, c.hi = quantileRange(d, m, math.Sqrt(variance))
		c.value = func(x float64) float64 {
			lp, err := mvn.LogProb([]float64{x})
			if err != nil {
				return math.NaN()
			}
			return math.Exp(lp)
		}
		return c, true
	}
	return c, false
}

// plotFamily fills in the density or mass function of a family member
// and the range it suggests.
func (s *Session) plotFamily(c *plotted, d *dist.Dist) {
	f := d.Family
	if !d.IsNumeric() {
		errorf(c.pos, "plot: %s has symbolic parameters; give numbers", c.label)
	}
	θ, err := d.Floats()
	if err != nil {
		errorf(c.pos, "plot: %v", err)
	}
	c.discrete = f.Discrete
	if f.Vector {
		if !f.Simplex() {
			errorf(c.pos, "plot: %s is a distribution of vectors; plot draws distributions of one variable", c.label)
		}
		// Categorical on 1…k: the probabilities are its parameters.
		c.lo, c.hi = 1, float64(len(θ))
		c.value = func(x float64) float64 {
			if k := int(x); float64(k) == x && k >= 1 && k <= len(θ) {
				return θ[k-1]
			}
			return 0
		}
		return
	}
	a := &args{call: &parser.Call{Pos: c.pos, Fun: "plot"}, pos: []parser.Pos{c.pos, c.pos}}
	const xName = "x"
	var logp sym.Expr
	if err := try(func() { logp = s.familyLogPDF(a, d, sym.Symbol(xName)) }); err != nil {
		errorf(c.pos, "plot: the density of %s: %s", c.label, err.Msg)
	}
	c.value = func(x float64) float64 {
		if f.Support != nil && !f.Support(x, θ) {
			return 0
		}
		lp, err := sym.Float64(sym.Subs(logp, map[string]sym.Expr{xName: sym.Float(x)}))
		if err != nil {
			return math.NaN()
		}
		return math.Exp(lp)
	}
	m, sd := math.NaN(), math.NaN()
	if f.Mean != nil && f.Variance != nil {
		mv, err1 := sym.Float64(f.Mean(d.Theta))
		vv, err2 := sym.Float64(f.Variance(d.Theta))
		if err1 == nil && err2 == nil && vv >= 0 {
			m, sd = mv, math.Sqrt(vv)
		}
	}
	c.lo, c.hi = quantileRange(d, m, sd)
	if math.IsNaN(c.lo) {
		errorf(c.pos, "plot: %s has no finite mean and variance to choose a range from; give from= and to=", c.label)
	}
}

// quantileRange is the range a distribution suggests: its quantiles at
// plotTail and 1 − plotTail where it has a quantile function, else the
// mean ± 4 standard deviations.
func quantileRange(d *dist.Dist, mean, sd float64) (lo, hi float64) {
	qlo, err1 := d.Quantile(plotTail)
	qhi, err2 := d.Quantile(1 - plotTail)
	if err1 == nil && err2 == nil && qhi > qlo {
		return qlo, qhi
	}
	if math.IsNaN(mean) || math.IsNaN(sd) {
		return math.NaN(), math.NaN()
	}
	return mean - 4*sd, mean + 4*sd
}

// plotRange is the horizontal range of distributions: from= and to= when
// given, else the union of their ranges widened by plotMargin, and for
// mass functions alone whole numbers ± ½.
func (s *Session) plotRange(a *args, cs []plotted) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	allDiscrete := true
	for _, c := range cs {
		lo, hi = math.Min(lo, c.lo), math.Max(hi, c.hi)
		allDiscrete = allDiscrete && c.discrete
	}
	if allDiscrete {
		lo, hi = s.supportedRange(cs, math.Floor(lo), math.Ceil(hi))
		lo, hi = lo-0.5, hi+0.5
	} else {
		w := hi - lo
		if w == 0 {
			w = 1
		}
		lo, hi = lo-plotMargin*w, hi+plotMargin*w
	}
	pos := a.call.Pos
	if v, ok := a.keys["from"]; ok {
		lo, pos = s.numberArg(a.kpos["from"], v, "plot: from="), a.kpos["from"]
	}
	if v, ok := a.keys["to"]; ok {
		hi = s.numberArg(a.kpos["to"], v, "plot: to=")
		if _, both := a.keys["from"]; !both {
			pos = a.kpos["to"]
		}
	}
	checkRange(pos, lo, hi)
	return lo, hi
}

// supportedRange narrows a range of whole numbers to those where some
// mass function is positive.
func (s *Session) supportedRange(cs []plotted, lo, hi float64) (float64, float64) {
	has := func(k float64) bool {
		for _, c := range cs {
			if v := c.value(k); v > 0 {
				return true
			}
		}
		return false
	}
	for n := 0; lo < hi && !has(lo) && n < maxStems; n++ {
		lo++
	}
	for n := 0; hi > lo && !has(hi) && n < maxStems; n++ {
		hi--
	}
	return lo, hi
}

// plotExpression returns an expression of x as a curve. It is evaluated
// once with x free: a closed form in x alone is then evaluated at each
// point in float64. What cannot be evaluated with x free (a multivariate
// normal whose mean holds x) is evaluated anew at each point with x bound.
func (s *Session) plotExpression(n parser.Node, x string) plotted {
	c := plotted{label: parser.Source(n), pos: n.Position(), lo: math.NaN(), hi: math.NaN()}
	saved, bound := s.vars[x]
	defer func() {
		if bound {
			s.vars[x] = saved
		} else {
			delete(s.vars, x)
		}
	}()
	delete(s.vars, x)
	var v Value
	symErr := try(func() { v = s.eval(n) })
	if symErr == nil {
		e := s.plotScalar(n, v)
		var others []string
		for _, name := range sym.FreeSymbols(e) {
			if name != x {
				others = append(others, name)
			}
		}
		if len(others) > 0 {
			errorf(c.pos, "plot: %s has free %s %s besides %s; give %s",
				c.label, plural(len(others), "symbol", "symbols"), strings.Join(others, ", "), x, plural(len(others), "it a value", "them values"))
		}
		c.value = func(t float64) float64 {
			y, err := sym.Float64(sym.Subs(e, map[string]sym.Expr{x: sym.Float(t)}))
			if err != nil {
				return math.NaN()
			}
			return y
		}
		return c
	}
	c.err = symErr
	c.value = func(t float64) float64 {
		stop.Check()
		saved, bound := s.vars[x]
		s.vars[x] = Scalar{E: sym.Float(t)}
		nsteps := len(s.steps)
		var y float64
		err := try(func() { y = s.numberArg(c.pos, Scalar{E: s.plotScalar(n, s.eval(n))}, "plot: "+c.label) })
		s.steps = s.steps[:nsteps]
		if bound {
			s.vars[x] = saved
		} else {
			delete(s.vars, x)
		}
		if err != nil {
			return math.NaN()
		}
		return y
	}
	return c
}

// plotScalar returns the value of an expression to plot as a scalar
// expression, or stops with an error saying what it is instead.
func (s *Session) plotScalar(n parser.Node, v Value) sym.Expr {
	switch v := v.(type) {
	case Scalar:
		return v.E
	case floatValue:
		return sym.Float(float64(v))
	case *Matrix:
		if v.Rows == 1 && v.Cols == 1 {
			return v.At(0, 0)
		}
		errorf(n.Position(), "plot: %s is %s, not a number; plot([e1, e2], x, a, b) draws several expressions", parser.Source(n), v.Kind())
	case *Distribution:
		errorf(n.Position(), "plot: %s is a distribution; plot(p, q, …) draws distributions", parser.Source(n))
	}
	errorf(n.Position(), "plot: %s is %s, not a number", parser.Source(n), v.Kind())
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// sample evaluates a curve on [lo, hi]: see plotPoints and maxStems.
func (s *Session) sample(c plotted, lo, hi float64) plot.Series {
	ser := plot.Series{Label: c.label}
	if c.discrete {
		first, last := math.Ceil(lo), math.Floor(hi)
		if last-first+1 <= maxStems {
			ser.Style = plot.Stems
			var ys []float64
			top := 0.0
			for k := first; k <= last; k++ {
				y := c.value(k)
				ys = append(ys, y)
				if y > top {
					top = y
				}
			}
			for i, y := range ys {
				// Masses below a thousandth of the largest would be dots on the axis.
				if !(y < stemFloor*top) {
					ser.X, ser.Y = append(ser.X, first+float64(i)), append(ser.Y, y)
				}
			}
		} else {
			for i := 0; i < plotPoints; i++ {
				k := math.Round(first + (last-first)*float64(i)/(plotPoints-1))
				if n := len(ser.X); n == 0 || ser.X[n-1] != k {
					ser.X, ser.Y = append(ser.X, k), append(ser.Y, c.value(k))
				}
			}
		}
	} else {
		for i := 0; i < plotPoints; i++ {
			x := lo + (hi-lo)*float64(i)/(plotPoints-1)
			if i == plotPoints-1 {
				x = hi
			}
			ser.X, ser.Y = append(ser.X, x), append(ser.Y, c.value(x))
		}
	}
	for _, y := range ser.Y {
		if !math.IsNaN(y) && !math.IsInf(y, 0) {
			return ser
		}
	}
	if c.err != nil {
		errorf(c.err.Pos, "plot: %s", strings.TrimPrefix(c.err.Msg, "plot: "))
	}
	errorf(c.pos, "plot: %s has no finite value between %s and %s", c.label, formatFloat(lo, 6), formatFloat(hi, 6))
	return ser
}

// render shows a figure where plot(…) shows it: in the file named by
// file= (its position pos), as text in an interactive session, or in
// plot-N.svg. Every picture the calculator draws goes through it (a
// Monte-Carlo convergence plot: a series with a band and a reference
// line).
func (s *Session) render(fig *plot.Figure, file string, pos parser.Pos) Value {
	if file == "" && s.plots.textSize != nil {
		w, h := s.plots.textSize()
		width := max(w-1, plot.MinTextWidth)
		height := max(min(h-3, width/3), plot.MinTextHeight)
		return &Picture{Figure: fig, Text: fig.Text(width, height, s.plots.colour)}
	}
	if file == "" {
		s.plots.count++
		file = filepath.Join(s.plots.dir, "plot-"+strconv.Itoa(s.plots.count)+".svg")
	}
	if err := fig.Save(file); err != nil {
		errorf(pos, "plot: %v", err)
	}
	return &Picture{Figure: fig, Text: "wrote " + file}
}

// fileArg checks file= before any work: a string naming a format there is.
func fileArg(a *args) {
	v, ok := a.keys["file"]
	if !ok {
		return
	}
	name, isStr := v.(Str)
	if !isStr {
		errorf(a.kpos["file"], `plot: file= needs a file name in quotes, such as file="kl.svg"`)
	}
	if _, err := plot.FormatOf(string(name)); err != nil {
		errorf(a.kpos["file"], "plot: %v", err)
	}
}
