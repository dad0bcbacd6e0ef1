/* Opening and trusting policy files and directories, declared in trust.h. */
#include "common/trust.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "store/pin.h"

static const char *type_word(mode_t type)
{
	return type == S_IFDIR ? "a directory" : "a regular file";
}

int pns_trust_fd(int fd, const char *path, uid_t trusted, mode_t want_type, struct pns_err *e)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return pns_fail(e, errno, "cannot stat %s", path);
	if ((st.st_mode & S_IFMT) != want_type)
		return pns_fail(e, 0, "%s is not %s: refusing to trust it", path, type_word(want_type));
	if (st.st_uid != 0 && st.st_uid != trusted) {
		if (trusted != 0)
			return pns_fail(e, 0, "%s is owned by uid %u, not root or uid %u: refusing to trust it",
					path, (unsigned)st.st_uid, (unsigned)trusted);
		return pns_fail(e, 0, "%s is owned by uid %u, not root: refusing to trust it", path,
				(unsigned)st.st_uid);
	}
	/* A sticky bit does not help: in a sticky world-writable directory
	 * anyone may still add the file we would look for next. */
	if (st.st_mode & (S_IWGRP | S_IWOTH))
		return pns_fail(e, 0, "%s is writable by group or others (mode %04o): refusing to trust it; "
				"make it writable by its owner only (chmod go-w)", path,
				(unsigned)(st.st_mode & 07777));
	return 0;
}

int pns_trust_openat(int dirfd, const char *name, const char *path, mode_t want_type,
		     uid_t trusted, bool check, struct pns_err *e)
{
	int flags = O_RDONLY | O_CLOEXEC | O_NOFOLLOW;
	/* O_NONBLOCK so a FIFO planted in place of a file cannot hang the
	 * open; it is cleared again once the fd is known to be a file. */
	flags |= want_type == S_IFDIR ? O_DIRECTORY : O_NONBLOCK;
	cleanup_close int fd = openat(dirfd, name, flags);
	if (fd < 0) {
		int err = errno;
		struct stat lst;
		/* With O_DIRECTORY, a symlink gives ENOTDIR rather than ELOOP. */
		if (err == ENOTDIR && want_type == S_IFDIR &&
		    fstatat(dirfd, name, &lst, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(lst.st_mode))
			err = ELOOP;
		if (err == ELOOP)
			return pns_fail(e, 0, "%s is a symbolic link: refusing to follow it (name the real file)",
					path);
		if (err == ENOTDIR && want_type == S_IFDIR)
			return pns_fail(e, 0, "%s is not a directory", path);
		pns_fail(e, err, "cannot open %s", path);
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) < 0)
		return pns_fail(e, errno, "cannot stat %s", path);
	if ((st.st_mode & S_IFMT) != want_type)
		return pns_fail(e, 0, "%s is not %s: refusing to read it", path, type_word(want_type));
	if (check && pns_trust_fd(fd, path, trusted, want_type, e) < 0)
		return -1;
	if (want_type != S_IFDIR) {
		int fl = fcntl(fd, F_GETFL);
		if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) < 0)
			return pns_fail(e, errno, "cannot prepare %s for reading", path);
	}
	return pns_steal_fd(&fd);
}

int pns_trust_opendir(const char *path, uid_t trusted, bool check, struct pns_err *e)
{
	if (!check)
		return pns_trust_openat(AT_FDCWD, path, path, S_IFDIR, trusted, false, e);
	cleanup_close int fd = pns_open_nofollow(path, O_RDONLY | O_DIRECTORY, e);
	if (fd < 0) {
		struct stat lst;
		/* With O_DIRECTORY, a symlink as the last component gives
		 * ENOTDIR rather than ELOOP. */
		if (e->errnum == ENOTDIR && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
			e->errnum = ELOOP;
		if (e->errnum == ELOOP)
			return pns_fail(e, 0, "%s is a symbolic link or lies under one: refusing to follow it "
					"(name the real directory)", path);
		if (e->errnum == ENOTDIR)
			return pns_fail(e, 0, "%s is not a directory", path);
		if (e->errnum == ENOENT)
			return pns_fail(e, ENOENT, "cannot open %s", path);
		return -1;
	}
	if (pns_trust_fd(fd, path, trusted, S_IFDIR, e) < 0)
		return -1;
	return pns_steal_fd(&fd);
}
