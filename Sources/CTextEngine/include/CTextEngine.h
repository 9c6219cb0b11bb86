// Plain C functions over the system ICU (libicu) and libc for text, callable from Swift beside
// Foundation (DESIGN §5): Swift cannot import the ICU headers in a module that sees Foundation.
#ifndef PINGDIAN_CTEXTENGINE_H
#define PINGDIAN_CTEXTENGINE_H

#include <stdint.h>

/// Writes the line-break opportunities of a UTF-16 text (zh_Hant rules) into `breaks` as UTF-16
/// offsets, each the start of a new unit, and returns how many there are (or -1 on an ICU error).
/// A return value larger than `capacity` means `breaks` was too small and holds the first ones.
int32_t pd_line_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity);

/// libc's wcwidth for one Unicode scalar: columns, or -1 when it cannot be printed. Depends on the
/// locale's character type (call setlocale first).
int pd_wcwidth(uint32_t scalar);

#endif
