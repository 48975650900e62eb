package metrics

import (
	"errors"
	"fmt"
	"math"

	"statcalc/dist"
	"statcalc/sym"
)

// sklDivergence is the symmetric Kullback–Leibler divergence (Jeffreys'
// divergence, Jeffreys 1946) KL(p‖q) + KL(q‖p)
// = E_p[log p − log q] + E_q[log q − log p].
var sklDivergence = declare(&Divergence{
	Name: "skl", Signature: "skl(p, q)", Rank: 60,
	Doc:         "symmetric Kullback–Leibler divergence KL(p‖q) + KL(q‖p)",
	Example:     "skl(N(0, 1), N(1, 2))",
	Information: true,
	Family:      SKL, Normal: SKLNormal,
	Integrand: &Integrand{
		UnderP: func(logp, logq float64) float64 { return logp - logq },
		UnderQ: func(logp, logq float64) float64 { return logq - logp },
		Linear: true,
	},
	StepsLabel: "KL(p‖q) + KL(q‖p)", Steps: "(η_p − η_q) · (∇A(η_p) − ∇A(η_q))",
})

// SKL returns KL(p‖q) + KL(q‖p). For an exponential family the
// log-partitions of the two Bregman divergences cancel:
//
//	SKL = (η_p − η_q) · (∇A(η_p) − ∇A(η_q))
//
// (Nielsen & Nock 2009, "Sided and symmetrized Bregman centroids").
func SKL(p, q *dist.Dist) (sym.Expr, error) {
	if p.Family == q.Family {
		if err := sameFamily(p, q); err != nil {
			return nil, err
		}
	}
	if p.Family != q.Family || !exponential(p) {
		pq, err := KL(p, q)
		if err != nil {
			return nil, err
		}
		qp, err := KL(q, p)
		var inf *dist.Infinite
		if errors.As(err, &inf) && inf.Reason == errOutside.Reason {
			return nil, &dist.Infinite{Reason: "support of q not contained in that of p"}
		}
		if err != nil {
			return nil, fmt.Errorf("KL(q‖p), the divergence with the arguments swapped: %w", err)
		}
		return sym.Add(pq, qp), nil
	}
	return dot(sub(p.NaturalParams(), q.NaturalParams()), sub(p.MeanStat(), q.MeanStat())), nil
}

// SKLNormal returns KL(p‖q) + KL(q‖p) for two normals through KLNormal
// both ways; the terms are non-negative, so their absolute errors add.
func SKLNormal(p, q *dist.MVN) (Estimate, error) {
	pq, err := KLNormal(p, q)
	if err != nil {
		return Estimate{}, err
	}
	qp, err := KLNormal(q, p)
	if err != nil {
		return Estimate{}, err
	}
	v := pq.Value + qp.Value
	switch {
	case math.IsInf(pq.RelErr, 0) || math.IsInf(qp.RelErr, 0):
		return Estimate{Value: v, RelErr: math.Inf(1)}, nil
	case v == 0:
		return Estimate{}, nil
	}
	return Estimate{Value: v, RelErr: (pq.Value*pq.RelErr + qp.Value*qp.RelErr) / v}, nil
}
