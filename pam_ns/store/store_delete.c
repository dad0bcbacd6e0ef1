/* Removing one instance of a set: unpin, unlink, remove empty directories. */
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>

#include "store/pin.h"

/* Unmount every pin of type t stacked on dir_path/name (a name bound twice
 * holds two).  pns_pin_open is the one nsfs check of the project. */
static int unpin(const char *dir_path, const char *name, enum pns_type t, struct pns_err *e)
{
	char path[PATH_MAX];
	if (pns_snprintf(e, path, sizeof(path), "%s/%s", dir_path, name) < 0)
		return -1;
	for (int round = 0; round < 16; round++) {
		cleanup_close int fd = pns_pin_open(path, t, NULL);
		if (fd < 0)	/* no (more) pin of this type on it */
			return 0;
		char fdpath[64];
		snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", fd);
		/* Lazy: a process that has the pin open keeps working. */
		if (umount2(fdpath, MNT_DETACH) < 0)
			return pns_fail(e, errno, "cannot unmount %s", path);
	}
	return pns_fail(e, 0, "%s: too many mounts stacked on it", path);
}

/* Remove /run/netns/<name> only when it pins the very namespace of our net
 * pin: a same-named `ip netns add` of someone else is left alone. */
static void drop_run_netns(const struct pns_inst *i, const struct stat *net)
{
	char name[NAME_MAX + 1];
	if (pns_inst_netns_name(i, name, sizeof(name), NULL) < 0)
		return;
	cleanup_close int dir = pns_run_netns_open(false, NULL);
	if (dir < 0)
		return;
	char path[PATH_MAX];
	if (pns_snprintf(NULL, path, sizeof(path), PNS_RUN_NETNS "/%s", name) < 0)
		return;
	cleanup_close int fd = pns_pin_open(path, PNS_NET, NULL);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) < 0 || st.st_dev != net->st_dev || st.st_ino != net->st_ino)
		return;
	if (unpin(PNS_RUN_NETNS, name, PNS_NET, NULL) == 0)
		unlinkat(dir, name, 0);
}

/* rmdir that tolerates a directory still holding other instances. */
static int rmdir_at(int dirfd, const char *name, const char *path, bool must, struct pns_err *e)
{
	if (unlinkat(dirfd, name, AT_REMOVEDIR) == 0 || errno == ENOENT)
		return 0;
	if (!must && (errno == ENOTEMPTY || errno == EEXIST))
		return 0;
	return pns_fail(e, errno, "cannot remove %s", path);
}

int pns_store_remove_locked(struct pns_store *s, const struct pns_inst *i, struct pns_err *e)
{
	char rel[PATH_MAX], dir_path[PATH_MAX];
	if (pns_inst_rel(i, rel, sizeof(rel), e) < 0 ||
	    pns_snprintf(e, dir_path, sizeof(dir_path), "%s/%s", s->pin_dir, rel) < 0)
		return -1;
	cleanup_close int dirfd = pns_store_open_inst(s, i, e);
	if (dirfd < 0)
		return -1;
	/* First, so that no login joins what is being taken apart. */
	if (unlinkat(dirfd, PNS_COMPLETE_MARK, 0) < 0 && errno != ENOENT)
		return pns_fail(e, errno, "cannot remove %s/%s", dir_path, PNS_COMPLETE_MARK);
	for (int t = 0; t < PNS_NTYPES; t++) {
		const char *name = pns_types[t].name;
		char path[PATH_MAX];
		if (pns_snprintf(e, path, sizeof(path), "%s/%s", dir_path, name) < 0)
			return -1;
		cleanup_close int fd = pns_pin_open(path, (enum pns_type)t, NULL);
		struct stat st;
		if (fd >= 0 && fstat(fd, &st) == 0) {
			if (t == PNS_PID)
				pns_setinit_drain(st.st_dev, st.st_ino);
			if (t == PNS_NET)
				drop_run_netns(i, &st);
			if (unpin(dir_path, name, (enum pns_type)t, e) < 0)
				return -1;
		}
		/* Not a pin here: a leftover, or (the kernel allows it) a mount
		 * point in another mount namespace, which this unlink detaches
		 * there; callers decide beforehand whether that may happen. */
		if (unlinkat(dirfd, name, 0) < 0 && errno != ENOENT) {
			if (errno == EBUSY)
				return pns_fail(e, errno, "cannot remove %s: something that is not a %s "
						"namespace is mounted on it (umount it first)", path, name);
			return pns_fail(e, errno, "cannot remove %s", path);
		}
	}
	if (i->per == PNS_PER_SHARED) {
		/* A set that was per-user before keeps its user/ or group/ here. */
		bool others = faccessat(dirfd, "user", F_OK, AT_SYMLINK_NOFOLLOW) == 0 ||
			      faccessat(dirfd, "group", F_OK, AT_SYMLINK_NOFOLLOW) == 0;
		return rmdir_at(s->fd, i->set, dir_path, !others, e);
	}
	const char *kind = i->per == PNS_PER_USER ? "user" : "group";
	cleanup_close int setfd = openat(s->fd, i->set, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (setfd < 0)
		return pns_fail(e, errno, "%s/%s", s->pin_dir, i->set);
	cleanup_close int kindfd = openat(setfd, kind, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (kindfd < 0)
		return pns_fail(e, errno, "%s/%s/%s", s->pin_dir, i->set, kind);
	if (rmdir_at(kindfd, i->name, dir_path, true, e) < 0)
		return -1;
	char path[PATH_MAX];
	pns_snprintf(NULL, path, sizeof(path), "%s/%s/%s", s->pin_dir, i->set, kind);
	if (rmdir_at(setfd, kind, path, false, e) < 0)
		return -1;
	pns_snprintf(NULL, path, sizeof(path), "%s/%s", s->pin_dir, i->set);
	return rmdir_at(s->fd, i->set, path, false, e);
}

int pns_store_delete(struct pns_store *s, const struct pns_inst *i, bool force, struct pns_err *e)
{
	char rel[PATH_MAX];
	if (pns_inst_rel(i, rel, sizeof(rel), e) < 0)
		return -1;
	if (s->fd < 0)
		return pns_fail(e, ENOENT, "%s/%s", s->pin_dir, rel);
	/* Fail fast, without leaving a lock file behind, when absent. */
	struct pns_err probe = { 0 };
	int probe_fd = pns_store_open_inst(s, i, &probe);
	if (probe_fd < 0) {
		*e = probe;
		return -1;
	}
	close(probe_fd);
	cleanup_close int lock = pns_store_lock(s, i, e);
	if (lock < 0)
		return -1;
	if (!force) {
		struct pns_inst_status status;
		if (pns_store_state(s, i, 0, &status, e) < 0)
			return -1;
		if (status.state == PNS_INST_ELSEWHERE) {
			*e = status.why;
			return -1;
		}
	}
	return pns_store_remove_locked(s, i, e);
}
