// traits7: a colour that generic decoders (encoding/json, flag...) can parse,
// because it implements encoding.TextUnmarshaler.
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type RGB struct{ R, G, B uint8 }

// note:begin
// Go has no generic parse; decoders look for the encoding.TextUnmarshaler interface.
func (c *RGB) UnmarshalText(text []byte) error {
	digits, ok := strings.CutPrefix(string(text), "#")
	if !ok {
		return fmt.Errorf("missing #")
	}
	if len(digits) != 6 {
		return fmt.Errorf("want 6 digits, got %d", len(digits))
	}
	n, err := strconv.ParseUint(digits, 16, 32)
	if err != nil {
		return err
	}
	*c = RGB{uint8(n >> 16), uint8(n >> 8), uint8(n)}
	return nil
}

// var palette []RGB
// err := json.Unmarshal([]byte(`["#ff0000", "#00ff00"]`), &palette)
// note:end

func main() {
	var palette []RGB
	err := json.Unmarshal([]byte(`["#ff0000", "#00ff00"]`), &palette)
	fmt.Println(palette, err)
	err = json.Unmarshal([]byte(`["ff0000"]`), &palette)
	fmt.Println(err)
}
