// libxml2's HTML parser and tree API for the .html reader (LeichteFormats/HTMLReader.swift).
#ifndef CLIBXML2_H
#define CLIBXML2_H

#include <libxml/xmlversion.h>
// libxml2 built with ICU includes ICU's converter header from encoding.h. Foundation carries
// its own copy of the ICU headers, and Clang rejects two definitions of the same ICU types in
// one Swift module. The reader uses no converter: without the macro, only the layout of
// xmlCharEncodingHandler (reached through pointers alone, never read here) loses two pointers.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#endif
