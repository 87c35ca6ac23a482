/**
 * The embedded database's durable commits. On an H2 file database (the embedded default, one node) a commit
 * returns only after its changes are in the database file, as PostgreSQL's does after they are in its log; commits
 * that wait at the same time share one write of the file ({@link io.connectdesk.database.GroupCommit}), so the
 * write is paid once for many tickets instead of once per ticket (docs/filing-performance.md, section 9). The
 * file's dead space is reclaimed in short steps ({@link io.connectdesk.database.FileCompactionSchedule}, section 12).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package io.connectdesk.database;
