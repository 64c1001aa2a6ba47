#include "knews_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Chunks come from mmap and are never returned while their thread lives: a stale pointer
 * into a released arena (libxml2 keeps the last error's strings in a thread global) must
 * still be recognised as the arena's when it is freed, or it would reach free(). Chunks
 * beyond the first few MiB are given back to the kernel with MADV_DONTNEED on release, so
 * an unusually large page does not keep its memory resident. */
enum { IDLE, FILLING, HOLDING };
enum { ALIGN = 16, HEADER = 16 };
static const size_t firstChunk = (size_t)2 << 20;
static const size_t residentLimit = (size_t)8 << 20;

typedef struct {
    char *base;
    size_t size;
    size_t used;
} Chunk;

typedef struct {
    int state;
    int count;
    int capacity;
    int current;
    Chunk *chunks;
    /* The most recent allocation, which realloc can grow in place. */
    char *last;
} Arena;

static _Thread_local Arena *threadArena;
static pthread_key_t arenaKey;
static pthread_once_t arenaKeyOnce = PTHREAD_ONCE_INIT;

static size_t rounded(size_t size) { return (size + (ALIGN - 1)) & ~(size_t)(ALIGN - 1); }

/* Runs at thread exit. Other thread-exit destructors (libxml2's own global state among them)
 * may still call knews_arena_free afterwards: with the thread's arena gone, their pointers
 * go to free(), which is right because a released arena holds nothing libxml2 still keeps. */
static void destroy(void *value) {
    Arena *arena = value;
    threadArena = NULL;
    for (int i = 0; i < arena->count; i++) munmap(arena->chunks[i].base, arena->chunks[i].size);
    free(arena->chunks);
    free(arena);
}

static void makeKey(void) { pthread_key_create(&arenaKey, destroy); }

static Arena *arenaForThread(void) {
    if (threadArena) return threadArena;
    pthread_once(&arenaKeyOnce, makeKey);
    Arena *arena = calloc(1, sizeof(Arena));
    if (!arena) return NULL;
    threadArena = arena;
    pthread_setspecific(arenaKey, arena);
    return arena;
}

static int owns(const Arena *arena, const void *pointer) {
    const char *p = pointer;
    for (int i = 0; i < arena->count; i++) {
        const Chunk *chunk = &arena->chunks[i];
        if (p >= chunk->base && p < chunk->base + chunk->size) return 1;
    }
    return 0;
}

static size_t *header(void *pointer) { return (size_t *)((char *)pointer - HEADER); }

static int addChunk(Arena *arena, size_t atLeast) {
    if (arena->count == arena->capacity) {
        int capacity = arena->capacity ? arena->capacity * 2 : 8;
        Chunk *grown = realloc(arena->chunks, (size_t)capacity * sizeof(Chunk));
        if (!grown) return 0;
        arena->chunks = grown;
        arena->capacity = capacity;
    }
    size_t size = arena->count ? arena->chunks[arena->count - 1].size * 2 : firstChunk;
    while (size < atLeast) size *= 2;
    void *base = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) return 0;
    arena->chunks[arena->count] = (Chunk){.base = base, .size = size, .used = 0};
    arena->count += 1;
    return 1;
}

static void *bump(Arena *arena, size_t size) {
    if (size > SIZE_MAX / 2) return NULL;
    size_t need = HEADER + rounded(size ? size : 1);
    /* Chunks after the current one are empty; move on to the first with room. */
    while (arena->current < arena->count) {
        Chunk *chunk = &arena->chunks[arena->current];
        if (chunk->size - chunk->used >= need) {
            char *block = chunk->base + chunk->used;
            chunk->used += need;
            char *payload = block + HEADER;
            *header(payload) = size;
            arena->last = payload;
            return payload;
        }
        if (arena->current + 1 == arena->count) break;
        arena->current += 1;
    }
    if (!addChunk(arena, need)) return NULL;
    arena->current = arena->count - 1;
    return bump(arena, size);
}

void *knews_arena_malloc(size_t size) {
    Arena *arena = threadArena;
    if (!arena || arena->state != FILLING) return malloc(size);
    /* The common case inline: room in the current chunk. */
    if (arena->count > 0 && size <= SIZE_MAX / 2) {
        Chunk *chunk = &arena->chunks[arena->current];
        size_t need = HEADER + rounded(size ? size : 1);
        if (chunk->size - chunk->used < need) return bump(arena, size);
        char *payload = chunk->base + chunk->used + HEADER;
        chunk->used += need;
        *header(payload) = size;
        arena->last = payload;
        return payload;
    }
    return bump(arena, size);
}

void knews_arena_free(void *pointer) {
    if (!pointer) return;
    Arena *arena = threadArena;
    if (arena && owns(arena, pointer)) return;
    free(pointer);
}

void *knews_arena_realloc(void *pointer, size_t size) {
    if (!pointer) return knews_arena_malloc(size);
    Arena *arena = threadArena;
    if (!arena || !owns(arena, pointer)) return realloc(pointer, size);
    size_t old = *header(pointer);
    if (size <= old) return pointer;
    if (arena->state == FILLING && (char *)pointer == arena->last && size <= SIZE_MAX / 2) {
        Chunk *chunk = &arena->chunks[arena->current];
        size_t extra = rounded(size) - rounded(old ? old : 1);
        if (chunk->size - chunk->used >= extra) {
            chunk->used += extra;
            *header(pointer) = size;
            return pointer;
        }
    }
    void *moved = knews_arena_malloc(size);
    if (!moved) return NULL;
    memcpy(moved, pointer, old);
    return moved;
}

char *knews_arena_strdup(const char *string) {
    size_t length = strlen(string) + 1;
    char *copy = knews_arena_malloc(length);
    if (copy) memcpy(copy, string, length);
    return copy;
}

void *knews_arena_begin(void) {
    Arena *arena = arenaForThread();
    if (!arena || arena->state != IDLE) return NULL;
    arena->state = FILLING;
    return arena;
}

void knews_arena_hold(void *token) {
    Arena *arena = token;
    if (arena && arena == threadArena && arena->state == FILLING) arena->state = HOLDING;
}

void knews_arena_release(void *token) {
    Arena *arena = token;
    if (!arena || arena != threadArena) return;
    size_t kept = 0;
    for (int i = 0; i < arena->count; i++) {
        Chunk *chunk = &arena->chunks[i];
        kept += chunk->size;
        if (kept > residentLimit && chunk->used > 0) madvise(chunk->base, chunk->size, MADV_DONTNEED);
        chunk->used = 0;
    }
    arena->current = 0;
    arena->last = NULL;
    arena->state = IDLE;
}

/* The calling thread's chunks, summed by bytes handed out or by bytes reserved. */
static size_t chunkTotal(int handedOut) {
    Arena *arena = threadArena;
    if (!arena) return 0;
    size_t total = 0;
    for (int i = 0; i < arena->count; i++) total += handedOut ? arena->chunks[i].used : arena->chunks[i].size;
    return total;
}

size_t knews_arena_used(void) { return chunkTotal(1); }

size_t knews_arena_reserved(void) { return chunkTotal(0); }
