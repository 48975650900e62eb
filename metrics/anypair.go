package metrics

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/stat/distuv"

	"statcalc/dist"
)

// scalarNormalNumeric evaluates d between two univariate normals by the
// quadrature of Numeric; multivariate normals have no numeric route.
func scalarNormalNumeric(d **Divergence) func(p, q *dist.MVN) (Estimate, error) {
	return func(p, q *dist.MVN) (Estimate, error) {
		if p.Dim() != 1 || q.Dim() != 1 {
			return Estimate{}, fmt.Errorf("%s between multivariate normals has no closed form, and the numeric route is one-dimensional", (*d).Name)
		}
		return Numeric(*d, scalarNormal(p), scalarNormal(q))
	}
}

func scalarNormal(n *dist.MVN) Piecewise {
	return Piecewise{ScalarDensity: distuv.Normal{Mu: n.Mean()[0], Sigma: math.Sqrt(n.Sigma().At(0, 0))},
		Lo: math.Inf(-1), Hi: math.Inf(1)}
}
