package calc

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"gonum.org/v1/gonum/mathext"

	"statcalc/parser"
	"statcalc/plot"
)

// evalPlot runs statements in s and returns the value of the last, which
// must be a picture.
func evalPlot(t *testing.T, s *Session, src string) *Picture {
	t.Helper()
	var v Value
	for _, st := range parser.ParseAt(src, 1) {
		if st.Err != nil {
			t.Fatalf("%s: %v", src, st.Err)
		}
		if err := try(func() { v, _ = s.statement(st.Stmt) }); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
	}
	p, ok := v.(*Picture)
	if !ok {
		t.Fatalf("%s gave %v, not a plot", src, v)
	}
	return p
}

// checkSeries compares every finite point of a series with want(x).
func checkSeries(t *testing.T, what string, s plot.Series, want func(x float64) float64, tol float64) {
	t.Helper()
	finite := 0
	for i, x := range s.X {
		y, w := s.Y[i], want(x)
		if math.IsNaN(y) {
			continue
		}
		finite++
		if math.Abs(y-w) > tol*math.Max(1, math.Abs(w)) {
			t.Errorf("%s: at x = %g the plot has %.17g, want %.17g", what, x, y, w)
			return
		}
	}
	if finite < len(s.X)*9/10 {
		t.Errorf("%s: only %d of %d points are finite", what, finite, len(s.X))
	}
}

func normalDensity(m, v float64) func(float64) float64 {
	return func(x float64) float64 { return math.Exp(-(x-m)*(x-m)/(2*v)) / math.Sqrt(2*math.Pi*v) }
}

func newPlotSession(t *testing.T) (*Session, string) {
	dir := t.TempDir()
	var out bytes.Buffer
	s := NewSession(&out, &out)
	s.SetPlotDir(dir)
	return s, dir
}

// TestPlotDensities checks the sampled densities and mass functions
// against textbook formulas evaluated here, and the ranges against
// quantiles: N's 0.001-quantile is −3.090232306 standard deviations.
func TestPlotDensities(t *testing.T) {
	s, _ := newPlotSession(t)
	const z = 3.090232306167813 // Φ⁻¹(0.999), mpmath
	f := evalPlot(t, s, "plot(N(0, 1), N(1, 2))").Figure
	lo, hi := 1-math.Sqrt(2)*z, 1+math.Sqrt(2)*z // N(1, 2) is the wider
	if w := hi - lo; math.Abs(f.XMin-(lo-0.05*w)) > 1e-9 || math.Abs(f.XMax-(hi+0.05*w)) > 1e-9 {
		t.Errorf("range [%g, %g], want the 0.001 and 0.999 quantiles widened by 5%%: [%g, %g]", f.XMin, f.XMax, lo-0.05*w, hi+0.05*w)
	}
	if len(f.Series) != 2 || len(f.Series[0].X) != plotPoints || f.Series[0].Label != "N(μ = 0, σ² = 1)" || f.YLabel != "density" {
		t.Fatalf("series %d, points %d, label %q, y label %q", len(f.Series), len(f.Series[0].X), f.Series[0].Label, f.YLabel)
	}
	checkSeries(t, "N(0, 1)", f.Series[0], normalDensity(0, 1), 1e-13)
	checkSeries(t, "N(1, 2)", f.Series[1], normalDensity(1, 2), 1e-13)

	f = evalPlot(t, s, "plot(Poisson(3), Binomial(10, 0.3))").Figure
	if f.XMin != -0.5 || f.XMax != 10.5 || f.YLabel != "probability" {
		t.Errorf("range [%g, %g] labelled %q; want [-0.5, 10.5], probability", f.XMin, f.XMax, f.YLabel)
	}
	// Masses below a thousandth of the largest are left out: Binomial's
	// P(9) = 1.4e-4 and P(10) = 5.9e-6 against P(3) = 0.267.
	for i, last := range []float64{10, 8} {
		ser := f.Series[i]
		if ser.Style != plot.Stems || len(ser.X) != int(last)+1 || ser.X[0] != 0 || ser.X[len(ser.X)-1] != last {
			t.Errorf("%s: style %d at %v, want stems at 0…%g", ser.Label, ser.Style, ser.X, last)
		}
	}
	checkSeries(t, "Poisson(3)", f.Series[0], func(k float64) float64 {
		lg, _ := math.Lgamma(k + 1)
		return math.Exp(k*math.Log(3) - 3 - lg)
	}, 1e-13)
	checkSeries(t, "Binomial(10, 0.3)", f.Series[1], func(k float64) float64 {
		c := 1.0
		for i := 0.0; i < k; i++ {
			c *= (10 - i) / (i + 1)
		}
		return c * math.Pow(0.3, k) * math.Pow(0.7, 10-k)
	}, 1e-13)

	f = evalPlot(t, s, "plot(Gamma(0.5, 1), Exponential(2), Categorical([0.2, 0.8]), Geometric(0.5))").Figure
	if !(f.XMin < 0) {
		t.Errorf("range starts at %g; want the edge of the support 0 to show", f.XMin)
	}
	checkSeries(t, "Gamma(0.5, 1)", f.Series[0], func(x float64) float64 {
		if x <= 0 {
			return 0
		}
		return math.Exp(-x) / math.Sqrt(math.Pi*x)
	}, 1e-12)
	checkSeries(t, "Exponential(2)", f.Series[1], func(x float64) float64 {
		if x < 0 {
			return 0
		}
		return 2 * math.Exp(-2*x)
	}, 1e-13)
	checkSeries(t, "Categorical", f.Series[2], func(k float64) float64 { return []float64{0.2, 0.8}[int(k)-1] }, 0)
	checkSeries(t, "Geometric(0.5)", f.Series[3], func(k float64) float64 { return math.Pow(0.5, k) }, 1e-13)
	if f.YLabel != "density, probability" {
		t.Errorf("y label %q", f.YLabel)
	}

	f = evalPlot(t, s, "plot(N(0, 1), Uniform(-1, 1), from=-2, to=2)").Figure
	if f.XMin != -2 || f.XMax != 2 {
		t.Errorf("from=-2, to=2 gave [%g, %g]", f.XMin, f.XMax)
	}
	checkSeries(t, "Uniform(-1, 1)", f.Series[1], func(x float64) float64 {
		if x < -1 || x > 1 {
			return 0
		}
		return 0.5
	}, 1e-15)
}

// TestPlotExpressions checks curves of expressions against closed forms
// written here: KL(N(0, 1)‖N(m, 1)) = m²/2, the two-dimensional
// KL(N(0, I)‖N((m, 1), I)) = (m² + 1)/2 (evaluated anew at each point),
// and KL(Gamma(a, 1)‖Gamma(2, 1)) = (a − 2) ψ(a) − ln Γ(a) + ln Γ(2).
func TestPlotExpressions(t *testing.T) {
	s, _ := newPlotSession(t)
	f := evalPlot(t, s, "plot(kl(N(0, 1), N(m, 1)), m, -3, 3)").Figure
	if f.XMin != -3 || f.XMax != 3 || f.XLabel != "m" || f.Series[0].Label != "kl(N(0, 1), N(m, 1))" {
		t.Errorf("range [%g, %g], x label %q, legend %q", f.XMin, f.XMax, f.XLabel, f.Series[0].Label)
	}
	checkSeries(t, "kl", f.Series[0], func(m float64) float64 { return m * m / 2 }, 1e-14)

	f = evalPlot(t, s, "plot(kl(N([0, 0], I(2)), N([m, 1], I(2))), m, -2, 2)").Figure
	checkSeries(t, "2-d kl", f.Series[0], func(m float64) float64 { return (m*m + 1) / 2 }, 1e-13)
	if _, bound := s.vars["m"]; bound {
		t.Error("m is bound after a plot evaluated at each point")
	}
	f = evalPlot(t, s, "m = 7\nplot(kl(N([0, 0], I(2)), N([m, 1], I(2))), m, -2, 2)").Figure
	if v, ok := s.vars["m"].(Scalar); !ok || s.plain(v) != "7" {
		t.Errorf("m = %v after the plot, want 7", s.vars["m"])
	}
	delete(s.vars, "m")

	f = evalPlot(t, s, "plot([kl(Gamma(a, 1), Gamma(2, 1)), 1/a - 1, -a], a, 0.5, 5)").Figure
	if len(f.Series) != 3 || f.Series[1].Label != "1/a - 1" || f.Series[2].Label != "-a" {
		t.Fatalf("%d series, legends %q %q", len(f.Series), f.Series[1].Label, f.Series[2].Label)
	}
	checkSeries(t, "Gamma kl", f.Series[0], func(a float64) float64 {
		la, _ := math.Lgamma(a)
		return (a-2)*mathext.Digamma(a) - la
	}, 1e-9)
	checkSeries(t, "1/a - 1", f.Series[1], func(a float64) float64 { return 1/a - 1 }, 1e-15)

	// The entropy of a Poisson has no closed form: evaluated at each
	// point, against −Σ p(k) log p(k) summed here.
	f = evalPlot(t, s, "plot(entropy(Poisson(l)), l, 0.5, 20)").Figure
	checkSeries(t, "entropy(Poisson(l))", f.Series[0], func(l float64) float64 {
		h := 0.0
		for k := 0.0; k < 200; k++ {
			lg, _ := math.Lgamma(k + 1)
			lp := k*math.Log(l) - l - lg
			h -= math.Exp(lp) * lp
		}
		return h
	}, 1e-12)

	// The variable is the plot's own: a value of x is neither used nor lost.
	f = evalPlot(t, s, "x = 5\nplot(x^2, x, 0, 1)").Figure
	checkSeries(t, "x^2", f.Series[0], func(x float64) float64 { return x * x }, 1e-15)
	if v, ok := s.vars["x"].(Scalar); !ok || s.plain(v) != "5" {
		t.Errorf("x = %v after the plot, want 5", s.vars["x"])
	}
	f = evalPlot(t, s, "plot(y^2, y, 0, 1)").Figure
	if _, bound := s.vars["y"]; bound {
		t.Error("y is bound after the plot")
	}

	// log(x) on [−1, 1] has a gap where x ≤ 0.
	f = evalPlot(t, s, "plot(log(x), x, -1, 1)").Figure
	nan := 0
	for i, x := range f.Series[0].X {
		if math.IsNaN(f.Series[0].Y[i]) != (x <= 0) {
			t.Errorf("log(%g) = %g", x, f.Series[0].Y[i])
		}
		if x <= 0 {
			nan++
		}
	}
	if nan != plotPoints/2+1 {
		t.Errorf("%d gaps, want %d", nan, plotPoints/2+1)
	}
}

// svgTexts returns the texts of an SVG file, which must parse as XML
// with an <svg> root, and the number of paths stroked in colour that
// join more than 10 points (one per series).
func svgTexts(t *testing.T, name string) (texts []string, dataPaths int) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s is not valid XML: %v", name, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
		}
		switch se.Name.Local {
		case "text":
			var s string
			dec.DecodeElement(&s, &se)
			texts = append(texts, s)
		case "path":
			var p struct {
				D     string `xml:"d,attr"`
				Style string `xml:"style,attr"`
			}
			dec.DecodeElement(&p, &se)
			if strings.Count(p.D, "L") > 10 && strings.Contains(p.Style, "stroke:#") && !strings.Contains(p.Style, "stroke:#E6E6E6") && !strings.Contains(p.Style, "stroke:#000000") {
				dataPaths++
			}
		}
	}
	if root != "svg" {
		t.Fatalf("%s: root element <%s>, want <svg>", name, root)
	}
	return texts, dataPaths
}

// TestPlotFiles runs plots as a batch does: without file= they are
// written as plot-1.svg, plot-2.svg beside the script; file= chooses the
// name and the format.
func TestPlotFiles(t *testing.T) {
	dir := t.TempDir()
	var out, errs bytes.Buffer
	s := NewSession(&out, &errs)
	s.SetPlotDir(dir)
	png1 := filepath.Join(dir, "kl.png")
	src := "plot(N(0, 1), Gamma(2, 1))\nplot([m^2/2, kl(N(0, 1), N(m, 2))], m, -3, 3)\nplot(Poisson(4), file=\"" + png1 + "\")\n" +
		"plot(x^2, x, 0, 1, file=\"" + filepath.Join(dir, "sq.pdf") + "\")"
	if failed := s.Run("", src, 1); failed != 0 {
		t.Fatalf("%d failed: %s", failed, errs.String())
	}
	svg1, svg2 := filepath.Join(dir, "plot-1.svg"), filepath.Join(dir, "plot-2.svg")
	want := "wrote " + svg1 + "\nwrote " + svg2 + "\nwrote " + png1 + "\nwrote " + filepath.Join(dir, "sq.pdf") + "\n"
	if out.String() != want {
		t.Errorf("output\n%s\nwant\n%s", out.String(), want)
	}
	texts, paths := svgTexts(t, svg1)
	joined := "|" + strings.Join(texts, "|") + "|"
	for _, w := range []string{"|N(μ = 0, σ² = 1)|", "|Gamma(shape = 2, rate = 1)|", "|x|", "|density|"} {
		if !strings.Contains(joined, w) {
			t.Errorf("%s: text %s missing from %s", svg1, w, joined)
		}
	}
	if paths != 2 {
		t.Errorf("%s: %d data paths, want 2", svg1, paths)
	}
	texts, paths = svgTexts(t, svg2)
	joined = "|" + strings.Join(texts, "|") + "|"
	for _, w := range []string{"|m^2/2|", "|kl(N(0, 1), N(m, 2))|", "|m|", "|-3|", "|3|"} {
		if !strings.Contains(joined, w) {
			t.Errorf("%s: text %s missing from %s", svg2, w, joined)
		}
	}
	if paths != 2 {
		t.Errorf("%s: %d data paths, want 2", svg2, paths)
	}
	r, err := os.Open(png1)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cfg, err := png.DecodeConfig(r)
	if err != nil || cfg.Width != 900 || cfg.Height != 600 {
		t.Errorf("%s: %d×%d, %v; want a 900×600 PNG", png1, cfg.Width, cfg.Height, err)
	}
	if pdf, err := os.ReadFile(filepath.Join(dir, "sq.pdf")); err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("sq.pdf is no PDF: %v", err)
	}

	// Bad input writes nothing.
	before, _ := os.ReadDir(dir)
	errs.Reset()
	s.Run("", `plot(x*y, x, 0, 1)`+"\n"+`plot(x, x, 0, 1, file="`+filepath.Join(dir, "a.gif")+`")`, 1)
	after, _ := os.ReadDir(dir)
	if len(after) != len(before) || strings.Count(errs.String(), "plot:") != 2 {
		t.Errorf("bad plots left %d files (had %d), errors:\n%s", len(after), len(before), errs.String())
	}
}

// TestPlotSteps: with :steps on, a closed form's derivation is shown
// once, though the expression is evaluated more than once.
func TestPlotSteps(t *testing.T) {
	var out bytes.Buffer
	s := NewSession(&out, &out)
	s.SetPlotDir(t.TempDir())
	s.Run("", ":steps on\nplot(kl(Gamma(a, 1), Gamma(2, 1)), a, 0.5, 5)", 1)
	if n := strings.Count(out.String(), "KL(p‖q) ="); n != 1 {
		t.Errorf("the derivation is shown %d times:\n%s", n, out.String())
	}
}

// TestPlotText renders plots as an interactive session does: inline, in
// the terminal's size.
func TestPlotText(t *testing.T) {
	var out bytes.Buffer
	s := NewSession(&out, &out)
	s.SetTextPlots(func() (int, int) { return 72, 20 }, false)
	if failed := s.Run("", "plot(kl(N(0, 1), N(m, 1)), m, -3, 3)", 1); failed != 0 {
		t.Fatal(out.String())
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(lines) > 20-3 || len(lines) < plot.MinTextHeight {
		t.Errorf("%d lines for a terminal of 20", len(lines))
	}
	braille := 0
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > 71 {
			t.Errorf("line of %d characters for a terminal of 72: %q", n, l)
		}
		for _, r := range l {
			if r > 0x2800 && r <= 0x28FF {
				braille++
			}
		}
	}
	if braille < 60 || !strings.Contains(out.String(), "kl(N(0, 1), N(m, 1))") || !strings.Contains(out.String(), "4 ┤") {
		t.Errorf("%d braille characters; rendering:\n%s", braille, out.String())
	}
}

// FuzzPlot runs arbitrary plot statements in text mode (no file is
// written): nothing may panic, hang or take long.
func FuzzPlot(f *testing.F) {
	for _, seed := range []string{
		"plot(N(0, 1), N(1, 2))", "plot(kl(N(0, 1), N(m, 1)), m, -3, 3)", "plot(Poisson(3), Binomial(10, 0.3))",
		"plot([x, -x], x, -1, 1)", "plot(N(0, 1), from=-1, to=1)", "plot(log(x), x, -1, 1)",
		"plot(kl(N([0, 0], I(2)), N([m, 0], I(2))), m, -2, 2)", "plot(Categorical([0.5, 0.5]))",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if strings.Contains(src, "file") || strings.Contains(src, ":load") || strings.Contains(src, "read_matrix") {
			return
		}
		var out bytes.Buffer
		s := NewSession(&out, &out)
		s.SetTextPlots(func() (int, int) { return 60, 16 }, false)
		start := time.Now()
		s.Run("", src, 1)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q took %v", src, d)
		}
		if strings.Contains(out.String(), "internal error") {
			t.Errorf("%q: %s", src, out.String())
		}
	})
}
