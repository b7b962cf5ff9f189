// The C view of the Rust library of ffi1: its #[repr(C)] struct and its
// extern "C" function.
#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t count;   /* offset 0 */
    int64_t  sum;     /* offset 8, after 4 bytes of padding */
    int32_t  min;     /* offset 16 */
    int32_t  max;     /* offset 20; size 24 */
} Stats;

Stats stats_compute(const int32_t *values, size_t len);
