/* Rule selection: criteria, negation, wildcards, first match, explain text,
 * and where the user's service manager may not start. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "inline_policy.h"
#include "session/match.h"

static const char *const no_groups[] = { "users", NULL };

/* The line of the rule a login matches, 0 for none. */
static int matched_line(const char *text, struct pns_login *l, struct pns_match *out)
{
	struct pns_policy *pol = inline_policy(text);
	struct pns_match m;
	struct pns_err e = { 0 };
	assert_int_equal(pns_match_rule(pol, l, &m, &e), 0);
	int line = m.rule ? m.rule->line : 0;
	if (out) {
		*out = m;
		out->rule = NULL;	/* points into pol, freed below */
		out->group = NULL;
	}
	pns_policy_free(pol);
	return line;
}

static void first_match_wins(void **state)
{
	(void)state;
	struct pns_login l = fake_login("alice", "sshd", NULL, no_groups);
	assert_int_equal(matched_line("version = 1;\n"
				      "rules = (\n"
				      "  { users = [\"bob\"]; unshare = [\"net\"];"
				      " user_manager = \"reachable\"; },\n"
				      "  { users = [\"alice\"]; unshare = [\"uts\"]; },\n"
				      "  { users = [\"*\"]; unshare = [\"ipc\"];"
				      " user_manager = \"reachable\"; }\n"
				      ");\n", &l, NULL), 4);
	pns_login_free(&l);
}

static void no_rule_matches(void **state)
{
	(void)state;
	struct pns_login l = fake_login("carol", "sshd", NULL, no_groups);
	assert_int_equal(matched_line("version = 1;\n"
				      "rules = ( { users = [\"alice\", \"bob\"]; unshare = [\"net\"];"
				      " user_manager = \"reachable\"; } );\n",
				      &l, NULL), 0);
	pns_login_free(&l);
}

static void rule_without_criteria_matches_everyone(void **state)
{
	(void)state;
	struct pns_login l = fake_login("zed", "cron", NULL, no_groups);
	struct pns_match m;
	assert_int_equal(matched_line("version = 1;\n"
				      "rules = ( { unshare = [\"ipc\"]; user_manager = \"reachable\"; } );\n",
				      &l, &m), 2);
	assert_non_null(strstr(m.why, "matches everyone"));
	pns_login_free(&l);
}

static void wildcards(void **state)
{
	(void)state;
	struct pns_login l = fake_login("student42", "sshd", NULL, no_groups);
	const char *pol = "version = 1;\n"
			  "rules = (\n"
			  "  { users = [\"stud*\"]; services = [\"ss?d\"]; unshare = [\"net\"];"
			  " user_manager = \"reachable\"; }\n"
			  ");\n";
	assert_int_equal(matched_line(pol, &l, NULL), 3);
	pns_login_free(&l);
	l = fake_login("teacher", "sshd", NULL, no_groups);
	assert_int_equal(matched_line(pol, &l, NULL), 0);
	pns_login_free(&l);
}

static void supplementary_group_matches_and_names_g(void **state)
{
	(void)state;
	const char *const groups[] = { "alice", "audio", "devs", NULL };
	struct pns_login l = fake_login("alice", "sshd", NULL, groups);
	struct pns_policy *pol = inline_policy("version = 1;\n"
					       "rules = ( { groups = [\"ops\", \"de*\"]; unshare = [\"net\"];"
					       " user_manager = \"reachable\"; } );\n");
	struct pns_match m;
	assert_int_equal(pns_match_rule(pol, &l, &m, NULL), 0);
	assert_non_null(m.rule);
	assert_string_equal(m.group, "devs");
	assert_non_null(strstr(m.why, "groups: devs matches \"de*\""));
	pns_policy_free(pol);
	pns_login_free(&l);
}

static void negated_lists_exclude(void **state)
{
	(void)state;
	const char *const wheel[] = { "alice", "wheel", NULL };
	const char *pol = "version = 1;\n"
			  "rules = (\n"
			  "  { users = [\"alice\"]; not_groups = [\"wheel\"]; unshare = [\"net\"];"
			  " user_manager = \"reachable\"; },\n"
			  "  { not_users = [\"root\"]; not_services = [\"cron\"]; unshare = [\"uts\"]; }\n"
			  ");\n";
	struct pns_login l = fake_login("alice", "sshd", NULL, wheel);
	assert_int_equal(matched_line(pol, &l, NULL), 4);	/* wheel skips the first */
	pns_login_free(&l);
	l = fake_login("alice", "cron", NULL, wheel);
	assert_int_equal(matched_line(pol, &l, NULL), 0);	/* cron skips the second */
	pns_login_free(&l);
	l = fake_login("alice", "sshd", NULL, no_groups);
	assert_int_equal(matched_line(pol, &l, NULL), 3);
	pns_login_free(&l);
	l = fake_login("root", "sshd", NULL, no_groups);
	assert_int_equal(matched_line(pol, &l, NULL), 0);
	pns_login_free(&l);
}

static void remote_host_and_local_logins(void **state)
{
	(void)state;
	const char *pol = "version = 1;\n"
			  "rules = (\n"
			  "  { rhosts = [\"10.*\"]; unshare = [\"net\"]; user_manager = \"reachable\"; },\n"
			  "  { not_rhosts = [\"?*\"]; unshare = [\"uts\"]; }\n"
			  ");\n";
	struct pns_login l = fake_login("u", "sshd", "10.1.2.3", no_groups);
	assert_int_equal(matched_line(pol, &l, NULL), 3);
	pns_login_free(&l);
	l = fake_login("u", "sshd", "192.0.2.1", no_groups);
	assert_int_equal(matched_line(pol, &l, NULL), 0);
	pns_login_free(&l);
	/* A local login has an empty rhost: only "not any host" matches it. */
	l = fake_login("u", "login", NULL, no_groups);
	assert_int_equal(matched_line(pol, &l, NULL), 4);
	pns_login_free(&l);
}

static void tty_criterion(void **state)
{
	(void)state;
	struct pns_login l = fake_login("u", "login", NULL, no_groups);
	free(l.tty);
	l.tty = strdup("/dev/tty1");
	const char *pol = "version = 1;\n"
			  "rules = ( { ttys = [\"/dev/pts/*\"]; unshare = [\"net\"];"
			  " user_manager = \"reachable\"; },\n"
			  "          { ttys = [\"/dev/tty[0-9]*\"]; unshare = [\"uts\"]; } );\n";
	assert_int_equal(matched_line(pol, &l, NULL), 3);
	pns_login_free(&l);
}

static void user_in_2000_groups_matches_the_last(void **state)
{
	(void)state;
	enum { N = 2000 };
	const char **groups = calloc(N + 1, sizeof(char *));
	char names[N][16];
	for (int i = 0; i < N; i++) {
		snprintf(names[i], sizeof(names[i]), "g%04d", i);
		groups[i] = names[i];
	}
	struct pns_login l = fake_login("many", "sshd", NULL, groups);
	struct pns_policy *pol = inline_policy("version = 1;\n"
					       "rules = ( { groups = [\"g1999\"]; unshare = [\"net\"];"
					       " user_manager = \"reachable\"; } );\n");
	struct pns_match m;
	assert_int_equal(pns_match_rule(pol, &l, &m, NULL), 0);
	assert_non_null(m.rule);
	assert_string_equal(m.group, "g1999");
	pns_policy_free(pol);
	pns_login_free(&l);
	free(groups);
}

/* The line of the rule that keeps the service manager of `user` from
 * starting under `text`, 0 when it may start. */
static int manager_hider_line(const char *text, const char *user, const char *const *groups)
{
	struct pns_policy *pol = inline_policy(text);
	struct pns_login l = fake_login(user, PNS_MANAGER_SERVICE, NULL, groups);
	struct pns_match m;
	struct pns_err e = { 0 };
	const struct pns_rule *r = NULL;
	assert_int_equal(pns_match_rule(pol, &l, &m, &e), 0);
	assert_int_equal(pns_match_manager_hider(pol, &l, &m, &r, &e), 0);
	int line = r ? r->line : 0;
	/* The same among the rules that may match the user. */
	struct pns_user_rules u;
	const size_t *which;
	struct pns_match m2;
	const struct pns_rule *r2 = NULL;
	assert_int_equal(pns_user_rules_build(&u, pol), 0);
	size_t n = pns_user_rules_of(&u, user, &which);
	assert_int_equal(pns_match_rule_among(pol, which, n, &l, &m2, &e), 0);
	assert_ptr_equal(m2.rule, m.rule);
	assert_int_equal(pns_match_manager_hider_among(pol, which, n, &l, &m2, &r2, &e), 0);
	assert_ptr_equal(r2, r);
	pns_user_rules_free(&u);
	pns_login_free(&l);
	pns_policy_free(pol);
	return line;
}

static void manager_hider(void **state)
{
	(void)state;
	const char *const devs[] = { "devs", NULL };
	const char *const wheel[] = { "devs", "wheel", NULL };
	const char *pol = "version = 1;\n"
			  "namespaces = { home = { types = [\"net\", \"mnt\"]; per = \"user\"; }; };\n"
			  "rules = (\n"
			  "  { users = [\"root\"]; action = \"none\"; },\n"
			  /* 5: matches the manager's session and hides it */
			  "  { users = [\"a\"]; unshare = [\"net\", \"pid\", \"mnt\"]; proc = true; },\n"
			  /* 6: places the manager in the user's set */
			  "  { users = [\"b\"]; join = \"home\"; create = true;"
			  " user_manager = \"reachable\"; },\n"
			  /* 7, 8: "none" for the manager does not outweigh the
			   * hidden sshd sessions: it would run what they leave */
			  "  { users = [\"c\"]; services = [\"systemd-user\"]; action = \"none\"; },\n"
			  "  { users = [\"c\", \"d\"]; services = [\"sshd\"];"
			  " unshare = [\"net\", \"pid\", \"mnt\"]; proc = true; },\n"
			  /* 9: not_services does not let the manager of e out */
			  "  { users = [\"e\"]; not_services = [\"systemd-user\"];"
			  " unshare = [\"ipc\", \"pid\", \"mnt\"]; proc = true; },\n"
			  /* 10: hides the sessions of devs but not of wheel */
			  "  { groups = [\"devs\"]; not_groups = [\"wheel\"]; rhosts = [\"10.*\"];"
			  " unshare = [\"pid\", \"mnt\"]; proc = true; },\n"
			  /* 11: isolates without hiding */
			  "  { users = [\"f\"]; services = [\"sshd\"]; unshare = [\"net\"];"
			  " user_manager = \"reachable\"; },\n"
			  /* 12: hides nothing: no guarded type */
			  "  { users = [\"g\"]; services = [\"sshd\"]; unshare = [\"uts\"]; },\n"
			  /* 13, 14: a catch-all "none" after a rule for sshd only */
			  "  { users = [\"k\"]; services = [\"sshd\"];"
			  " unshare = [\"net\", \"pid\", \"mnt\"]; proc = true; },\n"
			  "  { action = \"none\"; }\n"
			  ");\n";
	assert_int_equal(manager_hider_line(pol, "a", no_groups), 5);
	assert_int_equal(manager_hider_line(pol, "b", no_groups), 0);
	assert_int_equal(manager_hider_line(pol, "c", no_groups), 8);
	assert_int_equal(manager_hider_line(pol, "k", no_groups), 13);
	assert_int_equal(manager_hider_line(pol, "d", no_groups), 8);
	assert_int_equal(manager_hider_line(pol, "e", no_groups), 9);
	assert_int_equal(manager_hider_line(pol, "h", devs), 10);
	assert_int_equal(manager_hider_line(pol, "h", wheel), 0);
	assert_int_equal(manager_hider_line(pol, "f", no_groups), 0);
	assert_int_equal(manager_hider_line(pol, "g", no_groups), 0);
	assert_int_equal(manager_hider_line(pol, "root", no_groups), 0);
	assert_int_equal(manager_hider_line(pol, "nobody", no_groups), 0);
}

/* The rules that may match a user: the open ones (wildcard or no users
 * criterion) and those whose literal list names the user, in policy
 * order, each once. */
static void user_rules_candidates(void **state)
{
	(void)state;
	struct pns_policy *pol = inline_policy(
		"version = 1;\n"
		"rules = (\n"
		"  { users = [\"alice\", \"bob\"]; action = \"none\"; },\n"	/* 0 */
		"  { users = [\"a*\"]; action = \"none\"; },\n"			/* 1 */
		"  { users = [\"bob\"]; action = \"none\"; },\n"			/* 2 */
		"  { groups = [\"devs\"]; action = \"none\"; },\n"		/* 3 */
		"  { users = [\"D\\\\alice\", \"alice\"]; action = \"none\"; },\n"	/* 4 */
		"  { users = [\"alice\", \"[a]lice\"]; action = \"none\"; },\n"	/* 5: open */
		"  { not_users = [\"alice\"]; action = \"none\"; }\n"		/* 6 */
		");\n");
	static const struct {
		const char *user;
		size_t n, rules[8];
	} cases[] = {
		{ "alice", 6, { 0, 1, 3, 4, 5, 6 } },
		{ "bob", 6, { 0, 1, 2, 3, 5, 6 } },
		{ "D\\alice", 5, { 1, 3, 4, 5, 6 } },	/* a backslash is no escape */
		{ "al", 4, { 1, 3, 5, 6 } },		/* a prefix is no match */
		{ "nobody", 4, { 1, 3, 5, 6 } },
	};
	struct pns_user_rules u;
	assert_int_equal(pns_user_rules_build(&u, pol), 0);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const size_t *which;
		size_t n = pns_user_rules_of(&u, cases[i].user, &which);
		assert_non_null(which);
		for (size_t k = 0; k < n && k < 8; k++)
			if (which[k] != cases[i].rules[k])
				fail_msg("%s: candidate %zu is rule %zu, not %zu", cases[i].user, k, which[k],
					 cases[i].rules[k]);
		assert_int_equal(n, cases[i].n);
	}
	pns_user_rules_free(&u);
	pns_policy_free(pol);
}

/* A backslash is an ordinary character of a pattern (FNM_NOESCAPE), so
 * winbind's DOMAIN\user and DOMAIN\domain users match as written.  In the
 * policy file each backslash is written \\ (libconfig's string escape). */
static void backslash_is_an_ordinary_character(void **state)
{
	(void)state;
	static const char *const domain_users[] = { "EXAMPLE\\alice", "EXAMPLE\\domain users", NULL };
	struct pns_login l = fake_login("EXAMPLE\\alice", "sshd", NULL, domain_users);
	assert_int_equal(matched_line("version = 1;\n"
				      "rules = ( { users = [\"EXAMPLE\\\\alice\"]; unshare = [\"uts\"]; } );\n",
				      &l, NULL), 2);
	assert_int_equal(matched_line("version = 1;\n"
				      "rules = ( { users = [\"EXAMPLE\\\\*\"]; unshare = [\"uts\"]; } );\n",
				      &l, NULL), 2);
	/* Not an escape: the pattern needs the backslash in the name. */
	struct pns_login plain = fake_login("EXAMPLEalice", "sshd", NULL, no_groups);
	assert_int_equal(matched_line("version = 1;\n"
				      "rules = ( { users = [\"EXAMPLE\\\\alice\"]; unshare = [\"uts\"]; } );\n",
				      &plain, NULL), 0);
	pns_login_free(&plain);

	/* A group with a backslash and a space, literal or by pattern, and
	 * %g names it as the login has it. */
	static const char *const patterns[] = { "EXAMPLE\\\\domain users", "*\\\\domain user?" };
	for (size_t i = 0; i < PNS_ARRAY_SIZE(patterns); i++) {
		char text[256];
		snprintf(text, sizeof(text), "version = 1;\nrules = ( { groups = [\"%s\"]; unshare = [\"uts\"]; } );\n",
			 patterns[i]);
		struct pns_policy *pol = inline_policy(text);
		struct pns_match m;
		assert_int_equal(pns_match_rule(pol, &l, &m, NULL), 0);
		assert_non_null(m.rule);
		assert_string_equal(m.group, "EXAMPLE\\domain users");
		pns_policy_free(pol);
	}
	pns_login_free(&l);

	char *v[] = { "EXAMPLE\\*", "[ab]\\x" };
	struct pns_strlist list = { .v = v, .n = 2 };
	assert_string_equal(pns_match_list(&list, "EXAMPLE\\bob"), "EXAMPLE\\*");
	assert_string_equal(pns_match_list(&list, "b\\x"), "[ab]\\x");
	assert_null(pns_match_list(&list, "EXAMPLEbob"));
	assert_null(pns_match_list(&list, "bx"));
	/* A backslash makes no pattern: only "*" or a matching pattern
	 * covers a name with one. */
	char *star[] = { "EXAMPLE\\*" };
	struct pns_strlist stars = { .v = star, .n = 1 };
	assert_true(pns_pattern_covered(&stars, "EXAMPLE\\alice"));
	assert_false(pns_pattern_covered(&stars, "OTHER\\alice"));
}

static void match_list_returns_the_pattern(void **state)
{
	(void)state;
	char *v[] = { "a*", "b?" };
	struct pns_strlist list = { .v = v, .n = 2 };
	assert_string_equal(pns_match_list(&list, "bx"), "b?");
	assert_null(pns_match_list(&list, "bxx"));
	struct pns_strlist empty = { 0 };
	assert_null(pns_match_list(&empty, "a"));
}

/* pns_rule_covers on rules A then B, given as their criteria. */
static bool covers(const char *a, const char *b)
{
	char text[1024];
	snprintf(text, sizeof(text), "version = 1;\nrules = (\n  { %s unshare = [\"uts\"]; },\n"
		 "  { %s unshare = [\"uts\"]; }\n);\n", a, b);
	struct pns_policy *pol = inline_policy(text);
	bool r = pns_rule_covers(&pol->rules[0], &pol->rules[1]);
	pns_policy_free(pol);
	return r;
}

/* Whether the single rule `crit` matches login l. */
static bool matches(const char *crit, struct pns_login *l)
{
	char text[1024];
	snprintf(text, sizeof(text), "version = 1;\nrules = ( { %s unshare = [\"uts\"]; } );\n", crit);
	return matched_line(text, l, NULL) != 0;
}

/* Pairs (A, B) and whether A shadows B for certain. */
static const struct {
	const char *a, *b;
	bool covers;
} shadow_cases[] = {
	{ "", "users = [\"alice\"];", true },
	{ "users = [\"alice\"];", "", false },
	{ "users = [\"al*\"];", "users = [\"alice\", \"alan\"];", true },
	{ "users = [\"al*\"];", "users = [\"alice\", \"bob\"];", false },
	{ "users = [\"al*\"];", "users = [\"a*\"];", false },
	{ "users = [\"*\"];", "services = [\"sshd\"];", true },
	{ "services = [\"sshd\", \"su\"];", "services = [\"su\"]; users = [\"bob\"];", true },
	{ "services = [\"su\"];", "services = [\"su-l\"];", false },
	{ "not_users = [\"root\"];", "users = [\"alice\"];", true },
	{ "not_users = [\"root\"];", "users = [\"root\"];", false },
	{ "not_users = [\"root\"];", "users = [\"r*\"];", false },
	{ "not_users = [\"root\"];", "not_users = [\"root\", \"bob\"];", true },
	{ "not_users = [\"r*\"];", "not_users = [\"root\"];", false },
	{ "groups = [\"students\"];", "groups = [\"students\"]; services = [\"sshd\"];", true },
	{ "groups = [\"stud*\"];", "groups = [\"students\"];", true },
	{ "groups = [\"students\"];", "users = [\"alice\"];", false },
	{ "groups = [\"students\", \"staff\"];", "groups = [\"staff\"];", true },
	{ "not_groups = [\"admins\"];", "groups = [\"students\"];", false },
	{ "not_groups = [\"admins\"];", "groups = [\"students\"]; not_groups = [\"admins\"];", true },
	{ "rhosts = [\"10.*\"];", "rhosts = [\"10.0.0.1\"];", true },
	{ "rhosts = [\"10.*\"];", "", false },
	{ "ttys = [\"tty*\"];", "ttys = [\"tty1\"]; users = [\"bob\"];", true },
	/* A backslash is an ordinary character: a name with one is literal. */
	{ "users = [\"EXAMPLE\\\\*\"];", "users = [\"EXAMPLE\\\\alice\"];", true },
	{ "users = [\"EXAMPLE\\\\*\"];", "users = [\"EXAMPLEalice\"];", false },
	{ "not_users = [\"EXAMPLE\\\\alice\"];", "users = [\"EXAMPLE\\\\bob\"];", true },
	{ "not_users = [\"EXAMPLE\\\\alice\"];", "users = [\"EXAMPLE\\\\alice\"];", false },
	{ "groups = [\"EXAMPLE\\\\domain*\"];", "groups = [\"EXAMPLE\\\\domain users\"];", true },
	{ "not_groups = [\"EXAMPLE\\\\domain users\"];",
	  "not_groups = [\"EXAMPLE\\\\domain users\", \"wheel\"];", true },
};

/* Each verdict, and for every "covers" one, that no sample login matches
 * B without matching A: the claim is checked, not only its code path. */
static void rule_covers(void **state)
{
	(void)state;
	static const char *const users[] = { "alice", "alan", "amy", "bob", "root", "rex",
					     "EXAMPLE\\alice", "EXAMPLE\\bob", "EXAMPLEalice" };
	static const char *const services[] = { "sshd", "su", "su-l" };
	static const char *const g1[] = { "alice", "students", NULL };
	static const char *const g2[] = { "bob", "staff", "admins", NULL };
	static const char *const g3[] = { "root", NULL };
	static const char *const g4[] = { "rex", "students", "admins", NULL };
	static const char *const g5[] = { "EXAMPLE\\alice", "EXAMPLE\\domain users", NULL };
	static const char *const *const groups[] = { g1, g2, g3, g4, g5 };
	static const char *const rhosts[] = { "", "10.0.0.1", "192.168.1.1" };
	for (size_t i = 0; i < PNS_ARRAY_SIZE(shadow_cases); i++) {
		const char *a = shadow_cases[i].a, *b = shadow_cases[i].b;
		if (covers(a, b) != shadow_cases[i].covers)
			fail_msg("case %zu: covers(\"%s\", \"%s\") should be %d", i, a, b, shadow_cases[i].covers);
		bool counterexample = false;
		for (size_t u = 0; u < PNS_ARRAY_SIZE(users); u++)
			for (size_t sv = 0; sv < PNS_ARRAY_SIZE(services); sv++)
				for (size_t g = 0; g < PNS_ARRAY_SIZE(groups); g++)
					for (size_t h = 0; h < PNS_ARRAY_SIZE(rhosts); h++) {
						struct pns_login l = fake_login(users[u], services[sv], rhosts[h],
										groups[g]);
						free(l.tty);
						l.tty = strdup(h ? "pts/0" : "tty1");
						bool mb = matches(b, &l), ma = matches(a, &l);
						counterexample |= mb && !ma;
						pns_login_free(&l);
					}
		if (shadow_cases[i].covers && counterexample)
			fail_msg("case %zu: \"%s\" is said to shadow \"%s\", but a login matches only the second",
				 i, a, b);
		if (!shadow_cases[i].covers && !counterexample)
			fail_msg("case %zu: no sample login tells \"%s\" from \"%s\": add one", i, a, b);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(first_match_wins),
		cmocka_unit_test(no_rule_matches),
		cmocka_unit_test(rule_without_criteria_matches_everyone),
		cmocka_unit_test(wildcards),
		cmocka_unit_test(supplementary_group_matches_and_names_g),
		cmocka_unit_test(negated_lists_exclude),
		cmocka_unit_test(remote_host_and_local_logins),
		cmocka_unit_test(tty_criterion),
		cmocka_unit_test(user_in_2000_groups_matches_the_last),
		cmocka_unit_test(manager_hider),
		cmocka_unit_test(user_rules_candidates),
		cmocka_unit_test(backslash_is_an_ordinary_character),
		cmocka_unit_test(match_list_returns_the_pattern),
		cmocka_unit_test(rule_covers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
