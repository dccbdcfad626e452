package loopback

import "testing"

func TestCheck(t *testing.T) {
	tests := map[string]bool{
		"127.0.0.1:7687": true, "127.3.4.5:1": true, "localhost:1": true, "[::1]:1": true,
		"0.0.0.0:1": false, "10.0.0.1:1": false, "192.168.1.1:7687": false, "example.org:80": false,
		"nohost": false, "": false,
	}
	for addr, ok := range tests {
		if err := Check(addr); (err == nil) != ok {
			t.Errorf("Check(%q) = %v, want ok=%v", addr, err, ok)
		}
	}
}
