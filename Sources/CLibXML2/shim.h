#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and libxml/encoding.h then includes the system ICU headers,
   which clash with Foundation's own copy of ICU in any module that imports both. archlint
   never touches the ICU members of xmlCharEncodingHandler, so the headers are read without them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
