#ifndef NEWSGRAPH_CSQLITESETUP_H
#define NEWSGRAPH_CSQLITESETUP_H

/// Turns off SQLite's memory statistics for the whole process. With them on (the default),
/// every allocation SQLite makes takes a process-wide mutex to update the counters, which
/// nothing in newsgraph reads. Swift cannot call the variadic sqlite3_config itself.
///
/// Only effective before SQLite is initialized (before the first connection opens);
/// returns SQLITE_OK (0) when applied, SQLITE_MISUSE (21) when it was too late.
int newsgraph_sqlite_disable_memory_statistics(void);

#endif
