// A C stand-in for the Rust library, so that this module builds on its own.
// With the real library: drop this file and add `#cgo LDFLAGS: -lstats`.
#include "stats.h"

Stats stats_compute(const int32_t *values, size_t len) {
    Stats s = {0, 0, 0, 0};
    if (values == NULL) {
        return s;
    }
    for (size_t i = 0; i < len; i++) {
        if (i == 0 || values[i] < s.min) s.min = values[i];
        if (i == 0 || values[i] > s.max) s.max = values[i];
        s.sum += values[i];
        s.count++;
    }
    return s;
}
