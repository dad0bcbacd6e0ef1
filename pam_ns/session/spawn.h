/* Running pam_ns_helper to create a set a login is about to join. */
#ifndef PNS_SPAWN_H
#define PNS_SPAWN_H

#include "policy/policy.h"
#include "common/util.h"

/* Seconds the helper may take before it is killed. */
#define PNS_SPAWN_TIMEOUT 30

/*
 * Run `<helper> -c <config> [--init <init>] create [-u|-g <instance>] --
 * <set>` (the instance for per-user and per-group sets; init NULL: the
 * helper's default) as pns_child_exec runs programs: the file checked by
 * pns_exe_open and executed from that fd, root through and through, in a
 * session of its own, a PATH-only environment, no fd of the login program.
 * Waits for that one child, bounded (SIGKILL after PNS_SPAWN_TIMEOUT s);
 * its output is captured into the error message.  0 when it exited 0.
 */
int pns_spawn_create(const char *helper, const char *config, const char *init,
		     const struct pns_set *set, const char *instance, struct pns_err *e);

#endif
