/* Unit-test support: namespaces that keep a test away from the host. */
#ifndef PNS_TEST_SANDBOX_H
#define PNS_TEST_SANDBOX_H

#include <stdbool.h>
#include <stdio.h>

/* When not root: unshare a user namespace whose root is the caller's
 * uid and gid (setgroups denied), so that namespaces and mounts of its own
 * may be made.  Nothing to do as root.  0, or -1 with errno. */
int sandbox_user_ns(void);

/* Whether the process runs in a user namespace made by sandbox_user_ns:
 * files of the host's root (nsfs files included) then show as owned by the
 * overflow uid, so checks that want root-owned files refuse them. */
bool sandbox_in_user_ns(void);

/*
 * Become PID 1 of a new pid namespace with a mount namespace and /proc of
 * its own, for tests of the store: the store is reached through /proc/1's
 * mount namespace, which must then be the test's, never the host's.
 *
 * Unshares (after sandbox_user_ns) CLONE_NEWNS|CLONE_NEWPID and forks: the
 * parent waits for the child and exits with its status (128 + signal when
 * it was killed); the child, PID 1, makes "/" private recursively, mounts a
 * fresh proc on /proc and returns 0.  Unprivileged, the child also moves to
 * a root of its own (a tmpfs holding bind mounts of the host's top-level
 * directories, an empty sticky /tmp and the fresh /proc): the host's "/"
 * belongs to the overflow uid in a user namespace, and the store trusts
 * only root-owned paths.  Everything the test mounts or runs inside ends
 * with it.  Returns -1 with errno (in the caller, nothing forked) when a
 * namespace cannot be made; call it first thing in main().
 */
int enter_pid1_sandbox(void);

/* The pam_ns-init of the build tree ($BUILD, default "build", under the
 * current directory: tests run from the top of the tree). */
const char *sandbox_init_path(void);

/* In a forked child: fail (exit code 1) with "file:line: cond failed". */
#define CHECK(cond)                                                                       \
	do {                                                                              \
		if (!(cond)) {                                                            \
			fprintf(stderr, "%s:%d: %s failed\n", __FILE__, __LINE__, #cond); \
			return 1;                                                         \
		}                                                                         \
	} while (0)

/* Run fn(arg) in a forked child that first unshares `flags` (0: nothing;
 * with CLONE_NEWNS "/" is then made private, recursively).  Returns its
 * exit code: fn's result (0: pass), 100/101 when the unshare or the mount
 * failed, 128 + N when it was killed by signal N. */
int sandbox_in_child(int flags, int (*fn)(void *), void *arg);

#endif
