#pragma once

namespace steward {

// Keeps the heap from holding on to memory the program has freed. glibc raises its mmap
// threshold each time a large block (a key derivation's scrypt buffer, a measured column) is
// freed; after that the next large blocks come from the heap, fragment it and stay resident. A
// million-row export peaked at 211 MiB that way and at 173 MiB with the threshold fixed. Call
// first thing in main(). Does nothing where the C library is not glibc.
void useCompactHeap();

} // namespace steward
