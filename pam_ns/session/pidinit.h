/* The minimal init that stays PID 1 of a session's new pid namespace. */
#ifndef PNS_PIDINIT_H
#define PNS_PIDINIT_H

#include <stdbool.h>
#include <sys/types.h>

#include "common/util.h"

/*
 * Call after unshare(CLONE_NEWPID): fork the namespace's PID 1, which
 * closes every inherited fd, reaps orphans, exits on SIGTERM/SIGHUP/SIGINT
 * from outside the namespace (the session's own processes cannot stop it)
 * and dies with its parent (PR_SET_PDEATHSIG, re-checked against the race
 * through a pipe the parent holds until the init reports).  When it
 * exits the kernel kills every process left in the namespace.  With
 * mount_proc it first mounts a fresh /proc (it is the one process that sees
 * the new pid namespace as its own) and the call returns once that is
 * done.  *pid is its pid as the caller sees it.
 */
int pns_pidinit_start(bool mount_proc, pid_t *pid, struct pns_err *e);

/* Ask the init to exit and reap it (bounded wait, then SIGKILL).  Returns
 * at once, leaving the reaping to the login program, when the init cannot
 * finish before the login program reaps a child of its own inside the
 * namespace (sshd's monitor closes the session before it reaps). */
int pns_pidinit_stop(pid_t pid, struct pns_err *e);

#endif
