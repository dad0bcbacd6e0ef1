/* The policy's snapshot (/run/pam_ns-policy, a tmpfs of the run's own):
 * sessions behave the same read from the policy or from its snapshot, a
 * damaged snapshot changes nothing, and an edit to the policy is seen at
 * once, an invalid one refused with the same lines. */
#include <fcntl.h>
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <security/pam_appl.h>

#include "pt.h"

#define SNAP_DIR "/run/pam_ns-policy"
/* PNS_SNAP_SETTLE_S (policy_int.h) and a second more. */
#define PNS_TEST_SETTLE_S 3

/* The snapshot of policy `path` (malloc'd name), or NULL. */
static char *snapshot_of(const char *path)
{
	glob_t g;
	char *found = NULL;
	if (glob(SNAP_DIR "/*.snap", 0, NULL, &g) != 0)
		return NULL;
	for (size_t i = 0; i < g.gl_pathc && !found; i++) {
		FILE *f = fopen(g.gl_pathv[i], "r");
		assert_non_null(f);
		char *buf = malloc(1 << 20);
		size_t n = fread(buf, 1, 1 << 20, f);
		fclose(f);
		if (memmem(buf, n, path, strlen(path) + 1))
			found = strdup(g.gl_pathv[i]);
		free(buf);
	}
	globfree(&g);
	return found;
}

/* What a session of each user did: open's code and whether the uts
 * namespace changed, as "rc/changed" per user. */
static void outcomes(const char *service, char *out, size_t size, char **last_log)
{
	static const char *const users[] = { "alice", "bob", "carol", "root" };
	out[0] = '\0';
	for (size_t i = 0; i < 4; i++) {
		struct pt_result r;
		char *log = NULL;
		pt_session(service, users[i], NULL, NULL, &r, &log);
		snprintf(out + strlen(out), size - strlen(out), "%s=%d/%d ", users[i], r.open_rc,
			 r.before[PT_UTS] != r.after[PT_UTS]);
		if (last_log) {
			free(*last_log);
			*last_log = log;
		} else {
			free(log);
		}
	}
}

#define POLICY                                                                          \
	"rules = ( { users = [\"alice\"]; action = \"none\"; },\n"                      \
	"          { users = [\"bob\"]; services = [\"snap\"]; unshare = [\"uts\"]; },\n" \
	"          { groups = [\"ops\", \"devs\"]; unshare = [\"uts\"]; hostname = \"box\"; } );\n"

static void same_sessions_with_and_without_snapshot(void **state)
{
	(void)state;
	time_t written = time(NULL);
	const char *pol = pt_policy("snap", POLICY);
	pt_service("snap", pol, "");
	char parsed[512], snapped[512], again[512];
	/* The files are fresh: parsed, and not snapshotted yet (a change
	 * within a tick of the filesystem's clock could go unseen) - when
	 * the sessions ran within that time (not so under valgrind, say). */
	outcomes("snap", parsed, sizeof(parsed), NULL);
	char *early = snapshot_of(pol);
	if (time(NULL) - written < 2)
		assert_null(early);
	free(early);
	/* alice: none, carol and root: no rule (PAM_IGNORE, seen as
	 * PT_IGNORED); bob: a new uts namespace. */
	char want[256];
	snprintf(want, sizeof(want), "alice=%d/0 bob=%d/1 carol=%d/0 root=%d/0 ", PT_IGNORED, PAM_SUCCESS,
		 PT_IGNORED, PT_IGNORED);
	assert_string_equal(parsed, want);
	sleep(PNS_TEST_SETTLE_S);
	outcomes("snap", snapped, sizeof(snapped), NULL);
	char *snap = snapshot_of(pol);
	assert_non_null(snap);
	struct stat st;
	assert_int_equal(stat(snap, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(stat(SNAP_DIR, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	outcomes("snap", again, sizeof(again), NULL);
	assert_string_equal(snapped, parsed);
	assert_string_equal(again, parsed);

	/* A damaged snapshot is ignored, and made anew. */
	int fd = open(snap, O_RDWR);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, "\xff\xff\xff\xff", 4, st.st_size > 200 ? 200 : 0), 4);
	close(fd);
	outcomes("snap", again, sizeof(again), NULL);
	assert_string_equal(again, parsed);
	free(snap);

	/* An edit is seen at the next session, and an invalid policy is
	 * refused with the lines of a policy never snapshotted. */
	char *tmp = pt_path("snap.new");
	pt_write_file(tmp, 0644, "version = 1;\nrules = ( { unshare = [\"net\"] ; } \n");
	assert_int_equal(rename(tmp, pol), 0);
	free(tmp);
	char *log = NULL;
	outcomes("snap", again, sizeof(again), &log);
	snprintf(want, sizeof(want), "alice=%d/0 bob=%d/0 carol=%d/0 root=%d/0 ", PAM_SERVICE_ERR,
		 PAM_SERVICE_ERR, PAM_SERVICE_ERR, PAM_SERVICE_ERR);
	assert_string_equal(again, want);
	assert_true(pt_log_line(log, "snap.conf:2: syntax error", "policy unusable; session refused", NULL));
	free(log);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(same_sessions_with_and_without_snapshot),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
