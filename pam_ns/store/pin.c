/* Pins, made, opened and removed (pin.h). */
#include "store/pin.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/magic.h>
#include <linux/nsfs.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "common/mountapi.h"
#include "common/path.h"

#ifndef NSFS_MAGIC
#define NSFS_MAGIC 0x6e736673
#endif

/* "dir/name" for messages, escaped (pns_escape). */
static const char *shown(const char *dir_name, const char *name, char *buf, size_t size)
{
	char raw[PATH_MAX + 8];
	if (dir_name && name[0] != '/')
		snprintf(raw, sizeof(raw), "%s/%s", dir_name, name);
	else
		snprintf(raw, sizeof(raw), "%s", name);
	pns_escape(buf, size, raw);
	return buf;
}

/* fd is of a namespace of type t: NS_GET_NSTYPE.  Only nsfs answers that
 * ioctl (its number, 0xb7, is nsfs's own); anything else says ENOTTY, so
 * on an fd known not to be a device the one call tells both nsfs and type. */
static int check_type(int fd, enum pns_type t, const char *what, struct pns_err *e)
{
	int type = ioctl(fd, NS_GET_NSTYPE);
	if (type < 0 && errno == ENOTTY)
		return pns_fail(e, 0, "%s is not a pinned namespace (not an nsfs file: "
				"was the bind mount removed or replaced?)", what);
	if (type < 0)
		return pns_fail(e, errno, "%s: NS_GET_NSTYPE", what);
	if (type != pns_types[t].clone_flag) {
		const char *actual = "another type";
		for (int i = 0; i < PNS_NTYPES; i++)
			if (pns_types[i].clone_flag == type)
				actual = pns_types[i].name;
		return pns_fail(e, 0, "%s is a %s namespace, expected %s", what, actual,
				pns_types[t].name);
	}
	return 0;
}

int pns_pin_openat(int dirfd, const char *dir_name, const char *name, enum pns_type t,
		   bool trusted, struct pns_err *e)
{
	char what[PATH_MAX + 256], parent[PATH_MAX];
	shown(dir_name, name, what, sizeof(what));
	/* The directories on the way are walked (and trusted when asked).  The
	 * pin itself is an nsfs file: nobody can write it, and its owner is
	 * the initial root (unmapped, so shown as the overflow uid, in a user
	 * namespace), so it is judged by its type, not its owner. */
	const char *base = name;
	cleanup_close int dir = -1;
	if (strchr(name, '/')) {
		if (pns_path_split(name, parent, sizeof(parent), &base, e) < 0)
			return -1;
		dir = pns_path_openat(dirfd, dir_name, parent,
				      PNS_PATH_DIR | (trusted ? PNS_PATH_TRUSTED : 0), 0, e);
		if (dir < 0)
			return -1;
	}
	if (!strcmp(base, ".") || !strcmp(base, ".."))
		return pns_fail(e, EINVAL, "%s is not a pin name", what);
	cleanup_close int path_fd = openat(dir >= 0 ? dir : dirfd, base, O_PATH | O_NOFOLLOW | O_CLOEXEC);
	if (path_fd < 0)
		return pns_fail(e, errno, "cannot open %s", what);
	/* fstatfs works on an O_PATH fd: the type is known before anything
	 * is opened for reading.  nsfs holds namespace files and nothing else
	 * (no link, FIFO or device), so that one call is the whole check; an
	 * fstat only words a refusal. */
	struct statfs sfs;
	if (fstatfs(path_fd, &sfs) < 0)
		return pns_fail(e, errno, "%s: fstatfs", what);
	if (sfs.f_type != NSFS_MAGIC) {
		struct stat st;
		if (fstat(path_fd, &st) == 0 && S_ISLNK(st.st_mode))
			return pns_refuse(e, ELOOP, "%s is a symbolic link, not a pin: refusing to follow "
					  "it", what);
		return pns_fail(e, 0, "%s is not a pinned namespace (not an nsfs file: "
				"was the bind mount removed or replaced?)", what);
	}
	cleanup_close int fd = pns_path_reopen(path_fd, O_RDONLY, what, e);
	if (fd < 0 || check_type(fd, t, what, e) < 0)
		return -1;
	return pns_steal_fd(&fd);
}

int pns_pin_open_in_store(int dirfd, const char *dir_name, const char *name, enum pns_type t,
			  struct pns_err *e)
{
	char what[PATH_MAX + 256];
	shown(dir_name, name, what, sizeof(what));
	if (strchr(name, '/') || !strcmp(name, ".") || !strcmp(name, ".."))
		return pns_fail(e, EINVAL, "%s is not a pin name", what);
	/* Opened at once, no O_PATH look first (with its reopen through
	 * /proc, the dearest step of a join): O_NONBLOCK, so a FIFO cannot
	 * block; a device node cannot be opened on the store's nodev tmpfs
	 * (checked when the store is reached); O_NOFOLLOW refuses a link. */
	cleanup_close int fd = openat(dirfd, name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
	if (fd < 0 && errno == ELOOP)
		return pns_refuse(e, ELOOP, "%s is a symbolic link, not a pin: refusing to follow it", what);
	if (fd < 0)
		return pns_fail(e, errno, "cannot open %s", what);
	if (check_type(fd, t, what, e) < 0)
		return -1;
	return pns_steal_fd(&fd);
}

bool pns_pin_error_is_static(const struct pns_err *e)
{
	return e->errnum == ELOOP || e->errnum == EPERM || e->errnum == ENOTDIR || e->errnum == EINVAL;
}

int pns_pin_make(int dirfd, const char *dir_name, const char *name, int nsfd, struct pns_err *e)
{
	char what[PATH_MAX + 256];
	shown(dir_name, name, what, sizeof(what));
	cleanup_close int tree = (int)syscall(SYS_open_tree, nsfd, "",
					      OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_EMPTY_PATH);
	if (tree < 0)
		return pns_fail(e, errno, "cannot take a mount of the namespace for %s", what);
	cleanup_close int f = openat(dirfd, name, O_RDONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
				     0444);
	if (f < 0) {
		if (errno == EEXIST)
			return pns_fail(e, errno, "%s already exists: refusing to replace a pin "
					"made by someone else", what);
		return pns_fail(e, errno, "cannot create %s", what);
	}
	if (syscall(SYS_move_mount, tree, "", dirfd, name, MOVE_MOUNT_F_EMPTY_PATH) < 0) {
		int saved = errno;
		unlinkat(dirfd, name, 0);
		return pns_fail(e, saved, "cannot pin a namespace on %s", what);
	}
	return 0;
}

/* Whether an nsfs file is mounted on name: O_PATH and fstatfs only, which
 * work where there is no /proc (the store). */
static bool pinned(int dirfd, const char *name)
{
	cleanup_close int fd = openat(dirfd, name, O_PATH | O_NOFOLLOW | O_CLOEXEC);
	struct statfs sfs;
	return fd >= 0 && fstatfs(fd, &sfs) == 0 && sfs.f_type == NSFS_MAGIC;
}

int pns_pin_unmake(int dirfd, const char *dir_name, const char *name, struct pns_err *e)
{
	char what[PATH_MAX + 256];
	shown(dir_name, name, what, sizeof(what));
	cleanup_close int cwd = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (fchdir(dirfd) < 0)
		return pns_fail(e, errno, "cannot change to the directory of %s", what);
	int rc = 0;
	for (int round = 0; rc == 0 && pinned(dirfd, name); round++) {
		if (round == 16)
			rc = pns_fail(e, 0, "%s: too many mounts stacked on it", what);
		/* Lazy: a process that has the pin open keeps working. */
		else if (umount2(name, MNT_DETACH | UMOUNT_NOFOLLOW) < 0)
			rc = pns_fail(e, errno, "cannot unmount %s", what);
	}
	if (cwd >= 0 && fchdir(cwd) < 0 && rc == 0)
		rc = pns_fail(e, errno, "cannot return to the working directory");
	return rc;
}

unsigned long pns_ns_id(int fd)
{
	struct stat st;
	return fstat(fd, &st) == 0 ? (unsigned long)st.st_ino : 0;
}
