package graph

import (
	"errors"
	"fmt"
)

// Code classifies an error so the server can map it to a GraphQL extensions.code and an HTTP
// status without knowing which backend produced it.
type Code string

// The error codes a Store returns. Each Store method documents which of them it can return.
const (
	// Invalid: the caller's input is wrong (bad cursor, inverted date range, unknown enum value).
	Invalid Code = "INVALID"
	// NotFound: a referenced entity does not exist.
	NotFound Code = "NOT_FOUND"
	// Unavailable: the backend cannot be reached now; the same call may succeed later.
	Unavailable Code = "UNAVAILABLE"
	// Internal: a bug or corrupt data; never the caller's fault.
	Internal Code = "INTERNAL"
)

// Error is a classified error. Op names the operation that failed ("memory.List").
type Error struct {
	Code    Code
	Op      string
	Message string // safe to show to API users
	Err     error  // the underlying cause, for logs; never shown to users
}

func (e *Error) Error() string {
	switch {
	case e.Op != "" && e.Err != nil:
		return fmt.Sprintf("%s: %s: %v", e.Op, e.Message, e.Err)
	case e.Op != "":
		return e.Op + ": " + e.Message
	case e.Err != nil:
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with a formatted, user-safe message.
func Errorf(code Code, op, format string, args ...any) error {
	return &Error{Code: code, Op: op, Message: fmt.Sprintf(format, args...)}
}

// Wrap classifies err under code, keeping it as the cause. A nil err gives nil.
func Wrap(code Code, op string, err error, message string) error {
	if err == nil {
		return nil
	}
	return &Error{Code: code, Op: op, Message: message, Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, Internal for any other error,
// and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// ErrorMessage returns the user-safe message of err: the Message of its *Error, or a generic
// text for unclassified errors (whose details may leak internals).
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// WithOp names op as the operation of err, keeping its code, its user-safe message and its
// cause: the one way a store labels the errors its methods return, whether they come from a
// shared helper (ValidateList, Paginate, DateRange.Validate), from a call it made or from its
// own checks. An error from another package keeps its chain (errors.Is and As still see it)
// and is Internal unless classified. A nil err gives nil.
func WithOp(op string, err error) error {
	if err == nil {
		return nil
	}
	var ge *Error
	if errors.As(err, &ge) {
		if ge.Op == op {
			return err
		}
		c := *ge
		c.Op = op
		if ge.Err == nil && err != error(ge) {
			c.Err = err
		}
		return &c
	}
	return &Error{Code: Internal, Op: op, Message: "internal error", Err: err}
}
