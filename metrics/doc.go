// Package metrics computes divergences, distances and entropies between
// probability distributions.
//
// For multivariate normals (dist.MVN) it has closed forms for the
// Kullback–Leibler divergence, the Bhattacharyya and Hellinger distances,
// the Rényi divergence of any order α > 0, the 2-Wasserstein distance, the
// entropy, the cross-entropy and the Mahalanobis distance. Each returns an
// Estimate: the value and an estimate of its relative error, so that a caller
// can print only the digits it can trust.
//
// The numerics follow three rules. Every inverse is applied through
// Cholesky factors (triangular solves), never formed. Covariances are
// equilibrated by exact powers of two before they are factorised, so badly
// scaled inputs (entries of 1e-90 or 1e60) lose nothing, and the error
// estimates use the condition number of the equilibrated matrix. When p and
// q are so close that the terms of a textbook formula cancel, the divergence
// is rewritten in terms of Σ_p − Σ_q as a sum of non-negative terms, so it
// keeps full relative accuracy down to identical arguments, which give
// exactly 0. Symmetric quantities order their arguments first, so that
// swapping them gives bit-identical results.
//
// Errors report what the user can fix: differing dimensions, an order α that
// is not positive, a singular covariance where Σ⁻¹ is needed (naming the
// argument). They carry no position or function name; the caller adds those.
package metrics
