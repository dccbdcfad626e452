//go:build unix

package neo4jtest

import (
	"os"
	"syscall"
)

func lockExclusive(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_EX) }
func unlock(f *os.File)              { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
func lockShared(f *os.File) error    { return syscall.Flock(int(f.Fd()), syscall.LOCK_SH) }
