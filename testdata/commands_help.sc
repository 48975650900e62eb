# :help describes every statement and command, each with an example.
:help mc
	mc f(p, q) [n=…] [seed=…]
	  estimate kl, cross_entropy, entropy, bhattacharyya, hellinger or renyi by sampling, and compare with the closed form
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
