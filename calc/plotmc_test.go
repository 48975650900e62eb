package calc

import (
	"bytes"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// klNormal12 is KL(N(0, 1) ‖ N(1, 2)) by the textbook formula
// ½ log(σ₂²/σ₁²) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½, written out here.
var klNormal12 = 0.5*math.Log(2) + (1+1)/(2*2.0) - 0.5

// TestPlotMCFigure checks the figure of plot mc: the running estimate
// after each chunk, its ±2 SE band, the closed form as a reference line
// at the textbook value, a logarithmic axis of draws, and the last point
// equal to what mc prints with the same n and seed.
func TestPlotMCFigure(t *testing.T) {
	s, dir := newPlotSession(t)
	const n = 5*16384 + 1000
	f := evalPlot(t, s, "plot mc kl(N(0, 1), N(1, 2)) n=82920 seed=3").Figure
	if len(f.Series) != 2 || len(f.Refs) != 1 {
		t.Fatalf("%d series and %d reference lines, want the estimate, its band and the closed form", len(f.Series), len(f.Refs))
	}
	est, band, ref := f.Series[0], f.Series[1], f.Refs[0]
	if est.Label != "estimate" || band.Label != "±2 SE" || ref.Label != "closed form" || band.Band == nil {
		t.Fatalf("labels %q, %q, %q", est.Label, band.Label, ref.Label)
	}
	if !f.LogX || f.XLabel != "draws" || f.YLabel != "kl" {
		t.Errorf("axes: log %v, x %q, y %q", f.LogX, f.XLabel, f.YLabel)
	}
	if math.Abs(ref.Y-klNormal12) > 1e-15 {
		t.Errorf("closed form %.17g, textbook %.17g", ref.Y, klNormal12)
	}
	wantX := []float64{16384, 32768, 49152, 65536, 81920, n}
	if len(est.X) != len(wantX) || f.XMin != 16384 || f.XMax != n {
		t.Fatalf("draws %v on [%g, %g], want %v", est.X, f.XMin, f.XMax, wantX)
	}
	for i, x := range wantX {
		if est.X[i] != x || band.X[i] != x {
			t.Errorf("point %d at %g draws, want %g", i, est.X[i], x)
		}
		se := (band.Band.Hi[i] - band.Band.Lo[i]) / 4
		if mid := (band.Band.Hi[i] + band.Band.Lo[i]) / 2; math.Abs(mid-est.Y[i]) > 1e-12 || !(se > 0) {
			t.Errorf("band %g…%g around %g", band.Band.Lo[i], band.Band.Hi[i], est.Y[i])
		}
		// The standard error of a mean falls like 1/√n.
		se0 := (band.Band.Hi[0] - band.Band.Lo[0]) / 4
		if i > 0 && math.Abs(se*math.Sqrt(x)/(se0*math.Sqrt(16384))-1) > 0.2 {
			t.Errorf("standard error %g after %g draws", se, x)
		}
		// Each running estimate is within 5 standard errors of the closed form.
		if math.Abs(est.Y[i]-klNormal12) > 5*se {
			t.Errorf("after %g draws %g ± %g, closed form %g", x, est.Y[i], se, klNormal12)
		}
	}
	last, lastSE := est.Y[len(est.Y)-1], (band.Band.Hi[len(est.Y)-1]-band.Band.Lo[len(est.Y)-1])/4
	var out bytes.Buffer
	m := NewSession(&out, &out)
	if m.Run("", "mc kl(N(0, 1), N(1, 2)) n=82920 seed=3", 1) != 0 {
		t.Fatal(out.String())
	}
	want := "MC " + formatFloat(last, 5) + " ± " + formatFloat(lastSE, 3) + " (n = 82920, seed 3)"
	if !strings.Contains(out.String(), want) {
		t.Errorf("mc printed %q; the plot ends at %s", out.String(), want)
	}

	// The same seed gives the same picture; another seed another.
	again := evalPlot(t, s, "plot mc kl(N(0, 1), N(1, 2)) n=82920 seed=3").Figure
	other := evalPlot(t, s, "plot mc kl(N(0, 1), N(1, 2)) n=82920 seed=4").Figure
	for i := range est.Y {
		if again.Series[0].Y[i] != est.Y[i] {
			t.Errorf("seed 3 twice: %g and %g after %g draws", est.Y[i], again.Series[0].Y[i], est.X[i])
		}
	}
	if other.Series[0].Y[0] == est.Y[0] {
		t.Errorf("seeds 3 and 4 give the same first estimate %g", est.Y[0])
	}

	// The SVG: title, axis labels, the legend's three entries, the
	// estimate drawn as a path and the closed form as a dashed line.
	name := filepath.Join(dir, "mc.svg")
	evalPlot(t, s, `plot mc kl(N(0, 1), N(1, 2)) n=500000 seed=3 file="`+name+`"`)
	texts, paths := svgTexts(t, name)
	joined := "\n" + strings.Join(texts, "\n") + "\n"
	for _, w := range []string{"mc kl(N(0, 1), N(1, 2)) (seed 3)", "draws", "kl", "estimate", "±2 SE", "closed form", "100000", "200000"} {
		if !strings.Contains(joined, "\n"+w+"\n") {
			t.Errorf("the SVG has no text %q: %q", w, texts)
		}
	}
	if paths < 1 {
		t.Errorf("no data path in the SVG")
	}
}

// TestPlotMCText renders a small case as the REPL does.
func TestPlotMCText(t *testing.T) {
	var out bytes.Buffer
	s := NewSession(&out, &out)
	s.SetTextPlots(func() (int, int) { return 60, 18 }, false)
	if s.Run("", "plot mc entropy(Exponential(2)) n=120000 seed=1", 1) != 0 {
		t.Fatal(out.String())
	}
	text := out.String()
	for _, w := range []string{"mc entropy(Exponential(2)) (seed 1)", " estimate\n", " ±2 SE\n", " closed form\n", "20000", "50000", "100000"} {
		if !strings.Contains(text, w) {
			t.Errorf("no %q in\n%s", w, text)
		}
	}
	braille := 0
	for _, r := range text {
		if r > 0x2800 && r <= 0x28FF {
			braille++
		}
	}
	if braille < 30 || strings.Count(text, "\n") > 17 {
		t.Errorf("%d braille characters, %d lines:\n%s", braille, strings.Count(text, "\n"), text)
	}
}

// TestPlotMCUnits: in bits the estimate and the closed form are both
// divided by log 2.
func TestPlotMCUnits(t *testing.T) {
	s, _ := newPlotSession(t)
	f := evalPlot(t, s, ":units bits\nplot mc kl(N(0, 1), N(1, 2)) n=40000 seed=2").Figure
	if r := f.Refs[0].Y; math.Abs(r-klNormal12/math.Ln2) > 1e-14 {
		t.Errorf("closed form %g bits, want %g", r, klNormal12/math.Ln2)
	}
	nats := evalPlot(t, s, ":units nats\nplot mc kl(N(0, 1), N(1, 2)) n=40000 seed=2").Figure
	for i, y := range f.Series[0].Y {
		if math.Abs(y-nats.Series[0].Y[i]/math.Ln2) > 1e-15 {
			t.Errorf("%g bits against %g nats", y, nats.Series[0].Y[i])
		}
	}
}

// TestPlotMCNotes: what mc says beside its verdict, plot mc says below the
// picture: a standard error that cannot be trusted, an infinite closed form.
func TestPlotMCNotes(t *testing.T) {
	s, _ := newPlotSession(t)
	// (p/q)² for q narrower than p has a barely finite mean and an
	// infinite variance: D_2(N(0, 1) ‖ N(0, 0.6)) = 0.29389.
	p := evalPlot(t, s, "plot mc renyi(N(0, 1), N(0, 0.6), 2) n=100000 seed=1")
	if !strings.HasPrefix(s.note, "note: the band cannot be trusted: one draw carries") || len(p.Figure.Refs) != 1 {
		t.Errorf("heavy tail: %q", s.note)
	}
	// 2Σ_q − Σ_p is not positive definite: D_2 is +∞.
	p = evalPlot(t, s, "plot mc renyi(N(0, 1), N(0, 0.3), 2) n=100000 seed=1")
	if !strings.HasPrefix(s.note, "note: the closed form is Inf") || len(p.Figure.Refs) != 0 {
		t.Errorf("infinite closed form: %q, %d reference lines", s.note, len(p.Figure.Refs))
	}
	evalPlot(t, s, "plot mc kl(N(0, 1), N(1, 2)) n=100000 seed=1")
	if s.note != "" {
		t.Errorf("a note on a sound estimate: %q", s.note)
	}
}

// A time budget stops plot mc as it stops mc: the picture shows the
// chunks merged so far, and a note says so.
func TestPlotMCTimeBudget(t *testing.T) {
	var buf bytes.Buffer
	s := NewSession(&buf, &buf)
	s.SetTextPlots(func() (int, int) { return 60, 16 }, false)
	s.Timeout = 200 * time.Millisecond
	start := time.Now()
	outs, fails := runLines(s, &buf, "plot mc kl(N(0, 1), N(1, 2)) n=50000000")
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
	if fails[0] || !strings.Contains(outs[0], "note: stopped by the time budget of 200ms after") || !strings.Contains(outs[0], " estimate\n") {
		t.Errorf("got %q", outs[0])
	}
}

// FuzzPlotMC runs arbitrary plot mc statements in text mode (no file is
// written) under a time budget: nothing may panic or hang.
func FuzzPlotMC(f *testing.F) {
	for _, seed := range []string{
		"plot mc kl(N(0, 1), N(1, 2)) n=40000", "plot mc entropy(Gamma(2, 3)) n=40000 seed=2",
		"plot mc renyi(N(0, 1), N(0, 0.3), 2) n=40000", "plot mc w2(Beta(2, 3), Beta(3, 2)) n=40000",
		"plot mc expect(N(0, 1), x^2) n=40000", "plot mc hellinger(Poisson(2), Poisson(3)) n=40000",
		"plot mc var(Laplace(0, 1)) n=40000", "plot mc fisher(N(0, 1))",
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
		s.Timeout = time.Second
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
