// The Go side of ffi1: cgo calls a C-ABI library (here stats.c stands in for
// the Rust one) and reads its struct with C's layout.
package main

import (
	"fmt"
	"unsafe"
)

// note:begin
// stats.h declares the Rust library's #[repr(C)] struct and extern "C" function.
// Once it is built (cargo build --release), link it with a preamble line:
//   #cgo LDFLAGS: -L${SRCDIR}/target/release -lstats

// #include "stats.h"
import "C"

func main() {
	data := []int32{3, -7, 10, 4}
	s := C.stats_compute((*C.int32_t)(unsafe.Pointer(&data[0])), C.size_t(len(data)))
	fmt.Println(s.count, s.sum, s.min, s.max) // cgo reads the fields at C's offsets
}

// note:end
