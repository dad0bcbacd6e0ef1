/* Pinned namespace files: where they live and how they are opened safely. */
#ifndef PNS_PIN_H
#define PNS_PIN_H

#include <stdbool.h>
#include <stddef.h>

#include "common/nstype.h"
#include "policy/policy.h"
#include "common/util.h"

/* Marker file written last into an instance directory: a set without it is
 * incomplete (creation crashed or is under way) and is never joined. */
#define PNS_COMPLETE_MARK ".complete"

/*
 * Directory of one instance of a set under pin_dir:
 *   shared  <pin_dir>/<set>
 *   user    <pin_dir>/<set>/user/<instance>
 *   group   <pin_dir>/<set>/group/<instance>
 * instance is ignored for shared sets and checked with pns_name_valid
 * otherwise.  Fails for external sets (they have no directory of ours).
 */
int pns_pin_instance_dir(const char *pin_dir, const struct pns_set *set, const char *instance,
			 char *buf, size_t size, struct pns_err *e);

/* Pin path of type t for an instance: <dir>/<type>, or the set's own
 * paths[t] for an external set. */
int pns_pin_path(const char *pin_dir, const struct pns_set *set, const char *instance,
		 enum pns_type t, char *buf, size_t size, struct pns_err *e);

/* Name of a set's net namespace under /run/netns when ip_netns is set:
 * <set> for a shared set, <set>-<instance> otherwise. */
int pns_pin_ip_netns_name(const struct pns_set *set, const char *instance, char *buf, size_t size,
			  struct pns_err *e);

/*
 * Open a pin read-only without following a symlink anywhere in the path
 * (openat2 RESOLVE_NO_SYMLINKS), O_CLOEXEC, and verify it is an nsfs file
 * (fstatfs NSFS_MAGIC) of type t (ioctl NS_GET_NSTYPE).  Returns the fd or
 * -1 with a message that says which check failed.  ENOENT is kept in
 * e->errnum so callers can tell "absent" from "wrong".
 */
int pns_pin_open(const char *path, enum pns_type t, struct pns_err *e);

/* Open a path with no symlink in any component (openat2), for the module
 * and the helper alike: flags as for open(2), O_CLOEXEC|O_NOFOLLOW added. */
int pns_open_nofollow(const char *path, int flags, struct pns_err *e);

/* The fallback of pns_open_nofollow where openat2 is missing (ENOSYS):
 * walks the path one component at a time with O_NOFOLLOW; -1 and errno
 * (ELOOP for a symlink anywhere) on failure. */
int pns_open_walking(const char *path, int flags);

/* The namespace id (inode number of the nsfs file) behind fd. */
unsigned long pns_ns_id(int fd);

#endif
