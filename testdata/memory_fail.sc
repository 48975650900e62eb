# One size rule for every matrix, however it is made, checked before its
# storage is allocated.
sample(N(0, 1), 100000) * transpose(sample(N(0, 1), 100000))
	3:25: a product: a 100000×100000 matrix is too large (1e+10 entries; at most 4194304)
		sample(N(0, 1), 100000) * transpose(sample(N(0, 1), 100000))
		                        ^
I(4096)
	7:3: the size of I(n) must be between 1 and 2048, not 4096
		I(4096)
		  ^
diag(sample(N(0, 1), 3000))
	11:1: diag: a 3000×3000 matrix is too large (9000000 entries; at most 4194304)
		diag(sample(N(0, 1), 3000))
		^
# A memory budget for the variables plus the running statement.
:memory 40MiB
	memory: the variables hold 0 B of a budget of 40 MiB
I(2048) * 2
	18:9: memory budget exceeded: a product (a 2048×2048 matrix) needs 32 MiB; the variables hold 0 B and this statement 32 MiB, of a budget of 40 MiB (:memory sets it; :clear frees variables)
		I(2048) * 2
		        ^
:memory 1e-3
	22:1: :memory: a budget of 1e-3 is too small to work in (at least 1 MiB)
		:memory 1e-3
		^
:memory 2GiB
	memory: the variables hold 0 B of a budget of 2 GiB
