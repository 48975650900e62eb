// Package fisher derives score functions and Fisher information of
// parametric families symbolically, and natural gradients from them.
//
// For an exponential family p(x | θ) = h(x) exp(η(θ)·T(x) − A(η)) the score
// is ∇_θ log p = Jᵀ (T(x) − ∇A(η)) with J = ∂η/∂θ, and the Fisher
// information, the covariance of the score, is
//
//	F(θ) = Jᵀ ∇²A(η) J
//
// (Amari & Nagaoka 2000, §2.3). Both are derived by differentiating the
// family's declared η(θ) and A(η), never tabulated.
package fisher

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"statcalc/dist"
	"statcalc/sym"
)

// placeholders returns symbols θ1 … θn standing for the parameters while
// derivatives are taken, and the substitution that puts the actual
// parameters back.
func placeholders(θ []sym.Expr) ([]sym.Expr, []string, map[string]sym.Expr) {
	ps := make([]sym.Expr, len(θ))
	names := make([]string, len(θ))
	back := map[string]sym.Expr{}
	for i := range θ {
		names[i] = fmt.Sprintf("θ%d", i+1)
		ps[i] = sym.Symbol(names[i])
		back[names[i]] = θ[i]
	}
	return ps, names, back
}

// jacobian returns J[k][i] = ∂η_k/∂θ_i for the free parameters i, with
// the actual parameters substituted.
func jacobian(d *dist.Dist, free []int) [][]sym.Expr {
	ps, names, back := placeholders(d.Theta)
	for i, t := range d.Theta {
		if d.Family.Params[min(i, len(d.Family.Params)-1)].Fixed {
			ps[i] = t // fixed parameters are not differentiated
		}
	}
	η := d.Family.Eta(ps)
	J := make([][]sym.Expr, len(η))
	for k := range η {
		J[k] = make([]sym.Expr, len(free))
		for c, i := range free {
			J[k][c] = sym.Subs(sym.Diff(η[k], names[i]), back)
		}
	}
	return J
}

// Free returns the indices of the parameters named in names ("" or no
// names: every parameter that is not fixed).
func Free(d *dist.Dist, names []string) ([]int, error) {
	all := d.Family.Free(len(d.Theta))
	if len(names) == 0 {
		return all, nil
	}
	var idx []int
	for _, n := range names {
		found := false
		for _, i := range all {
			if !d.Family.Vector && d.Family.Params[i].Name == n {
				idx = append(idx, i)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("%s has no free parameter %q", d.Family.Name, n)
		}
	}
	return idx, nil
}

// Information returns the Fisher information matrix of d with respect to
// the parameters free (indices into d.Theta), in the family's own
// parameterisation.
func Information(d *dist.Dist, free []int) ([][]sym.Expr, error) {
	if d.Family.Eta == nil {
		f, err := d.Family.NonExp.Fisher(d.Theta)
		if err != nil {
			return nil, err
		}
		out := make([][]sym.Expr, len(free))
		for r, i := range free {
			out[r] = make([]sym.Expr, len(free))
			for c, j := range free {
				out[r][c] = f[i][j]
			}
		}
		return out, nil
	}
	if d.Family.Vector {
		return vectorInformation(d)
	}
	J := jacobian(d, free)
	H := d.CovStat()
	n := len(free)
	out := make([][]sym.Expr, n)
	for a := 0; a < n; a++ {
		out[a] = make([]sym.Expr, n)
		for b := 0; b < n; b++ {
			var terms []sym.Expr
			for k := range J {
				for l := range J {
					terms = append(terms, sym.Mul(J[k][a], H[k][l], J[l][b]))
				}
			}
			out[a][b] = sym.Add(terms...)
		}
	}
	return out, nil
}

// Score returns ∇_θ log p(x | θ) for the free parameters.
func Score(d *dist.Dist, x sym.Expr, free []int) ([]sym.Expr, error) {
	ps, names, back := placeholders(d.Theta)
	var logp sym.Expr
	if d.Family.Eta == nil {
		logp = d.Family.NonExp.LogPDF(x, ps)
	} else {
		if d.Family.Vector || d.Family.Stat == nil {
			return nil, fmt.Errorf("the score of %s is not supported", d.Family.Name)
		}
		pd := &dist.Dist{Family: d.Family, Theta: ps}
		η := pd.NaturalParams()
		logp = sym.Sub(sym.Add(dot(η, d.Family.Stat(x)), d.Family.LogBase(x, ps)), pd.LogPartitionAt(η))
	}
	out := make([]sym.Expr, len(free))
	for c, i := range free {
		out[c] = sym.Subs(sym.Diff(logp, names[i]), back)
	}
	return out, nil
}

func dot(a, b []sym.Expr) sym.Expr {
	terms := make([]sym.Expr, len(a))
	for i := range a {
		terms[i] = sym.Mul(a[i], b[i])
	}
	return sym.Add(terms...)
}

// NaturalGradient returns F⁻¹ g for a numeric, symmetric positive definite
// Fisher matrix F (Amari 1998), by a Cholesky solve.
func NaturalGradient(F [][]float64, g []float64) ([]float64, error) {
	n := len(F)
	if len(g) != n {
		return nil, fmt.Errorf("the gradient has %d entries but there are %d parameters", len(g), n)
	}
	s := mat.NewSymDense(n, nil)
	for i := range F {
		for j := i; j < n; j++ {
			s.SetSym(i, j, F[i][j])
		}
	}
	var c mat.Cholesky
	if !c.Factorize(s) {
		return nil, fmt.Errorf("the Fisher information is singular: the natural gradient is undefined")
	}
	var x mat.VecDense
	if err := c.SolveVecTo(&x, mat.NewVecDense(n, append([]float64(nil), g...))); err != nil {
		return nil, err
	}
	return x.RawVector().Data, nil
}

// InformationMVNMean returns the Fisher information of N(μ, Σ) with respect
// to μ, which is Σ⁻¹, computed from the Cholesky factor.
func InformationMVNMean(p *dist.MVN) ([][]float64, error) {
	if err := p.Invertible(); err != nil {
		return nil, err
	}
	u, err := p.UpperFactor()
	if err != nil {
		return nil, err
	}
	var c mat.Cholesky
	c.SetFromU(u)
	var inv mat.SymDense
	if err := c.InverseTo(&inv); err != nil {
		return nil, err
	}
	n := p.Dim()
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, n)
		for j := range out[i] {
			out[i][j] = inv.At(i, j)
		}
	}
	return out, nil
}

// vechIndex lists the (row, column) pairs of vech Σ, the lower triangle
// taken column by column: (1,1), (2,1), …, (d,1), (2,2), ….
func vechIndex(d int) [][2]int {
	var out [][2]int
	for j := 0; j < d; j++ {
		for i := j; i < d; i++ {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// InformationMVN returns the Fisher information of N(μ, Σ): about μ, Σ⁻¹;
// about vech Σ, ½ Dᵀ(Σ⁻¹ ⊗ Σ⁻¹)D with D the duplication matrix (vec Σ =
// D vech Σ; Magnus & Neudecker 1999, §18.6), whose entry for σ_ij, σ_kl is
// ½ Σ P_rt P_su over the positions (r, s) ∈ {(i, j), (j, i)} and
// (t, u) ∈ {(k, l), (l, k)}, P = Σ⁻¹. The two blocks are orthogonal; with
// both, the result is block-diagonal, μ first. P comes from the Cholesky
// factor of Σ.
func InformationMVN(p *dist.MVN, mean, cov bool) ([][]float64, error) {
	P, err := InformationMVNMean(p)
	if err != nil {
		return nil, err
	}
	d := p.Dim()
	var idx [][2]int
	if cov {
		idx = vechIndex(d)
	}
	off := 0
	if mean {
		off = d
	}
	n := off + len(idx)
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, n)
	}
	if mean {
		for i := 0; i < d; i++ {
			copy(out[i][:d], P[i])
		}
	}
	for a, ij := range idx {
		pa := positions(ij)
		for b := a; b < len(idx); b++ {
			pb := positions(idx[b])
			v := 0.0
			for _, rs := range pa {
				for _, tu := range pb {
					v += P[rs[0]][tu[0]] * P[rs[1]][tu[1]]
				}
			}
			out[off+a][off+b] = v / 2
			out[off+b][off+a] = v / 2
		}
	}
	return out, nil
}

func positions(ij [2]int) [][2]int {
	if ij[0] == ij[1] {
		return [][2]int{ij}
	}
	return [][2]int{ij, {ij[1], ij[0]}}
}

// NaturalGradientMVN returns F⁻¹ g for N(μ, Σ) and a gradient g in μ (d
// entries) or in (μ, vech Σ): Σ g_μ and vech(2 Σ G Σ), where G is the
// symmetric matrix with dL = tr(G dΣ), G_ii = g_ii and G_ij = g_ij/2 for
// i ≠ j (the inverse of the metric ½ tr(Σ⁻¹ A Σ⁻¹ B); Amari 1998). Only
// products with Σ: no inverse is formed.
func NaturalGradientMVN(p *dist.MVN, g []float64) ([]float64, error) {
	if err := p.Invertible(); err != nil {
		return nil, err
	}
	d := p.Dim()
	idx := vechIndex(d)
	if len(g) != d && len(g) != d+len(idx) {
		return nil, fmt.Errorf("the gradient has %d entries; N(μ, Σ) in %d dimensions needs %d (μ) or %d (μ, vech Σ)", len(g), d, d, d+len(idx))
	}
	S := p.Cov()
	out := make([]float64, len(g))
	var mu mat.VecDense
	mu.MulVec(S, mat.NewVecDense(d, append([]float64(nil), g[:d]...)))
	copy(out, mu.RawVector().Data)
	if len(g) == d {
		return out, nil
	}
	G := mat.NewDense(d, d, nil)
	for k, ij := range idx {
		v := g[d+k]
		if ij[0] != ij[1] {
			v /= 2
		}
		G.Set(ij[0], ij[1], v)
		G.Set(ij[1], ij[0], v)
	}
	var Sd, sg, sgs mat.Dense
	Sd.CloneFrom(S) // dense operands take the BLAS path
	sg.Mul(&Sd, G)
	sgs.Mul(&sg, &Sd)
	for k, ij := range idx {
		out[d+k] = 2 * sgs.At(ij[0], ij[1])
	}
	return out, nil
}

// InformationMVNSym is InformationMVN for a symbolic Σ, given its inverse
// P (d×d, row-major): P about μ, ½ Σ P_rt P_su about vech Σ (unsimplified).
func InformationMVNSym(P []sym.Expr, d int, mean, cov bool) [][]sym.Expr {
	var idx [][2]int
	if cov {
		idx = vechIndex(d)
	}
	off := 0
	if mean {
		off = d
	}
	n := off + len(idx)
	zero, half := sym.Int(0), sym.Div(sym.Int(1), sym.Int(2))
	out := make([][]sym.Expr, n)
	for i := range out {
		out[i] = make([]sym.Expr, n)
		for j := range out[i] {
			out[i][j] = zero
		}
	}
	if mean {
		for i := 0; i < d; i++ {
			for j := 0; j < d; j++ {
				out[i][j] = P[i*d+j]
			}
		}
	}
	for a, ij := range idx {
		for b := a; b < len(idx); b++ {
			var terms []sym.Expr
			for _, rs := range positions(ij) {
				for _, tu := range positions(idx[b]) {
					terms = append(terms, sym.Mul(P[rs[0]*d+tu[0]], P[rs[1]*d+tu[1]]))
				}
			}
			v := sym.Mul(half, sym.Add(terms...))
			out[off+a][off+b], out[off+b][off+a] = v, v
		}
	}
	return out
}
