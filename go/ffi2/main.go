// The Go side of ffi2: cgo calls C's strlen and qsort, and qsort calls back
// into Go; nothing marks these calls as unsafe.
package main

import (
	"cmp"
	"fmt"
	"sync/atomic"
	"unsafe"
)

// note:begin

// #include <stdlib.h>
// #include <string.h>
// int compareInts(void *a, void *b); // exported from Go below
import "C"

func cLen(s string) int {
	cs := C.CString(s) // copies into C memory: free it yourself
	defer C.free(unsafe.Pointer(cs))
	return int(C.strlen(cs)) // bytes, not characters: cLen("héllo") is 6
}

//export compareInts
func compareInts(a, b unsafe.Pointer) C.int { // qsort calls back into Go
	comparisons.Add(1)
	return C.int(cmp.Compare(*(*int32)(a), *(*int32)(b)))
}

func cSort(values []int32) {
	if len(values) == 0 {
		return // &values[0] would panic
	}
	// No unsafe block, no SAFETY comment: a wrong count or size compiles too.
	C.qsort(unsafe.Pointer(&values[0]), C.size_t(len(values)),
		C.size_t(unsafe.Sizeof(values[0])), (*[0]byte)(C.compareInts))
}

// note:end

// comparisons counts the calls of compareInts.
var comparisons atomic.Int64

// cSortWrongSize is cSort telling qsort that an element is 2 bytes, not 4.
func cSortWrongSize(values []int32) {
	C.qsort(unsafe.Pointer(&values[0]), C.size_t(len(values)), 2, (*[0]byte)(C.compareInts))
}

func main() {
	fmt.Println(cLen("héllo"))
	v := []int32{5, -3, 9, 0}
	cSort(v)
	fmt.Println(v, comparisons.Load())
}
