package plot

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Smallest text rendering; smaller requests are enlarged to it.
const (
	MinTextWidth  = 30
	MinTextHeight = 8
)

// ansi holds the terminal colours of successive series, matching the
// order of palette.
var ansi = []string{"34", "31", "32", "35", "33", "36", "90"}

// dashes are the patterns of successive series in the text rendering, as
// runs of dots drawn and skipped along the curve, so that the curves can
// be told apart without colour: solid, dashed, dotted, dash-dot.
var dashes = [][]int{nil, {4, 2}, {1, 1}, {4, 1, 1, 1}}

// stemDashes are the patterns of stems, short enough to show in the
// four dots of a legend sample.
var stemDashes = [][]int{nil, {2, 1}, {1, 1}, {1, 2}}

// brailleBit is the bit of dot (column, row) in a braille cell (2 × 4
// dots, Unicode U+2800 to U+28FF).
var brailleBit = [2][4]rune{{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}}

// canvas is a grid of braille cells addressed by dots.
type canvas struct {
	cols, rows int    // in cells
	bits       []rune // per cell
	owner      []int  // series that drew last in each cell, −1 for none
}

func newCanvas(cols, rows int) *canvas {
	c := &canvas{cols: cols, rows: rows, bits: make([]rune, cols*rows), owner: make([]int, cols*rows)}
	for i := range c.owner {
		c.owner[i] = -1
	}
	return c
}

func (c *canvas) set(dx, dy, who int) {
	if dx < 0 || dy < 0 || dx >= 2*c.cols || dy >= 4*c.rows {
		return
	}
	k := (dy/4)*c.cols + dx/2
	c.bits[k] |= brailleBit[dx%2][dy%4]
	c.owner[k] = who
}

// pen draws dots with a dash pattern that continues along a series.
type pen struct {
	c       *canvas
	who     int
	pattern []int
	step    int
}

func (p *pen) dot(dx, dy int) {
	if p.on() {
		p.c.set(dx, dy, p.who)
	}
	p.step++
}

func (p *pen) on() bool {
	if len(p.pattern) == 0 {
		return true
	}
	total := 0
	for _, n := range p.pattern {
		total += n
	}
	k := p.step % total
	for i, n := range p.pattern {
		if k < n {
			return i%2 == 0
		}
		k -= n
	}
	return true
}

// line draws from (x0, y0) to (x1, y1) in dot coordinates, clipped to
// the canvas.
func (p *pen) line(x0, y0, x1, y1 float64) {
	if !finite(x0) || !finite(y0) || !finite(x1) || !finite(y1) {
		return
	}
	w, h := float64(2*p.c.cols)-0.5, float64(4*p.c.rows)-0.5
	var ok bool
	if x0, y0, x1, y1, ok = clip(x0, y0, x1, y1, -0.5, -0.5, w, h); !ok {
		return
	}
	ax, ay := int(math.Round(x0)), int(math.Round(y0))
	bx, by := int(math.Round(x1)), int(math.Round(y1))
	dx, dy := abs(bx-ax), -abs(by-ay)
	sx, sy := sign(bx-ax), sign(by-ay)
	e := dx + dy
	for {
		p.dot(ax, ay)
		if ax == bx && ay == by {
			return
		}
		if e2 := 2 * e; e2 >= dy {
			e += dy
			ax += sx
		} else {
			e += dx
			ay += sy
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	}
	return 0
}

// clip clips a segment to a rectangle (Liang–Barsky).
func clip(x0, y0, x1, y1, xmin, ymin, xmax, ymax float64) (float64, float64, float64, float64, bool) {
	t0, t1 := 0.0, 1.0
	dx, dy := x1-x0, y1-y0
	for _, pq := range [4][2]float64{{-dx, x0 - xmin}, {dx, xmax - x0}, {-dy, y0 - ymin}, {dy, ymax - y0}} {
		p, q := pq[0], pq[1]
		if p == 0 {
			if q < 0 {
				return 0, 0, 0, 0, false
			}
			continue
		}
		r := q / p
		if p < 0 {
			t0 = math.Max(t0, r)
		} else {
			t1 = math.Min(t1, r)
		}
		if t0 > t1 {
			return 0, 0, 0, 0, false
		}
	}
	return x0 + t0*dx, y0 + t0*dy, x0 + t1*dx, y0 + t1*dy, true
}

// Text renders the figure in about width × height characters: braille
// dots for the curves (2 × 4 dots a character), tick labels on both axes
// and a legend below, one line per series and reference line. With
// colour, series are told apart by ANSI colours as well as by their dash
// patterns.
func (f *Figure) Text(width, height int, colour bool) string {
	width, height = max(width, MinTextWidth), max(height, MinTextHeight)
	nLegend := len(f.Series) + len(f.Refs)
	if f.Title != "" {
		nLegend++
	}
	rows := max(height-2-nLegend, 4)
	ylo, yhi := f.YRange()
	yticks := Ticks(ylo, yhi, max(2, rows/3))
	ylabels := TickLabels(yticks)
	labelW := 0
	for _, l := range ylabels {
		labelW = max(labelW, utf8.RuneCountInString(l))
	}
	cols := max(width-labelW-2, 10)
	c := newCanvas(cols, rows)
	xlo, xhi := f.XMin, f.XMax
	dotX := func(x float64) float64 { return (x - xlo) / (xhi - xlo) * float64(2*cols-1) }
	logX := f.LogX && xlo > 0
	if logX {
		llo, lhi := math.Log10(xlo), math.Log10(xhi)
		dotX = func(x float64) float64 { return (math.Log10(x) - llo) / (lhi - llo) * float64(2*cols-1) }
	}
	dotY := func(y float64) float64 { return (yhi - y) / (yhi - ylo) * float64(4*rows-1) }

	for i, r := range f.Refs {
		p := &pen{c: c, who: len(f.Series) + i, pattern: []int{1, 1}}
		p.line(dotX(xlo), dotY(r.Y), dotX(xhi), dotY(r.Y))
	}
	for i, s := range f.Series {
		if s.Band != nil {
			drawBand(c, i, s, dotX, dotY)
		}
	}
	offsets := f.stemOffsets()
	for i, s := range f.Series {
		p := &pen{c: c, who: i, pattern: dashes[i%len(dashes)]}
		if s.Style == Stems {
			p.pattern = stemDashes[i%len(stemDashes)]
			for k, x := range s.X {
				if finite(x) && finite(s.Y[k]) && x >= xlo && x <= xhi {
					p.step = 0
					dx := math.Round(dotX(x)) + 2*offsets[i]
					p.line(dx, dotY(s.Y[k]), dx, dotY(0))
				}
			}
			continue
		}
		for _, run := range runs(s.X, s.Y) {
			if len(run) == 1 {
				p.line(dotX(s.X[run[0]]), dotY(s.Y[run[0]]), dotX(s.X[run[0]]), dotY(s.Y[run[0]]))
			}
			for k := 1; k < len(run); k++ {
				a, b := run[k-1], run[k]
				p.line(dotX(s.X[a]), dotY(s.Y[a]), dotX(s.X[b]), dotY(s.Y[b]))
				p.step = max(p.step-1, 0) // the shared end point is one dot
			}
		}
	}

	paint := func(b *strings.Builder, who int, text string) {
		if colour && who >= 0 {
			b.WriteString("\x1b[" + ansi[who%len(ansi)] + "m" + text + "\x1b[0m")
			return
		}
		b.WriteString(text)
	}
	var b strings.Builder
	if f.Title != "" {
		b.WriteString(f.Title + "\n")
	}
	tickRow := map[int]string{}
	for i, t := range yticks {
		tickRow[int(math.Round(dotY(t)))/4] = ylabels[i]
	}
	for r := 0; r < rows; r++ {
		label, tick := tickRow[r]
		b.WriteString(strings.Repeat(" ", labelW-utf8.RuneCountInString(label)) + label + " ")
		if tick {
			b.WriteString("┤")
		} else {
			b.WriteString("│")
		}
		for col := 0; col < cols; col++ {
			k := r*cols + col
			if c.bits[k] == 0 {
				b.WriteByte(' ')
				continue
			}
			who := c.owner[k]
			if who >= len(f.Series) {
				who = len(ansi) - 1 // reference lines in grey
			}
			paint(&b, who, string(0x2800+c.bits[k]))
		}
		b.WriteString("\n")
	}
	// The x axis, its ticks and their labels.
	axis := []rune(strings.Repeat("─", cols))
	labels := []rune(strings.Repeat(" ", cols+labelW+2))
	next := 0 // first free position on the label line
	xticks := Ticks(xlo, xhi, max(2, cols/12))
	xlabels := TickLabels(xticks)
	if logX {
		xticks = LogTicks(xlo, xhi, max(2, cols/12))
		xlabels = LogTickLabels(xticks)
	}
	for i, t := range xticks {
		col := int(math.Round(dotX(t))) / 2
		if col < 0 || col >= cols {
			continue
		}
		axis[col] = '┬'
		text := []rune(xlabels[i])
		at := labelW + 2 + col - len(text)/2
		at = min(max(at, 0), len(labels)-len(text))
		if at < next {
			continue
		}
		copy(labels[at:], text)
		next = at + len(text) + 1
	}
	b.WriteString(strings.Repeat(" ", labelW+1) + "└" + string(axis) + "\n")
	line := strings.TrimRight(string(labels), " ")
	if f.XLabel != "" && utf8.RuneCountInString(line)+utf8.RuneCountInString(f.XLabel)+3 <= width {
		line += strings.Repeat(" ", width-utf8.RuneCountInString(line)-utf8.RuneCountInString(f.XLabel)) + f.XLabel
	}
	b.WriteString(line + "\n")
	// The legend: each series' pattern as a short braille line.
	for i, s := range f.Series {
		sample := newCanvas(4, 1)
		p := &pen{c: sample, who: i, pattern: dashes[i%len(dashes)]}
		if s.Style == Stems {
			p.pattern = stemDashes[i%len(stemDashes)]
			for dx := 0; dx < 8; dx += 2 {
				p.step = 0
				p.line(float64(dx), 0, float64(dx), 3)
			}
		} else {
			p.line(0, 1, 7, 1)
		}
		b.WriteString(strings.Repeat(" ", labelW+2))
		paint(&b, i, string(runesOf(sample)))
		b.WriteString(" " + s.Label + "\n")
	}
	for _, r := range f.Refs {
		sample := newCanvas(4, 1)
		p := &pen{c: sample, pattern: []int{1, 1}}
		p.line(0, 1, 7, 1)
		b.WriteString(strings.Repeat(" ", labelW+2))
		paint(&b, len(ansi)-1, string(runesOf(sample)))
		b.WriteString(" " + r.Label + "\n")
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

func runesOf(c *canvas) []rune {
	out := make([]rune, len(c.bits))
	for i, r := range c.bits {
		out[i] = 0x2800 + r
	}
	return out
}

// drawBand shades a band with every other dot, column by column.
func drawBand(c *canvas, who int, s Series, dotX, dotY func(float64) float64) {
	for _, run := range runs(s.X, bandMid(s.Band)) {
		for k := 1; k < len(run); k++ {
			a, b := run[k-1], run[k]
			x0, x1 := dotX(s.X[a]), dotX(s.X[b])
			if !finite(x0) || !finite(x1) {
				continue
			}
			first := math.Max(math.Ceil(x0), 0)
			last := math.Min(math.Floor(x1), float64(2*c.cols-1))
			for dx := int(first); first <= last && dx <= int(last); dx++ {
				t := 0.0
				if x1 > x0 {
					t = (float64(dx) - x0) / (x1 - x0)
				}
				lo := dotY(s.Band.Lo[a] + t*(s.Band.Lo[b]-s.Band.Lo[a]))
				hi := dotY(s.Band.Hi[a] + t*(s.Band.Hi[b]-s.Band.Hi[a]))
				if !finite(lo) || !finite(hi) {
					continue
				}
				rows := float64(4 * c.rows)
				top := int(math.Min(math.Max(math.Round(math.Min(lo, hi)), 0), rows))
				bottom := int(math.Max(math.Min(math.Round(math.Max(lo, hi)), rows-1), -1))
				for dy := top; dy <= bottom; dy++ {
					if dx%2 == 0 && dy%2 == 0 {
						c.set(dx, dy, who)
					}
				}
			}
		}
	}
}
