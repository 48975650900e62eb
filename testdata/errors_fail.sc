# Every mistake gives one message with line:col and the reason.
(1 + 2
[1, 2
1 + 2)
1 +
2 3
f(1, 2))
"abc
1.2.3
det
foo(1)
dett([[1, 2], [3, 4]])
det(1, 2)
det([1, 2])
det([[1, 2, 3], [4, 5, 6]])
[[1, 2], [3]]
[]
inv([[1, 2], [2, 4]])
[1, 2] + [1, 2, 3]
[1, 2] * [3, 4]
[[1, 2], [3, 4]] * [1, 2, 3]
1/0
0^-1
log(0)
log(-2)
sqrt(-1)
10^100000
exp(1000)
N([0, 0], [[1, 2], [2, 1]])
N([0, 0], [[1, 0.5], [0.4, 1]])
N([0, 0], I(3))
N(0, -1)
N([0, 0], [1, 1])
kl(N(0, 1), N([0, 0], I(2)))
kl(N([0, 0], [[1, 1], [1, 1]]), N([0, 0], I(2)))
renyi(N(0, 1), N(1, 1), 0)
renyi(N(0, 1), N(1, 1), -1)
kl(1, 2)
kl(N(0, 1))
mahalanobis([1, 2, 3], N([0, 0], I(2)))
I(0)
I(1.5)
diag(1)
chol([[1, 2], [2, 1]])
eig([[0, -1], [1, 0]])
:digits 99
:format yaml
:nosuch
:help nosuch
log = 3
pi = 3
log(x, y, z)
subs(x, y=[1, 2])
diff(x^2, 2)
check 1 == 2
check x + 1 == x + 2
check [1, 2] == [1, 3]
assume s > 2
read_matrix("/nonexistent.csv")
N(0, 1) + 1
