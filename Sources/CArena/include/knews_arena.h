#ifndef KNEWS_ARENA_H
#define KNEWS_ARENA_H
#include <stddef.h>

/* A per-thread bump allocator for libxml2's parse trees.
 *
 * Building and freeing a parsed page is one malloc and one free per node, attribute and
 * string: about a third of libxml2's instructions on a news page. knews parses one page at
 * a time per thread and drops the whole tree at once, so a thread's tree can live in a few
 * reused chunks that are reset together, with no free per node.
 *
 * The four allocation functions are handed to libxml2 once (`xmlMemSetup`). They behave
 * like malloc/free/realloc/strdup except while the calling thread is filling its arena:
 * then allocations come from the arena. Whatever the arena handed out stays valid until
 * the thread releases it; freeing such a pointer before that is a no-op, so libxml2's own
 * frees during parsing cost nothing. Pointers from anywhere else go to the C library. */

void *knews_arena_malloc(size_t size);
void *knews_arena_realloc(void *pointer, size_t size);
void knews_arena_free(void *pointer);
char *knews_arena_strdup(const char *string);

/* Starts filling the calling thread's arena and returns a token for releasing it; NULL when
 * the thread's arena already holds a tree that is still in use (the caller then allocates
 * the ordinary way and frees the ordinary way). */
void *knews_arena_begin(void);

/* Stops filling: later allocations use malloc, but everything handed out stays valid. */
void knews_arena_hold(void *token);

/* Invalidates everything the arena handed out since `begin`, keeping its memory for the
 * thread's next tree. Must run on the thread that began; on any other it does nothing. */
void knews_arena_release(void *token);

/* Bytes the calling thread's arena handed out since its last release, and bytes it has
 * reserved from the system; for tests and the benchmark. */
size_t knews_arena_used(void);
size_t knews_arena_reserved(void);
#endif
