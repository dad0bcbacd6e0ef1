/* Unit-test support: policy files on disk, in a private temporary directory. */
#ifndef PNS_TEST_POLICY_FILES_H
#define PNS_TEST_POLICY_FILES_H

#include <sys/types.h>

/* A fresh directory under $TMPDIR or /tmp, mode 0755 (caller frees the
 * path; remove it with pf_rmtree).  Fails the running test on error. */
char *pf_mkdtemp(void);

/* Write `text` to dir/name with `mode` (exactly, despite the umask) and
 * return the full path (caller frees).  Fails the running test on error. */
char *pf_write(const char *dir, const char *name, mode_t mode, const char *text);

/* Whether the tests of policies at the size limits are skipped: under
 * the sanitizers (PNS_TEST_SCALE=0, make check-asan), where they take
 * minutes; they run in every native run of the same suite.  Says so on
 * stderr when they are. */
#include <stdbool.h>
bool pf_scale_skipped(const char *test);

/* Remove a directory tree made by these helpers (no symlinks followed). */
void pf_rmtree(const char *dir);

#endif
