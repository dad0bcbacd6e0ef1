/* The one way pam_ns opens a path: a component at a time from a directory
 * fd, never through a symbolic link, never through "." or "..", and never
 * so that the open itself can block or have side effects. */
#ifndef PNS_PATH_H
#define PNS_PATH_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "common/util.h"

/* Flags of pns_path_openat. */
enum {
	/* The last component must be a directory; the fd returned is
	 * O_RDONLY|O_DIRECTORY (usable with openat, fdopendir, fchdir). */
	PNS_PATH_DIR = 1u << 0,
	/* The last component must be a regular file; the fd returned is
	 * O_RDONLY, blocking (a FIFO or device never gets that far). */
	PNS_PATH_FILE = 1u << 1,
	/* Every component, the directory dirfd names included, must be owned
	 * by root or by `trusted`, and no directory may be writable by group
	 * or others, with one exception: a sticky directory (like /tmp) may be
	 * passed through into an entry owned by root or `trusted`, since
	 * nobody else can rename or remove that entry; it may never be the
	 * directory the last component is looked up (or created) in.  The
	 * last component must not be writable by group or others either.
	 * The rule of sshd's StrictModes, applied to the whole path.  In a
	 * user namespace other than the initial one, a directory owned by an
	 * id the namespace does not map (shown as the overflow uid: the real
	 * root's "/", say) may be passed through like a sticky one. */
	PNS_PATH_TRUSTED = 1u << 2,
	/* Create missing directories on the way (mode 0755 whatever the
	 * umask, owned by the caller), the last one too when PNS_PATH_DIR is
	 * set. */
	PNS_PATH_MKDIR = 1u << 3,
	/* With PNS_PATH_FILE: create the last component when missing, as an
	 * empty regular file of mode 0600 (O_EXCL, so never through a link). */
	PNS_PATH_CREATE = 1u << 4,
	/* With PNS_PATH_DIR, alone: dirfd is a directory nobody but root can
	 * search (the caller has checked it: owned by root, mode 0700 or
	 * tighter, like the store's root), so nothing below it can have been
	 * put there or renamed by anyone else and a trust check of each
	 * component would add nothing.  The path is then resolved in one
	 * openat2(2) call, RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS |
	 * RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV, O_DIRECTORY:
	 * still no symbolic link, no "." or "..", no other mount on the way,
	 * and nothing but a directory is opened. */
	PNS_PATH_PRIVATE = 1u << 5,
};

/*
 * Open `path` relative to `dirfd` (AT_FDCWD: the cwd, or "/" when path is
 * absolute), walking one component at a time: each one is opened
 * O_PATH|O_NOFOLLOW|O_CLOEXEC from the directory before it and checked with
 * fstat before it is used, so a symlink anywhere is refused, "." and ".."
 * components are refused, and nothing is ever opened for reading before its
 * type is known (a FIFO or device node planted in place of a file cannot
 * block or trigger anything).  Empty components ("a//b") are skipped; ""
 * names dirfd itself.
 *
 * Returns a new fd (close-on-exec): see PNS_PATH_DIR and PNS_PATH_FILE;
 * without either, an O_PATH fd of whatever is there (pins: the caller checks
 * that it is nsfs, then pns_path_reopen).  On failure -1 and *e filled with
 * a sentence that names the whole path (dir_name, when given, is printed in
 * front of a relative path: the name of what dirfd is) and the offending
 * component; e->errnum is ENOENT when a component does not exist, ELOOP when
 * one is a symbolic link, ENOTDIR when one is not a directory, EXDEV when
 * PNS_PATH_PRIVATE meets a mount point on the way, EPERM when a
 * trust check fails (the sentence then reads "W lies in a directory that
 * cannot be trusted: D is ..." when the culprit D is a directory on the way
 * to W), EINVAL for a "." or ".." component (refused before anything is
 * opened or made), EISDIR or EINVAL when PNS_PATH_FILE finds a directory or
 * another non-regular file; errno itself is not kept.
 *
 * Note what the sticky rule means for a directory right inside /tmp:
 * "/tmp/x/f" may be trusted (x is passed through), "/tmp/x" as the end of a
 * walk may not (x is looked up in /tmp).  To check a directory, walk to
 * something inside it when you can.
 */
int pns_path_openat(int dirfd, const char *dir_name, const char *path, unsigned flags,
		    uid_t trusted, struct pns_err *e);

/* pns_path_openat(AT_FDCWD, NULL, path, flags, trusted, e). */
int pns_path_open(const char *path, unsigned flags, uid_t trusted, struct pns_err *e);

/*
 * Reopen an O_PATH fd (of a file already checked: never a FIFO or device)
 * for real I/O, through /proc/self/fd, so that no name is looked up again:
 * flags as for open(2), O_CLOEXEC added.  -1 and *e filled (errno text)
 * on failure.  `name` is used in messages.
 */
int pns_path_reopen(int opath_fd, int flags, const char *name, struct pns_err *e);

/*
 * `in` as an absolute path without empty, "." or ".." components and
 * without a trailing slash, into out; "/" itself is refused.  `what` names
 * the setting in messages ("pin_dir").  0, or -1 with *e filled.
 */
int pns_path_normal(const char *what, const char *in, char *out, size_t size, struct pns_err *e);

/*
 * Split a normalised absolute path into its parent ("/" for "/x") and last
 * component, into parent[size]; *base points into `path`.  0, or -1 with *e
 * filled (ENAMETOOLONG, or "/" which has no last component).
 */
int pns_path_split(const char *path, char *parent, size_t size, const char **base,
		   struct pns_err *e);

#endif
