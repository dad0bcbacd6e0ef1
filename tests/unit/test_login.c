/* NSS lookups of the login: primary and supplementary groups, thousands of
 * them, gids without names.  Runs itself again under nss_wrapper. */
#include <dlfcn.h>
#include <errno.h>
#include <grp.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "session/login.h"

enum { MANY = 2000 };

static void write_nss_files(const char *dir, char *passwd, char *group, size_t size)
{
	snprintf(passwd, size, "%s/passwd", dir);
	snprintf(group, size, "%s/group", dir);
	FILE *p = fopen(passwd, "w");
	FILE *g = fopen(group, "w");
	if (!p || !g)
		exit(1);
	fprintf(p, "alice:x:1234:1234:Alice:/home/alice:/bin/sh\n"
		   "many:x:1300:1300:Many:/home/many:/bin/sh\n"
		   "orphan:x:1400:4242:No group name:/:/bin/sh\n");
	fprintf(g, "alice:x:1234:\ndevs:x:2000:alice,bob\nops:x:2001:alice\nmany:x:1300:\n");
	for (int i = 0; i < MANY; i++)
		fprintf(g, "m%04d:x:%d:many\n", i, 10000 + i);
	fclose(p);
	fclose(g);
}

static void primary_then_supplementary(void **state)
{
	(void)state;
	struct pns_login l;
	struct pns_err e = { 0 };
	assert_int_equal(pns_login_lookup(&l, "alice", "sshd", "192.0.2.7", NULL, &e), 0);
	assert_string_equal(l.user, "alice");
	assert_int_equal(l.uid, 1234);
	assert_string_equal(l.service, "sshd");
	assert_string_equal(l.rhost, "192.0.2.7");
	assert_string_equal(l.tty, "");
	assert_int_equal(l.ngroups, 3);
	assert_string_equal(l.groups[0], "alice");
	bool devs = false, ops = false;
	for (size_t i = 1; i < l.ngroups; i++) {
		devs |= !strcmp(l.groups[i], "devs");
		ops |= !strcmp(l.groups[i], "ops");
	}
	assert_true(devs && ops);
	pns_login_free(&l);
}

static void thousands_of_groups(void **state)
{
	(void)state;
	struct pns_login l;
	struct pns_err e = { 0 };
	assert_int_equal(pns_login_lookup(&l, "many", "su", NULL, NULL, &e), 0);
	assert_int_equal(l.ngroups, MANY + 1);
	bool last = false;
	for (size_t i = 0; i < l.ngroups; i++)
		last |= !strcmp(l.groups[i], "m1999");
	assert_true(last);
	pns_login_free(&l);
}

static void gid_without_a_name_is_numeric(void **state)
{
	(void)state;
	struct pns_login l;
	struct pns_err e = { 0 };
	assert_int_equal(pns_login_lookup(&l, "orphan", NULL, NULL, NULL, &e), 0);
	assert_string_equal(l.groups[0], "4242");
	pns_login_free(&l);
}

/* A failing group source (LDAP or SSSD down): getgrgid_r says EIO. */
static bool fail_group_lookups;
int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t len, struct group **res)
{
	if (fail_group_lookups) {
		*res = NULL;
		return EIO;
	}
	int (*real)(gid_t, struct group *, char *, size_t, struct group **) =
		(int (*)(gid_t, struct group *, char *, size_t, struct group **))dlsym(RTLD_NEXT, "getgrgid_r");
	return real(gid, gr, buf, len, res);
}

static void group_source_failure_is_an_error(void **state)
{
	(void)state;
	struct pns_login l;
	struct pns_err e = { 0 };
	fail_group_lookups = true;
	int r = pns_login_lookup(&l, "alice", "sshd", NULL, NULL, &e);
	fail_group_lookups = false;
	/* Never a numeric stand-in: a rule on "devs" must not silently miss. */
	assert_int_equal(r, -1);
	assert_string_equal(e.msg, "looking up group 1234: Input/output error");
}

static void unknown_user(void **state)
{
	(void)state;
	struct pns_login l;
	struct pns_err e = { 0 };
	assert_int_equal(pns_login_lookup(&l, "nobody-here", NULL, NULL, NULL, &e), -1);
	assert_string_equal(e.msg, "unknown user nobody-here");
	assert_int_equal(pns_login_lookup(&l, "", NULL, NULL, NULL, &e), -1);
}

int main(int argc, char **argv)
{
	(void)argc;
	if (!getenv("NSS_WRAPPER_PASSWD")) {
		/* nss_wrapper must be preloaded before the first NSS call. */
		static char dir[] = "/tmp/pns-test-login.XXXXXX";
		char passwd[256], group[256];
		if (!mkdtemp(dir))
			return 1;
		write_nss_files(dir, passwd, group, sizeof(passwd));
		setenv("LD_PRELOAD", "libnss_wrapper.so", 1);
		setenv("NSS_WRAPPER_PASSWD", passwd, 1);
		setenv("NSS_WRAPPER_GROUP", group, 1);
		setenv("PNS_TEST_NSS_DIR", dir, 1);
		/* The resolved path, not /proc/self/exe: valgrind follows an
		 * exec of the program, not of its own loader. */
		char self[4096];
		ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
		if (n < 0)
			return 1;
		self[n] = '\0';
		execv(self, argv);
		perror("re-exec under nss_wrapper");
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(primary_then_supplementary),
		cmocka_unit_test(thousands_of_groups),
		cmocka_unit_test(gid_without_a_name_is_numeric),
		cmocka_unit_test(group_source_failure_is_an_error),
		cmocka_unit_test(unknown_user),
	};
	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	const char *dir = getenv("PNS_TEST_NSS_DIR");
	char path[256];
	snprintf(path, sizeof(path), "%s/passwd", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/group", dir);
	unlink(path);
	rmdir(dir);
	return failed;
}
