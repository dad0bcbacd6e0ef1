/* NSS lookups of the login: primary and supplementary groups, thousands of
 * them, gids without names.  Runs itself again under nss_wrapper. */
#include <dlfcn.h>
#include <ctype.h>
#include <errno.h>
#include <fnmatch.h>
#include <grp.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "inline_policy.h"
#include "session/match.h"

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
		   "orphan:x:1400:4242:No group name:/:/bin/sh\n"
		   "numb:x:1500:5000:Primary group without a name:/:/bin/sh\n"
		   "numc:x:1501:1501:In a group named 5000:/:/bin/sh\n");
	fprintf(g, "alice:x:1234:\ndevs:x:2000:alice,bob\ndevalias:x:2000:\nops:x:2001:alice\nmany:x:1300:\n"
		   "5000:x:6000:numc\nnumc:x:1501:\nEXAMPLE\\domain users:x:7000:numc\n"
		   "wheel:x:7001:numb\nDevs:x:7002:\nm[1]:x:7003:numc\n");
	for (int i = 0; i < MANY; i++)
		fprintf(g, "m%04d:x:%d:many\n", i, 10000 + i);
	fclose(p);
	fclose(g);
}

/* The names of l's groups, looked up now (the lookup names none). */
static const char *name_of(struct pns_login *l, size_t i)
{
	struct pns_err e = { 0 };
	const char *name = pns_login_group_name(l, i, &e);
	assert_non_null(name);
	return name;
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
	assert_null(l.gids);	/* listed when a rule needs them */
	assert_int_equal(pns_login_groups(&l, &e), 0);
	assert_int_equal(l.ngroups, 3);
	assert_int_equal(l.gids[0], 1234);
	assert_null(l.groups);
	assert_int_equal(pns_login_name_groups(&l, &e), 0);
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
	assert_int_equal(pns_login_groups(&l, &e), 0);
	assert_int_equal(l.ngroups, MANY + 1);
	bool last = false;
	for (size_t i = 0; i < l.ngroups; i++)
		last |= !strcmp(name_of(&l, i), "m1999");
	assert_true(last);
	pns_login_free(&l);
}

static void gid_without_a_name_is_numeric(void **state)
{
	(void)state;
	struct pns_login l;
	struct pns_err e = { 0 };
	assert_int_equal(pns_login_lookup(&l, "orphan", NULL, NULL, NULL, &e), 0);
	assert_string_equal(name_of(&l, 0), "4242");
	/* As a literal pattern too: the number is its only name. */
	assert_int_equal(pns_login_in_group(&l, "4242", &e), 1);
	assert_int_equal(pns_login_in_group(&l, "04242", &e), 0);
	pns_login_free(&l);
	/* devalias is a second entry for gid 2000, whose name is devs: not a
	 * group of alice's (it never was: her gid's name is devs). */
	assert_int_equal(pns_login_lookup(&l, "alice", "sshd", NULL, NULL, &e), 0);
	assert_int_equal(pns_login_in_group(&l, "devs", &e), 1);
	assert_int_equal(pns_login_in_group(&l, "devalias", &e), 0);
	pns_login_free(&l);
}

/*
 * The NSS calls the code under test makes, counted where they enter libc:
 * these definitions, in the test program, are the ones the statically
 * linked core calls (the real ones found with RTLD_NEXT, nss_wrapper's).
 * fail_group_lookups plays a failing group source (LDAP or SSSD down).
 */
static bool fail_group_lookups;
static int fail_errno = EIO;
static unsigned by_gid, by_name;
/* getgrnam_r as SSSD with case_sensitive = false answers: for a name in
 * any case, the entry under its own (here: the name, else in lower case). */
static bool fold_case;

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t len, struct group **res)
{
	by_gid++;
	if (fail_group_lookups) {
		*res = NULL;
		return fail_errno;
	}
	int (*real)(gid_t, struct group *, char *, size_t, struct group **) =
		(int (*)(gid_t, struct group *, char *, size_t, struct group **))dlsym(RTLD_NEXT, "getgrgid_r");
	return real(gid, gr, buf, len, res);
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t len, struct group **res)
{
	by_name++;
	if (fail_group_lookups) {
		*res = NULL;
		return fail_errno;
	}
	int (*real)(const char *, struct group *, char *, size_t, struct group **) =
		(int (*)(const char *, struct group *, char *, size_t, struct group **))dlsym(RTLD_NEXT,
											   "getgrnam_r");
	int r = real(name, gr, buf, len, res);
	if ((r != 0 && r != ENOENT) || *res || !fold_case)
		return r;
	char lower[256];
	for (size_t i = 0; i < sizeof(lower); i++)
		if (!(lower[i] = (char)tolower((unsigned char)name[i])))
			return real(lower, gr, buf, len, res);
	return r;
}

/* getgrouplist as an NSS front end that repeats groups may give them:
 * each gid twice, the primary among them. */
static bool repeat_groups;
static int by_list;	/* getgrouplist calls (a scan of every group with files) */
int getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups)
{
	int (*real)(const char *, gid_t, gid_t *, int *) =
		(int (*)(const char *, gid_t, gid_t *, int *))dlsym(RTLD_NEXT, "getgrouplist");
	by_list++;
	int room = *ngroups;
	int r = real(user, group, groups, ngroups);
	if (r < 0 || !repeat_groups)
		return r;
	if (2 * *ngroups > room) {
		*ngroups *= 2;
		return -1;
	}
	for (int i = 0; i < *ngroups; i++)
		groups[*ngroups + i] = groups[*ngroups - 1 - i];
	return *ngroups *= 2;
}

static void repeated_groups_listed_once(void **state)
{
	(void)state;
	struct pns_login l;
	struct pns_err e = { 0 };
	repeat_groups = true;
	int r = pns_login_lookup(&l, "alice", NULL, NULL, NULL, &e);
	assert_int_equal(r, 0);
	assert_int_equal(pns_login_groups(&l, &e), 0);
	repeat_groups = false;
	assert_int_equal(l.ngroups, 3);
	assert_int_equal(l.gids[0], 1234);
	assert_true(l.gids[1] != l.gids[2] && l.gids[1] != 1234 && l.gids[2] != 1234);
	pns_login_free(&l);
}

/* Match `user` (2001 groups for "many") against the policy text: the
 * line of the rule, 0 none, -1 error (the message in *e); the group into
 * group (empty for none), and the NSS calls counted from the lookup on. */
static int match_counted(const char *user, const char *text, char *group, size_t size, struct pns_err *e)
{
	struct pns_policy *pol = inline_policy(text);
	struct pns_login l;
	by_gid = by_name = by_list = 0;
	assert_int_equal(pns_login_lookup(&l, user, "sshd", NULL, NULL, e), 0);
	struct pns_match m;
	int r = pns_match_rule(pol, &l, &m, e);
	if (r == 0) {
		snprintf(group, size, "%s", m.group ? m.group : "");
		r = m.rule ? m.rule->line : 0;
	}
	pns_login_free(&l);
	pns_policy_free(pol);
	return r;
}

#define REACHABLE " unshare = [\"ipc\"]; user_manager = \"reachable\"; }"

/* The cost the issue is about: a user in 2,000 groups and a policy that
 * names none (or whose group rules are never reached) costs no group
 * lookup; a literal group one getgrnam_r, whatever the user's groups; a
 * wildcard names them, once per login. */
static void groups_looked_up_only_when_a_rule_needs_them(void **state)
{
	(void)state;
	char g[64];
	struct pns_err e = { 0 };
	/* Group rules not reached: the user criterion fails first, or an
	 * earlier rule matches. */
	assert_int_equal(match_counted("many", "version = 1;\nrules = (\n"
				       "  { users = [\"bob\"]; groups = [\"m*\"];" REACHABLE ",\n"
				       "  { services = [\"sshd\"];" REACHABLE ",\n"
				       "  { groups = [\"m0001\"];" REACHABLE "\n);\n", g, sizeof(g), &e), 4);
	assert_int_equal(by_gid, 0);
	assert_int_equal(by_name, 0);
	assert_int_equal(by_list, 0);	/* not even the list of the user's groups */
	assert_string_equal(g, "");

	/* One literal, twice, and one no one is in: a lookup per name, and
	 * for the one that is a gid of the user, that gid's own name (an
	 * alias of a gid is not its group). */
	assert_int_equal(match_counted("many", "version = 1;\nrules = (\n"
				       "  { groups = [\"no-such-group\", \"alice\"];" REACHABLE ",\n"
				       "  { not_groups = [\"alice\"]; groups = [\"m1999\"];" REACHABLE "\n);\n",
				       g, sizeof(g), &e), 4);
	assert_int_equal(by_gid, 1);
	assert_int_equal(by_name, 3);
	assert_int_equal(by_list, 1);	/* once per login */
	assert_string_equal(g, "m1999");

	/* Wildcards: the user's groups named once, for both rules. */
	assert_int_equal(match_counted("many", "version = 1;\nrules = (\n"
				       "  { groups = [\"x*\"];" REACHABLE ",\n"
				       "  { groups = [\"m19*\"];" REACHABLE "\n);\n", g, sizeof(g), &e), 4);
	assert_int_equal(by_gid, MANY + 1);
	assert_int_equal(by_name, 0);
	assert_string_equal(g, "m1900");
}

/* NSS failing is an error wherever a group is looked up: naming the
 * user's groups, or a literal one; never a miss that lets a later rule
 * (or none) apply. */
static void group_source_failure_is_an_error(void **state)
{
	(void)state;
	struct pns_login l;
	struct pns_err e = { 0 };
	char g[64];
	fail_group_lookups = true;
	assert_int_equal(pns_login_lookup(&l, "alice", "sshd", NULL, NULL, &e), 0);
	/* Never a numeric stand-in: a rule on "devs" must not silently miss. */
	assert_null(pns_login_group_name(&l, 0, &e));
	assert_string_equal(e.msg, "looking up group 1234: Input/output error");
	assert_int_equal(pns_login_in_group(&l, "devs", &e), -1);
	assert_string_equal(e.msg, "looking up group devs: Input/output error");
	pns_login_free(&l);
	/* getgrnam_r(3) lists these for "not found" as well: a rule must not
	 * take an LDAP or SSSD that answers them for a miss. */
	static const int also[] = { EPERM, EBADF, ESRCH };
	for (size_t k = 0; k < PNS_ARRAY_SIZE(also); k++) {
		fail_errno = also[k];
		assert_int_equal(pns_login_lookup(&l, "alice", "sshd", NULL, NULL, &e), 0);
		assert_int_equal(pns_login_in_group(&l, "devs", &e), -1);
		assert_non_null(strstr(e.msg, "looking up group devs: "));
		pns_login_free(&l);
	}
	fail_errno = EIO;

	const char *later = "  { users = [\"alice\"];" REACHABLE "\n);\n";
	char text[512];
	snprintf(text, sizeof(text), "version = 1;\nrules = (\n  { groups = [\"d*\"];" REACHABLE ",\n%s", later);
	assert_int_equal(match_counted("alice", text, g, sizeof(g), &e), -1);
	assert_string_equal(e.msg, "looking up group 1234: Input/output error");
	snprintf(text, sizeof(text), "version = 1;\nrules = (\n  { not_groups = [\"devs\"];" REACHABLE ",\n%s",
		 later);
	assert_int_equal(match_counted("alice", text, g, sizeof(g), &e), -1);
	assert_string_equal(e.msg, "looking up group devs: Input/output error");
	/* No group criterion reached: nothing to fail. */
	snprintf(text, sizeof(text), "version = 1;\nrules = (\n  { users = [\"bob\"]; groups = [\"devs\"];"
		 REACHABLE ",\n%s", later);
	assert_int_equal(match_counted("alice", text, g, sizeof(g), &e), 4);
	fail_group_lookups = false;
}

/* The matching as it was, every group named and each pattern tried on
 * each name (fnmatch, FNM_NOESCAPE): 1 with *group and *pattern, or 0. */
static int old_match_groups(const struct pns_strlist *list, struct pns_login *named, const char **group,
			    const char **pattern)
{
	for (size_t i = 0; i < list->n; i++)
		for (size_t g = 0; g < named->ngroups; g++)
			if (fnmatch(list->v[i], named->groups[g], FNM_NOESCAPE) == 0) {
				*pattern = list->v[i];
				*group = named->groups[g];
				return 1;
			}
	return 0;
}

/* Old and new agree, for every user of the files and every pattern: each
 * group name there is, numbers (of groups with and without names, with
 * a leading zero), names no group has (one that differs in case only),
 * wildcards; alone and in pairs, whose order decides which group wins. */
static void literal_and_wildcard_patterns_match_as_before(void **state)
{
	(void)state;
	static const char *const users[] = { "alice", "many", "orphan", "numb", "numc" };
	static const char *const extra[] = {
		"4242", "04242", "5000", "6000", "1234", "1501", "no-such-group", "DEVS", "devs ", "m[1]",
		"*", "m1*", "m19?9", "[do]*", "?evs", "*\\*", "EXAMPLE\\*", "[0-9]*", "m\\[1]", "",
	};
	char **pats = NULL;
	size_t npats = 0;
	FILE *f = fopen(getenv("NSS_WRAPPER_GROUP"), "r");
	assert_non_null(f);
	char line[256];
	while (fgets(line, sizeof(line), f)) {
		char **more = realloc(pats, (npats + 1) * sizeof(*pats));
		assert_non_null(more);
		pats = more;
		pats[npats++] = strndup(line, strcspn(line, ":"));
	}
	fclose(f);
	for (size_t i = 0; i < PNS_ARRAY_SIZE(extra); i++) {
		char **more = realloc(pats, (npats + 1) * sizeof(*pats));
		assert_non_null(more);
		pats = more;
		pats[npats++] = strdup(extra[i]);
	}
	/* Pairs: the extra ones with each other, and with the small file's
	 * names (the first 10 lines). */
	size_t first_extra = npats - PNS_ARRAY_SIZE(extra);
	size_t compared = 0, matched = 0;
	for (size_t u = 0; u < 2 * PNS_ARRAY_SIZE(users); u++) {
		/* The second round with a backend that folds case. */
		fold_case = u >= PNS_ARRAY_SIZE(users);
		struct pns_login named, l;
		struct pns_err e = { 0 };
		const char *user = users[u % PNS_ARRAY_SIZE(users)];
		assert_int_equal(pns_login_lookup(&named, user, NULL, NULL, NULL, &e), 0);
		assert_int_equal(pns_login_name_groups(&named, &e), 0);
		assert_int_equal(pns_login_lookup(&l, user, NULL, NULL, NULL, &e), 0);
		for (size_t i = 0; i < npats; i++) {
			for (size_t k = 0; k <= npats; k++) {
				if (k < npats && k != i && !(i >= first_extra && (k >= first_extra || k < 10)))
					continue;
				char *two[2] = { pats[i], k < npats ? pats[k] : NULL };
				struct pns_strlist list = { .v = two, .n = k < npats && k != i ? 2 : 1 };
				if (list.n == 1 && k != npats)
					continue;
				const char *og = NULL, *op = NULL, *ng = NULL, *np = NULL;
				int want = old_match_groups(&list, &named, &og, &op);
				int got = pns_match_groups(&list, &l, &ng, &np, &e);
				if (got != want || (want && (strcmp(og, ng) || op != np)))
					fail_msg("user %s%s, patterns \"%s\"%s%s%s: was %d (%s by \"%s\"), now %d (%s by \"%s\")",
						 user, fold_case ? " (case folded)" : "", two[0], list.n > 1 ? ", \"" : "", list.n > 1 ? two[1] : "",
						 list.n > 1 ? "\"" : "", want, og ? og : "-", op ? op : "-", got,
						 ng ? ng : "-", np ? np : "-");
				compared++;
				matched += want;
			}
		}
		pns_login_free(&named);
		pns_login_free(&l);
	}
	fold_case = false;
	printf("compared %zu pattern lists, %zu matching\n", compared, matched);
	for (size_t i = 0; i < npats; i++)
		free(pats[i]);
	free(pats);
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
		cmocka_unit_test(repeated_groups_listed_once),
		cmocka_unit_test(gid_without_a_name_is_numeric),
		cmocka_unit_test(groups_looked_up_only_when_a_rule_needs_them),
		cmocka_unit_test(group_source_failure_is_an_error),
		cmocka_unit_test(literal_and_wildcard_patterns_match_as_before),
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
