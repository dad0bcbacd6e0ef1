/* Running pam_ns_helper to create a set a login is about to join. */
#ifndef PNS_SPAWN_H
#define PNS_SPAWN_H

#include "policy/policy.h"
#include "common/util.h"

/* Seconds the helper may take before it is killed. */
#define PNS_SPAWN_TIMEOUT 30

/*
 * Run `<helper> -c <config> create <set> [-u|-g <instance>]` (instance for
 * per-user/per-group sets) by absolute path, after checking the file and
 * its directory like the policy (no symlink, root-owned, not writable by
 * group or others) and executing the checked fd, with a fixed PATH-only
 * environment, stdin and stdout on /dev/null, no other inherited fd, and
 * wait for that one child (bounded; SIGKILL after PNS_SPAWN_TIMEOUT).  Its
 * stderr is captured into the error message.  0 when it exited 0.
 */
int pns_spawn_create(const char *helper, const char *config, const struct pns_set *set,
		     const char *instance, struct pns_err *e);

#endif
