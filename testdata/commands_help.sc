# :help describes every statement and command, each with an example.
:help mc
	mc f(p, q) [n=…] [seed=…] [level=…]
	  estimate kl, cross_entropy, entropy, bhattacharyya, hellinger, renyi, skl, js, tv, pearson (from their declared integrands), expect, mean, var, w2 or fisher by sampling, as an independent witness: prints the closed form, the estimate ± its standard error, n, the seed, z = (estimate − closed)/se and a verdict (agrees; DISAGREES, a failed check, beyond level= standard errors, default 5; unreliable when the variance looks infinite; the estimate alone when there is no closed form). Samplers and densities are not those of the closed forms: normals, exponential, gamma, beta, Laplace and log-normal have mc's own (Cholesky from gonum mat), the other families gonum's distuv/distmv; w2 samples the optimal map of normals, or couples quantiles (gonum distuv) in one dimension; fisher shows the score's covariance and the mean −Hessian (numerical differences in the parameters) entry by entry. Fixed chunks with their own seeds: the same digits on any number of cores, memory independent of n; Ctrl-C keeps the estimate so far
	  example: mc kl(N(0, 1), N(1, 2)) n=10000
:help check
	check a == b [tol=t]
	  prove an identity symbolically, or test it at random points; numbers compare within |a − b| ≤ t; check a <= b (or <, >, >=) proves or tests an inequality
	  example: check kl(N(0, 1), N(0, 1)) == 0
:help assume
	assume s > 0
	  narrow the domain of free symbols (> 0, >= 0, < 0, and 0 < p < 1)
	  example: assume s > 0, 0 < p < 1
:help =
	name = expr
	  give a name a value; a name without one is a free symbol
	  example: p = N(0, 1)
:help :load
	:load file
	  run the statements of a file in this session (a regular file of at most 64 MiB)
	  example: :load derivation.sc
:help quit
	:quit
	  end the session (also Ctrl-D)
	  example: :quit
:help history
	history
	  the REPL keeps entered statements in $STATCALC_HISTORY, else $XDG_STATE_HOME/statcalc/history, else ~/.local/state/statcalc/history; Up recalls them
