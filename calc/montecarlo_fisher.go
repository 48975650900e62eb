package calc

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
	"statcalc/fisher"
	"statcalc/mc"
	"statcalc/parser"
)

// mcFisher runs `mc fisher(p [, "params"])`: the Fisher information
// estimated twice by sampling (the covariance of the score and the mean
// negative Hessian, log-densities differentiated numerically in the
// parameters), each entry beside the closed form with its z-score.
func (s *Session) mcFisher(st *parser.MCStmt, a *args, c mc.Config, level float64) string {
	if len(a.vals) < 1 || len(a.vals) > 2 {
		s.arity(a, 1)
	}
	var names []string
	if len(a.vals) == 2 {
		str, ok := a.vals[1].(Str)
		if !ok {
			errorf(a.pos[1], `mc fisher: name the parameters in a string, such as "mean" or "shape,rate"`)
		}
		for _, n := range strings.Split(string(str), ",") {
			names = append(names, strings.TrimSpace(n))
		}
	}
	theta, at := s.mcFisherParams(a, names)
	closed, why := s.mcClosedMatrix(a.call, len(theta), len(theta))
	if strings.Contains(why, "constrained") {
		// Differences in constrained parameters leave the family.
		errorf(a.call.Pos, "mc %s", why)
	}
	if s.MCProgress != nil {
		defer s.MCProgress(-1, c.N)
	}
	f, err := mc.Fisher(at, theta, c)
	if s.MCProgress != nil {
		s.MCProgress(-1, c.N)
	}
	stopped := ""
	if errors.Is(err, mc.ErrStopped) && f.K > 0 {
		stopped = s.mcStopped(f.Score[0].N, c.N)
	} else if err != nil {
		if why := s.stop.Err(); why != nil {
			panic(why)
		}
		errorf(a.call.Pos, "mc fisher: %v", err)
	}
	cols := []mcColumn{{"score", "", f.Score}, {"−Hessian", "_hessian", f.Hes}}
	head := "fisher by the score's covariance and the mean −Hessian"
	return s.mcEntries(st, head, f.K, f.K, true, closed, strings.TrimPrefix(why, "fisher: "), cols, c.Seed, level, stopped)
}

// mcColumn is one way of estimating every entry of a matrix: its name in
// the text, the suffix of its JSON fields, the estimates (row-major).
type mcColumn struct {
	name, jsonSuffix string
	est              []mc.Estimate
}

// mcEntries prints estimates of a rows×cols matrix entry by entry (the
// upper triangle when symmetric) under a heading: each beside its closed
// form with z-scores and a verdict, or alone when there is no closed form
// (why says so). Any entry that disagrees fails the statement.
func (s *Session) mcEntries(st *parser.MCStmt, head string, rows, cols int, symmetric bool, closed []float64, why string, columns []mcColumn, seed uint64, level float64, stopped string) string {
	n := columns[0].est[0].N
	var lines []string
	if s.format != JSON {
		head += fmt.Sprintf(" (n = %d, seed %d%s)", n, seed, stopped)
		if why != "" {
			head += "; no closed form (" + why + ")"
		}
		lines = append(lines, head)
	}
	disagree := 0
	for i := 0; i < rows; i++ {
		j0 := 0
		if symmetric {
			j0 = i
		}
		for j := j0; j < cols; j++ {
			label := fmt.Sprintf("[%d, %d]", i+1, j+1)
			if cols == 1 {
				label = fmt.Sprintf("[%d]", i+1)
			}
			fields := []field{{"line", st.Pos.Line}, {"input", strings.TrimSpace(st.String())}, {"row", i + 1}, {"col", j + 1}}
			var parts, tail []field
			verdict := "no closed form"
			text := label
			if why == "" {
				cf := closed[i*cols+j]
				text += " = " + formatFloat(cf, s.digits)
				fields = append(fields, field{"value", cf})
				tail = append(tail, field{"closed", cf})
				verdict = mc.Agrees
			} else {
				// Without a closed form the value is the (first) estimate.
				fields = append(fields, field{"value", columns[0].est[i*cols+j].Value})
				tail = append(tail, field{"closed", nil})
			}
			unstable := ""
			for _, c := range columns {
				e := c.est[i*cols+j]
				name := "MC"
				if c.name != "" {
					name = c.name
				}
				text += fmt.Sprintf(" | %s %s ± %s", name, formatFloat(e.Value, 5), formatFloat(e.StdErr, 3))
				parts = append(parts, field{"estimate" + c.jsonSuffix, e.Value}, field{"se" + c.jsonSuffix, e.StdErr})
				if why == "" {
					z, v := mc.Verdict(e, closed[i*cols+j], level)
					text += ", z = " + formatZ(z)
					parts = append(parts, field{"z" + c.jsonSuffix, z})
					if v == mc.Disagrees || v == mc.Unreliable && verdict == mc.Agrees {
						verdict = v
					}
				}
				if e.Unstable != "" {
					unstable = e.Unstable
				}
			}
			if why == "" {
				text += " | " + verdict
				if verdict == mc.Unreliable {
					text += ": " + unstable
				}
			} else if unstable != "" {
				text += " | unreliable: " + unstable
			}
			if verdict == mc.Disagrees {
				disagree++
			}
			fields = append(fields, field{"text", text})
			fields = append(fields, tail...)
			fields = append(fields, parts...)
			fields = append(fields, field{"verdict", verdict}, field{"n", n}, field{"seed", seed})
			if s.format == JSON {
				s.jsonLine(fields...)
			} else {
				lines = append(lines, "  "+text)
			}
		}
	}
	if len(lines) > 0 {
		fmt.Fprintln(s.out, strings.Join(lines, "\n"))
	}
	if disagree > 0 {
		errorf(st.Pos, "mc: %d of the entries disagree with the closed form (level %g)", disagree, level)
	}
	return ""
}

// mcFisherParams returns the parameters whose information is estimated
// and the densities at other values of them.
func (s *Session) mcFisherParams(a *args, names []string) ([]float64, func([]float64) (mc.Density, error)) {
	if mvn, ok := mvnValue(a.vals[0]); ok {
		return mvnFisherParams(a, mvn, names)
	}
	d := s.familyArg(a, 0)
	if d.Family.Simplex() {
		// fisher takes all probabilities but the last; a draw-by-draw
		// score in those coordinates is not implemented here.
		errorf(a.call.Pos, "mc fisher: Fisher information of %s is not supported: its parameters are constrained", d.Family.Name)
	}
	full, err := d.Floats()
	if err != nil || !d.IsNumeric() {
		errorf(a.pos[0], "mc fisher: sampling needs numeric parameters")
	}
	free, err := fisher.Free(d, names)
	if err != nil {
		errorf(a.call.Pos, "mc fisher: %v", err)
	}
	theta := make([]float64, len(free))
	for i, j := range free {
		theta[i] = full[j]
	}
	family := d.Family
	return theta, func(th []float64) (mc.Density, error) {
		all := append([]float64(nil), full...)
		for i, j := range free {
			all[j] = th[i]
		}
		if err := validParams(family, all); err != nil {
			return nil, err
		}
		m, err := familyDensity(family, all)
		return m.d, err
	}
}

// validParams checks parameters against their family's domains.
func validParams(f *dist.Family, θ []float64) error {
	for _, t := range θ {
		if math.IsNaN(t) || math.IsInf(t, 0) {
			return fmt.Errorf("parameter %v is not finite", t)
		}
	}
	return nil
}

// mcClosedMatrix evaluates call for a rows×cols numeric closed form, or
// returns why there is none.
func (s *Session) mcClosedMatrix(call *parser.Call, rows, cols int) (closed []float64, why string) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(*Error); ok {
			closed, why = nil, e.Msg
			return
		}
		panic(r)
	}()
	m, ok := s.eval(call).(*Matrix)
	// The mean of a matrix law (Wishart's d×d) against its draws' d² entries,
	// both row by row.
	flat := cols == 1 && ok && m.Rows*m.Cols == rows
	if !ok || (m.Rows != rows || m.Cols != cols) && !flat || m.Num == nil {
		return nil, "the closed form is not a numeric matrix"
	}
	return m.Num, ""
}

// formatZ prints a z-score with two decimals, never as −0.00.
func formatZ(z float64) string {
	t := fmt.Sprintf("%.2f", z)
	if t == "-0.00" {
		return "0.00"
	}
	return t
}

// mcMoments runs `mc mean(p)` and `mc cov(p)` (or var) of a multivariate
// p: every entry of the mean vector or the covariance matrix.
func (s *Session) mcMoments(st *parser.MCStmt, a *args, p mc.Density, c mc.Config, level float64) string {
	d := p.Dim()
	rows, cols := d, d
	if a.call.Fun == "mean" {
		cols = 1
	}
	closed, why := s.mcClosedMatrix(a.call, rows, cols)
	if s.MCProgress != nil {
		defer s.MCProgress(-1, c.N)
	}
	mean, cov, err := mc.Moments(p, c)
	if s.MCProgress != nil {
		s.MCProgress(-1, c.N)
	}
	stopped := ""
	if errors.Is(err, mc.ErrStopped) && mean != nil {
		stopped = s.mcStopped(mean[0].N, c.N)
	} else if err != nil {
		if why := s.stop.Err(); why != nil {
			panic(why)
		}
		errorf(a.call.Pos, "mc %s: %v", a.call.Fun, err)
	}
	est, head := cov, a.call.Fun+": the covariance of the draws"
	if a.call.Fun == "mean" {
		est, head = mean, "mean: the mean of the draws"
	}
	why = strings.TrimPrefix(why, a.call.Fun+": ")
	return s.mcEntries(st, head, rows, cols, cols > 1, closed, why, []mcColumn{{"", "", est}}, c.Seed, level, stopped)
}

// mvnFisherParams are the parameters of N(μ, Σ) in fisher's order, μ
// then vech Σ (the lower triangle column by column), or the block that
// names asks for ("mean" or "cov"), and the normal at other values of them.
func mvnFisherParams(a *args, mvn *dist.MVN, names []string) ([]float64, func([]float64) (mc.Density, error)) {
	wantMean, wantCov := true, true
	switch {
	case len(names) == 0:
	case len(names) == 1 && names[0] == "mean":
		wantCov = false
	case len(names) == 1 && names[0] == "cov":
		wantMean = false
	default:
		errorf(a.call.Pos, `mc fisher of a multivariate normal: give "mean" (the information about μ) or "cov" (about vech Σ), or neither for both`)
	}
	d, mu, sigma := mvn.Dim(), mvn.Mean(), mvn.Cov()
	var theta []float64
	if wantMean {
		theta = append(theta, mu...)
	}
	if wantCov {
		for j := 0; j < d; j++ {
			for i := j; i < d; i++ {
				theta = append(theta, sigma.At(i, j))
			}
		}
	}
	return theta, func(th []float64) (mc.Density, error) {
		m := append([]float64(nil), mu...)
		S := mat.NewSymDense(d, nil)
		S.CopySym(sigma)
		k := 0
		if wantMean {
			copy(m, th[:d])
			k = d
		}
		if wantCov {
			for j := 0; j < d; j++ {
				for i := j; i < d; i++ {
					S.SetSym(i, j, th[k])
					k++
				}
			}
		}
		return mc.NewMVNDensity(m, S)
	}
}
