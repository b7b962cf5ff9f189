// The Go side of errors3: any type with an Error method is an error.
package main

import (
	"errors"
	"fmt"
)

// note:begin
type ConfigError struct {
	Key string
}

// Any type with this method is an `error`, implicitly.
func (e *ConfigError) Error() string {
	return fmt.Sprintf("missing key %q", e.Key)
}

// note:end

func main() {
	var err error = &ConfigError{Key: "port"}
	var missing *ConfigError
	fmt.Println(err, errors.As(err, &missing))
}
