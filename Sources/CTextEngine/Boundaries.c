#include "CTextEngine.h"
#include "FoundationICU.h"

// Runs one ICU break iterator of `type` (zh_Hant rules) over the text and writes every boundary
// after the start, the end included, into `breaks`; returns how many there are or -1 on an error.
static int32_t pd_boundaries(UBreakIteratorType type, const uint16_t *text, int32_t length,
                             int32_t *breaks, int32_t capacity) {
    if (length < 0 || (length > 0 && text == 0)) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(type, "zh_Hant", (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t position = ubrk_first(iterator); position != UBRK_DONE; position = ubrk_next(iterator)) {
        if (position == 0) continue;
        if (count < capacity) breaks[count] = position;
        count++;
    }
    ubrk_close(iterator);
    return count;
}

int32_t pd_line_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity) {
    return pd_boundaries(UBRK_LINE, text, length, breaks, capacity);
}

int32_t pd_word_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity) {
    return pd_boundaries(UBRK_WORD, text, length, breaks, capacity);
}

int32_t pd_sentence_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity) {
    return pd_boundaries(UBRK_SENTENCE, text, length, breaks, capacity);
}
