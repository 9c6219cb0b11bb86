#include "CTextEngine.h"
#include <pthread.h>
#include <stdatomic.h>
#include "FoundationICU.h"

// The fold of every scalar from U+0080 to this bound is cached; all of CJK (planes 0-3) is below it.
#define PD_FOLD_CACHE_LIMIT 0x40000

// Folded scalars, 0 while unknown (the fold of a scalar >= U+0080 is never 0). Relaxed atomics:
// two threads may compute the same entry, and both write the same value.
static _Atomic uint32_t pd_fold_cache[PD_FOLD_CACHE_LIMIT];

static pthread_once_t pd_fold_once = PTHREAD_ONCE_INIT;
// ICU does not promise that one transliterator may be used by two threads at once.
static pthread_mutex_t pd_fold_lock = PTHREAD_MUTEX_INITIALIZER;
static UTransliterator *pd_hant_hans = 0;

static void pd_fold_open(void) {
    UErrorCode status = U_ZERO_ERROR;
    static const UChar identifier[] = {'H', 'a', 'n', 't', '-', 'H', 'a', 'n', 's', 0};
    UTransliterator *transliterator = utrans_openU(identifier, -1, UTRANS_FORWARD, 0, 0, 0, &status);
    pd_hant_hans = U_FAILURE(status) ? 0 : transliterator;
}

// The Hant-Hans transliteration of one scalar when it is exactly one scalar, else the scalar.
// The corner brackets of Traditional text are the curly quotes of Simplified text (the essay's
// original quotes “算力” where it has 「算力」): ICU 72's Hant-Hans turned them into each other,
// ICU 76's (the toolchain's, which pingdian links) no longer does, so it is said here.
static uint32_t pd_simplified(uint32_t scalar) {
    if (scalar == 0x300C) return 0x201C;  // 「 “
    if (scalar == 0x300D) return 0x201D;  // 」 ”
    pthread_once(&pd_fold_once, pd_fold_open);
    if (pd_hant_hans == 0) return scalar;
    UChar buffer[16];
    int32_t length = 0;
    UBool failed = 0;
    U16_APPEND(buffer, length, 16, scalar, failed);
    if (failed) return scalar;
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    pthread_mutex_lock(&pd_fold_lock);
    utrans_transUChars(pd_hant_hans, buffer, &length, 16, 0, &limit, &status);
    pthread_mutex_unlock(&pd_fold_lock);
    if (U_FAILURE(status) || length < 1) return scalar;
    int32_t index = 0;
    UChar32 result;
    U16_NEXT(buffer, index, length, result);
    return (index == length && result >= 0) ? (uint32_t)result : scalar;
}

// Full-width forms to ASCII, the ideographic space to a space, a few other width forms of the
// Halfwidth and Fullwidth Forms block to their counterparts.
static uint32_t pd_fold_width(uint32_t scalar) {
    if (scalar - 0xFF01u < 0x5Eu) return scalar - 0xFEE0u;
    switch (scalar) {
    case 0x3000: return 0x20;
    case 0xFF5F: return 0x2985;  // ⦅
    case 0xFF60: return 0x2986;  // ⦆
    case 0xFF61: return 0x3002;  // 。
    case 0xFF62: return 0x300C;  // 「
    case 0xFF63: return 0x300D;  // 」
    case 0xFF64: return 0x3001;  // 、
    case 0xFFE0: return 0xA2;    // ¢
    case 0xFFE1: return 0xA3;    // £
    case 0xFFE2: return 0xAC;    // ¬
    case 0xFFE3: return 0xAF;    // ¯
    case 0xFFE4: return 0xA6;    // ¦
    case 0xFFE5: return 0xA5;    // ¥
    case 0xFFE6: return 0x20A9;  // ₩
    default: return scalar;
    }
}

// ASCII with A-Z in lower case.
static inline uint32_t pd_fold_ascii(uint32_t scalar) {
    return scalar - 0x41u < 26u ? (scalar | 0x20u) : scalar;
}

// Width, then case, then script: the fold of a scalar >= U+0080 (never 0).
static uint32_t pd_fold_uncached(uint32_t scalar) {
    uint32_t narrow = pd_fold_width(scalar);
    if (narrow < 0x80) return pd_fold_ascii(narrow);
    return pd_simplified((uint32_t)u_foldCase((UChar32)narrow, U_FOLD_CASE_DEFAULT));
}

int32_t pd_search_fold_run(const uint32_t *text, int32_t count, uint32_t *folded) {
    int32_t index = 0;
    for (; index < count; index++) {
        uint32_t scalar = text[index];
        if (scalar < 0x80) {
            if (scalar == 0x0A) break;
            folded[index] = pd_fold_ascii(scalar);
        } else if (scalar < PD_FOLD_CACHE_LIMIT) {
            uint32_t value = atomic_load_explicit(&pd_fold_cache[scalar], memory_order_relaxed);
            if (value == 0) {
                value = pd_fold_uncached(scalar);
                atomic_store_explicit(&pd_fold_cache[scalar], value, memory_order_relaxed);
            }
            folded[index] = value;
        } else {
            folded[index] = pd_fold_uncached(scalar);
        }
    }
    return index;
}
