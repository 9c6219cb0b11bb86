// Plain C functions over ICU (Foundation's copy), libc and OpenCC for text, callable from Swift: ICU's C
// names are macros for version-suffixed symbols (ubrk_open_72), which Swift does not import
// (Docs/design-notes.md, "ICU from C").
#ifndef PINGDIAN_CTEXTENGINE_H
#define PINGDIAN_CTEXTENGINE_H

#include <stddef.h>
#include <stdint.h>

/// Writes the line-break opportunities of a UTF-16 text (zh_Hant rules) into `breaks` as UTF-16
/// offsets, each the start of a new unit (the end of the text included), and returns how many
/// there are (or -1 on an ICU error). A return value larger than `capacity` means `breaks` was
/// too small and holds the first ones; `capacity` = `length` is always enough.
int32_t pd_line_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity);

/// Starts ICU's line breaking on a thread of its own, which ends once it has: the first
/// iterator's set-up (about 0.2 ms) is then not on the caller's way to its first layout.
void pd_prepare_line_breaks_in_background(void);

/// Writes the word boundaries of a UTF-16 text (zh_Hant rules: a dictionary splits runs of Han,
/// 我們|還原|一下) into `breaks` as UTF-16 offsets after the start, the end included, and returns
/// how many there are (or -1 on an ICU error). Same capacity contract as `pd_line_breaks`.
int32_t pd_word_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity);

/// Writes the sentence boundaries of a UTF-16 text (zh_Hant rules) into `breaks` as UTF-16 offsets
/// after the start, the end included, and returns how many there are (or -1 on an ICU error).
/// Same capacity contract as `pd_line_breaks`.
int32_t pd_sentence_breaks(const uint16_t *text, int32_t length, int32_t *breaks, int32_t capacity);

/// Folds the scalars of `text` for search (Docs/search.md) into `folded`, up to the
/// first newline (not folded) or `count`, and returns how many it folded. Each scalar becomes
/// one: full-width forms their ASCII ones (Ａ→a, ，→,), the ideographic space a space, then
/// simple case folding (ICU u_foldCase), then the ICU `Hant-Hans` transliteration of that one
/// scalar when the result is exactly one scalar (強→强, 「→“). Thread-safe; ICU is asked once per
/// distinct scalar below U+40000 (cached).
int32_t pd_search_fold_run(const uint32_t *text, int32_t count, uint32_t *folded);

/// libc's wcwidth for one Unicode scalar: columns, or -1 when it cannot be printed. Depends on the
/// locale's character type (call setlocale first).
int pd_wcwidth(uint32_t scalar);

/// What ``pd_line_facts`` found in one line of UTF-8.
typedef struct {
    /// How many scalars the line decodes to when it is valid UTF-8: its bytes that are not
    /// continuation bytes (10xxxxxx).
    int64_t scalars;
    /// 1 when every scalar is one of the white space that makes a line blank (space, tab, CR,
    /// VT, FF, U+00A0, U+2000–U+200B, U+3000, U+FEFF), else 0.
    int blank;
    /// 1 when the line holds a NUL byte, else 0.
    int nul;
} pd_line_facts_t;

/// The facts of one line's bytes (without its line end), in one pass that the compiler can
/// vectorise: the index of a large text is built from them before it is decoded (Docs/speed.md).
pd_line_facts_t pd_line_facts(const uint8_t *bytes, int64_t length);

/// OpenCC's `opencc_open`, the library loaded at the first call (`dlopen`): a converter for the
/// configuration file named (`s2twp.json`), or `(void *)-1` when it cannot be opened or OpenCC is
/// not installed.
void *pd_opencc_open(const char *configuration);

/// OpenCC's `opencc_convert_utf8`: the converted text, to be freed with
/// `pd_opencc_convert_utf8_free`; NULL on failure.
char *pd_opencc_convert_utf8(void *converter, const char *input, size_t length);

/// OpenCC's `opencc_convert_utf8_free`.
void pd_opencc_convert_utf8_free(char *output);

#endif
