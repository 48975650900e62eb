import itertools, subprocess, sys, collections, re
fams = {
 'Beta': ['Beta(2, 3)', 'Beta(0.5, 0.5)', 'Beta(0.05, 1)', 'Beta(0.1, 0.1)', 'Beta(0.02, 3)', 'Beta(3, 0.02)', 'Beta(50, 80)'],
 'Cauchy': ['Cauchy(0, 1)', 'Cauchy(5, 0.01)'],
 'Chi': ['Chi(3)', 'Chi(0.3)'],
 'Chi2': ['Chi2(3)', 'Chi2(0.2)', 'Chi2(200)'],
 'Exponential': ['Exponential(1)', 'Exponential(1e-3)', 'Exponential(100)'],
 'Gamma': ['Gamma(2, 3)', 'Gamma(0.05, 1)', 'Gamma(500, 2)'],
 'Gumbel': ['Gumbel(0, 1)', 'Gumbel(3, 0.1)'],
 'HalfNormal': ['HalfNormal(1)', 'HalfNormal(0.01)'],
 'InverseGamma': ['InverseGamma(3, 2)', 'InverseGamma(0.5, 1)'],
 'Laplace': ['Laplace(0, 1)', 'Laplace(2, 0.01)'],
 'Logistic': ['Logistic(0, 1)', 'Logistic(-3, 5)'],
 'LogNormal': ['LogNormal(0, 1)', 'LogNormal(0, 9)', 'LogNormal(2, 0.01)'],
 'N': ['N(0, 1)', 'N(-1, 4)', 'N(100, 1e-4)'],
 'Pareto': ['Pareto(1, 3)', 'Pareto(0.5, 0.5)'],
 'StudentT': ['StudentT(3, 0, 1)', 'StudentT(0.5, 0, 1)', 'StudentT(30, 1, 2)'],
 'Uniform': ['Uniform(0, 1)', 'Uniform(-1, 3)'],
 'Weibull': ['Weibull(2, 1)', 'Weibull(0.3, 1)', 'Weibull(20, 2)'],
}
divs = sys.argv[2].split(',') if len(sys.argv) > 2 else ['kl','cross_entropy','skl','js','tv','pearson','w2','bhattacharyya','hellinger']
allm = [m for v in fams.values() for m in v]
stmts = []
for d in divs:
    for p in allm:
        for q in allm:
            if p.split('(')[0] == q.split('(')[0]: continue
            stmts.append(f'{d}({p}, {q})')
open('/tmp/nr/sweep.sc','w').write('\n'.join(stmts)+'\n')
r = subprocess.run([sys.argv[1], '--timeout', '20s', '/tmp/nr/sweep.sc'], capture_output=True, text=True)
errs = collections.Counter(); ex = {}
for line in r.stderr.splitlines():
    m = re.match(r'.*sweep.sc:(\d+):\d+: (\w+): (.*)', line)
    if m:
        msg = m.group(3); key = (m.group(2), msg[:60])
        errs[key] += 1; ex.setdefault(key, []).append(stmts[int(m.group(1))-1])
print(len(stmts), 'statements')
for k, c in errs.most_common():
    print(c, k); print('   ', ex[k][:6])
