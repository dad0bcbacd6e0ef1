/*
 * The pinned-namespace store: where sets live, how they are reached, made,
 * checked and removed.  docs/design.md ("The store") says why it is built so.
 *
 * Two mount namespaces are involved besides the caller's own:
 *
 *   home   the mount namespace of /proc/1: the host's, whatever namespace
 *          the caller (a login program under PrivateTmp=, a nested su in a
 *          session, an admin's shell) happens to be in.  It holds exactly
 *          two mounts of ours, whatever the number of sets:
 *            <pin_dir>          a private bind mount of itself
 *            <pin_dir>/store    the pin of the store mount namespace
 *          and, in pin_dir (0700): .lock (0600), which serialises making
 *          the store, and .home, which records the home namespace (a
 *          caller whose /proc/1 is elsewhere is refused, never served a
 *          second store).
 *   store  a mount namespace whose root is a tmpfs (0700) and nothing else:
 *            /sets/<set>/shared/            a shared set's instance
 *            /sets/<set>/user/<name>/       a per-user instance
 *            /sets/<set>/group/<name>/      a per-group instance
 *            /locks/<set>@<scope>@<name>    an instance's lock
 *          An instance directory holds one pin per type (a bind mount of the
 *          namespace file, named after the type) and, written last, the
 *          marker .complete.
 *
 * Nobody but root can enter the store, so no other user can open, let alone
 * lock, anything in it; new mount namespaces (sessions, services) never copy
 * its mounts (a mount namespace pin is never copied), so their cost does not
 * grow with the number of sets.
 */
#ifndef PNS_STORE_H
#define PNS_STORE_H

#include <limits.h>
#include <stdbool.h>
#include <sys/types.h>
#include <time.h>

#include "common/nstype.h"
#include "common/util.h"
#include "policy/policy.h"

/* Where `ip netns` keeps its pins; ip_netns sets are pinned there too. */
#define PNS_RUN_NETNS "/run/netns"
/* Under pin_dir in the home mount namespace. */
#define PNS_STORE_PIN "store"
#define PNS_STORE_LOCK ".lock"
#define PNS_STORE_HOME ".home"
/* Written last into an instance directory: without it the instance is
 * incomplete (being made, or left by a crash) and never joined. */
#define PNS_COMPLETE_MARK ".complete"
/* In an instance with an uplink, written before the link is made: removing
 * the instance enters its net namespace to delete the link only then. */
#define PNS_UPLINK_MARK ".uplink"
/* Longest wait for a lock before giving up (ms).  Only root can hold one,
 * so this bounds a wait on another pam_ns_helper, below the module's limit
 * for the whole helper run (PNS_SPAWN_TIMEOUT). */
#define PNS_LOCK_WAIT_MS 12000
_Static_assert(PNS_HOOK_TIMEOUT_MAX * 1000 + 1000 < PNS_LOCK_WAIT_MS,
	       "a hook must end well before logins waiting for its instance give up "
	       "(and the 12 s in policy_set.c's message must be this wait)");

/* The name (comm, as ps shows it) of the PID 1 of a session's or a pid
 * set's pid namespace: the program pam_ns-init. */
#define PNS_INIT_NAME "pam_ns-init"

/* Where a store user is at the moment (pns_store_go). */
enum pns_where { PNS_IN_OWN, PNS_IN_HOME, PNS_IN_STORE };

struct pns_store {
	char pin_dir[PATH_MAX];	/* normalised */
	int root;		/* the store's root directory, -1: there is no store (yet) */
	int own_ns, home_ns, store_ns;	/* mount namespace fds; store_ns -1 without a store */
	int own_root, own_cwd;	/* the caller's root and cwd, put back on return */
	int own_net;		/* the caller's net namespace while in the host's
				 * (pns_store_host_net), else -1 */
	enum pns_where where;
};

/* A store not opened yet, safe to pns_store_close. */
#define PNS_STORE_INIT                                                                        \
	{ .root = -1, .own_ns = -1, .home_ns = -1, .store_ns = -1, .own_root = -1, .own_cwd = -1, \
	  .own_net = -1, .where = PNS_IN_OWN }

/* pns_store_open flags. */
enum {
	/* Make the store when there is none: pin_dir (0755), its private bind
	 * mount, the store namespace and its pin.  The helper's, never the
	 * module's. */
	PNS_STORE_MAKE = 1u << 0,
};

/*
 * Reach the store of pin_dir: enter the home mount namespace (/proc/1's)
 * when the caller is elsewhere, open pin_dir there with every component
 * trusted (root-owned, not group/other writable, no symlink), open its
 * store pin (nsfs, mount type), enter the store namespace to open its root,
 * and return to the caller's own namespace (root and cwd as they were).
 * Afterwards s->root reaches every set through *at() calls from anywhere.
 * Without a store (and without PNS_STORE_MAKE) 0 with s->root == -1.
 * Needs a single-threaded caller with CAP_SYS_ADMIN and CAP_SYS_CHROOT in
 * the initial user namespace (setns(2) of a mount namespace).  -1 and *e
 * on failure; a caller whose /proc/1 is a pam_ns init (a session with a pid
 * namespace and /proc of its own) is refused: the home namespace is out of
 * its reach.  s is always safe to pns_store_close.
 */
int pns_store_open(struct pns_store *s, const char *pin_dir, unsigned flags, struct pns_err *e);

/* Back to the caller's own namespace if needed; close every fd. */
void pns_store_close(struct pns_store *s);

/*
 * Undo what PNS_STORE_MAKE made, for a store whose sets are all deleted:
 * in the home namespace, under pin_dir's lock, unpin the store (lazily:
 * nothing inside is in use once its sets are gone), remove .home and
 * .lock, unmount pin_dir's private bind mount of itself and remove pin_dir
 * when it is then empty (no pin_dir: nothing to do).  s from pns_store_open (without a store, only
 * what is left of one is removed); it is closed afterwards.  -1 and *e
 * when the store still holds a set (ENOTEMPTY) or a step fails; what was
 * done stays done.
 */
int pns_store_remove(struct pns_store *s, struct pns_err *e);

/*
 * Switch the calling process to the home or store mount namespace, or back
 * to its own (then root and cwd are put back).  Mounting and unmounting
 * pins must happen in the namespace that holds them (mount(2) refuses
 * others); everything else is done through fds from where the caller is.
 * Paths under /proc do not resolve in the store: open them before going.
 */
int pns_store_go(struct pns_store *s, enum pns_where where, struct pns_err *e);

/*
 * Enter (enter: true) the net namespace of /proc/1, the host's network, or
 * return to the caller's (false).  A set's uplink has its host end, and a
 * hook runs, there: where the store's home is, whoever makes the set (a
 * login through sshd or su on the host, or a session isolated from the
 * host's network running su).  setns(2) CLONE_NEWNET (the caller is
 * single-threaded).  Entering twice, or returning when not in, does
 * nothing.  0, or -1 with *e (e may be NULL); the caller is then where it
 * was.
 */
int pns_store_host_net(struct pns_store *s, bool enter, struct pns_err *e);

/* The mount namespace id (NS_GET_MNTNS_ID, kernel 6.8+) behind an fd, 0
 * when the kernel has none. */
unsigned long long pns_mnt_ns_id(int fd);

/* ---- instances: the one place that knows the layout ---------------------- */

/* One instance of a set: a shared set has name "". */
struct pns_inst {
	char set[256];
	enum pns_scope per;
	char name[256];
};

/* Fill *i; checks every name with pns_name_valid. */
int pns_inst_init(struct pns_inst *i, const char *set, enum pns_scope per, const char *name,
		  struct pns_err *e);
/* The instance of a (not external) policy set that `name` (a user or group
 * name, ignored for shared sets) belongs to. */
int pns_inst_of(struct pns_inst *i, const struct pns_set *set, const char *name,
		struct pns_err *e);

/* "sets/lab/shared", "sets/home/user/alice": the instance directory under
 * the store's root. */
int pns_inst_rel(const struct pns_inst *i, char *buf, size_t size, struct pns_err *e);
/* "locks/lab", "locks/home@user@alice": its lock file. */
int pns_inst_lock_rel(const struct pns_inst *i, char *buf, size_t size, struct pns_err *e);
/* For messages: "lab", "home (user alice)". */
const char *pns_inst_label(const struct pns_inst *i, char *buf, size_t size);

/* The ids NSS gives instance i's name now (getpwnam_r/getgrnam_r, the
 * buffer grown on ERANGE): a per-user instance's uid and primary gid, a
 * per-group one's gid.  Returns which were found, PNS_INST_UID |
 * PNS_INST_GID, 0 for a shared instance or a name NSS does not know (or
 * an NSS failure); errno is not kept. */
#define PNS_INST_UID 1
#define PNS_INST_GID 2
int pns_inst_ids(const struct pns_inst *i, uid_t *uid, gid_t *gid);
/* Name under /run/netns: <set> or <set>-<name>. */
int pns_inst_netns_name(const struct pns_inst *i, char *buf, size_t size, struct pns_err *e);

/*
 * Take the instance's lock (flock on its file under /locks in the store,
 * created 0600 and never removed, so the lock always means one inode).
 * Waits at most PNS_LOCK_WAIT_MS.  Returns the fd to close for unlocking,
 * or -1 (ETIMEDOUT in e->errnum when another holder did not let go).
 */
int pns_store_lock(struct pns_store *s, const struct pns_inst *i, struct pns_err *e);

/* ---- the one definition of complete -------------------------------------- */

enum pns_inst_state {
	PNS_INST_ABSENT,	/* no store, or no directory */
	PNS_INST_INCOMPLETE,	/* no marker, or a pin missing or not a namespace of its type */
	PNS_INST_COMPLETE,	/* marker, and every pin a namespace of its type */
};

struct pns_inst_status {
	enum pns_inst_state state;
	time_t created;		/* marker mtime, 0 without a marker */
	struct pns_err why;	/* not complete: the reason, naming the instance */
};

/* The namespaces of one instance (or an external set), opened together. */
struct pns_pins {
	int fd[PNS_NTYPES];		/* -1 where not opened */
	unsigned types;			/* PNS_BIT of the fds that are open */
	unsigned long ids[PNS_NTYPES];	/* namespace ids (nsfs inode numbers) */
	dev_t devs[PNS_NTYPES];
};
void pns_pins_init(struct pns_pins *p);
void pns_pins_close(struct pns_pins *p);

/*
 * Look at instance i: complete when its directory, its marker and a pin of
 * every type in `types` (0: every type-named file present) are there, each
 * pin an nsfs file of its type, and the marker is still there once every pin
 * is open (all pins come from one instance, through one directory fd: an
 * instance deleted and made again meanwhile is not mixed).  With pins,
 * the opened pins are handed out (complete only; else closed).  Returns -1
 * only when the store cannot be looked at.
 */
int pns_inst_open(struct pns_store *s, const struct pns_inst *i, unsigned types,
		  struct pns_pins *pins, struct pns_inst_status *st, struct pns_err *e);

/* "complete", "incomplete", "absent": as list prints it. */
const char *pns_inst_state_name(enum pns_inst_state st);

/*
 * The one verdict on a set a login (or `exec`, or `explain`) would join:
 * reach the store of pin_dir (or, for an external set, its paths), open the
 * instance that `instance` names and every pin of the set, as
 * pns_inst_open.  0 with *st filled and, when complete, the pins in *pins;
 * -1 when the store cannot be reached or looked at.  The sentences in
 * st->why are the ones the module logs and explain prints.
 */
int pns_join_open(const char *pin_dir, const struct pns_set *set, const char *instance,
		  struct pns_pins *pins, struct pns_inst_status *st, struct pns_err *e);

/*
 * What a login does about a set that pns_join_open did not find complete,
 * in one sentence into buf: st->why, then "the login creates it" (a
 * create = true rule, a set of ours) or why it is refused.  The module logs
 * it and explain prints it, word for word.
 */
const char *pns_join_verdict(const struct pns_set *set, const struct pns_inst_status *st, bool create,
			     char *buf, size_t size);

/* ---- making and removing ------------------------------------------------- */

/* What create does inside the new namespaces. */
struct pns_create_opts {
	const char *hostname;		/* expanded and validated, NULL: leave */
	const char *init;		/* pam_ns-init, for a pid set (checked by pns_exe_open) */
};

/*
 * Create an instance of `set` (not external) unless a complete one exists.
 * Under the instance lock: an incomplete leftover is removed first; then a
 * child in the home namespace unshares every type of the set at once and
 * does the set-up, its namespaces are pinned in the store (and, for a set
 * with ip_netns, its net namespace at /run/netns/<pns_inst_netns_name>), the set's
 * uplink is made (store/uplink.h), its create hook runs (store/hook.h;
 * opened and checked before anything is made), and the marker is written
 * last.  A pid set gets a persistent pam_ns-init (o->init).
 * On failure nothing of the instance is left.  *created tells which
 * happened.  s must have been opened with PNS_STORE_MAKE.
 */
int pns_store_create(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
		     const struct pns_create_opts *o, bool *created, struct pns_err *e);

/*
 * Remove an instance under its lock: marker first (so nobody joins any
 * more), then for each pin: tell a pid set's init to exit once it is alone,
 * delete the net namespace's uplink and drop the matching /run/netns entry,
 * unmount (lazily), unlink; then the
 * directory and the empty parents.  Processes inside keep running.
 * e->errnum is ENOENT when the instance does not exist.
 * Before that, when `set` (the policy's set of i, NULL: none known) has a
 * delete hook of the instance's scope and the instance is complete, the
 * hook runs (store/hook.h).  Its failure does not stop the removal (a
 * half-removed set is worse): the sentence goes into *hook_e (may be NULL;
 * msg left as it was when the hook ran well).
 */
int pns_store_delete(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
		     struct pns_err *hook_e, struct pns_err *e);

/* The same without taking the lock (the caller holds it), and without a
 * hook: for half-made instances. */
int pns_store_remove_locked(struct pns_store *s, const struct pns_inst *i, struct pns_err *e);

/* ---- listing -------------------------------------------------------------- */

/* Call fn for every instance in the store (set == NULL) or of one set, in
 * sorted order; stops at the first fn returning -1. */
typedef int (*pns_store_visit_fn)(void *ctx, const struct pns_inst *i);
int pns_store_each(struct pns_store *s, const char *set, pns_store_visit_fn fn, void *ctx,
		   struct pns_err *e);

/* What is pinned in one instance, as list shows it. */
struct pns_inst_info {
	enum pns_inst_state state;
	time_t created;
	unsigned types;			/* valid pins found */
	unsigned long ids[PNS_NTYPES];
	dev_t devs[PNS_NTYPES];
	unsigned procs[PNS_NTYPES];	/* processes in each namespace */
	unsigned procs_any;		/* processes in at least one of them */
};

/* types: the set's types when the policy knows them, else 0. */
int pns_store_inspect(struct pns_store *s, const struct pns_inst *i, unsigned types,
		      struct pns_inst_info *out, struct pns_err *e);

/* Count processes (one scan of /proc/<pid>/ns/<type>) in the namespaces of
 * each info[k].types; fills procs[] and procs_any of all n at once. */
void pns_store_count_procs(struct pns_inst_info *info, size_t n);

/* ---- pid sets and /run/netns ---------------------------------------------- */

/*
 * The PID 1 of the pid namespace behind pid_fd (a pin), as the caller's pid
 * namespace numbers it: ioctl NS_GET_PID_FROM_PIDNS (kernel 6.9+).  0 when
 * the namespace has no init any more (it was killed: every process inside
 * died with it, and no process can join it again), -1 when the kernel
 * cannot tell (errno ENOTTY) or the namespace is not below the caller's.
 */
pid_t pns_pidns_init(int pid_fd);

/* Tell the init of a pid set (pid_fd: its pid pin) to leave once it is
 * alone in its namespace (SIGUSR1 through a pidfd).  1 when told, 0 when
 * the namespace has no init. */
int pns_setinit_drain(int pid_fd);

/* /run/netns as iproute2 makes it: created 0755 and made a shared mount
 * (a bind mount of itself first if it is not a mount yet), in the
 * caller's mount namespace.  Returns an fd of the directory. */
int pns_run_netns_open(bool prepare, struct pns_err *e);

#endif
