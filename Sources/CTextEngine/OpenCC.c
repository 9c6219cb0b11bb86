#include "CTextEngine.h"
#include <dlfcn.h>
#include <pthread.h>

// OpenCC (Debian: libopencc1.1), loaded the first time a text is converted rather than at every
// start: linked, it and the marisa library it needs cost each start about 0.25 ms before main
// (Docs/speed.md, "A smaller start"), for the few commands and keys that convert.
typedef void *(*pd_opencc_open_function)(const char *configuration);
typedef char *(*pd_opencc_convert_function)(void *converter, const char *input, size_t length);
typedef void (*pd_opencc_free_function)(char *output);

static pthread_once_t pd_opencc_once = PTHREAD_ONCE_INIT;
static pd_opencc_open_function pd_opencc_open_symbol = 0;
static pd_opencc_convert_function pd_opencc_convert_symbol = 0;
static pd_opencc_free_function pd_opencc_free_symbol = 0;

// Finds the library by its Debian soname first, then by the development link.
static void pd_opencc_load(void) {
    static const char *const names[] = {"libopencc.so.1.1", "libopencc.so.1", "libopencc.so", 0};
    for (int index = 0; names[index] != 0; index++) {
        void *library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
        if (library == 0) continue;
        pd_opencc_open_function open = (pd_opencc_open_function)dlsym(library, "opencc_open");
        pd_opencc_convert_function convert = (pd_opencc_convert_function)dlsym(library, "opencc_convert_utf8");
        pd_opencc_free_function release = (pd_opencc_free_function)dlsym(library, "opencc_convert_utf8_free");
        if (open != 0 && convert != 0 && release != 0) {
            pd_opencc_open_symbol = open;
            pd_opencc_convert_symbol = convert;
            pd_opencc_free_symbol = release;
            return;
        }
        dlclose(library);
    }
}

void *pd_opencc_open(const char *configuration) {
    pthread_once(&pd_opencc_once, pd_opencc_load);
    return pd_opencc_open_symbol == 0 ? (void *)-1 : pd_opencc_open_symbol(configuration);
}

char *pd_opencc_convert_utf8(void *converter, const char *input, size_t length) {
    pthread_once(&pd_opencc_once, pd_opencc_load);
    return pd_opencc_convert_symbol == 0 ? 0 : pd_opencc_convert_symbol(converter, input, length);
}

void pd_opencc_convert_utf8_free(char *output) {
    if (output != 0 && pd_opencc_free_symbol != 0) pd_opencc_free_symbol(output);
}
