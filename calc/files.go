package calc

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// File size limits. A statement reads a file whole, so the limits keep a
// mistaken name (a disk image, a log) from filling the memory.
const (
	maxLoadBytes   = 64 << 20  // :load
	maxMatrixBytes = 256 << 20 // read_matrix
)

// openRegular opens name for reading after checking, before opening, that
// it is a regular file of at most limit bytes: a device such as /dev/zero
// never ends, a FIFO blocks until someone writes to it, and a directory
// has no text. Symbolic links are followed. The returned reader stops
// after limit bytes even if the file grows meanwhile.
func openRegular(name string, limit int64) (io.ReadCloser, error) {
	st, err := os.Stat(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			pe.Op = "open" // what the user asked for
		}
		return nil, err
	}
	if err := checkRegular(name, st, limit); err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	// The name may have been replaced between Stat and Open.
	if st, err = f.Stat(); err != nil || !st.Mode().IsRegular() {
		f.Close()
		if err == nil {
			err = checkRegular(name, st, limit)
		}
		return nil, err
	}
	return &limitedFile{f: f, r: io.LimitReader(f, limit+1), name: name, limit: limit}, nil
}

// checkRegular explains why a file is not one to read.
func checkRegular(name string, st fs.FileInfo, limit int64) error {
	mode := st.Mode()
	switch {
	case mode.IsDir():
		return fmt.Errorf("%s is a directory, not a file", name)
	case mode&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%s is a FIFO (named pipe), not a regular file: reading it could wait forever", name)
	case mode&fs.ModeDevice != 0 || mode&fs.ModeCharDevice != 0:
		return fmt.Errorf("%s is a device, not a regular file", name)
	case mode&fs.ModeSocket != 0:
		return fmt.Errorf("%s is a socket, not a regular file", name)
	case !mode.IsRegular():
		return fmt.Errorf("%s is not a regular file", name)
	case st.Size() > limit:
		return tooLarge(name, st.Size(), limit)
	}
	return nil
}

func tooLarge(name string, size, limit int64) error {
	if size < 0 {
		return fmt.Errorf("%s is larger than the limit of %s", name, byteSize(limit))
	}
	return fmt.Errorf("%s is too large (%s; the limit is %s)", name, byteSize(size), byteSize(limit))
}

// byteSize prints a size in bytes, or in MiB or GiB when it is large.
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// limitedFile reads a file up to its limit and fails, rather than
// truncating, when the file holds more.
type limitedFile struct {
	f     *os.File
	r     io.Reader
	name  string
	limit int64
	n     int64
}

func (l *limitedFile) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	l.n += int64(n)
	if l.n > l.limit {
		return 0, tooLarge(l.name, -1, l.limit)
	}
	return n, err
}

func (l *limitedFile) Close() error { return l.f.Close() }

// readRegular reads a whole regular file of at most limit bytes.
func readRegular(name string, limit int64) ([]byte, error) {
	f, err := openRegular(name, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}
