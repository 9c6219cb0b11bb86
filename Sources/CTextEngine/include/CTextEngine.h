// Plain C functions over the system ICU (libicu) and libc for text, callable from Swift beside
// Foundation (DESIGN §5): Swift cannot import the ICU headers in a module that sees Foundation.
#ifndef PINGDIAN_CTEXTENGINE_H
#define PINGDIAN_CTEXTENGINE_H

#include <stdint.h>

/// Writes the line-break opportunities of a UTF-16 text (zh_Hant rules) into `breaks` as UTF-16
/// offsets, each the start of a new unit (the end of the text included), and returns how many
/// there are (or -1 on an ICU error). A return value larger than `capacity` means `breaks` was
/// too small and holds the first ones; `capacity` = `length` is always enough.
int32_t pd_line_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity);

/// Writes the word boundaries of a UTF-16 text (zh_Hant rules: a dictionary splits runs of Han,
/// 我們|還原|一下) into `breaks` as UTF-16 offsets after the start, the end included, and returns
/// how many there are (or -1 on an ICU error). Same capacity contract as `pd_line_breaks`.
int32_t pd_word_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity);

/// Writes the sentence boundaries of a UTF-16 text (zh_Hant rules) into `breaks` as UTF-16 offsets
/// after the start, the end included, and returns how many there are (or -1 on an ICU error).
/// Same capacity contract as `pd_line_breaks`.
int32_t pd_sentence_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity);

/// Folds the scalars of `text` for search (DESIGN §5, Docs/search.md) into `folded`, up to the
/// first newline (not folded) or `count`, and returns how many it folded. Each scalar becomes
/// one: full-width forms their ASCII ones (Ａ→a, ，→,), the ideographic space a space, then
/// simple case folding (ICU u_foldCase), then the ICU `Hant-Hans` transliteration of that one
/// scalar when the result is exactly one scalar (強→强, 「→“). Thread-safe; ICU is asked once per
/// distinct scalar below U+40000 (cached).
int32_t pd_search_fold_run(const uint32_t *text, int32_t count, uint32_t *folded);

/// libc's wcwidth for one Unicode scalar: columns, or -1 when it cannot be printed. Depends on the
/// locale's character type (call setlocale first).
int pd_wcwidth(uint32_t scalar);

#endif
