# Exponential-family identities (Wainwright & Jordan 2008, section 3;
# Amari & Nagaoka, Methods of Information Geometry, chapter 2).
# p(x | η) = h(x) exp(η T(x) − A(η)).

# ∇A(η) = E[T(x)]: Poisson, η = log λ, A = e^η, T = x.
check diff(exp(eta), eta) == subs(mean(Poisson(l)), l=exp(eta))
# ∇²A(η) = Var T(x).
check diff(exp(eta), eta, 2) == subs(var(Poisson(l)), l=exp(eta))
# Bernoulli, η = logit p, A = log(1 + e^η): A′ = σ(η) = p and A″ = p(1 − p).
check diff(log(1 + exp(eta)), eta) == sigmoid(eta)
check subs(diff(log(1 + exp(eta)), eta, 2), eta=log(p/(1 - p))) == var(Bernoulli(p))

# KL is the Bregman divergence of A: D(p_η1‖p_η2) = A(η2) − A(η1) − (η2 − η1) A′(η1).
check kl(Poisson(exp(e1)), Poisson(exp(e2))) == exp(e2) - exp(e1) - (e2 - e1) exp(e1)
check kl(Exponential(l1), Exponential(l2)) == log(l1/l2) + l2/l1 - 1

# Fisher information = Var(score) = −E[∂² log p] (Cramér–Rao setting).
check expect(Poisson(l), diff(logpdf(Poisson(l), x), l)^2, x) == fisher(Poisson(l))
check expect(Exponential(l), -diff(logpdf(Exponential(l), x), l, 2), x) == fisher(Exponential(l))
