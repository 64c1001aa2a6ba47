#ifndef KNEWS_CLIBXML2_SHIM_H
#define KNEWS_CLIBXML2_SHIM_H
/* Debian's libxml2 headers pull in ICU when LIBXML_ICU_ENABLED is set; the ICU types then
   clash with Foundation's in Swift. knews never hands libxml2 an ICU converter, so the
   flag is dropped before the parser headers are read. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/uri.h>

/* xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state. */
static inline void knews_xmlFree(void *p) { xmlFree(p); }
#endif
