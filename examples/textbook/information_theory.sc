# Information-theory identities and inequalities (Cover & Thomas, Elements of
# Information Theory, 2nd ed., chapters 2, 8 and 11). Run: statcalc FILE.

# Gibbs' inequality: D(p‖q) ≥ 0 (Theorem 2.6.3), for members of a family.
check kl(N(m1, v1), N(m2, v2)) >= 0
check kl(Bernoulli(p1), Bernoulli(p2)) >= 0
check kl(Gamma(a1, b1), Gamma(a2, b2)) >= 0
check kl(Beta(a1, b1), Beta(a2, b2)) >= 0
# ... with equality for p = q.
check kl(Gamma(a, b), Gamma(a, b)) == 0

# Cross-entropy = entropy + KL: H(p, q) = H(p) + D(p‖q).
check cross_entropy(N(m1, v1), N(m2, v2)) == entropy(N(m1, v1)) + kl(N(m1, v1), N(m2, v2))
check cross_entropy(Gamma(a1, b1), Gamma(a2, b2)) == entropy(Gamma(a1, b1)) + kl(Gamma(a1, b1), Gamma(a2, b2))

# Pinsker's inequality (Lemma 11.6.1): TV(p, q) ≤ √(D(p‖q)/2), with the total
# variation of two Bernoulli distributions |p1 − p2|.
check abs(p1 - p2) <= sqrt(kl(Bernoulli(p1), Bernoulli(p2))/2)

# Entropy of a binary variable is at most log 2 (Theorem 2.6.4).
check entropy(Bernoulli(p)) <= log(2)

# KL as the integral that defines it, D(p‖q) = ∫ p log(p/q).
check kl(N(0, 1), N(1, 2)) == integrate(pdf(N(0, 1), x) log(pdf(N(0, 1), x)/pdf(N(1, 2), x)), x, -inf, inf)

# Chain rule for independent coordinates: D(p1 p2 ‖ q1 q2) = D(p1‖q1) + D(p2‖q2).
check kl(N([0, 0], diag([2, 3])), N([1, -1], I(2))) == kl(N(0, 2), N(1, 1)) + kl(N(0, 3), N(-1, 1))

# Differential entropy of the normal: h = ½ log(2πe σ²) (Theorem 8.4.1).
check entropy(N(m, v)) == log(2 pi e v)/2
# The normal has the largest entropy for its variance (Theorem 8.6.5):
# a Laplace(0, b) has variance 2b².
check entropy(N(0, 2 b^2)) >= entropy(Laplace(0, b))

# Rényi divergences (van Erven & Harremoës 2014): D_α → KL as α → 1 ...
check limit(renyi(Gamma(a1, b1), Gamma(a2, b2), t), t, 1) == kl(Gamma(a1, b1), Gamma(a2, b2))
check limit(renyi(N(m1, v1), N(m2, v2), t), t, 1) == kl(N(m1, v1), N(m2, v2))
# ... D_α is non-decreasing in α, so D_½ ≤ KL ...
check renyi(N(m1, v1), N(m2, v2), 1/2) <= kl(N(m1, v1), N(m2, v2))
# ... and the Bhattacharyya distance is half of D_½.
check bhattacharyya(N(m1, v1), N(m2, v2)) == renyi(N(m1, v1), N(m2, v2), 1/2)/2

# Hellinger and Bhattacharyya: H² = 1 − e^(−D_B) ≤ D_B.
check hellinger(N(m1, v1), N(m2, v2))^2 <= bhattacharyya(N(m1, v1), N(m2, v2))
