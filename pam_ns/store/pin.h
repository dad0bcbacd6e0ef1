/* Pins: namespace files bind-mounted onto empty files, made, opened and
 * removed the one safe way. */
#ifndef PNS_PIN_H
#define PNS_PIN_H

#include <stdbool.h>

#include "common/nstype.h"
#include "common/util.h"

/*
 * Open the pin `name` under dirfd (AT_FDCWD and an absolute name for an
 * external pin; dir_name names dirfd in messages) read-only, close-on-exec:
 * walked with pns_path_openat (no symbolic link anywhere; every component
 * trusted when `trusted`), then checked to be an nsfs file (fstatfs
 * NSFS_MAGIC) before it is opened for reading at all, so a FIFO or device
 * node planted there can neither block nor be triggered, and last of type
 * t (ioctl NS_GET_NSTYPE, kernel 4.11+).  Returns the fd, or -1 with a
 * sentence saying which check failed; e->errnum is ENOENT when nothing is
 * there, so callers can tell "absent" from "wrong".
 */
int pns_pin_openat(int dirfd, const char *dir_name, const char *name, enum pns_type t,
		   bool trusted, struct pns_err *e);

/*
 * The same for a pin `name` (one component) in a directory of the store:
 * there, below a root only root can search, on a tmpfs mounted nodev
 * (pns_store_open checks both), nothing but root's own pins and files can
 * be, and no device node can be opened, so the pin is opened at once
 * (O_NONBLOCK: a FIFO cannot block) and checked on that fd alone
 * (NS_GET_NSTYPE), without the O_PATH look and its reopen through /proc.
 * Same sentences and errnos as pns_pin_openat.
 */
int pns_pin_open_in_store(int dirfd, const char *dir_name, const char *name, enum pns_type t,
			  struct pns_err *e);

/*
 * Whether a pns_pin_openat failure is about the path itself (a symbolic
 * link, a directory others may write, something not a directory on the
 * way, a "." or ".." component: ELOOP, EPERM, ENOTDIR, EINVAL), which no
 * pin made there later can mend, rather than about what is there now
 * (nothing yet, or not a namespace of the type).
 */
bool pns_pin_error_is_static(const struct pns_err *e);

/*
 * Pin the namespace behind nsfd (an fd of /proc/PID/ns/TYPE, or of a pin) on
 * a new empty file `name` (mode 0444, O_EXCL) under dirfd, with open_tree
 * and move_mount (kernel 5.2+), so no path is looked up in the target
 * namespace, which need not have /proc.  The caller must be in the mount
 * namespace that holds dirfd's mount (move_mount(2) refuses others); a
 * mount namespace can only be pinned in an older one (the kernel's guard
 * against reference loops: ELOOP/EINVAL).  On failure the file is removed.
 */
int pns_pin_make(int dirfd, const char *dir_name, const char *name, int nsfd, struct pns_err *e);

/*
 * Unmount every namespace file stacked on `name` under dirfd (a name bound
 * twice holds two), lazily, so a process that has it open keeps working.
 * The caller must be in the mount namespace holding the pin; the unmount
 * goes through a relative path from dirfd (fchdir, then back), never a
 * name in /proc, which the store does not have.  The file itself stays.
 * 0 when no pin (any more).
 */
int pns_pin_unmake(int dirfd, const char *dir_name, const char *name, struct pns_err *e);

/* The namespace id (inode number of the nsfs file) behind fd, 0 on error. */
unsigned long pns_ns_id(int fd);

#endif
