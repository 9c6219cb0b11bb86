#define _XOPEN_SOURCE 700
#include "CTextEngine.h"
#include <wchar.h>

int pd_wcwidth(uint32_t scalar) {
    return wcwidth((wchar_t)scalar);
}
