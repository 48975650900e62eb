package calc

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"statcalc/mc"
	"statcalc/parser"
	"statcalc/plot"
)

// defaultPlotDraws is the number of draws of `plot mc` when n= is not
// given: 62 chunks, so 62 points on the running estimate.
const defaultPlotDraws = 1_000_000

// plotMC runs `plot mc f(…) [n=…] [seed=…] [file="…"]`: the running
// Monte-Carlo estimate of f after each merged chunk of draws against the
// number of draws (logarithmic axis), its ±2 SE band, and the closed form
// as a horizontal line when there is one. The draws are mc's own (same n
// and seed, same chunks), so the last point is what `mc` prints.
func (s *Session) plotMC(st *parser.MCStmt) Value {
	n, seed := defaultPlotDraws, s.seed
	file, filePos := "", st.Pos
	for _, o := range st.Opts {
		v := s.eval(o.Value)
		switch o.Name {
		case "n":
			n = s.intArg(o.Value.Position(), v, "plot mc: n", 2, mc.MaxDraws)
			if n < 2*mc.ChunkSize {
				errorf(o.Value.Position(), "plot mc: n=%d gives one point: the estimate is drawn after each chunk of %d draws, so n must be at least %d", n, mc.ChunkSize, 2*mc.ChunkSize)
			}
		case "seed":
			seed = uint64(s.intArg(o.Value.Position(), v, "plot mc: seed", 0, math.MaxInt32))
		case "file":
			name, isStr := v.(Str)
			if !isStr {
				errorf(o.Value.Position(), `plot mc: file= needs a file name in quotes, such as file="kl.svg"`)
			}
			if _, err := plot.FormatOf(string(name)); err != nil {
				errorf(o.Value.Position(), "plot mc: %v", err)
			}
			file, filePos = string(name), o.Value.Position()
		default:
			errorf(o.Pos, "plot mc has no option %s= (it has n=, seed= and file=)", o.Name)
		}
	}
	call, ok := st.X.(*parser.Call)
	fun := callName(call, ok)
	est := mcEstimators[fun]
	switch {
	case fun == "fisher":
		errorf(st.X.Position(), "plot mc: fisher is matrix-valued, which plot mc does not support; it draws the running estimate of a number, such as plot mc kl(p, q)")
	case est == nil:
		if _, declared := declaredEstimator(fun); declared {
			errorf(st.X.Position(), "plot mc: %s is estimated from several runs, which plot mc does not support; it draws one running estimate, such as plot mc kl(p, q)", fun)
		}
		errorf(st.X.Position(), "plot mc draws the running estimate of an expectation: kl, cross_entropy, entropy, bhattacharyya, hellinger, renyi, expect, mean, var, cov or w2 of distributions, such as plot mc kl(p, q)")
	}
	a := &args{call: call}
	for _, arg := range call.Args {
		if arg.Name != "" {
			errorf(arg.Value.Position(), "plot mc %s: takes no named arguments", fun)
		}
		a.pos = append(a.pos, arg.Value.Position())
		a.vals = append(a.vals, s.eval(arg.Value))
	}
	if (fun == "mean" || fun == "var" || fun == "cov") && len(a.vals) == 1 {
		if p := s.mcDensity(a, 0).d; p.Dim() > 1 {
			errorf(call.Pos, "plot mc: the %s of a %d-dimensional distribution is matrix-valued, which plot mc does not support", fun, p.Dim())
		}
	}
	closed, inf, noClosed := s.mcClosedForm(call)
	s.reserve(st.Pos, int64(min(n, mc.ChunkSize))*numEntryBytes*4, fmt.Sprintf("mc's %d draws", n))
	var running []mc.Estimate
	c := mc.Config{N: n, Seed: seed, Stop: s.stop.Requested, Progress: s.MCProgress,
		Running: func(e mc.Estimate) { running = append(running, e) }}
	if s.MCProgress != nil {
		defer s.MCProgress(-1, n)
	}
	e, err := est(s, a, c)
	if s.MCProgress != nil {
		s.MCProgress(-1, n)
	}
	var notes []string
	if errors.Is(err, mc.ErrStopped) {
		if why := s.stop.Err(); why != nil && len(running) < 2 {
			panic(why) // reported at the statement, as interrupted or out of time
		}
		notes = append(notes, "note: "+strings.TrimPrefix(s.mcStopped(e.N, n), "; "))
		err = nil
	}
	if err != nil {
		errorf(call.Pos, "mc %s: %v", fun, err)
	}
	if len(running) == 0 || running[len(running)-1].Value != e.Value || running[len(running)-1].N != e.N {
		errorf(call.Pos, "plot mc: the estimate of %s is not a running mean of one stream of draws, which plot mc does not support", fun)
	}
	scale := 1.0
	if s.bits && informationUnits[fun] {
		scale = 1 / math.Ln2
	}
	est1 := plot.Series{Label: "estimate"}
	band := plot.Series{Label: "±2 SE", Band: &plot.Band{}}
	for _, r := range running {
		x, y, se := float64(r.N), r.Value*scale, r.StdErr*scale
		if !finite([]float64{y, se}) {
			errorf(call.Pos, "mc %s: no finite estimate after %d draws (%s ± %s)", fun, r.N, formatFloat(y, 6), formatShort(se))
		}
		est1.X, est1.Y = append(est1.X, x), append(est1.Y, y)
		band.X, band.Y = append(band.X, x), append(band.Y, math.NaN())
		band.Band.Lo, band.Band.Hi = append(band.Band.Lo, y-2*se), append(band.Band.Hi, y+2*se)
	}
	fig := &plot.Figure{
		Title:  fmt.Sprintf("mc %s (seed %d)", parser.Source(call), seed),
		XLabel: "draws", YLabel: fun, LogX: true,
		XMin: est1.X[0], XMax: est1.X[len(est1.X)-1],
		Series: []plot.Series{est1, band},
	}
	switch {
	case inf != nil:
		notes = append(notes, "note: the closed form is "+inf.text()+", off the picture")
	case noClosed != "":
		notes = append(notes, "note: no closed form ("+strings.TrimPrefix(noClosed, fun+": ")+")")
	default:
		fig.Refs = []plot.RefLine{{Y: closed, Label: "closed form"}}
	}
	if e.Unstable != "" {
		notes = append(notes, "note: the band cannot be trusted: "+e.Unstable)
	}
	pic := s.render(fig, file, filePos)
	s.note = strings.Join(notes, "\n") // printed after the picture
	return pic
}
