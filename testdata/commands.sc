:help det
:help :digits
:digits 4
pi
[[1/3, 2/3], [1, 2]]
:digits 10
:precision 40
pi
log(1 + 1e-30) - 1e-30
sqrt(2)
:precision 0
:format latex
[[1, 0.5], [0.5, 2]]
(m1 - m2)^2/(2 s2^2)
1e-7
:format json
[1, 2] * 2
[[1, 2], [3, 4]]
1/4
x + 1
S = I(2)
check 1 == 1
1/0
:format plain
:vars
:clear S
:vars
