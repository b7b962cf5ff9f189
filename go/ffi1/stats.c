// A C stand-in for the Rust library, so that this module builds on its own.
// With the real library: drop this file and add `#cgo LDFLAGS: -lstats`.
#include "stats.h"

Stats stats_compute(const int32_t *data, size_t len) {
    Stats s = {0, 0, 0, 0};
    for (size_t i = 0; i < len; i++) {
        if (i == 0 || data[i] < s.min) s.min = data[i];
        if (i == 0 || data[i] > s.max) s.max = data[i];
        s.sum += data[i];
        s.count++;
    }
    return s;
}
