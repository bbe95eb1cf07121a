// libxml2's HTML and XML parsers, for reading web pages, Word (.docx), OpenDocument (.odt) and
// pdftotext's -bbox-layout output. Debian: apt-get install libxml2-dev.
// Debian's libxml2 is built with ICU, and its encoding.h then includes the system's ICU headers, whose types
// clash with the ICU that Foundation carries (_FoundationICU). minutebook never touches libxml2's encoding
// handlers (whose layout is what ICU changes), so the ICU part is left out of these headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

// xmlFree is a global function pointer, which Swift 6 will not touch from concurrent code.
static inline void minutebook_xmlFree(void *pointer) { xmlFree(pointer); }
