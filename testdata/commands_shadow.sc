# A variable may take the name of a built-in function or constant, as in a
# textbook that writes w2 for a weight; a note says once that the built-in
# is hidden, and :clear brings it back.
w2 = 3
	note: w2 now names a variable; the built-in w2(...) is hidden until :clear w2
w2 = 1/4
w2 * 2
	0.5
w2 (1 + 1)
	0.5
:clear w2
w2(N(0, 1), N(3, 1))
	3
e = 2
	note: e now names a variable; the constant e is hidden until :clear e
e^2
	4
exp(1)
	2.718281828
:clear e
e
	2.718281828
log = 1/2
	note: log now names a variable; the built-in log(...) is hidden until :clear log
:clear
log(2)
	0.6931471806
