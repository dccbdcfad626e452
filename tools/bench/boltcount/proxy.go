package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
)

// Bolt framing, as far as counting needs it (Bolt protocol 4.x and 5.x):
//
//   - The client opens with 20 bytes: the magic 0x6060B017 and four proposed versions. The
//     server answers 4 bytes, the chosen version, or 0x000001FF to start the handshake
//     manifest (Bolt 5.7+): then it sends a varint count, that many 4-byte version ranges and a
//     varint of capabilities, and the client answers its choice, 4 bytes plus a varint.
//   - After that, each message is a sequence of chunks (a 2-byte big-endian size, then the
//     bytes) ended by a zero-size chunk; a zero-size chunk between messages is a NOOP.
//   - A message is a PackStream structure: a marker 0xB0|fields, then its signature byte.

var boltMagic = []byte{0x60, 0x60, 0xB0, 0x17}

var manifestV1 = []byte{0x00, 0x00, 0x01, 0xFF}

// messageNames are the Bolt request messages, by signature.
var messageNames = map[byte]string{
	0x01: "HELLO", 0x02: "GOODBYE", 0x0F: "RESET", 0x10: "RUN", 0x11: "BEGIN", 0x12: "COMMIT",
	0x13: "ROLLBACK", 0x2F: "DISCARD", 0x3F: "PULL", 0x54: "TELEMETRY", 0x66: "ROUTE",
	0x6A: "LOGON", 0x6B: "LOGOFF",
}

// Proxy forwards Bolt connections to Target and counts what clients send.
type Proxy struct {
	Target string

	messages    [256]atomic.Int64
	unparsed    atomic.Int64 // messages that did not start with a structure marker
	connections atomic.Int64
	clientBytes atomic.Int64
	serverBytes atomic.Int64
}

// Counts is a snapshot of the counters since the proxy started.
type Counts struct {
	Connections int64            `json:"connections"`
	Messages    map[string]int64 `json:"messages"`
	ClientBytes int64            `json:"clientBytes"`
	ServerBytes int64            `json:"serverBytes"`
}

// Counts returns the counters.
func (p *Proxy) Counts() Counts {
	c := Counts{
		Connections: p.connections.Load(),
		Messages:    map[string]int64{},
		ClientBytes: p.clientBytes.Load(),
		ServerBytes: p.serverBytes.Load(),
	}
	for sig := range p.messages {
		if n := p.messages[sig].Load(); n > 0 {
			name, ok := messageNames[byte(sig)]
			if !ok {
				name = fmt.Sprintf("0x%02X", sig)
			}
			c.Messages[name] = n
		}
	}
	if n := p.unparsed.Load(); n > 0 {
		c.Messages["UNPARSED"] = n
	}
	return c
}

// Serve accepts connections until ln is closed.
func (p *Proxy) Serve(ln net.Listener) error {
	for {
		c, err := ln.Accept()
		if err != nil {
			return fmt.Errorf("boltcount: accept: %w", err)
		}
		go p.handle(c)
	}
}

func (p *Proxy) handle(client net.Conn) {
	defer func() { _ = client.Close() }()
	server, err := net.Dial("tcp", p.Target)
	if err != nil {
		return
	}
	defer func() { _ = server.Close() }()
	p.connections.Add(1)
	manifest := make(chan bool, 1)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		_ = p.fromServer(server, client, manifest)
		_ = client.Close() // unblocks the other direction
	}()
	go func() {
		defer wg.Done()
		_ = p.fromClient(client, server, manifest)
		_ = server.Close()
	}()
	wg.Wait()
}

// fromServer copies Neo4j's bytes to the client, telling fromClient whether the server started
// the handshake manifest.
func (p *Proxy) fromServer(src io.Reader, dst io.Writer, manifest chan<- bool) error {
	r := bufio.NewReader(src)
	w := &countingWriter{w: dst, n: &p.serverBytes}
	var hs bytes.Buffer
	version := make([]byte, 4)
	if _, err := io.ReadFull(r, version); err != nil {
		close(manifest)
		return err
	}
	hs.Write(version)
	isManifest := bytes.Equal(version, manifestV1)
	if isManifest {
		n, err := copyVarint(r, &hs)
		if err != nil {
			close(manifest)
			return err
		}
		if _, err := io.CopyN(&hs, r, int64(n)*4); err != nil {
			close(manifest)
			return err
		}
		if _, err := copyVarint(r, &hs); err != nil {
			close(manifest)
			return err
		}
	}
	manifest <- isManifest
	if _, err := w.Write(hs.Bytes()); err != nil {
		return err
	}
	// The rest is replies: copied as they come (what r has buffered first), not parsed.
	_, err := io.Copy(w, r)
	return err
}

// fromClient copies the client's bytes to Neo4j and counts its messages.
func (p *Proxy) fromClient(src io.Reader, dst io.Writer, manifest <-chan bool) error {
	r := bufio.NewReaderSize(src, 64<<10)
	w := bufio.NewWriterSize(&countingWriter{w: dst, n: &p.clientBytes}, 64<<10)
	// flush before every read that may block, so that nothing waits in the proxy.
	fill := func(b []byte) error {
		if r.Buffered() < len(b) {
			if err := w.Flush(); err != nil {
				return err
			}
		}
		_, err := io.ReadFull(r, b)
		return err
	}
	hello := make([]byte, 20)
	if err := fill(hello); err != nil {
		return err
	}
	if !bytes.Equal(hello[:4], boltMagic) {
		return fmt.Errorf("boltcount: not a Bolt client (no magic preamble)")
	}
	if _, err := w.Write(hello); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	isManifest, ok := <-manifest
	if !ok {
		return io.ErrUnexpectedEOF
	}
	if isManifest { // the client's choice: a version and its capabilities
		choice := make([]byte, 4)
		if err := fill(choice); err != nil {
			return err
		}
		_, _ = w.Write(choice)
		if err := w.Flush(); err != nil {
			return err
		}
		if _, err := copyVarint(r, w); err != nil {
			return err
		}
	}
	var (
		size  = make([]byte, 2)
		chunk = make([]byte, 0xFFFF)
		head  []byte // the first bytes of the current message, until its signature is known
		inMsg bool
	)
	for {
		if err := fill(size); err != nil {
			return err
		}
		n := int(binary.BigEndian.Uint16(size))
		if err := fill(chunk[:n]); err != nil {
			return err
		}
		if n == 0 { // end of a message, or a NOOP between messages
			if inMsg && len(head) < 2 {
				p.unparsed.Add(1)
			}
			inMsg, head = false, head[:0]
		} else {
			inMsg = true
			if len(head) < 2 {
				head = append(head, chunk[:min(n, 2-len(head))]...)
				if len(head) == 2 {
					if head[0]&0xF0 == 0xB0 {
						p.messages[head[1]].Add(1)
					} else {
						p.unparsed.Add(1)
					}
				}
			}
		}
		if _, err := w.Write(size); err != nil {
			return err
		}
		if _, err := w.Write(chunk[:n]); err != nil {
			return err
		}
	}
}

// copyVarint copies one base-128 varint (the handshake manifest's) and returns its value.
func copyVarint(r io.ByteReader, w io.Writer) (uint64, error) {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		b, err := r.ReadByte()
		if err != nil {
			return 0, err
		}
		if _, err := w.Write([]byte{b}); err != nil {
			return 0, err
		}
		v |= uint64(b&0x7F) << shift
		if b&0x80 == 0 {
			return v, nil
		}
	}
	return 0, fmt.Errorf("boltcount: varint too long")
}

type countingWriter struct {
	w io.Writer
	n *atomic.Int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n.Add(int64(n))
	return n, err
}
