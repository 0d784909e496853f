#ifndef BYLINE_NCURSESW_SHIM_H
#define BYLINE_NCURSESW_SHIM_H
/* The wide-character ncurses API for Swift: macros and globals Swift cannot import directly. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

int wcwidth(wchar_t c);
int wcswidth(const wchar_t *s, size_t n);

static inline WINDOW *byline_stdscr(void) { return stdscr; }
static inline int byline_lines(void) { return LINES; }
static inline int byline_cols(void) { return COLS; }
static inline int byline_colors(void) { return COLORS; }
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }

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
