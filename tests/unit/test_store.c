/* The store: instance names, opening pin_dir, create/inspect/delete of a set. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "inline_policy.h"
#include "store/pin.h"
#include "store/store.h"

static char dir[] = "/tmp/pns-test-store.XXXXXX";
static char path[PATH_MAX];

static const char *at(const char *name)
{
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

static int setup(void **state)
{
	(void)state;
	if (enter_private_namespaces() < 0) {
		print_error("cannot enter private namespaces: %s\n", strerror(errno));
		return -1;
	}
	if (!mkdtemp(dir) || mount("tmpfs", dir, "tmpfs", 0, "mode=0755") < 0)
		return -1;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	umount2(dir, MNT_DETACH);
	rmdir(dir);
	return 0;
}

/* Mounts whose mount point is exactly p, and whether any is shared. */
static int mounts_at(const char *p, bool *shared)
{
	FILE *f = fopen("/proc/self/mountinfo", "re");
	char line[4096], mp[PATH_MAX];
	int n = 0;
	*shared = false;
	while (f && fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%*s %*s %*s %*s %4095s", mp) == 1 && !strcmp(mp, p)) {
			n++;
			*shared = *shared || strstr(line, " shared:");
		}
	}
	if (f)
		fclose(f);
	return n;
}

static void instance_names_become_paths_only_when_valid(void **state)
{
	(void)state;
	struct pns_inst i;
	struct pns_err e = { 0 };
	char buf[PATH_MAX];
	assert_int_equal(pns_inst_init(&i, "home", PNS_PER_USER, "alice", &e), 0);
	assert_int_equal(pns_inst_rel(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "home/user/alice");
	assert_int_equal(pns_inst_netns_name(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "home-alice");
	assert_string_equal(pns_inst_label(&i, buf, sizeof(buf)), "home (user alice)");
	assert_int_equal(pns_inst_init(&i, "lab", PNS_PER_SHARED, NULL, &e), 0);
	assert_int_equal(pns_inst_rel(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "lab");
	assert_int_equal(pns_inst_init(&i, "team", PNS_PER_GROUP, "..", &e), -1);
	assert_non_null(strstr(e.msg, "group name \"..\""));
	assert_int_equal(pns_inst_init(&i, "team", PNS_PER_GROUP, "a/b", &e), -1);
	assert_int_equal(pns_inst_init(&i, "../x", PNS_PER_SHARED, NULL, &e), -1);
	assert_non_null(strstr(e.msg, "set name"));
}

static void pin_dir_must_be_a_plain_absolute_path(void **state)
{
	(void)state;
	struct pns_store s;
	struct pns_err e = { 0 };
	assert_int_equal(pns_store_open(&s, "run/pam_ns", false, &e), -1);
	assert_non_null(strstr(e.msg, "not an absolute path"));
	assert_int_equal(pns_store_open(&s, "/run/../tmp/x", false, &e), -1);
	assert_non_null(strstr(e.msg, "\"..\""));
	assert_int_equal(pns_store_open(&s, "//", false, &e), -1);
}

static void pin_dir_parent_must_be_trusted(void **state)
{
	(void)state;
	struct pns_store s;
	struct pns_err e = { 0 };
	assert_int_equal(mkdir(at("open"), 0777), 0);
	assert_int_equal(chmod(at("open"), 0777), 0);
	char pins[PATH_MAX];
	snprintf(pins, sizeof(pins), "%s/open/pins", dir);
	assert_int_equal(pns_store_open(&s, pins, true, &e), -1);
	assert_non_null(strstr(e.msg, "writable by group or others"));
	struct stat st;
	assert_int_equal(lstat(pins, &st), -1);
}

static void missing_pin_dir_is_an_empty_store_unless_prepared(void **state)
{
	(void)state;
	struct pns_store s;
	struct pns_err e = { 0 };
	char pins[PATH_MAX];
	bool shared;
	snprintf(pins, sizeof(pins), "%s/pins", dir);
	assert_int_equal(pns_store_open(&s, pins, false, &e), 0);
	assert_int_equal(s.fd, -1);
	assert_int_equal(pns_store_open(&s, pins, true, &e), 0);
	assert_true(s.fd >= 0);
	pns_store_close(&s);
	/* Prepared once: a private bind mount, not one per call. */
	assert_int_equal(pns_store_open(&s, pins, true, &e), 0);
	pns_store_close(&s);
	assert_int_equal(mounts_at(pins, &shared), 1);
	assert_false(shared);
}

static void creates_inspects_and_deletes_a_set(void **state)
{
	(void)state;
	char text[PATH_MAX + 128];
	snprintf(text, sizeof(text), "version = 1; pin_dir = \"%s/pins\";\n"
		 "namespaces = { lab = { types = [\"net\", \"uts\"]; hostname = \"lab\"; }; };\n", dir);
	struct pns_policy *pol = inline_policy(text);
	const struct pns_set *set = pns_policy_find_set(pol, "lab");
	struct pns_store s;
	struct pns_inst i;
	struct pns_err e = { 0 };
	struct pns_create_opts o = { .hostname = "lab" };
	bool created = false;
	assert_int_equal(pns_store_open(&s, pol->pin_dir, true, &e), 0);
	assert_int_equal(pns_inst_init(&i, "lab", PNS_PER_SHARED, NULL, &e), 0);
	assert_int_equal(pns_store_create(&s, set, &i, &o, &created, &e), 0);
	assert_true(created);

	struct pns_inst_info info;
	assert_int_equal(pns_store_inspect(&s, &i, 0, &info, &e), 0);
	assert_int_equal(info.state, PNS_INST_COMPLETE);
	assert_int_equal(info.types, PNS_BIT(PNS_NET) | PNS_BIT(PNS_UTS));
	unsigned long net = info.ids[PNS_NET];
	assert_true(net != 0);

	/* Idempotent: the same namespaces, nothing made again. */
	assert_int_equal(pns_store_create(&s, set, &i, &o, &created, &e), 0);
	assert_false(created);
	assert_int_equal(pns_store_inspect(&s, &i, 0, &info, &e), 0);
	assert_int_equal(info.ids[PNS_NET], net);

	assert_int_equal(pns_store_delete(&s, &i, false, &e), 0);
	assert_int_equal(pns_store_delete(&s, &i, false, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
	pns_store_close(&s);
	pns_policy_free(pol);
}

static void an_incomplete_instance_is_made_again(void **state)
{
	(void)state;
	char text[PATH_MAX + 128];
	snprintf(text, sizeof(text), "version = 1; pin_dir = \"%s/pins\";\n"
		 "namespaces = { half = { types = [\"net\"]; }; };\n", dir);
	struct pns_policy *pol = inline_policy(text);
	struct pns_store s;
	struct pns_inst i;
	struct pns_err e = { 0 };
	struct pns_create_opts o = { 0 };
	bool created = false;
	assert_int_equal(pns_store_open(&s, pol->pin_dir, true, &e), 0);
	/* What a crash after creating the pin file would leave. */
	assert_int_equal(mkdirat(s.fd, "half", 0755), 0);
	int fd = openat(s.fd, "half/net", O_CREAT | O_WRONLY | O_CLOEXEC, 0444);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(pns_inst_init(&i, "half", PNS_PER_SHARED, NULL, &e), 0);
	struct pns_inst_info info;
	assert_int_equal(pns_store_inspect(&s, &i, 0, &info, &e), 0);
	assert_int_equal(info.state, PNS_INST_INCOMPLETE);
	assert_int_equal(info.types, 0);
	assert_int_equal(pns_store_create(&s, pns_policy_find_set(pol, "half"), &i, &o, &created, &e), 0);
	assert_true(created);
	assert_int_equal(pns_store_inspect(&s, &i, 0, &info, &e), 0);
	assert_int_equal(info.state, PNS_INST_COMPLETE);
	assert_int_equal(info.types, PNS_BIT(PNS_NET));
	assert_int_equal(pns_store_delete(&s, &i, false, &e), 0);
	pns_store_close(&s);
	pns_policy_free(pol);
}

static void a_symlink_in_pin_dir_is_never_followed(void **state)
{
	(void)state;
	char text[PATH_MAX + 128], target[PATH_MAX];
	snprintf(text, sizeof(text), "version = 1; pin_dir = \"%s/pins\";\n"
		 "namespaces = { trap = { types = [\"net\"]; }; };\n", dir);
	struct pns_policy *pol = inline_policy(text);
	struct pns_store s;
	struct pns_inst i;
	struct pns_err e = { 0 };
	struct pns_create_opts o = { 0 };
	bool created = false;
	assert_int_equal(pns_store_open(&s, pol->pin_dir, true, &e), 0);
	snprintf(target, sizeof(target), "%s/elsewhere", dir);
	assert_int_equal(mkdir(target, 0755), 0);
	assert_int_equal(symlinkat(target, s.fd, "trap"), 0);
	assert_int_equal(pns_inst_init(&i, "trap", PNS_PER_SHARED, NULL, &e), 0);
	assert_int_equal(pns_store_create(&s, pns_policy_find_set(pol, "trap"), &i, &o, &created, &e), -1);
	assert_non_null(strstr(e.msg, "trap"));
	assert_int_equal(faccessat(AT_FDCWD, target, F_OK, 0), 0);
	snprintf(path, sizeof(path), "%s/elsewhere/net", dir);
	assert_int_equal(access(path, F_OK), -1);
	unlinkat(s.fd, "trap", 0);
	pns_store_close(&s);
	pns_policy_free(pol);
}

/* What the host sees of a set pinned from a service's private mount
 * namespace: the marker, and empty files where the pins would be. */
static void a_marker_beside_empty_files_is_pinned_elsewhere(void **state)
{
	(void)state;
	char text[PATH_MAX + 128], inst_dir[PATH_MAX + 16];
	snprintf(text, sizeof(text), "version = 1; pin_dir = \"%s/pins\";\n"
		 "namespaces = { far = { types = [\"net\", \"uts\"]; }; };\n", dir);
	struct pns_policy *pol = inline_policy(text);
	const struct pns_set *set = pns_policy_find_set(pol, "far");
	struct pns_store s;
	struct pns_inst i;
	struct pns_err e = { 0 };
	struct pns_create_opts o = { 0 };
	struct pns_inst_status st;
	bool created = false;
	assert_int_equal(pns_store_open(&s, pol->pin_dir, true, &e), 0);
	assert_int_equal(pns_inst_init(&i, "far", PNS_PER_SHARED, NULL, &e), 0);
	assert_int_equal(pns_store_state(&s, &i, set->types, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_ABSENT);

	assert_int_equal(mkdirat(s.fd, "far", 0755), 0);
	const char *files[] = { "far/" PNS_COMPLETE_MARK, "far/net", "far/uts" };
	for (size_t k = 0; k < PNS_ARRAY_SIZE(files); k++) {
		int fd = openat(s.fd, files[k], O_CREAT | O_WRONLY | O_CLOEXEC, 0444);
		assert_true(fd >= 0);
		close(fd);
	}
	snprintf(inst_dir, sizeof(inst_dir), "%s/pins/far", dir);
	assert_int_equal(pns_store_state(&s, &i, set->types, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_ELSEWHERE);
	assert_non_null(strstr(st.why.msg, inst_dir));
	assert_non_null(strstr(st.why.msg, "share a mount namespace"));
	assert_string_equal(pns_inst_state_name(st.state), "elsewhere");

	/* Neither "exists" nor torn down: the pins may be mounts elsewhere. */
	assert_int_equal(pns_store_create(&s, set, &i, &o, &created, &e), -1);
	assert_false(created);
	assert_non_null(strstr(e.msg, inst_dir));
	assert_int_equal(pns_store_delete(&s, &i, false, &e), -1);
	assert_non_null(strstr(e.msg, "delete --force"));
	for (size_t k = 0; k < PNS_ARRAY_SIZE(files); k++)
		assert_int_equal(faccessat(s.fd, files[k], F_OK, AT_SYMLINK_NOFOLLOW), 0);

	/* A pin file with something in it is no pin of anybody's: incomplete. */
	int fd = openat(s.fd, "far/uts", O_WRONLY | O_TRUNC | O_CLOEXEC);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "x", 1), 1);
	close(fd);
	assert_int_equal(pns_store_state(&s, &i, set->types, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_INCOMPLETE);
	assert_true(st.created != 0);
	assert_non_null(strstr(st.why.msg, "far/uts"));

	assert_int_equal(pns_store_delete(&s, &i, true, &e), 0);
	assert_int_equal(faccessat(s.fd, "far", F_OK, AT_SYMLINK_NOFOLLOW), -1);
	pns_store_close(&s);
	pns_policy_free(pol);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(instance_names_become_paths_only_when_valid),
		cmocka_unit_test(pin_dir_must_be_a_plain_absolute_path),
		cmocka_unit_test(pin_dir_parent_must_be_trusted),
		cmocka_unit_test(missing_pin_dir_is_an_empty_store_unless_prepared),
		cmocka_unit_test(creates_inspects_and_deletes_a_set),
		cmocka_unit_test(an_incomplete_instance_is_made_again),
		cmocka_unit_test(a_symlink_in_pin_dir_is_never_followed),
		cmocka_unit_test(a_marker_beside_empty_files_is_pinned_elsewhere),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
