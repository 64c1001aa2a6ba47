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
#include <libxml/globals.h>

/* xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state. */
static inline void knews_xmlFree(void *p) { xmlFree(p); }

static void knews_xml_generic_noop(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void knews_xml_structured_noop(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

/* libxml2 keeps its error handlers per thread, and the defaults for threads not yet started
   separately; the extractor silences both so that broken pages and bad XPaths never write
   to stderr (the pipeline reports them as input issues instead). */
static inline void knews_xml_silence_thread(void) {
    xmlSetGenericErrorFunc(NULL, knews_xml_generic_noop);
    xmlSetStructuredErrorFunc(NULL, knews_xml_structured_noop);
}

static inline void knews_xml_global_init(void) {
    xmlInitParser();
    xmlThrDefSetGenericErrorFunc(NULL, knews_xml_generic_noop);
    xmlThrDefSetStructuredErrorFunc(NULL, knews_xml_structured_noop);
    knews_xml_silence_thread();
}

/* The node that XPath expressions are evaluated relative to. */
static inline void knews_xpath_set_context_node(xmlXPathContextPtr ctx, xmlNodePtr node) {
    ctx->node = node;
}
#endif
