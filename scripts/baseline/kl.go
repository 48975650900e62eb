//go:build ignore

// Command kl is the baseline for statcalc's speed on large literals: a
// plain Go program that reads a batch file written by scripts/mvn_batch.py
// with strconv, builds the two normals with gonum and prints KL(p‖q) with
// gonum's distmv, nothing else. Compare the whole-process time and peak
// memory of
//
//	go build -o /tmp/kl scripts/baseline/kl.go && /usr/bin/time /tmp/kl mvn.sc
//
// with statcalc on the same file reduced to its first three lines.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat/distmv"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	var normals []*distmv.Normal
	for sc.Scan() && len(normals) < 2 {
		line := sc.Text()
		open := strings.Index(line, "N([")
		if open < 0 {
			continue
		}
		nums := numbers(line[open+2:])
		d := 0
		for d*d+d < len(nums) {
			d++
		}
		if d*d+d != len(nums) {
			log.Fatalf("%d numbers are not a mean and a covariance", len(nums))
		}
		n, ok := distmv.NewNormal(nums[:d], mat.NewSymDense(d, nums[d:]), nil)
		if !ok {
			log.Fatal("covariance is not positive definite")
		}
		normals = append(normals, n)
	}
	if err := sc.Err(); err != nil || len(normals) != 2 {
		log.Fatalf("want two normals: %v", err)
	}
	fmt.Println(distmv.KullbackLeibler{}.DistNormal(normals[0], normals[1]))
}

// numbers returns the numbers in s, which holds only numbers, brackets,
// commas, blanks and a closing parenthesis.
func numbers(s string) []float64 {
	var out []float64
	for len(s) > 0 {
		i := strings.IndexAny(s, "-.0123456789")
		if i < 0 {
			break
		}
		s = s[i:]
		j := strings.IndexAny(s, ", ])")
		if j < 0 {
			j = len(s)
		}
		x, err := strconv.ParseFloat(s[:j], 64)
		if err != nil {
			log.Fatal(err)
		}
		out = append(out, x)
		s = s[j:]
	}
	return out
}
