#include "CTextEngine.h"
#include <pthread.h>
#include <stdatomic.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utrans.h>

// The fold of every scalar below this bound is cached; all of CJK (planes 0-3) is below it.
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
static uint32_t pd_simplified(uint32_t scalar) {
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

// Case folding, then the script: what a scalar >= U+0080 becomes.
static uint32_t pd_fold_uncached(uint32_t scalar) {
    return pd_simplified((uint32_t)u_foldCase((UChar32)scalar, U_FOLD_CASE_DEFAULT));
}

void pd_search_fold_scalars(uint32_t *scalars, int32_t count) {
    for (int32_t index = 0; index < count; index++) {
        uint32_t scalar = scalars[index];
        if (scalar < 0x80) continue;
        if (scalar >= PD_FOLD_CACHE_LIMIT) {
            scalars[index] = pd_fold_uncached(scalar);
            continue;
        }
        uint32_t folded = atomic_load_explicit(&pd_fold_cache[scalar], memory_order_relaxed);
        if (folded == 0) {
            folded = pd_fold_uncached(scalar);
            atomic_store_explicit(&pd_fold_cache[scalar], folded, memory_order_relaxed);
        }
        scalars[index] = folded;
    }
}
