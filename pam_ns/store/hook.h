/* A set's hooks: the admin's programs the helper runs as root when it makes
 * an instance (before logins may join it) and before it removes one.
 * pam_ns.conf(5), Hooks, says what a hook gets; this is the one place that
 * starts one. */
#ifndef PNS_HOOK_H
#define PNS_HOOK_H

#include "common/nstype.h"
#include "common/util.h"
#include "policy/policy.h"
#include "store/store.h"

enum pns_hook_kind { PNS_HOOK_CREATE, PNS_HOOK_DELETE };

/* The set's hook program of that kind, NULL when it has none. */
const char *pns_hook_path(const struct pns_set *set, enum pns_hook_kind kind);

/*
 * Open the set's hook of that kind as root opens any program it runs
 * (pns_exe_open: no symbolic link, every component root's and not
 * group/other writable, a regular executable file), so that a hook that
 * cannot be trusted is refused before anything is made.  The fd to pass to
 * pns_hook_run; -2 when the set has no such hook; -1 and *e ("create hook
 * PATH is refused: why").
 */
int pns_hook_open(const struct pns_set *set, enum pns_hook_kind kind, struct pns_err *e);

/*
 * Run hook exe (from pns_hook_open) of `set` for instance i, whose
 * namespaces are ns[t] (an fd for each type of the set; not taken): as
 * root, from the home mount namespace with cwd "/" and umask 022, in a
 * session of its own, with argv [PATH, "create"|"delete"], stdin
 * /dev/null, stdout and stderr into a pipe this reads (the first line kept,
 * bounded), the namespaces passed on fds 4, 5, ... and an environment of
 * PATH and the PNS_* variables only (nothing of the caller's).  Waits at
 * most set->hooks.timeout_s, then kills its whole process group.  0 when
 * it exited 0; else -1 and *e, one sentence with the path, how it failed
 * and the first line it printed: "create hook /x exited with status 3:
 * RTNETLINK answers: File exists".  The caller is back in its own mount
 * namespace on return.
 */
int pns_hook_run(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
		 enum pns_hook_kind kind, int exe, const int ns[PNS_NTYPES], struct pns_err *e);

#endif
