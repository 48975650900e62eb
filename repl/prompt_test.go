package repl

import (
	"bufio"
	"io"
	"strings"
	"testing"
)

func TestReadLine(t *testing.T) {
	long := strings.Repeat("x", 10000)
	r := bufio.NewReaderSize(strings.NewReader("a = 1\r\n"+long+"\nlast"), 16)
	for _, want := range []struct {
		line string
		err  error
	}{{"a = 1\r", nil}, {"", errLineTooLong}, {"last", io.EOF}, {"", io.EOF}} {
		got, err := readLine(r, 100)
		if got != want.line || err != want.err {
			t.Errorf("readLine = %q, %v; want %q, %v", got, err, want.line, want.err)
		}
	}
}
