#ifndef ARSENAL_CFUZZSHIM_H
#define ARSENAL_CFUZZSHIM_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver (from -sanitize=fuzzer) with one test callback. SwiftPM renames
/// an executable's `main`, so libFuzzer's own `main` never runs; this entry point does.
int arsenal_fuzz_run(int *argc, char ***argv, int (*test_one_input)(const uint8_t *data, size_t size));

#endif
