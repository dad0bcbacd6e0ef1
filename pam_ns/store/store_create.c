/* Creating one instance of a set: a child in the home namespace unshares,
 * its namespaces are pinned in the store (store.h). */
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/child.h"
#include "common/path.h"
#include "session/setup.h"
#include "store/hook.h"
#include "store/pin.h"
#include "store/store_int.h"
#include "store/uplink.h"

struct set_child {
	const struct pns_store *s;
	const struct pns_set *set;
	const struct pns_create_opts *o;
	int init_exe;			/* pam_ns-init, opened and checked; -1: no pid */
	unsigned long long store_id;
	pid_t init;			/* a pid set's init, once started */
};

/* In the child (in the home namespace): make the set's namespaces and set
 * them up as the set says. */
static int set_child_main(void *arg, struct pns_err *e)
{
	struct set_child *c = arg;
	const struct pns_set *set = c->set;
	const struct pns_setup *su = &set->setup;
	bool mnt = set->types & PNS_BIT(PNS_MNT), net = set->types & PNS_BIT(PNS_NET);
	if (unshare(pns_mask_clone_flags(set->types)) < 0) {
		char names[128];
		return pns_fail(e, errno, "unshare(%s)", pns_mask_str(set->types, names, sizeof(names)));
	}
	/* The store pins it, so it must be newer than the store. */
	if (mnt && pns_mnt_id_above(c->store_id, e) < 0)
		return -1;
	/* The same sequence a login's new namespaces get, but for /sys: a
	 * sysfs mounted in every set's mount namespace would keep one sysfs
	 * superblock alive per set, and every sysfs mount on the host (each
	 * login with a new network namespace, any `ip netns exec`) searches
	 * them all: 7 ms per mount with 10,000 sets.  So a set's /sys stays
	 * the one it was copied with; its /etc/netns binds still apply. */
	if (pns_setup_new(su, set->types, false, c->o->hostname, NULL, NULL, NULL, e) < 0)
		return -1;
	if (mnt && net && su->netns && pns_setup_etc_netns(su->netns, e) < 0)
		return -1;
	/* The copy of pin_dir's bind mount in the new mount namespace is of
	 * no use there.  Detach it, unless propagation ties this copy to the
	 * host's mounts (then the umount could travel back). */
	if (mnt && (su->propagation == PNS_PROP_SLAVE || su->propagation == PNS_PROP_PRIVATE) &&
	    umount2(c->s->pin_dir, MNT_DETACH) < 0 && errno != EINVAL && errno != ENOENT)
		return pns_fail(e, errno, "cannot detach %s in the new mount namespace", PNS_ESC(c->s->pin_dir));
	if ((set->types & PNS_BIT(PNS_PID)) &&
	    pns_init_start(c->init_exe, true, su->proc && mnt, &c->init, e) < 0)
		return -1;
	return 0;
}

/* A pid set's init must not outlive a failed attempt. */
static void set_child_undo(void *arg)
{
	struct set_child *c = arg;
	if (c->init > 0)
		kill(c->init, SIGKILL);
}

/* The namespace files of the child, opened while /proc is at hand. */
static int open_child_ns(pid_t pid, unsigned types, int *fds, struct pns_err *e)
{
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!(types & PNS_BIT(t)))
			continue;
		char src[64];
		snprintf(src, sizeof(src), "/proc/%d/ns/%s", (int)pid, pns_types[t].proc_entry);
		fds[t] = open(src, O_RDONLY | O_CLOEXEC);
		if (fds[t] < 0)
			return pns_fail(e, errno, "%s", src);
	}
	return 0;
}

/* /run/netns/<name>, in the home namespace, for a set with ip_netns. */
static int pin_run_netns(const struct pns_inst *i, int netfd, struct pns_err *e)
{
	char name[NAME_MAX + 1];
	if (pns_inst_netns_name(i, name, sizeof(name), e) < 0)
		return -1;
	cleanup_close int run_netns = pns_run_netns_open(true, e);
	if (run_netns < 0)
		return -1;
	if (faccessat(run_netns, name, F_OK, AT_SYMLINK_NOFOLLOW) == 0)
		return pns_fail(e, EEXIST, PNS_RUN_NETNS "/%s exists and is not this set's: "
				"refusing to replace it", name);
	return pns_pin_make(run_netns, PNS_RUN_NETNS, name, netfd, e);
}

/* An empty marker file `name` in the instance directory (never through a
 * link, never over something there already). */
static int write_mark(int dirfd, const char *dir_name, const char *name, struct pns_err *e)
{
	int mark = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0444);
	if (mark < 0)
		return pns_fail(e, errno, "cannot write %s/%s", dir_name, name);
	close(mark);
	return 0;
}

/* The part that runs under the lock once the instance is known absent. */
static int create_locked(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
			 const struct pns_create_opts *o, struct pns_err *e)
{
	char rel[PATH_MAX], dir_name[PATH_MAX + 8];
	if (pns_inst_rel(i, rel, sizeof(rel), e) < 0)
		return -1;
	snprintf(dir_name, sizeof(dir_name), "store:/%s", rel);
	bool ip_netns = set->ip_netns && (set->types & PNS_BIT(PNS_NET));
	/* The create hook is opened (and checked) before anything is made:
	 * one that cannot be trusted leaves no trace. */
	cleanup_close int hook_exe = pns_hook_open(set, PNS_HOOK_CREATE, e);
	if (hook_exe == -1)
		return -1;
	/* Removing another instance of this set prunes the set's directories
	 * when they become empty, under that instance's lock, not ours: a
	 * directory made here may vanish before it is opened.  Try again. */
	cleanup_close int dirfd = -1;
	for (int tries = 0; dirfd < 0 && tries < 5; tries++)
		dirfd = pns_path_openat(s->root, "store:", rel,
					PNS_PATH_DIR | PNS_PATH_MKDIR | PNS_PATH_TRUSTED, 0, e);
	if (dirfd < 0)
		return -1;

	/* The child starts in the home namespace, so a set's mount namespace
	 * is a copy of the host's (never of the store). */
	/* The init program is opened (and checked) here, before any child. */
	cleanup_close int init_exe = -1;
	if ((set->types & PNS_BIT(PNS_PID)) && (init_exe = pns_exe_open(o->init, e)) < 0) {
		pns_store_remove_locked(s, i, NULL);
		return -1;
	}
	struct set_child arg = { .s = s, .set = set, .o = o, .init_exe = init_exe,
				 .store_id = pns_mnt_ns_id(s->store_ns) };
	struct pns_child c;
	if (pns_store_go(s, PNS_IN_HOME, e) < 0 ||
	    pns_child_start(&c, set_child_main, set_child_undo, &arg, e) < 0) {
		pns_store_go(s, PNS_IN_OWN, NULL);
		pns_store_remove_locked(s, i, NULL);	/* nothing of it is left */
		return -1;
	}
	int fds[PNS_NTYPES];
	for (int t = 0; t < PNS_NTYPES; t++)
		fds[t] = -1;
	int rc = open_child_ns(c.pid, set->types, fds, e);
	if (rc == 0)
		rc = pns_store_go(s, PNS_IN_STORE, e);
	for (int t = 0; t < PNS_NTYPES && rc == 0; t++)
		if (fds[t] >= 0)
			rc = pns_pin_make(dirfd, dir_name, pns_types[t].name, fds[t], e);
	/* /run/netns after the store's net pin: an instance left half-made
	 * (by a crash, or a failure below) then always has the net pin by
	 * which removing it recognises this entry as its own. */
	if (rc == 0 && ip_netns && (rc = pns_store_go(s, PNS_IN_HOME, e)) == 0)
		rc = pin_run_netns(i, fds[PNS_NET], e);
	struct pns_err back = { 0 };
	if (pns_store_go(s, PNS_IN_OWN, &back) < 0 && rc == 0) {
		*e = back;
		rc = -1;
	}
	/* The set's uplink, once its net namespace is pinned (so a failure
	 * below, or a crash, leaves an instance whose removal finds it), its
	 * host end on the host's network (the net namespace of /proc/1), also
	 * when the set is made from a session isolated from it.  Before the
	 * release, so that a failure still stops a pid set's init. */
	if (rc == 0 && set->uplink.on && (set->types & PNS_BIT(PNS_NET))) {
		rc = write_mark(dirfd, dir_name, PNS_UPLINK_MARK, e);
		if (rc == 0)
			rc = pns_store_host_net(s, true, e);
		if (rc == 0)
			rc = pns_uplink_make(&set->uplink, i, fds[PNS_NET], e);
		if (pns_store_host_net(s, false, rc == 0 ? e : NULL) < 0)
			rc = -1;
	}
	/* Then the admin's create hook (from the home namespace, on which
	 * pns_hook_run sees), with the namespaces' fds, while the child (and
	 * a pid set's init) lives and before the marker, so that no login
	 * joins what the hook has not finished.  A failing hook fails the
	 * creation: nothing is left. */
	if (rc == 0 && hook_exe >= 0)
		rc = pns_hook_run(s, set, i, PNS_HOOK_CREATE, hook_exe, fds, e);
	for (int t = 0; t < PNS_NTYPES; t++)
		if (fds[t] >= 0)
			close(fds[t]);
	/* Without an ok release the child kills a pid set's init. */
	if (pns_child_release(&c, rc == 0, rc == 0 ? e : NULL) < 0)
		rc = -1;
	/* Last: from now on logins may join. */
	if (rc == 0)
		rc = write_mark(dirfd, dir_name, PNS_COMPLETE_MARK, e);
	if (rc == 0)
		return 0;
	/* Leave nothing a login could mistake for a set (its /run/netns
	 * entry included). */
	pns_store_remove_locked(s, i, NULL);
	return -1;
}

int pns_store_create(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
		     const struct pns_create_opts *o, bool *created, struct pns_err *e)
{
	*created = false;
	if (set->external)
		return pns_fail(e, 0, "set %s is pinned by someone else (paths): nothing to create",
				set->name);
	if (!set->types)
		return pns_fail(e, 0, "set %s has no namespace types", set->name);
	if ((set->types & PNS_BIT(PNS_PID)) && !o->init)
		return pns_fail(e, EINVAL, "set %s has a pid namespace, and no init program to be its "
				"PID 1 was given", set->name);
	if (s->root < 0)
		return pns_fail(e, ENOENT, "there is no store under %s", PNS_ESC(s->pin_dir));
	cleanup_close int lock = pns_store_lock(s, i, e);
	if (lock < 0)
		return -1;
	struct pns_inst_status status;
	if (pns_inst_open(s, i, set->types, NULL, &status, e) < 0)
		return -1;
	switch (status.state) {
	case PNS_INST_COMPLETE:
		return 0;
	case PNS_INST_INCOMPLETE:
		/* A crash or failure mid-creation left this: start over. */
		if (pns_store_remove_locked(s, i, e) < 0)
			return -1;
		break;
	case PNS_INST_ABSENT:
	default:
		break;
	}
	if (create_locked(s, set, i, o, e) < 0)
		return -1;
	*created = true;
	return 0;
}
