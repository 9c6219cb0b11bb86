// zlib (Debian's zlib1g-dev): the dictionary's index is compressed with it at build time and
// inflated at the first lookup (Docs/dictionary.md).
#include <zlib.h>
