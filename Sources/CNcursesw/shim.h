#ifndef BYLINE_NCURSESW_SHIM_H
#define BYLINE_NCURSESW_SHIM_H
/* The wide-character ncurses API for Swift: macros and globals Swift cannot import directly. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <signal.h>
#include <errno.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncurses.h>

int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);

static inline WINDOW *byline_stdscr(void) { return stdscr; }
static inline WINDOW *byline_curscr(void) { return curscr; }
static inline int byline_lines(void) { return LINES; }
static inline int byline_cols(void) { return COLS; }
static inline int byline_colors(void) { return COLORS; }
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }

/* The C standard streams, which Swift 6 rejects as shared mutable globals. */
static inline FILE *byline_stdin(void) { return stdin; }
static inline FILE *byline_stdout(void) { return stdout; }

/* The terminal's size as the kernel knows it now (after a suspend the SIGWINCH may never come). */
static inline int byline_tty_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/* Installs `handler` for `sig` without SA_RESTART, so a blocking read returns and the loop notices;
   the previous action is stored in `previous` so crash handlers can chain to it. */
static inline int byline_sigaction(int sig, void (*handler)(int), struct sigaction *previous) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = handler;
    return sigaction(sig, &sa, previous);
}

/* The same for a three-argument handler, which receives the fault's context to pass on. */
static inline int byline_sigaction_info(int sig, void (*handler)(int, siginfo_t *, void *), struct sigaction *previous) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO;
    sa.sa_sigaction = handler;
    return sigaction(sig, &sa, previous);
}

/* From inside a crash handler: runs the handler that was there before (the Swift runtime's
   backtracer prints its crash report here), then ends the process with the signal's default
   action. The chained handler alone is not enough: the backtracer returns, expecting the faulting
   instruction to fault again, which never happens for a signal sent with kill. */
static inline void byline_chain_and_die(int sig, siginfo_t *info, void *context, const struct sigaction *previous) {
    struct sigaction dfl;
    if (previous->sa_flags & SA_SIGINFO) {
        if (previous->sa_sigaction != NULL) previous->sa_sigaction(sig, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(sig);
    }
    sigemptyset(&dfl.sa_mask);
    dfl.sa_flags = 0;
    dfl.sa_handler = SIG_DFL;
    sigaction(sig, &dfl, NULL);
    /* Blocked while this handler runs: delivered, with the default action, as soon as it returns. */
    raise(sig);
}

/* Sets `sig` to its default action. */
static inline int byline_sigdefault(int sig) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = SIG_DFL;
    return sigaction(sig, &sa, NULL);
}

/* Whether a saved action is "ignore". */
static inline int byline_is_ignored(const struct sigaction *action) {
    return !(action->sa_flags & SA_SIGINFO) && action->sa_handler == SIG_IGN;
}

/* Sets `sig` to be ignored. */
static inline int byline_sigignore(int sig) {
    struct sigaction sa;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sa.sa_handler = SIG_IGN;
    return sigaction(sig, &sa, NULL);
}

/* Unblocks `sig` for the calling thread (it is blocked while its own handler runs). */
static inline void byline_unblock(int sig) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/* Whether the terminal can move the cursor anywhere: without it there is no full-screen reader. */
static inline int byline_can_address(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}

/* Whether terminfo says the terminal sets the clipboard from OSC 52 (the Ms capability, as
   declared by xterm and tmux). */
static inline int byline_has_clipboard(void) {
    const char *ms = tigetstr("Ms");
    return ms != NULL && ms != (const char *)-1;
}

/* Waits for one key press on standard input with the terminal in its normal (shell) mode: turns
   off line buffering and echo for the wait, then throws away the rest of the press (an arrow
   key's sequence). A signal (Ctrl-C, a resize) ends the wait as a key would. */
static inline void byline_wait_for_key(void) {
    struct termios saved, raw;
    if (tcgetattr(0, &saved) != 0) return;
    raw = saved;
    raw.c_lflag &= ~(ICANON | ECHO);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(0, TCSANOW, &raw);
    char c;
    (void)read(0, &c, 1);
    tcflush(0, TCIFLUSH);
    tcsetattr(0, TCSANOW, &saved);
}

static const attr_t BYLINE_A_BOLD = A_BOLD;
static const attr_t BYLINE_A_UNDERLINE = A_UNDERLINE;
static const attr_t BYLINE_A_REVERSE = A_REVERSE;
static const attr_t BYLINE_A_DIM = A_DIM;
static const attr_t BYLINE_A_ITALIC = A_ITALIC;
static const attr_t BYLINE_A_NORMAL = A_NORMAL;

static const mmask_t BYLINE_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t BYLINE_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t BYLINE_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t BYLINE_BUTTON5_PRESSED = BUTTON5_PRESSED;
static const mmask_t BYLINE_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;

static inline int byline_key_f(int n) { return KEY_F(n); }
#endif
