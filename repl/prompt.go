package repl

const (
	mainPrefix         = "statcalc> "
	continuationPrefix = "      ... "
	welcome            = "statcalc — type :help for help, Ctrl-D to quit"
)
