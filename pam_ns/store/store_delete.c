/* Removing one instance of a set: unpin, unlink, remove empty directories
 * (store.h). */
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/path.h"
#include "store/hook.h"
#include "store/pin.h"
#include "store/uplink.h"

/* Remove /run/netns/<name> (in the home namespace) only when it pins the
 * very namespace of our net pin: a same-named `ip netns add` of someone
 * else is left alone. */
static void drop_run_netns(struct pns_store *s, const struct pns_inst *i, dev_t dev, ino_t ino)
{
	char name[NAME_MAX + 1];
	if (pns_inst_netns_name(i, name, sizeof(name), NULL) < 0 ||
	    pns_store_go(s, PNS_IN_HOME, NULL) < 0)
		return;
	cleanup_close int dir = pns_run_netns_open(false, NULL);
	cleanup_close int fd = dir < 0 ? -1 : pns_pin_openat(dir, PNS_RUN_NETNS, name, PNS_NET, false, NULL);
	struct stat st;
	if (fd >= 0 && fstat(fd, &st) == 0 && st.st_dev == dev && st.st_ino == ino &&
	    pns_pin_unmake(dir, PNS_RUN_NETNS, name, NULL) == 0)
		unlinkat(dir, name, 0);
	pns_store_go(s, PNS_IN_OWN, NULL);
}

/* rmdir that tolerates a directory still holding other instances. */
static int rmdir_at(int dirfd, const char *name, const char *shown, bool must, struct pns_err *e)
{
	if (unlinkat(dirfd, name, AT_REMOVEDIR) == 0 || errno == ENOENT)
		return 0;
	if (!must && (errno == ENOTEMPTY || errno == EEXIST))
		return 0;
	return pns_fail(e, errno, "cannot remove %s", PNS_ESC(shown));
}

/* Each pin: its pid set's init told to leave, its net namespace's uplink
 * deleted when it has one (PNS_UPLINK_MARK; while the pin still reaches
 * the namespace) and its /run/netns twin dropped, then unmounted in the
 * store and unlinked. */
static int unpin_all(struct pns_store *s, const struct pns_inst *i, int dirfd, const char *dir_name,
		     struct pns_err *e)
{
	bool uplink = faccessat(dirfd, PNS_UPLINK_MARK, F_OK, AT_SYMLINK_NOFOLLOW) == 0;
	for (int t = 0; t < PNS_NTYPES; t++) {
		const char *name = pns_types[t].name;
		cleanup_close int fd = pns_pin_openat(dirfd, dir_name, name, (enum pns_type)t, false, NULL);
		struct stat st;
		if (fd >= 0 && fstat(fd, &st) == 0) {
			if (t == PNS_PID)
				pns_setinit_drain(fd);
			if (t == PNS_NET && uplink && pns_uplink_remove(i, fd, e) < 0)
				return -1;
			if (t == PNS_NET)
				drop_run_netns(s, i, st.st_dev, st.st_ino);
			if (pns_store_go(s, PNS_IN_STORE, e) < 0)
				return -1;
			int rc = pns_pin_unmake(dirfd, dir_name, name, e);
			if (pns_store_go(s, PNS_IN_OWN, rc < 0 ? NULL : e) < 0 || rc < 0)
				return -1;
		}
		if (unlinkat(dirfd, name, 0) < 0 && errno != ENOENT) {
			if (errno == EBUSY)
				return pns_fail(e, errno, "cannot remove %s/%s: something that is not a %s "
						"namespace is mounted on it", PNS_ESC(dir_name), PNS_ESC(name), PNS_ESC(name));
			return pns_fail(e, errno, "cannot remove %s/%s", PNS_ESC(dir_name), PNS_ESC(name));
		}
	}
	return 0;
}

int pns_store_remove_locked(struct pns_store *s, const struct pns_inst *i, struct pns_err *e)
{
	char rel[PATH_MAX], dir_name[PATH_MAX + 8];
	if (pns_inst_rel(i, rel, sizeof(rel), e) < 0)
		return -1;
	snprintf(dir_name, sizeof(dir_name), "store:/%s", rel);
	cleanup_close int dirfd = pns_path_openat(s->root, "store:", rel,
						  PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (dirfd < 0)
		return -1;
	/* First, so that no login joins what is being taken apart. */
	if (unlinkat(dirfd, PNS_COMPLETE_MARK, 0) < 0 && errno != ENOENT)
		return pns_fail(e, errno, "cannot remove %s/%s", dir_name, PNS_COMPLETE_MARK);
	if (unpin_all(s, i, dirfd, dir_name, e) < 0)
		return -1;
	if (unlinkat(dirfd, PNS_UPLINK_MARK, 0) < 0 && errno != ENOENT)
		return pns_fail(e, errno, "cannot remove %s/%s", dir_name, PNS_UPLINK_MARK);
	/* The instance directory, then its parents while they are empty
	 * (other instances of the set may still be there). */
	char parent[PATH_MAX], shown[PATH_MAX + 8];
	snprintf(parent, sizeof(parent), "%s", rel);
	for (bool must = true;; must = false) {
		char *slash = strrchr(parent, '/');
		if (!slash || !strcmp(parent, "sets"))
			return 0;
		*slash = '\0';
		cleanup_close int up = pns_path_openat(s->root, "store:", parent,
						       PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
		snprintf(shown, sizeof(shown), "store:/%s/%s", parent, slash + 1);
		if (up < 0 || rmdir_at(up, slash + 1, shown, must, e) < 0)
			return -1;
	}
}

/* The delete hook of `set`, for a complete instance i of it (never a
 * half-made one: what its create hook set up may not exist), while every
 * pin is still there, so that it can enter the namespaces. */
static void run_delete_hook(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
			    struct pns_err *hook_e)
{
	struct pns_err ignored = { 0 };
	if (!hook_e)
		hook_e = &ignored;
	if (!set || set->external || !pns_hook_path(set, PNS_HOOK_DELETE) || set->per != i->per ||
	    strcmp(set->name, i->set))
		return;
	struct pns_pins pins;
	struct pns_inst_status st;
	pns_pins_init(&pins);
	if (pns_inst_open(s, i, set->types, &pins, &st, hook_e) < 0 || st.state != PNS_INST_COMPLETE)
		return;
	cleanup_close int exe = pns_hook_open(set, PNS_HOOK_DELETE, hook_e);
	if (exe >= 0)
		pns_hook_run(s, set, i, PNS_HOOK_DELETE, exe, pins.fd, hook_e);
	pns_pins_close(&pins);
}

int pns_store_delete(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
		     struct pns_err *hook_e, struct pns_err *e)
{
	char rel[PATH_MAX], label[600];
	if (pns_inst_rel(i, rel, sizeof(rel), e) < 0)
		return -1;
	pns_inst_label(i, label, sizeof(label));
	/* Fail fast, without leaving a lock file behind, when absent. */
	struct pns_err probe = { 0 };
	int probe_fd = s->root < 0 ? -1 : pns_path_openat(s->root, "store:", rel,
							   PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, &probe);
	if (probe_fd < 0) {
		if (s->root < 0 || probe.errnum == ENOENT)
			return pns_fail(e, ENOENT, "set %s does not exist", label);
		*e = probe;
		return -1;
	}
	close(probe_fd);
	cleanup_close int lock = pns_store_lock(s, i, e);
	if (lock < 0)
		return -1;
	run_delete_hook(s, set, i, hook_e);
	return pns_store_remove_locked(s, i, e);
}
