package plot

import (
	"bufio"
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Size of the written pictures: 6 × 4 inches; PNG at DPI dots an inch.
const (
	Width  = 6 * vg.Inch
	Height = 4 * vg.Inch
	DPI    = 150
)

// Formats are the file formats Save writes, by extension.
var Formats = []string{"svg", "png", "pdf"}

// FormatOf returns the format of a file name from its extension, or an
// error naming the formats there are.
func FormatOf(name string) (string, error) {
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(name), "."))
	for _, f := range Formats {
		if ext == f {
			return f, nil
		}
	}
	if ext == "" {
		return "", fmt.Errorf("%q has no extension: name it .svg, .png or .pdf", name)
	}
	return "", fmt.Errorf("cannot write .%s files: name it .svg, .png or .pdf", ext)
}

// palette holds the colours of successive series (Okabe–Ito, which
// readers with colour-blindness can tell apart).
var palette = []color.RGBA{
	{0, 114, 178, 255},   // blue
	{213, 94, 0, 255},    // vermilion
	{0, 158, 115, 255},   // green
	{204, 121, 167, 255}, // purple
	{230, 159, 0, 255},   // orange
	{86, 180, 233, 255},  // sky blue
	{0, 0, 0, 255},       // black
}

func seriesColor(i int) color.RGBA { return palette[i%len(palette)] }

// Save writes the figure to a file whose extension gives the format. The
// file is written whole or not at all: an error leaves no partial file.
func (f *Figure) Save(name string) error {
	format, err := FormatOf(name)
	if err != nil {
		return err
	}
	if info, err := os.Stat(name); err == nil {
		// An existing file is replaced only where it could be written.
		if info.IsDir() {
			return fmt.Errorf("cannot write %s: it is a directory", name)
		}
		f, err := os.OpenFile(name, os.O_WRONLY, 0)
		if err != nil {
			return cleanPathError(err, name)
		}
		f.Close()
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return cleanPathError(err, name)
	}
	w := bufio.NewWriter(tmp)
	err = f.Write(w, format)
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return cleanPathError(err, name)
	}
	return nil
}

// cleanPathError names the file the user gave rather than a temporary one.
func cleanPathError(err error, name string) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot write %s: %v", name, pe.Err)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return fmt.Errorf("cannot write %s: %v", name, le.Err)
	}
	return fmt.Errorf("cannot write %s: %v", name, err)
}

// Write renders the figure in format (svg, png or pdf) to w.
func (f *Figure) Write(w io.Writer, format string) error {
	p, legend, err := f.gonumPlot()
	if err != nil {
		return err
	}
	var c interface {
		vg.CanvasSizer
		io.WriterTo
	}
	switch format {
	case "svg":
		c = vgsvg.New(Width, Height)
	case "png":
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(Width, Height), vgimg.UseDPI(DPI))}
	case "pdf":
		c = vgpdf.New(Width, Height)
	default:
		return fmt.Errorf("unknown format %q (svg, png or pdf)", format)
	}
	// The legend goes above the axes, where it hides no curve.
	dc := draw.New(c)
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	p.BackgroundColor = nil
	r := legend.Rectangle(dc)
	p.Draw(draw.Crop(dc, vg.Points(6), -vg.Points(8), vg.Points(4), -(r.Max.Y-r.Min.Y)-vg.Points(4)))
	legend.Draw(draw.Crop(dc, vg.Points(8), 0, 0, -vg.Points(2)))
	_, err = c.WriteTo(w)
	return err
}

// gonumPlot builds the gonum plot of the figure and its legend.
func (f *Figure) gonumPlot() (*gplot.Plot, *gplot.Legend, error) {
	if w := f.XMax - f.XMin; !(w > minRelWidth*math.Max(math.Abs(f.XMin), math.Abs(f.XMax))) || math.IsInf(w, 0) {
		return nil, nil, fmt.Errorf("cannot draw the range [%g, %g] in float64", f.XMin, f.XMax)
	}
	legend := gplot.NewLegend()
	legend.Top, legend.Left = true, true
	p := gplot.New()
	p.Title.Text = f.Title
	p.X.Label.Text = f.XLabel
	p.Y.Label.Text = f.YLabel
	p.X.Min, p.X.Max = f.XMin, f.XMax
	p.Y.Min, p.Y.Max = f.YRange()
	pad := 0.04 * (p.Y.Max - p.Y.Min)
	if p.Y.Min != 0 {
		p.Y.Min -= pad
	}
	p.Y.Max += pad
	p.X.Tick.Marker = ticker{}
	p.Y.Tick.Marker = ticker{}
	if f.LogX {
		if !(f.XMin > 0) {
			return nil, nil, fmt.Errorf("cannot draw the range [%g, %g] on a logarithmic axis", f.XMin, f.XMax)
		}
		p.X.Scale = gplot.LogScale{}
		p.X.Tick.Marker = logTicker{}
	}
	p.Add(gridAt(p, f.LogX))
	bands := make([]*band, len(f.Series))
	for i, s := range f.Series {
		if clr := seriesColor(i); s.Band != nil {
			bands[i] = &band{s: s, fill: color.NRGBA{clr.R, clr.G, clr.B, 64}}
			p.Add(bands[i])
		}
	}
	offsets := f.stemOffsets()
	for i, s := range f.Series {
		sp := &series{s: s, color: seriesColor(i), offset: offsets[i]}
		p.Add(sp)
		if bands[i] != nil && !anyFinite(s.Y) {
			legend.Add(s.Label, bands[i]) // a band alone: a shaded swatch
			continue
		}
		legend.Add(s.Label, sp)
	}
	for i, r := range f.Refs {
		rl := &refLine{r: r, color: color.RGBA{80, 80, 80, 255}, dashed: i%2 == 0}
		p.Add(rl)
		legend.Add(r.Label, rl)
	}
	return p, &legend, nil
}

// ticker puts major ticks at the same round positions as the text
// rendering.
type ticker struct{}

func (ticker) Ticks(lo, hi float64) []gplot.Tick {
	var ts []gplot.Tick
	values := Ticks(lo, hi, 6)
	for i, label := range TickLabels(values) {
		ts = append(ts, gplot.Tick{Value: values[i], Label: label})
	}
	return ts
}

// grid draws light lines at the major ticks.
type grid struct{ xs, ys []float64 }

func gridAt(p *gplot.Plot, logX bool) *grid {
	xs := Ticks(p.X.Min, p.X.Max, 6)
	if logX {
		xs = LogTicks(p.X.Min, p.X.Max, 6)
	}
	return &grid{xs: xs, ys: Ticks(p.Y.Min, p.Y.Max, 6)}
}

// logTicker puts the ticks of a logarithmic axis where the text rendering
// puts them.
type logTicker struct{}

func (logTicker) Ticks(lo, hi float64) []gplot.Tick {
	var ts []gplot.Tick
	values := LogTicks(lo, hi, 6)
	for i, label := range LogTickLabels(values) {
		ts = append(ts, gplot.Tick{Value: values[i], Label: label})
	}
	return ts
}

func (g *grid) Plot(c draw.Canvas, p *gplot.Plot) {
	trX, trY := p.Transforms(&c)
	var path vg.Path
	for _, x := range g.xs {
		path.Move(vg.Point{X: trX(x), Y: c.Min.Y})
		path.Line(vg.Point{X: trX(x), Y: c.Max.Y})
	}
	for _, y := range g.ys {
		path.Move(vg.Point{X: c.Min.X, Y: trY(y)})
		path.Line(vg.Point{X: c.Max.X, Y: trY(y)})
	}
	c.SetLineStyle(draw.LineStyle{Color: color.Gray{230}, Width: vg.Points(0.5)})
	c.Stroke(path)
}

// series draws one series as a single path (one SVG path element, gaps
// included) or as stems.
type series struct {
	s      Series
	color  color.RGBA
	offset float64 // of stems, sideways, in gaps between neighbours
}

func (sp *series) lineStyle() draw.LineStyle {
	return draw.LineStyle{Color: sp.color, Width: vg.Points(1.5)}
}

func (sp *series) Plot(c draw.Canvas, p *gplot.Plot) {
	trX, trY := p.Transforms(&c)
	s := sp.s
	if s.Style == Stems {
		var path vg.Path
		var tops []vg.Point
		for i, x := range s.X {
			y := s.Y[i]
			if !finite(y) || x < p.X.Min || x > p.X.Max {
				continue
			}
			// Neighbouring stems stand 3 points apart, or closer where
			// whole numbers are close.
			gap := min(vg.Points(3), (trX(x+1)-trX(x))/4)
			px := trX(x) + vg.Length(sp.offset)*gap
			for _, l := range c.ClipLinesY([]vg.Point{{X: px, Y: trY(0)}, {X: px, Y: trY(y)}}) {
				appendLine(&path, l)
			}
			if pt := (vg.Point{X: px, Y: trY(y)}); c.Contains(pt) {
				tops = append(tops, pt)
			}
		}
		c.SetLineStyle(sp.lineStyle())
		c.Stroke(path)
		for _, pt := range tops {
			c.DrawGlyph(draw.GlyphStyle{Color: sp.color, Radius: vg.Points(2.5), Shape: draw.CircleGlyph{}}, pt)
		}
		return
	}
	var path vg.Path
	for _, run := range runs(s.X, s.Y) {
		pts := make([]vg.Point, len(run))
		for k, i := range run {
			pts[k] = vg.Point{X: trX(s.X[i]), Y: trY(s.Y[i])}
		}
		for _, l := range c.ClipLinesXY(pts) {
			appendLine(&path, l)
		}
	}
	c.SetLineStyle(sp.lineStyle())
	c.Stroke(path)
}

// appendLine adds a polyline to a path as a new subpath.
func appendLine(path *vg.Path, l []vg.Point) {
	if len(l) < 2 {
		return
	}
	path.Move(l[0])
	for _, pt := range l[1:] {
		path.Line(pt)
	}
}

// runs splits the indices of finite points into maximal runs.
func runs(xs, ys []float64) [][]int {
	var out [][]int
	var cur []int
	for i := range xs {
		if finite(xs[i]) && finite(ys[i]) {
			cur = append(cur, i)
			continue
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
		cur = nil
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func (sp *series) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(sp.lineStyle(), c.Min.X, y, c.Max.X, y)
}

func anyFinite(ys []float64) bool {
	for _, y := range ys {
		if finite(y) {
			return true
		}
	}
	return false
}

// band shades the region between a series' lower and upper curves.
type band struct {
	s    Series
	fill color.Color
}

// Thumbnail is the legend's swatch of a band.
func (b *band) Thumbnail(c *draw.Canvas) {
	c.FillPolygon(b.fill, []vg.Point{c.Min, {X: c.Max.X, Y: c.Min.Y}, c.Max, {X: c.Min.X, Y: c.Max.Y}})
}

func (b *band) Plot(c draw.Canvas, p *gplot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, run := range runs(b.s.X, bandMid(b.s.Band)) {
		poly := make([]vg.Point, 0, 2*len(run))
		for _, i := range run {
			poly = append(poly, vg.Point{X: trX(b.s.X[i]), Y: trY(b.s.Band.Hi[i])})
		}
		for k := len(run) - 1; k >= 0; k-- {
			i := run[k]
			poly = append(poly, vg.Point{X: trX(b.s.X[i]), Y: trY(b.s.Band.Lo[i])})
		}
		if poly = c.ClipPolygonXY(poly); len(poly) > 2 {
			c.FillPolygon(b.fill, poly)
		}
	}
}

// bandMid is NaN where either edge of the band is not finite.
func bandMid(b *Band) []float64 {
	m := make([]float64, len(b.Lo))
	for i := range m {
		m[i] = b.Lo[i] + b.Hi[i]
	}
	return m
}

// refLine draws a horizontal line across the plot.
type refLine struct {
	r      RefLine
	color  color.Color
	dashed bool
}

func (r *refLine) style() draw.LineStyle {
	sty := draw.LineStyle{Color: r.color, Width: vg.Points(1)}
	if r.dashed {
		sty.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	}
	return sty
}

func (r *refLine) Plot(c draw.Canvas, p *gplot.Plot) {
	if r.r.Y < p.Y.Min || r.r.Y > p.Y.Max {
		return
	}
	_, trY := p.Transforms(&c)
	c.StrokeLine2(r.style(), c.Min.X, trY(r.r.Y), c.Max.X, trY(r.r.Y))
}

func (r *refLine) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(r.style(), c.Min.X, y, c.Max.X, y)
}
