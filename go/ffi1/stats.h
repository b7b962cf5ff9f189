// The C view of the Rust library of ffi1: its #[repr(C)] struct and its
// extern "C" function.
#include <stddef.h>
#include <stdint.h>

typedef struct {
    size_t count;
    int64_t sum;
    int32_t min;
    int32_t max;
} Stats;

Stats stats_compute(const int32_t *data, size_t len);
