#ifndef KNEWS_CZLIB_SHIM_H
#define KNEWS_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro that passes the library version and struct size; Swift cannot call macros. */
static inline int knews_inflateInit2(z_streamp strm, int windowBits) {
    return inflateInit2(strm, windowBits);
}
#endif
