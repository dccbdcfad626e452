package main

import (
	"bytes"
	"encoding/binary"
	"io"
	"net"
	"testing"
	"time"
)

// message frames a Bolt message (marker, signature, payload) into chunks of at most split bytes.
func message(sig byte, payload []byte, split int) []byte {
	body := append([]byte{0xB1, sig}, payload...)
	var out []byte
	for len(body) > 0 {
		n := min(split, len(body))
		out = binary.BigEndian.AppendUint16(out, uint16(n))
		out = append(out, body[:n]...)
		body = body[n:]
	}
	return append(out, 0, 0)
}

// fakeNeo4j accepts one connection, answers the handshake with reply, then reads everything
// the client sends until it closes, and hands it over.
func fakeNeo4j(t *testing.T, reply []byte, clientChoice int) (addr string, got <-chan []byte) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	ch := make(chan []byte, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		hello := make([]byte, 20+clientChoice)
		if _, err := io.ReadFull(c, hello[:20]); err != nil {
			return
		}
		_, _ = c.Write(reply)
		if _, err := io.ReadFull(c, hello[20:]); err != nil {
			return
		}
		rest, _ := io.ReadAll(c)
		ch <- append(hello, rest...)
	}()
	return ln.Addr().String(), ch
}

func TestProxyCounts(t *testing.T) {
	hello := append(append([]byte{}, boltMagic...), make([]byte, 16)...)
	var msgs []byte
	msgs = append(msgs, message(0x01, []byte("hello"), 100)...)              // HELLO
	msgs = append(msgs, 0, 0)                                                // NOOP
	msgs = append(msgs, message(0x11, nil, 100)...)                          // BEGIN
	msgs = append(msgs, message(0x10, bytes.Repeat([]byte{'q'}, 300), 1)...) // RUN, 1-byte chunks
	msgs = append(msgs, message(0x3F, nil, 100)...)                          // PULL
	msgs = append(msgs, message(0x10, []byte("RETURN 1"), 7)...)             // RUN
	msgs = append(msgs, message(0x12, nil, 100)...)                          // COMMIT

	tests := []struct {
		name   string
		reply  []byte // the server's handshake answer
		choice []byte // what the client then sends before its messages
	}{
		{"bolt 5.4", []byte{0, 0, 4, 5}, nil},
		// Manifest v1: two version ranges, no capabilities; the client picks 5.8, capabilities 0.
		{"manifest", append(append(append([]byte{}, manifestV1...), 2), 0, 0, 8, 5, 0, 0, 4, 4, 0), []byte{0, 0, 8, 5, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target, got := fakeNeo4j(t, tt.reply, len(tt.choice))
			p := &Proxy{Target: target}
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			go func() { _ = p.Serve(ln) }()

			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.Write(hello); err != nil {
				t.Fatal(err)
			}
			reply := make([]byte, len(tt.reply))
			if _, err := io.ReadFull(c, reply); err != nil || !bytes.Equal(reply, tt.reply) {
				t.Fatalf("handshake reply = %x, %v; want %x", reply, err, tt.reply)
			}
			sent := append(append([]byte{}, tt.choice...), msgs...)
			if _, err := c.Write(sent); err != nil {
				t.Fatal(err)
			}
			c.Close()
			select {
			case b := <-got:
				if want := append(append([]byte{}, hello...), sent...); !bytes.Equal(b, want) {
					t.Errorf("Neo4j received %d bytes, not the %d the client sent", len(b), len(want))
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Neo4j received nothing")
			}
			counts := p.Counts()
			want := map[string]int64{"HELLO": 1, "BEGIN": 1, "RUN": 2, "PULL": 1, "COMMIT": 1}
			if len(counts.Messages) != len(want) {
				t.Errorf("messages = %v, want %v", counts.Messages, want)
			}
			for k, v := range want {
				if counts.Messages[k] != v {
					t.Errorf("messages[%s] = %d, want %d (all: %v)", k, counts.Messages[k], v, counts.Messages)
				}
			}
			if counts.Connections != 1 || counts.ServerBytes != int64(len(tt.reply)) {
				t.Errorf("connections %d, server bytes %d; want 1, %d", counts.Connections, counts.ServerBytes, len(tt.reply))
			}
		})
	}
}
