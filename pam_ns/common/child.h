/* A child that prepares namespaces in a fork, reports, and waits to be let
 * go: how the store makes its namespace and a set's, so that their
 * /proc/PID/ns files stay there while the parent pins them. */
#ifndef PNS_CHILD_H
#define PNS_CHILD_H

#include <stdbool.h>
#include <sys/types.h>

#include "common/util.h"

/* Longest wait for a child's report (ms): only matters when it hangs. */
#define PNS_CHILD_REPORT_MS 10000

struct pns_child {
	pid_t pid;
	int report_fd, go_fd;
};

/*
 * Fork.  The child runs fn(arg, &err) and sends the result back; on
 * success it then waits for pns_child_release, and on a release without
 * `ok` (or the parent's death) it calls undo(arg) (may be NULL) before it
 * exits.  The parent returns once fn has reported: 0, or -1 with fn's
 * sentence in *e (the child is reaped then).  The child inherits the
 * parent's namespaces and credentials; fn may unshare freely.
 */
int pns_child_start(struct pns_child *c, int (*fn)(void *arg, struct pns_err *e),
		    void (*undo)(void *arg), void *arg, struct pns_err *e);

/* Let the child go (ok: it exits 0; else it undoes and exits 1) and reap
 * it.  0 when it exited 0 after an ok release. */
int pns_child_release(struct pns_child *c, bool ok, struct pns_err *e);

#endif
