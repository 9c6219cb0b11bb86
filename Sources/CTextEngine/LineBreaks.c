#include "CTextEngine.h"
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

int32_t pd_line_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, "zh_Hant", (const UChar *)text, length, &status);
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
