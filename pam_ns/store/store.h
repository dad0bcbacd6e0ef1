/* The pinned-namespace store under pin_dir: create, delete, inspect sets. */
#ifndef PNS_STORE_H
#define PNS_STORE_H

#include <limits.h>
#include <stdbool.h>
#include <sys/types.h>
#include <time.h>

#include "common/nstype.h"
#include "policy/policy.h"
#include "common/util.h"

/* Where `ip netns` keeps its pins; ip_netns sets are pinned there too. */
#define PNS_RUN_NETNS "/run/netns"

/* Name of the persistent init of a pid set (comm, as ps shows it). */
#define PNS_SETINIT_NAME "pam_ns-setinit"

/*
 * An open pin_dir.  fd refers to the top mount at pin_dir (the private bind
 * mount once prepared), so every *at() call below lands where logins look.
 */
struct pns_store {
	char pin_dir[PATH_MAX];		/* normalised: absolute, no "//", no trailing "/" */
	int fd;				/* -1: pin_dir does not exist (only without prepare) */
};

/*
 * Open pin_dir.  Its parent must exist, be reachable without symlinks and be
 * root-owned and not group/other writable (checked on the open fd).  With
 * prepare, pin_dir is created (0755) when missing and made a private bind
 * mount of itself, once, under a lock on pin_dir (needed to pin mount
 * namespaces).  Without prepare a missing pin_dir is an empty store.
 */
int pns_store_open(struct pns_store *s, const char *pin_dir, bool prepare, struct pns_err *e);
void pns_store_close(struct pns_store *s);

/* One instance of a set: a shared set has name "". */
struct pns_inst {
	char set[256];
	enum pns_scope per;
	char name[256];
};

/* Fill *i; checks every name with pns_name_valid. */
int pns_inst_init(struct pns_inst *i, const char *set, enum pns_scope per, const char *name,
		  struct pns_err *e);

/* "lab", "home/user/alice", "team/group/devs": the instance directory
 * relative to pin_dir; and the same for messages: "lab (user alice)". */
int pns_inst_rel(const struct pns_inst *i, char *buf, size_t size, struct pns_err *e);
const char *pns_inst_label(const struct pns_inst *i, char *buf, size_t size);

/* Name under /run/netns for an instance: <set> or <set>-<name>. */
int pns_inst_netns_name(const struct pns_inst *i, char *buf, size_t size, struct pns_err *e);

/*
 * Take the instance's lock (flock on <pin_dir>/.lock-<set>[@user@<name>],
 * a file that is never removed, so the lock always means the same inode).
 * Blocks; returns the fd to close for unlocking, or -1.
 */
int pns_store_lock(struct pns_store *s, const struct pns_inst *i, struct pns_err *e);

/* Open an instance directory without following symlinks: fd, or -1 (errno
 * ENOENT in e->errnum when it does not exist). */
int pns_store_open_inst(struct pns_store *s, const struct pns_inst *i, struct pns_err *e);

/* How an instance looks from the caller's mount namespace. */
enum pns_inst_state {
	PNS_INST_ABSENT,	/* no directory */
	PNS_INST_INCOMPLETE,	/* no marker, or a pin missing or not a namespace of its type */
	PNS_INST_COMPLETE,	/* marker, and every pin opens as a namespace of its type here */
	PNS_INST_ELSEWHERE,	/* marker, but every pin an empty regular file with no mount
				 * here: pinned from another mount namespace (pin_dir is a
				 * private mount, so its pins exist only there) */
};

struct pns_inst_status {
	enum pns_inst_state state;
	time_t created;		/* marker mtime, 0 without a marker */
	struct pns_err why;	/* the first bad pin, or for ELSEWHERE the whole story */
};

/*
 * The one definition of "complete" for every command: the marker exists and
 * every pin of `types` (0: of the type-named files present) opens with
 * pns_pin_open in the caller's mount namespace.  Returns -1 only when the
 * directory cannot be looked at; absence is PNS_INST_ABSENT.
 */
int pns_store_state(struct pns_store *s, const struct pns_inst *i, unsigned types,
		    struct pns_inst_status *out, struct pns_err *e);
/* The same on an open instance directory whose path is dir_path. */
int pns_store_state_at(int dirfd, const char *dir_path, unsigned types,
		       struct pns_inst_status *out, struct pns_err *e);
/* The same by path (opened with no symlink anywhere); a missing
 * directory is PNS_INST_ABSENT.  For the module and explain. */
int pns_store_state_path(const char *dir_path, unsigned types, struct pns_inst_status *out,
			 struct pns_err *e);
/* "complete", "incomplete", "elsewhere", "absent": as list prints it. */
const char *pns_inst_state_name(enum pns_inst_state st);

/* What create does inside the new namespaces. */
struct pns_create_opts {
	const char *hostname;		/* expanded and validated, NULL: leave */
	const char *ip_netns;		/* also pin net at /run/netns/<this>, NULL: no */
};

/*
 * Create an instance of `set` (not external) unless a complete one exists
 * (pns_store_state).  Under the instance lock: an incomplete leftover is
 * removed first; one pinned from another mount namespace is an error and is
 * left alone (unlinking its pins would detach them over there); then a
 * child unshares every type of the set at once and does the set-up, the
 * pins are bind-mounted from /proc/<child>/ns, and the completion marker is
 * written last.  A pid set gets a persistent init (PNS_SETINIT_NAME).  On
 * failure nothing of the instance is left.  *created tells which happened.
 */
int pns_store_create(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
		     const struct pns_create_opts *o, bool *created, struct pns_err *e);

/*
 * Remove an instance under its lock: marker first (so nobody joins any
 * more), then for each pin: tell a pid set's init to exit once it is alone,
 * drop the matching /run/netns entry, umount2(MNT_DETACH), unlink; then the
 * directory and the empty parents.  Processes inside keep running.
 * e->errnum is ENOENT when the instance does not exist.  An instance
 * pinned from another mount namespace (PNS_INST_ELSEWHERE) is refused
 * unless force: the kernel lets the unlink detach its pins there too.
 */
int pns_store_delete(struct pns_store *s, const struct pns_inst *i, bool force, struct pns_err *e);

/* The same without taking the lock (the caller holds it). */
int pns_store_remove_locked(struct pns_store *s, const struct pns_inst *i, struct pns_err *e);

/* Call fn for every instance found under pin_dir (set == NULL) or of one
 * set, in directory order; stops at the first fn returning -1. */
typedef int (*pns_store_visit_fn)(void *ctx, const struct pns_inst *i);
int pns_store_each(struct pns_store *s, const char *set, pns_store_visit_fn fn, void *ctx,
		   struct pns_err *e);

/* What is pinned in one instance, as list shows it. */
struct pns_inst_info {
	enum pns_inst_state state;	/* see pns_store_state */
	time_t created;			/* marker mtime, 0 without a marker */
	unsigned types;			/* valid pins found */
	unsigned long ids[PNS_NTYPES];	/* namespace ids (nsfs inode numbers) */
	dev_t devs[PNS_NTYPES];
	unsigned procs[PNS_NTYPES];	/* processes in each namespace */
	unsigned procs_any;		/* processes in at least one of them */
};

/* types: the set's types when the policy knows them, else 0 (see
 * pns_store_state). */
int pns_store_inspect(struct pns_store *s, const struct pns_inst *i, unsigned types,
		      struct pns_inst_info *out, struct pns_err *e);

/* Count processes (scanning /proc/<pid>/ns/<type>) in the namespaces of
 * info->types; fills procs[] and procs_any. */
void pns_store_count_procs(struct pns_inst_info *info);

/*
 * The persistent init of a pid set: call in the child right after
 * unshare(CLONE_NEWPID).  Forks PID 1 of the new namespace, which mounts
 * /proc first when mount_proc, then closes every fd and reaps children; on
 * SIGUSR1 it exits as soon as it is alone in its namespace (so delete does
 * not kill what runs inside), on SIGTERM at once.  Returns once the init is
 * ready, with *pid its pid as the caller sees it.
 */
int pns_setinit_start(bool mount_proc, pid_t *pid, struct pns_err *e);

/* Find the init of the pid namespace (dev, ino) and send it SIGUSR1.
 * Returns 1 when signalled, 0 when no such process exists. */
int pns_setinit_drain(dev_t dev, ino_t ino);

/* /run/netns as iproute2 makes it: created 0755 and made a shared mount
 * (a bind mount of itself first if it is not a mount yet).  Returns an fd
 * of the directory. */
int pns_run_netns_open(bool prepare, struct pns_err *e);

#endif
