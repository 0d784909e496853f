// SQLite, for reading newsboat's cache read-only.
#include <sqlite3.h>
