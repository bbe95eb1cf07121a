// libxml2's HTML and XML parsers, for reading web pages, Word (.docx), OpenDocument (.odt) and
// pdftotext's -bbox-layout output. Debian: apt-get install libxml2-dev.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

// xmlFree is a global function pointer, which Swift 6 will not touch from concurrent code.
static inline void minutebook_xmlFree(void *pointer) { xmlFree(pointer); }
