// Package loopback holds the rule every benchmark tool applies to the addresses it is given:
// load tests and proxies run here send traffic only to this machine's loopback.
package loopback

import (
	"fmt"
	"net"
)

// Check returns an error unless addr (host:port) names a loopback address or localhost.
func Check(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("address %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("address %q: not a loopback address", addr)
	}
	return nil
}
