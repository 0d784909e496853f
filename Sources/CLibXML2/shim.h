// libxml2's HTML parser and tree API, for reading saved web pages and feed content.
//
// libxml2's headers pull in the system's ICU headers when it was built with ICU; those clash
// with the ICU module Foundation carries. Nothing here uses ICU (only the conversion handler
// struct, never touched from Swift, changes with it), so it is switched off for these headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
