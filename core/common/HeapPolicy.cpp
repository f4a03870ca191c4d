#include "core/common/HeapPolicy.h"

// Before the test for __GLIBC__, which the C library's headers define.
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace steward {

void useCompactHeap()
{
#if defined(__GLIBC__)
    // glibc's own initial values, fixed: blocks of 128 KiB and more are mapped and given back on
    // free, and the top of the heap is trimmed past 128 KiB.
    constexpr int kThreshold = 128 * 1024;
    mallopt(M_MMAP_THRESHOLD, kThreshold);
    mallopt(M_TRIM_THRESHOLD, kThreshold);
#endif
}

} // namespace steward
