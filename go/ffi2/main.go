// The Go side of ffi2: C strings are copies in C memory, freed by hand.
package main

import (
	"fmt"
	"unsafe"
)

// note:begin

// #include <stdlib.h>
// #include <string.h>
import "C"

func cLen(s string) int {
	cs := C.CString(s) // copies into C memory: free it yourself
	defer C.free(unsafe.Pointer(cs))
	return int(C.strlen(cs)) // bytes, not characters: cLen("héllo") is 6
}

// note:end

func main() {
	fmt.Println(cLen("héllo"))
}
