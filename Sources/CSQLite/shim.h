#ifndef KNEWS_CSQLITE_SHIM_H
#define KNEWS_CSQLITE_SHIM_H
#include <sqlite3.h>

/* SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import. */
static inline sqlite3_destructor_type knews_sqlite_transient(void) { return SQLITE_TRANSIENT; }

/* sqlite3_db_config is variadic, which Swift cannot call. Turns off double-quoted string
   literals so a misspelt column name in knews' SQL fails instead of becoming a string. */
static inline int knews_sqlite_strict_quotes(sqlite3 *db) {
    int rc = sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, (int *)0);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, (int *)0);
}

/* sqlite3_config is variadic too. Memory statistics take a global mutex on every SQLite
   malloc and free; knews never reads them. Must run before SQLite initializes; afterwards
   SQLite refuses the call with SQLITE_MISUSE and nothing changes. */
static inline int knews_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
#endif
