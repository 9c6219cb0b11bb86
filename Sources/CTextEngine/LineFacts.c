// Counting a line's scalars without decoding it, for the index of a large text (Docs/speed.md).
#include "CTextEngine.h"
#include <string.h>

/// Whether the white space at `bytes[i]` (UTF-8) makes a line blank; sets `*width` to its byte length.
static int blank_scalar_at(const uint8_t *bytes, int64_t i, int64_t length, int64_t *width) {
    uint8_t b = bytes[i];
    if (b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C) { *width = 1; return 1; }
    if (b == 0xC2 && i + 1 < length && bytes[i + 1] == 0xA0) { *width = 2; return 1; }  // U+00A0
    if (i + 2 < length) {
        uint8_t c = bytes[i + 1], d = bytes[i + 2];
        if (b == 0xE3 && c == 0x80 && d == 0x80) { *width = 3; return 1; }             // U+3000
        if (b == 0xE2 && c == 0x80 && d >= 0x80 && d <= 0x8B) { *width = 3; return 1; } // U+2000–U+200B
        if (b == 0xEF && c == 0xBB && d == 0xBF) { *width = 3; return 1; }              // U+FEFF
    }
    return 0;
}

pd_line_facts_t pd_line_facts(const uint8_t *bytes, int64_t length) {
    pd_line_facts_t facts = { 0, 1, 0 };
    // Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear; a word holds a
    // zero byte exactly when (w - 0x01…) & ~w & 0x80… is not zero.
    const uint64_t high = 0x8080808080808080ull, low = 0x0101010101010101ull;
    int64_t continuation = 0, i = 0;
    uint64_t zero = 0;
    for (; i + 8 <= length; i += 8) {
        uint64_t word;
        memcpy(&word, bytes + i, 8);
        continuation += __builtin_popcountll(word & ~(word << 1) & high);
        zero |= (word - low) & ~word & high;
    }
    for (; i < length; i++) {
        continuation += (bytes[i] & 0xC0) == 0x80;
        if (bytes[i] == 0) zero = 1;
    }
    facts.scalars = length - continuation;
    facts.nul = zero != 0;
    i = 0;
    while (i < length) {
        int64_t width = 0;
        if (!blank_scalar_at(bytes, i, length, &width)) { facts.blank = 0; break; }
        i += width;
    }
    return facts;
}
