#include "CTextEngine.h"
#include "FoundationICU.h"
#include <pthread.h>
#include <stdlib.h>

// One break iterator of each type per thread, opened once and given each text with
// ubrk_setText: opening one (zh_Hant rules) costs about 23 µs, setting its text about 4 µs, and a
// frame lays out a dozen paragraphs or more. An ICU iterator must not be used by two threads.
typedef struct {
    UBreakIterator *line, *word, *sentence;
} pd_iterators;

static pthread_key_t pd_iterators_key;
static pthread_once_t pd_iterators_once = PTHREAD_ONCE_INIT;

// Closes a thread's iterators when it ends.
static void pd_iterators_free(void *pointer) {
    pd_iterators *iterators = pointer;
    if (iterators->line) ubrk_close(iterators->line);
    if (iterators->word) ubrk_close(iterators->word);
    if (iterators->sentence) ubrk_close(iterators->sentence);
    free(iterators);
}

static void pd_iterators_make_key(void) {
    pthread_key_create(&pd_iterators_key, pd_iterators_free);
}

// This thread's iterator of `type`, opened the first time; NULL when ICU cannot open it.
static UBreakIterator *pd_iterator(UBreakIteratorType type) {
    pthread_once(&pd_iterators_once, pd_iterators_make_key);
    pd_iterators *iterators = pthread_getspecific(pd_iterators_key);
    if (iterators == 0) {
        iterators = calloc(1, sizeof *iterators);
        if (iterators == 0 || pthread_setspecific(pd_iterators_key, iterators) != 0) {
            free(iterators);
            return 0;
        }
    }
    UBreakIterator **slot = type == UBRK_LINE ? &iterators->line : type == UBRK_WORD ? &iterators->word : &iterators->sentence;
    if (*slot == 0) {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator *opened = ubrk_open(type, "zh_Hant", 0, 0, &status);
        *slot = U_FAILURE(status) ? 0 : opened;
    }
    return *slot;
}

// Runs this thread's ICU break iterator of `type` (zh_Hant rules) over the text and writes every
// boundary after the start, the end included, into `breaks`; returns how many there are or -1 on
// an error.
static int32_t pd_boundaries(UBreakIteratorType type, const uint16_t *text, int32_t length,
                             int32_t *breaks, int32_t capacity) {
    if (length < 0 || (length > 0 && text == 0)) return -1;
    if (length == 0) return 0;
    UBreakIterator *iterator = pd_iterator(type);
    if (iterator == 0) return -1;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t position = ubrk_first(iterator); position != UBRK_DONE; position = ubrk_next(iterator)) {
        if (position == 0) continue;
        if (count < capacity) breaks[count] = position;
        count++;
    }
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

// Opens a line break iterator on a thread of its own and ends: ICU's first iterator costs about
// 0.2 ms (its data, the zh_Hant rules), which later ones on any thread share.
static void *pd_prepare_line_breaks(void *unused) {
    (void)unused;
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, "zh_Hant", 0, 0, &status);
    if (!U_FAILURE(status)) ubrk_close(iterator);
    return 0;
}

void pd_prepare_line_breaks_in_background(void) {
    pthread_t thread;
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return;
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    (void)pthread_create(&thread, &attributes, pd_prepare_line_breaks, 0);
    pthread_attr_destroy(&attributes);
}
