#ifndef NEWSGRAPH_CLIBXML2_SHIM_H
#define NEWSGRAPH_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU; its headers then drag in ICU's UErrorCode, which
// clashes with Foundation's. We never use libxml2's ICU paths (decoding is ours).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/uri.h>

// xmlFree is a global function-pointer variable; Swift 6 treats it as shared mutable
// state. A static inline call keeps the access out of Swift.
static inline void ng_xmlFree(void *ptr) { xmlFree(ptr); }

// Same reason: these are macros or globals that Swift cannot import cleanly.
static inline int ng_xmlNodeIsElement(xmlNodePtr node) { return node != NULL && node->type == XML_ELEMENT_NODE; }

#endif
