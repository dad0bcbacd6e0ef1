/* Trusting files by their open fd, like sshd's StrictModes: the checks are
 * made with fstat on the descriptor that is then used, so nothing can be
 * swapped between the check and the use. */
#ifndef PNS_TRUST_H
#define PNS_TRUST_H

#include <stdbool.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "common/util.h"

/* `fd` (opened from `path`, used in messages) must be of type `want_type`
 * (S_IFREG or S_IFDIR), owned by root or `trusted`, and not writable by
 * group or others.  0, or -1 with a sentence naming the path and the
 * reason in *e. */
int pns_trust_fd(int fd, const char *path, uid_t trusted, mode_t want_type, struct pns_err *e);

/* Open `name` relative to `dirfd` (AT_FDCWD for a plain path) read-only,
 * O_CLOEXEC|O_NOFOLLOW, as a directory when want_type is S_IFDIR; a FIFO
 * cannot block the open.  A symlink is refused with its own message.  When
 * `check` is set, the open fd must then pass pns_trust_fd; the type is
 * always checked.  `path` names the file in messages.  Returns the fd, or
 * -1 with *e filled (e->errnum is ENOENT when the file does not exist). */
int pns_trust_openat(int dirfd, const char *name, const char *path, mode_t want_type,
		     uid_t trusted, bool check, struct pns_err *e);

/* Open directory `path` read-only with no symbolic link in any component
 * (a link planted higher up would let its owner pick the directory), and,
 * when `check` is set, trust it with pns_trust_fd.  Without `check` only
 * the last component is opened without following, as pns_trust_openat
 * does.  Returns the fd, or -1 with *e filled (e->errnum is ENOENT when
 * the directory does not exist). */
int pns_trust_opendir(const char *path, uid_t trusted, bool check, struct pns_err *e);

#endif
