/* Putting the calling process into the namespaces a plan names. */
#ifndef PNS_ENTER_H
#define PNS_ENTER_H

#include <stdbool.h>
#include <sys/types.h>

#include "common/nstype.h"
#include "session/plan.h"
#include "store/store.h"
#include "common/util.h"

/* What a session was given, for the INFO log line and for close_session. */
struct pns_entered {
	unsigned new_mask;			/* types unshared */
	unsigned joined_mask;			/* types joined */
	unsigned long ids[PNS_NTYPES];		/* id after entering, of the types in
						 * new_mask and joined_mask; 0 others */
	pid_t init_pid;				/* the session's pid-ns init, 0 none */
	pid_t keeper_pid;			/* the keeper of its /etc/netns view
						 * when it has no init, 0 none */
	bool user_manager_hidden;		/* a private /run/user was mounted */
	/* The joined set's mnt namespace when the session got a layer of
	 * its own over it (ids[PNS_MNT] is then the layer's), else 0. */
	unsigned long set_mnt_id;
};


/* 0 when the caller runs one thread, else -1 saying how many: setns(2)
 * and unshare(2) of most types move the calling thread only, and another
 * thread could start the shell outside the namespaces. */
int pns_single_threaded(struct pns_err *e);

/*
 * Enter the plan: setns() into every pin of `pins` (opened beforehand by
 * pns_join_open, which owns the checks; pns_enter closes them) but mnt;
 * unshare() the new types in one call; setns() mnt last; then the per-type
 * setup for new namespaces (propagation first, /tmp, /sys, /etc/netns,
 * hostname, lo) and, for a new pid namespace, the session init
 * (pam_ns-init, executed from init_exe: see pns_init_launch; -1 when the
 * plan makes no pid namespace and keeps no view).  When the session's
 * mount namespace carries an /etc/netns view (p->view), the init keeps it,
 * or without a new pid namespace a keeper (out->keeper_pid) does: stop
 * either with pns_init_stop.  When the plan hides the user manager, the
 * session gets a private PNS_RUNTIME_ROOT (made on the host first when
 * missing) in its new mount namespace, or in a slave layer over the joined
 * set's, so the set stays as it is.  Returns to the old cwd when it still
 * exists there, else "/".  pins may be NULL when the plan joins nothing.  On
 * failure the process may be partly moved: the caller must refuse the
 * session (fail closed) unless the admin chose fail-open.
 */
int pns_enter(const struct pns_plan *p, struct pns_pins *pins, int init_exe, struct pns_entered *out,
	      pns_step_fn step, void *ctx, struct pns_err *e);

#endif
