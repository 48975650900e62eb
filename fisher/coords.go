package fisher

import (
	"fmt"
	"strings"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
	"statcalc/sym"
)

// Information in the user's coordinates.
//
// A distribution written with expressions for its parameters, such as
// N(mu, s^2) or N(m, 1/l), is a curve or surface θ(t) in the family's
// parameter space. Its Fisher information in the symbols t is the pull-back
//
//	F_t = Jᵀ F_θ J,   J = ∂θ/∂t
//
// (Amari & Nagaoka 2000, §2.1; Lehmann & Casella 1998, Thm 2.6.5), computed
// for an exponential family as J_ηᵀ ∇²A(η) J_η with J_η = ∂η(θ(t))/∂t, so
// that constrained families (Categorical([p, 1 - p])) need no special case.
// The score transforms alike: s_t = J_θᵀ s_θ.

// CheckCoords verifies that coords name distinct symbols that the free
// parameters of d depend on, that no fixed parameter depends on them, and
// that the Jacobian ∂θ/∂t has full column rank, so that F_t is regular.
func CheckCoords(d *dist.Dist, coords []string) error {
	if len(coords) == 0 {
		return fmt.Errorf("give at least one symbol, such as [%s]", strings.Join(ParamNames(d), ", "))
	}
	seen := map[string]bool{}
	free := d.Family.Free(len(d.Theta))
	for i, θ := range d.Theta {
		if contains(free, i) {
			continue
		}
		for _, t := range coords {
			if dependsOn(θ, t) {
				return fmt.Errorf("%s of %s is a fixed parameter (not estimated), so %s cannot be a coordinate", d.Family.Params[i].Name, d.Family.Name, t)
			}
		}
	}
	for _, t := range coords {
		if seen[t] {
			return fmt.Errorf("%s is listed twice", t)
		}
		seen[t] = true
		used := false
		for _, i := range free {
			used = used || dependsOn(d.Theta[i], t)
		}
		if !used {
			return fmt.Errorf("the parameters of %s do not depend on %s", d.Family.Name, t)
		}
	}
	J := make([][]sym.Expr, len(free))
	for r, i := range free {
		J[r] = make([]sym.Expr, len(coords))
		for c, t := range coords {
			J[r][c] = sym.Diff(d.Theta[i], t)
		}
	}
	if c, ok := dependentColumn(J, coords); ok && c >= 0 {
		names := ParamNames(d)
		var ps []string
		for _, i := range free {
			ps = append(ps, names[i])
		}
		return fmt.Errorf("the Jacobian ∂(%s)/∂(%s) is singular: changing %s moves the parameters in no direction that %s does not, so the information in (%s) is singular",
			strings.Join(ps, ", "), strings.Join(coords, ", "), coords[c], strings.Join(coords[:c], " and "), strings.Join(coords, ", "))
	}
	return nil
}

// ParamNames returns the names of d's parameters as the family declares
// them (alpha[1], alpha[2], … for a vector parameter).
func ParamNames(d *dist.Dist) []string {
	out := make([]string, len(d.Theta))
	for i := range out {
		if d.Family.Vector {
			out[i] = fmt.Sprintf("%s[%d]", d.Family.Params[0].Name, i+1)
		} else {
			out[i] = d.Family.Params[i].Name
		}
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

func dependsOn(e sym.Expr, t string) bool {
	for _, s := range sym.FreeSymbols(e) {
		if s == t {
			return true
		}
	}
	return false
}

// dependentColumn returns the first column of the symbolic matrix J that
// lies in the span of the columns before it, judged at two generic points
// (symbols set to distinct values in (0.3, 0.7), which lie in every
// parameter domain); −1 when the columns are independent. ok is false
// when J could not be evaluated at either point.
func dependentColumn(J [][]sym.Expr, coords []string) (int, bool) {
	syms := map[string]bool{}
	for _, row := range J {
		for _, e := range row {
			for _, s := range sym.FreeSymbols(e) {
				syms[s] = true
			}
		}
	}
	worst, evaluated := -1, false
	for _, seeds := range [][2]float64{{0.31, 0.047}, {0.43, 0.029}} {
		at := map[string]sym.Expr{}
		v := seeds[0]
		for _, s := range sortedKeys(syms) {
			at[s] = sym.Float(v)
			v += seeds[1]
			if v > 0.7 {
				v -= 0.4
			}
		}
		m := mat.NewDense(len(J), len(coords), nil)
		ok := true
		for r, row := range J {
			for c, e := range row {
				f, err := sym.Float64(sym.Subs(e, at))
				if err != nil || f != f {
					ok = false
				}
				m.Set(r, c, f)
			}
		}
		if !ok {
			continue
		}
		evaluated = true
		for c := 1; c <= len(coords); c++ {
			if rank(m.Slice(0, len(J), 0, c)) < c {
				if worst < 0 || c-1 > worst {
					worst = c - 1
				}
				break
			}
		}
		if worst < 0 {
			return -1, true // independent at a generic point
		}
	}
	return worst, evaluated
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// rank counts the singular values above n·ε·σ_max.
func rank(a mat.Matrix) int {
	r, c := a.Dims()
	if c > r {
		return r
	}
	var svd mat.SVD
	if !svd.Factorize(a, mat.SVDNone) {
		return 0
	}
	vals := svd.Values(nil)
	n := 0
	for _, v := range vals {
		if v > 1e-12*float64(max(r, c))*vals[0] {
			n++
		}
	}
	return n
}

// InformationIn returns the Fisher information of d in the symbols coords
// that its parameters are written in: J_ηᵀ ∇²A(η) J_η for an exponential
// family, J_θᵀ F_θ J_θ otherwise.
func InformationIn(d *dist.Dist, coords []string) ([][]sym.Expr, error) {
	if err := CheckCoords(d, coords); err != nil {
		return nil, err
	}
	var inner [][]sym.Expr
	var J [][]sym.Expr // rows: η (or θ) components; columns: coords
	if d.Family.Eta == nil {
		f, err := d.Family.NonExp.Fisher(d.Theta)
		if err != nil {
			return nil, err
		}
		inner = f
		for _, θ := range d.Theta {
			J = append(J, gradient(θ, coords))
		}
	} else {
		inner = d.CovStat()
		for _, η := range d.NaturalParams() {
			J = append(J, gradient(η, coords))
		}
	}
	return sandwich(J, inner), nil
}

func gradient(e sym.Expr, xs []string) []sym.Expr {
	out := make([]sym.Expr, len(xs))
	for i, x := range xs {
		out[i] = sym.Diff(e, x)
	}
	return out
}

// sandwich returns Jᵀ H J, skipping the zero entries of J.
func sandwich(J, H [][]sym.Expr) [][]sym.Expr {
	n := 0
	if len(J) > 0 {
		n = len(J[0])
	}
	zero := sym.Int(0)
	out := make([][]sym.Expr, n)
	for a := 0; a < n; a++ {
		out[a] = make([]sym.Expr, n)
		for b := 0; b < n; b++ {
			if b < a {
				out[a][b] = out[b][a]
				continue
			}
			var terms []sym.Expr
			for k := range J {
				if sym.Equal(J[k][a], zero) {
					continue
				}
				for l := range J {
					if sym.Equal(J[l][b], zero) || sym.Equal(H[k][l], zero) {
						continue
					}
					terms = append(terms, sym.Mul(J[k][a], H[k][l], J[l][b]))
				}
			}
			out[a][b] = sym.Add(terms...)
		}
	}
	return out
}

// ScoreIn returns ∇_t log p(x | θ(t)) = J_θᵀ ∇_θ log p(x | θ).
func ScoreIn(d *dist.Dist, x sym.Expr, coords []string) ([]sym.Expr, error) {
	if err := CheckCoords(d, coords); err != nil {
		return nil, err
	}
	free := d.Family.Free(len(d.Theta))
	sθ, err := Score(d, x, free)
	if err != nil {
		return nil, err
	}
	out := make([]sym.Expr, len(coords))
	for c, t := range coords {
		var terms []sym.Expr
		for r, i := range free {
			terms = append(terms, sym.Mul(sθ[r], sym.Diff(d.Theta[i], t)))
		}
		out[c] = sym.Add(terms...)
	}
	return out, nil
}

// vectorInformation returns the information of a family with one vector
// parameter: in α for a Dirichlet; for probabilities summing to 1, in the
// first k − 1 of them with p[k] = 1 − Σ p[i] (so that F = diag(1/p[i]) +
// 1/p[k], Amari & Nagaoka 2000, §2.2).
func vectorInformation(d *dist.Dist) ([][]sym.Expr, error) {
	k := len(d.Theta)
	ps, names, back := placeholders(d.Theta)
	coords := names
	if d.Family.Params[0].Domain == dist.Probability {
		coords = names[:k-1]
		ps[k-1] = sym.Sub(sym.Int(1), sym.Add(ps[:k-1]...))
	}
	F, err := InformationIn(&dist.Dist{Family: d.Family, Theta: ps}, coords)
	if err != nil {
		return nil, err
	}
	for _, row := range F {
		for j := range row {
			row[j] = sym.Subs(row[j], back)
		}
	}
	return F, nil
}
