// The wide-character ncurses API for Swift: these defines must come before the include
// (Docs/design-notes.md, "ncursesw from Swift 6").
#ifndef PINGDIAN_CNCURSESW_SHIM_H
#define PINGDIAN_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

extern int wcwidth(wchar_t c);

// Globals and macros that Swift 6 cannot use directly (global mutable state, casts).

/// The C library's standard output stream (for newterm).
static inline FILE *pd_stdout(void) { return stdout; }
/// The C library's standard input stream (for newterm).
static inline FILE *pd_stdin(void) { return stdin; }
/// The current screen's standard window.
static inline WINDOW *pd_stdscr(void) { return stdscr; }
/// How many colours the terminal has (0 before start_color).
static inline int pd_colors(void) { return COLORS; }
/// How many colour pairs the terminal has (0 before start_color).
static inline int pd_color_pairs(void) { return COLOR_PAIRS; }

// From <ncursesw/term.h>, which is not included: it defines ~400 lowercase macros.
struct term;
extern int setupterm(const char *, int, int *);
extern struct term *set_curterm(struct term *);
extern int del_curterm(struct term *);

/// What terminfo says of a terminal type, before any screen is opened.
typedef enum {
    PD_TERMINAL_USABLE = 0,
    PD_TERMINAL_UNKNOWN = 1,
    PD_TERMINAL_NO_DATABASE = 2,
    PD_TERMINAL_NO_CURSOR_ADDRESSING = 3,
} pd_terminal_check;

/// Looks `name` up in terminfo and checks that it can address the cursor (not dumb, not hardcopy).
static inline pd_terminal_check pd_check_terminal_type(const char *name, int fd) {
    int status = 0;
    if (setupterm(name, fd, &status) != OK) {
        return status == -1 ? PD_TERMINAL_NO_DATABASE : PD_TERMINAL_UNKNOWN;
    }
    const char *cup = tigetstr("cup");
    int addressable = cup != NULL && cup != (const char *)-1 && tigetflag("hc") <= 0;
    del_curterm(set_curterm(NULL));
    return addressable ? PD_TERMINAL_USABLE : PD_TERMINAL_NO_CURSOR_ADDRESSING;
}

static inline attr_t pd_attr_bold(void) { return A_BOLD; }
static inline attr_t pd_attr_dim(void) { return A_DIM; }
static inline attr_t pd_attr_italic(void) { return A_ITALIC; }
static inline attr_t pd_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t pd_attr_reverse(void) { return A_REVERSE; }
static inline attr_t pd_attr_standout(void) { return A_STANDOUT; }

// Signals: handlers without SA_RESTART, so that a blocking read in wget_wch returns at once.

/// Installs `handler` for `signo` (no SA_RESTART), saving the previous action in `previous`.
static inline int pd_install_signal_handler(int signo, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signo, &action, previous);
}

/// Puts back an action saved by pd_install_signal_handler.
static inline int pd_restore_signal_handler(int signo, const struct sigaction *previous) {
    return sigaction(signo, previous, NULL);
}

/// Stops the process as Ctrl-Z would (default SIGTSTP, unblocked); returns once it is continued.
/// The caller reinstalls its own SIGTSTP handler afterwards.
static inline void pd_stop_process(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTSTP, &action, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGTSTP);
}


/// The mouse events the reader asks for: the first button, motion, the wheel.
static inline mmask_t pd_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED | REPORT_MOUSE_POSITION;
}
static inline unsigned long pd_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline unsigned long pd_button1_released(void) { return BUTTON1_RELEASED; }
static inline unsigned long pd_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline unsigned long pd_wheel_up(void) { return BUTTON4_PRESSED; }
static inline unsigned long pd_wheel_down(void) { return BUTTON5_PRESSED; }
static inline unsigned long pd_report_position(void) { return REPORT_MOUSE_POSITION; }

#endif
