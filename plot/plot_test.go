package plot

import (
	"bytes"
	"encoding/xml"
	"flag"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden text renderings")

// curve samples f at n equally spaced points of [lo, hi].
func curve(label string, lo, hi float64, n int, f func(float64) float64) Series {
	s := Series{Label: label}
	for i := 0; i < n; i++ {
		x := lo + (hi-lo)*float64(i)/float64(n-1)
		s.X, s.Y = append(s.X, x), append(s.Y, f(x))
	}
	return s
}

func twoCurves() *Figure {
	return &Figure{XMin: -2, XMax: 2, XLabel: "x", YLabel: "y", Series: []Series{
		curve("x^2", -2, 2, 201, func(x float64) float64 { return x * x }),
		curve("2 - x", -2, 2, 201, func(x float64) float64 { return 2 - x }),
	}}
}

func TestTicks(t *testing.T) {
	for _, c := range []struct {
		lo, hi float64
		n      int
		want   []float64
		labels []string
	}{
		{0, 1, 4, []float64{0, 0.2, 0.4, 0.6, 0.8, 1}, []string{"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}},
		{-3, 3, 6, []float64{-3, -2, -1, 0, 1, 2, 3}, []string{"-3", "-2", "-1", "0", "1", "2", "3"}},
		{-0.3, 0.31, 3, []float64{-0.2, 0, 0.2}, []string{"-0.2", "0.0", "0.2"}},
		{996000, 1004000, 4, []float64{996000, 998000, 1e6, 1002000, 1004000}, []string{"996000", "998000", "1000000", "1002000", "1004000"}},
		{0, 3e-5, 3, []float64{0, 1e-5, 2e-5, 3e-5}, []string{"0", "1e-05", "2e-05", "3e-05"}},
	} {
		got := Ticks(c.lo, c.hi, c.n)
		if len(got) != len(c.want) {
			t.Errorf("Ticks(%g, %g, %d) = %v, want %v", c.lo, c.hi, c.n, got, c.want)
			continue
		}
		for i := range got {
			if math.Abs(got[i]-c.want[i]) > 1e-12*math.Max(1, math.Abs(c.want[i])) {
				t.Errorf("Ticks(%g, %g, %d) = %v, want %v", c.lo, c.hi, c.n, got, c.want)
				break
			}
		}
		if labels := TickLabels(got); !reflect.DeepEqual(labels, c.labels) {
			t.Errorf("TickLabels(%v) = %q, want %q", got, labels, c.labels)
		}
	}
	if l := TickLabels([]float64{0, 0.25, 0.5}); !reflect.DeepEqual(l, []string{"0.00", "0.25", "0.50"}) {
		t.Errorf("TickLabels(0, 0.25, 0.5) = %q", l)
	}
	if ts := Ticks(1, 1, 5); ts != nil {
		t.Errorf("Ticks of an empty range = %v, want none", ts)
	}
}

func TestYRange(t *testing.T) {
	f := twoCurves()
	if lo, hi := f.YRange(); lo != 0 || hi != 4 {
		t.Errorf("YRange = [%g, %g], want [0, 4]", lo, hi)
	}
	// A curve with a pole at 0 is cut at 1.5 times its 98th percentile.
	g := &Figure{XMin: 0, XMax: 4, Series: []Series{curve("1/x²", 0, 4, 401, func(x float64) float64 { return 1 / (x * x) })}}
	ys := append([]float64(nil), g.Series[0].Y[1:]...) // +Inf at 0 is no value
	sort.Float64s(ys)
	if lo, hi := g.YRange(); lo != ys[0] || hi != 1.5*ys[len(ys)*98/100] {
		t.Errorf("YRange of a curve with a pole = [%g, %g], want [%g, %g]", lo, hi, ys[0], 1.5*ys[len(ys)*98/100])
	}
	// Stems are never cut: a mass of 0.9 beside a long tail of small ones.
	tail := curve("tail", 0, 100, 101, func(x float64) float64 { return 0.05 * math.Pow(0.95, x) })
	tail.Style = Stems
	spike := Series{Label: "spike", X: []float64{0}, Y: []float64{0.9}, Style: Stems}
	if lo, hi := (&Figure{XMin: 0, XMax: 100, Series: []Series{spike, tail}}).YRange(); lo != 0 || hi != 0.9 {
		t.Errorf("YRange of stems = [%g, %g], want [0, 0.9]", lo, hi)
	}
	g.FromZero = true
	if lo, _ := g.YRange(); lo != 0 {
		t.Errorf("FromZero: YRange starts at %g", lo)
	}
	flat := &Figure{XMin: 0, XMax: 1, Series: []Series{curve("3", 0, 1, 11, func(float64) float64 { return 3 })}}
	if lo, hi := flat.YRange(); !(lo < 3 && hi > 3) {
		t.Errorf("YRange of a constant = [%g, %g], want around 3", lo, hi)
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]string{"kl.svg": "svg", "a/b.PNG": "png", "x.pdf": "pdf"} {
		if got, err := FormatOf(name); err != nil || got != want {
			t.Errorf("FormatOf(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	for name, msg := range map[string]string{"kl.txt": "cannot write .txt files", "kl": "has no extension"} {
		if _, err := FormatOf(name); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("FormatOf(%q): error %v, want one saying %q", name, err, msg)
		}
	}
}

// svgDoc is the part of an SVG document the tests look at: its paths
// and texts at any depth.
type svgDoc struct {
	Paths []svgPath
	Texts []string
}

type svgPath struct {
	D     string `xml:"d,attr"`
	Style string `xml:"style,attr"`
}

func parseSVG(t *testing.T, data []byte) svgDoc {
	t.Helper()
	var doc svgDoc
	dec := xml.NewDecoder(bytes.NewReader(data))
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not valid SVG: %v", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
		}
		switch se.Name.Local {
		case "path":
			var p svgPath
			if err := dec.DecodeElement(&p, &se); err != nil {
				t.Fatal(err)
			}
			doc.Paths = append(doc.Paths, p)
		case "text":
			var text string
			if err := dec.DecodeElement(&text, &se); err != nil {
				t.Fatal(err)
			}
			doc.Texts = append(doc.Texts, text)
		}
	}
	if root != "svg" {
		t.Fatalf("the document is <%s>, not <svg>", root)
	}
	return doc
}

// dataPaths counts the paths stroked in colour that join more than 10
// points: the series, not legend samples or axes.
func dataPaths(doc svgDoc, colour string) int {
	n := 0
	for _, p := range doc.Paths {
		if strings.Contains(p.Style, "stroke:"+colour) && strings.Count(p.D, "L") > 10 {
			n++
		}
	}
	return n
}

func TestSVG(t *testing.T) {
	f := twoCurves()
	f.Title = "two curves"
	// A gap (NaN) stays inside the series' one path.
	f.Series[1].Y[100] = math.NaN()
	var buf bytes.Buffer
	if err := f.Write(&buf, "svg"); err != nil {
		t.Fatal(err)
	}
	doc := parseSVG(t, buf.Bytes())
	for i, want := range []string{"#0072B2", "#D55E00"} {
		if n := dataPaths(doc, want); n != 1 {
			t.Errorf("series %d: %d paths in %s, want 1", i, n, want)
		}
	}
	texts := strings.Join(doc.Texts, "|")
	for _, want := range []string{"x^2", "2 - x", "two curves", "|x|", "|y|", "|-2.0|", "|0.0|", "|2.0|", "|4.0|"} {
		if !strings.Contains("|"+texts+"|", want) {
			t.Errorf("SVG text %q missing from %q", want, texts)
		}
	}
	var gap string
	for _, p := range doc.Paths {
		if strings.Contains(p.Style, "stroke:#D55E00") && strings.Count(p.D, "L") > 10 {
			gap = p.D
		}
	}
	if strings.Count(gap, "M") != 2 {
		t.Errorf("a series with one gap has %d subpaths, want 2", strings.Count(gap, "M"))
	}
}

func TestStemsBandAndReference(t *testing.T) {
	f := &Figure{XMin: -0.5, XMax: 4.5, Series: []Series{
		{Label: "pmf", X: []float64{0, 1, 2, 3, 4}, Y: []float64{0.1, 0.2, 0.4, 0.2, 0.1}, Style: Stems},
		curve("estimate", 0, 4, 41, func(x float64) float64 { return 0.3 }),
	}, Refs: []RefLine{{Y: 0.25, Label: "exact"}}}
	f.Series[1].Band = &Band{}
	for _, y := range f.Series[1].Y {
		f.Series[1].Band.Lo = append(f.Series[1].Band.Lo, y-0.05)
		f.Series[1].Band.Hi = append(f.Series[1].Band.Hi, y+0.05)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf, "svg"); err != nil {
		t.Fatal(err)
	}
	doc := parseSVG(t, buf.Bytes())
	var stems, band, ref int
	for _, p := range doc.Paths {
		switch {
		case strings.Contains(p.Style, "stroke:#0072B2") && strings.Count(p.D, "M") == 5:
			stems++ // five stems in one path
		case strings.Contains(p.Style, "fill-opacity"):
			band++
		case strings.Contains(p.Style, "stroke:#505050") && strings.Contains(p.Style, "stroke-dasharray"):
			ref++ // the line and its legend sample
		}
	}
	if stems != 1 || band != 1 || ref != 2 {
		t.Errorf("stems %d, bands %d, reference lines %d: want 1, 1, 2", stems, band, ref)
	}
	texts := strings.Join(doc.Texts, "|")
	for _, want := range []string{"pmf", "estimate", "exact"} {
		if !strings.Contains(texts, want) {
			t.Errorf("legend %q missing from %q", want, texts)
		}
	}
	text := f.Text(60, 16, false)
	for _, want := range []string{"pmf", "estimate", "exact"} {
		if !strings.Contains(text, want) {
			t.Errorf("text legend %q missing:\n%s", want, text)
		}
	}
}

func TestPNGAndPDF(t *testing.T) {
	dir := t.TempDir()
	f := twoCurves()
	for _, name := range []string{"a.png", "a.pdf", "a.svg"} {
		if err := f.Save(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	r, err := os.Open(filepath.Join(dir, "a.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	img, err := png.Decode(r)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 900 || b.Dy() != 600 {
		t.Errorf("PNG is %d×%d, want 900×600 (6 × 4 in at %d dpi)", b.Dx(), b.Dy(), DPI)
	}
	// The first series' colour is drawn somewhere.
	found := false
	for y := 0; y < 600 && !found; y++ {
		for x := 0; x < 900; x++ {
			if r, g, b, _ := img.At(x, y).RGBA(); r>>8 == 0 && g>>8 == 114 && b>>8 == 178 {
				found = true
				break
			}
		}
	}
	if !found {
		t.Error("the PNG shows no pixel of the first series' colour")
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "a.pdf"))
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf[len(pdf)-32:], []byte("%%EOF")) {
		t.Errorf("a.pdf is not a whole PDF file (%d bytes, %v)", len(pdf), err)
	}
	if info, err := os.Stat(filepath.Join(dir, "a.svg")); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("a.svg: %v, mode %v; want 0644", err, info.Mode())
	}
}

func TestSaveErrors(t *testing.T) {
	dir := t.TempDir()
	f := twoCurves()
	for name, msg := range map[string]string{
		filepath.Join(dir, "none", "a.svg"): "cannot write " + filepath.Join(dir, "none", "a.svg") + ": no such file or directory",
		filepath.Join(dir, "a.gif"):         "cannot write .gif files",
		dir + "/":                           "no extension",
	} {
		err := f.Save(name)
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("Save(%q): %v, want an error saying %q", name, err, msg)
		}
	}
	sub := filepath.Join(dir, "d.svg")
	os.Mkdir(sub, 0o755)
	if err := f.Save(sub); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("Save onto a directory: %v", err)
	}
	os.Remove(sub)
	if os.Getuid() != 0 { // root writes anything
		ro := filepath.Join(dir, "ro.svg")
		os.WriteFile(ro, []byte("keep"), 0o444)
		if err := f.Save(ro); err == nil || !strings.Contains(err.Error(), "permission denied") {
			t.Errorf("Save onto a read-only file: %v", err)
		}
		if data, _ := os.ReadFile(ro); string(data) != "keep" {
			t.Error("a read-only file was replaced")
		}
		os.Remove(ro)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("failed writes left %d files behind", len(entries))
	}
	if err := f.Write(io.Discard, "gif"); err == nil {
		t.Error("Write in an unknown format: no error")
	}
}

// dots decodes a text rendering's braille characters into the set of
// dots they show, by dot column and row from the top left.
func dots(lines []string, col0 int) map[[2]int]bool {
	set := map[[2]int]bool{}
	for r, line := range lines {
		for c, ch := range []rune(line) {
			if c < col0 || ch < 0x2800 || ch > 0x28FF {
				continue
			}
			for dx := 0; dx < 2; dx++ {
				for dy := 0; dy < 4; dy++ {
					if (ch-0x2800)&brailleBit[dx][dy] != 0 {
						set[[2]int{2*(c-col0) + dx, 4*r + dy}] = true
					}
				}
			}
		}
	}
	return set
}

// TestTextParabola checks the text rendering of y = x² on [−1, 1]
// against a golden file, and independently: every dot lies on the
// parabola (within the dot that rounding allows, and the steps joining
// neighbouring samples), and every dot column has a dot.
func TestTextParabola(t *testing.T) {
	f := &Figure{XMin: -1, XMax: 1, XLabel: "x", Series: []Series{
		curve("x^2", -1, 1, 401, func(x float64) float64 { return x * x }),
	}}
	const width, height = 60, 16
	got := f.Text(width, height, false)
	path := filepath.Join("testdata", "parabola.txt")
	if *update {
		if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != strings.TrimSuffix(string(want), "\n") {
		t.Errorf("text rendering differs from %s:\ngot:\n%s\nwant:\n%s", path, got, want)
	}

	lines := strings.Split(got, "\n")
	rows := height - 2 - 1 // the axis, its labels and one legend line
	plotLines := lines[:rows]
	axis := strings.IndexRune(plotLines[0], '│')
	if axis < 0 {
		axis = strings.IndexRune(plotLines[0], '┤')
	}
	col0 := len([]rune(plotLines[0][:axis])) + 1
	set := dots(plotLines, col0)
	cols := width - col0
	for d := range set {
		x := -1 + 2*float64(d[0])/float64(2*cols-1)
		y := 1 - float64(d[1])/float64(4*rows-1) // the range is [0, 1]
		// Neighbouring dot columns join by vertical steps of at most the
		// curve's slope times a column's width.
		slack := 0.5/float64(4*rows-1) + 2*math.Abs(x)*2/float64(2*cols-1)
		if math.Abs(y-x*x) > slack+1e-9 {
			t.Errorf("dot (%d, %d) at x = %.3f, y = %.3f is off the parabola (x² = %.3f)", d[0], d[1], x, y, x*x)
		}
	}
	for dx := 0; dx < 2*cols; dx++ {
		found := false
		for dy := 0; dy < 4*rows; dy++ {
			found = found || set[[2]int{dx, dy}]
		}
		if !found {
			t.Errorf("dot column %d is empty", dx)
		}
	}
	if !strings.Contains(lines[len(lines)-1], "x^2") {
		t.Errorf("legend missing: %q", lines[len(lines)-1])
	}
	if c := f.Text(60, 16, true); !strings.Contains(c, "\x1b[34m") {
		t.Error("the coloured rendering has no ANSI colour")
	}
}

func TestClip(t *testing.T) {
	x0, y0, x1, y1, ok := clip(-1, 0.5, 2, 0.5, 0, 0, 1, 1)
	if !ok || x0 != 0 || x1 != 1 || y0 != 0.5 || y1 != 0.5 {
		t.Errorf("clip = %g %g %g %g %v", x0, y0, x1, y1, ok)
	}
	if _, _, _, _, ok := clip(-1, 2, 2, 2, 0, 0, 1, 1); ok {
		t.Error("a segment outside the box was kept")
	}
}
