# The Fisher information three ways, in symbols, for every family:
#   F(θ) = E[s sᵀ]            (the covariance of the score s = ∇ log p)
#        = −E[∇² log p]       (the expected curvature of the log-likelihood)
#        = Jᵀ ∇²A(η) J         (what fisher computes, from the log-partition A)
# Run it with: go run ./cmd/statcalc examples/fisher_identities.sc

# The normal in (mean, variance).
p = N(m, v)
sn = score(p, x)
check fisher(p) == expect(p, sn * transpose(sn))
check fisher(p) == -expect(p, hessian(logpdf(p, x), [m, v]))

# The normal in (mean, standard deviation): the same identities hold in any
# coordinates, with the score and the Hessian taken in those coordinates.
q = N(mu, s^2)
sq = score(q, x, [mu, s])
check fisher(q, [mu, s]) == expect(q, sq * transpose(sq))
check fisher(q, [mu, s]) == -expect(q, hessian(logpdf(q, x), [mu, s]))

# Exponential, Gamma, Beta, LogNormal.
pe = Exponential(r)
se = score(pe, x)
check fisher(pe) == expect(pe, se * transpose(se))
check fisher(pe) == -expect(pe, hessian(logpdf(pe, x), [r]))
pg = Gamma(a, b)
sg = score(pg, x)
check fisher(pg) == expect(pg, sg * transpose(sg))
check fisher(pg) == -expect(pg, hessian(logpdf(pg, x), [a, b]))
pb = Beta(a, b)
sb = score(pb, x)
check fisher(pb) == expect(pb, sb * transpose(sb))
check fisher(pb) == -expect(pb, hessian(logpdf(pb, x), [a, b]))
pl = LogNormal(m, v)
sl = score(pl, x)
check fisher(pl) == expect(pl, sl * transpose(sl))
check fisher(pl) == -expect(pl, hessian(logpdf(pl, x), [m, v]))

# Discrete families: Bernoulli, Binomial, Poisson, Geometric.
pq = Bernoulli(p1)
sbe = score(pq, x)
check fisher(pq) == expect(pq, sbe * transpose(sbe))
check fisher(pq) == -expect(pq, hessian(logpdf(pq, x), [p1]))
pk = Binomial(n, p1)
sk = score(pk, x)
check fisher(pk) == expect(pk, sk * transpose(sk))
check fisher(pk) == -expect(pk, hessian(logpdf(pk, x), [p1]))
pp = Poisson(l)
sp = score(pp, x)
check fisher(pp) == expect(pp, sp * transpose(sp))
check fisher(pp) == -expect(pp, hessian(logpdf(pp, x), [l]))
pt = Geometric(p1)
st = score(pt, x)
check fisher(pt) == expect(pt, st * transpose(st))
check fisher(pt) == -expect(pt, hessian(logpdf(pt, x), [p1]))

# Laplace is not smooth at x = μ: −E[Hessian] misses the kink's
# contribution in μ, but E[s sᵀ] gives the information.
pa = Laplace(m, b)
sa = score(pa, x)
check fisher(pa) == expect(pa, sa * transpose(sa))

# Reparameterisation: information in (mu, s) is Jᵀ F J with J = ∂(m, v)/∂(mu, s).
J = [[1, 0], [0, 2 s]]
check fisher(N(mu, s^2), [mu, s]) == transpose(J) * subs(fisher(N(m, v)), v=s^2) * J
# The precision l = 1/v, and a curved family N(s, s²) with one parameter.
fisher(N(m, 1/l), [m, l])
fisher(N(s, s^2), [s])

# Vector families: a Categorical on two outcomes is a Bernoulli, and a
# Dirichlet on two components is a Beta.
check fisher(Categorical([p1, 1 - p1]), [p1]) == fisher(Bernoulli(p1))
check fisher(Dirichlet([a, b])) == fisher(Beta(a, b))
fisher(Categorical([p1, p2, 1 - p1 - p2]), [p1, p2])
