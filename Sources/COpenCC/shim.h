// OpenCC's C API (Debian: libopencc-dev): phrase-level conversion between Simplified and
// Traditional Chinese and their regional vocabularies (Docs/search.md).
#include <opencc/opencc.h>
