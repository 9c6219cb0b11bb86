// The wide-character ncurses API for Swift (DESIGN §4): these defines must come before the include.
#ifndef PINGDIAN_CNCURSESW_SHIM_H
#define PINGDIAN_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t c);

#endif
