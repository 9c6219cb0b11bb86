// ICU as the Swift toolchain's Foundation bundles it (`_FoundationICU`): the same ICU C API,
// its functions named with a `swift_` prefix, its data compiled in. pingdian calls eight of
// them; linking this ICU rather than the system's saves loading three shared libraries at every
// start (Docs/speed.md, "A smaller start"). The declarations come from the system's ICU headers
// (libicu-dev), whose C API these functions share; only the names change.
#ifndef PD_FOUNDATION_ICU_H
#define PD_FOUNDATION_ICU_H

#define U_DISABLE_RENAMING 1
#define ubrk_open swift_ubrk_open
#define ubrk_first swift_ubrk_first
#define ubrk_next swift_ubrk_next
#define ubrk_close swift_ubrk_close
#define ubrk_setText swift_ubrk_setText
#define utrans_openU swift_utrans_openU
#define utrans_transUChars swift_utrans_transUChars
#define u_foldCase swift_u_foldCase

#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utrans.h>

#endif
