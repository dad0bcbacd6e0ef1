/* The policy grammar: valid policies and every validation error, with the
 * message text and the line it is reported at. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include <sys/socket.h>

#include "inline_policy.h"
#include "policy/policy.h"

#define V "version = 1;\n"

/* Fail unless parsing `text` reports an error at `line` (0: no line) whose
 * message contains `needle`. */
static void expect_error(const char *text, int line, const char *needle)
{
	char *all = inline_policy_errors(text);
	if (!all)
		fail_msg("policy accepted; wanted an error at line %d containing \"%s\":\n%s", line,
			 needle, text);
	char prefix[32];
	if (line > 0)
		snprintf(prefix, sizeof(prefix), "test.conf:%d: ", line);
	else
		snprintf(prefix, sizeof(prefix), "test.conf: ");
	bool found = false;
	for (char *l = all, *nl; l && *l; l = nl ? nl + 1 : NULL) {
		nl = strchr(l, '\n');
		if (nl)
			*nl = '\0';
		if (!strncmp(l, prefix, strlen(prefix)) && strstr(l, needle))
			found = true;
		if (nl)
			*nl = '\n';
	}
	if (!found)
		fail_msg("wanted \"%s...%s...\" among:\n%s", prefix, needle, all);
	free(all);
}

static void expect_valid(const char *text)
{
	char *all = inline_policy_errors(text);
	if (all)
		fail_msg("policy refused:\n%s\n%s", text, all);
}

/* ---- valid policies --------------------------------------------------- */

static const char issue_example[] =
	"version = 1;\n"
	"pin_dir  = \"/run/pam_ns\";\n"
	"on_error = \"deny\";\n"
	"namespaces = {\n"
	"  lab  = { types = [\"net\", \"uts\", \"ipc\"]; hostname = \"lab\"; };\n"
	"  home = { types = [\"net\", \"mnt\"]; per = \"user\"; };\n"
	"  team = { types = [\"net\"]; per = \"group\"; group_from = [\"devs\", \"ops\"]; };\n"
	"  vpn  = { paths = { net = \"/run/netns/vpn\"; }; };\n"
	"};\n"
	"rules = (\n"
	"  { users = [\"root\"]; action = \"none\"; },\n"
	"  { groups = [\"students\"]; services = [\"sshd\", \"login\"];\n"
	"    unshare = [\"net\", \"uts\", \"ipc\", \"mnt\", \"pid\"]; hostname = \"%u-box\"; proc = true; },\n"
	"  { groups = [\"devs\", \"ops\"]; join = \"team\"; unshare = [\"mnt\"]; create = true;"
	" user_manager = \"reachable\"; },\n"
	"  { users = [\"alice\"]; not_groups = [\"wheel\"]; join = \"home\"; create = true;"
	" user_manager = \"reachable\"; }\n"
	");\n";

static void issue_example_loads(void **state)
{
	(void)state;
	struct pns_policy *pol = inline_policy(issue_example);
	assert_string_equal(pol->pin_dir, "/run/pam_ns");
	assert_int_equal(pol->on_error, PNS_ON_ERROR_DENY);
	assert_int_equal(pol->nsets, 4);
	const struct pns_set *lab = pns_policy_find_set(pol, "lab");
	assert_non_null(lab);
	assert_int_equal(lab->line, 5);
	assert_string_equal(lab->file, "test.conf");
	assert_int_equal(lab->types, PNS_BIT(PNS_NET) | PNS_BIT(PNS_UTS) | PNS_BIT(PNS_IPC));
	assert_string_equal(lab->setup.hostname, "lab");
	assert_int_equal(lab->per, PNS_PER_SHARED);
	assert_false(lab->external);
	const struct pns_set *home = pns_policy_find_set(pol, "home");
	assert_int_equal(home->per, PNS_PER_USER);
	const struct pns_set *team = pns_policy_find_set(pol, "team");
	assert_int_equal(team->per, PNS_PER_GROUP);
	assert_int_equal(team->group_from.n, 2);
	assert_string_equal(team->group_from.v[1], "ops");
	const struct pns_set *vpn = pns_policy_find_set(pol, "vpn");
	assert_true(vpn->external);
	assert_int_equal(vpn->types, PNS_BIT(PNS_NET));
	assert_string_equal(vpn->paths[PNS_NET], "/run/netns/vpn");
	assert_null(vpn->paths[PNS_UTS]);
	assert_null(pns_policy_find_set(pol, "nope"));

	assert_int_equal(pol->nrules, 4);
	assert_true(pol->rules[0].none);
	assert_int_equal(pol->rules[0].line, 11);
	assert_string_equal(pol->rules[0].users.v[0], "root");
	const struct pns_rule *stu = &pol->rules[1];
	assert_int_equal(stu->line, 12);
	assert_int_equal(stu->services.n, 2);
	assert_int_equal(stu->unshare, PNS_BIT(PNS_NET) | PNS_BIT(PNS_UTS) | PNS_BIT(PNS_IPC) |
					PNS_BIT(PNS_MNT) | PNS_BIT(PNS_PID));
	assert_string_equal(stu->setup.hostname, "%u-box");
	assert_null(stu->join);
	assert_true(stu->setup.proc);
	assert_true(stu->hide_user_manager);
	assert_ptr_equal(pol->rules[2].join, team);
	assert_string_equal(pol->rules[2].join_name, "team");
	assert_true(pol->rules[2].create);
	assert_false(pol->rules[2].hide_user_manager);
	assert_ptr_equal(pol->rules[3].join, home);
	assert_string_equal(pol->rules[3].not_groups.v[0], "wheel");
	assert_int_equal(pol->files.n, 1);
	pns_policy_free(pol);
}

static void defaults(void **state)
{
	(void)state;
	struct pns_policy *pol = inline_policy(V "rules = ( { unshare = [\"net\", \"mnt\"];"
					       " user_manager = \"reachable\"; } );\n");
	assert_string_equal(pol->pin_dir, PNS_DEFAULT_PIN_DIR);
	assert_int_equal(pol->on_error, PNS_ON_ERROR_DENY);
	const struct pns_rule *r = &pol->rules[0];
	assert_int_equal(r->setup.propagation, PNS_PROP_SLAVE);
	assert_true(r->setup.loopback);
	assert_false(r->setup.proc);
	assert_false(r->setup.tmp_private);
	assert_null(r->setup.hostname);
	assert_null(r->setup.netns);
	assert_false(r->none);
	assert_false(r->create);
	assert_int_equal(r->users.n, 0);
	pns_policy_free(pol);
}

static void every_setting(void **state)
{
	(void)state;
	struct pns_policy *pol = inline_policy(
		V "pin_dir = \"/var/lib/pns\";\non_error = \"allow\";\n"
		"namespaces = { w = { types = [\"net\", \"uts\", \"mnt\", \"pid\"]; ip_netns = true;"
		" hostname = \"web\"; propagation = \"private\"; proc = true; tmp = \"private\";"
		" loopback = false; netns = \"web\"; }; };\n"
		"rules = ( { users = \"bob\"; not_users = [\"eve*\"]; groups = (\"g\"); rhosts = [\"10.*\"];"
		" not_rhosts = [\"10.0.0.1\"]; ttys = [\"pts/*\"]; not_ttys = [\"tty1\"];"
		" not_services = [\"cron\"]; unshare = [\"net\", \"uts\", \"ipc\", \"mnt\", \"pid\", \"cgroup\", \"time\"];"
		" hostname = \"%u.%g.%s-x\"; propagation = \"private\"; proc = true; tmp = \"shared\";"
		" loopback = false; netns = \"blue\"; } );\n");
	assert_string_equal(pol->pin_dir, "/var/lib/pns");
	assert_int_equal(pol->on_error, PNS_ON_ERROR_ALLOW);
	const struct pns_set *w = &pol->sets[0];
	assert_true(w->ip_netns);
	assert_int_equal(w->setup.propagation, PNS_PROP_PRIVATE);
	assert_true(w->setup.proc);
	assert_true(w->setup.tmp_private);
	assert_false(w->setup.loopback);
	assert_string_equal(w->setup.netns, "web");
	const struct pns_rule *r = &pol->rules[0];
	assert_int_equal(r->users.n, 1);
	assert_string_equal(r->users.v[0], "bob");
	assert_string_equal(r->groups.v[0], "g");
	assert_string_equal(r->not_users.v[0], "eve*");
	assert_string_equal(r->rhosts.v[0], "10.*");
	assert_string_equal(r->not_rhosts.v[0], "10.0.0.1");
	assert_string_equal(r->ttys.v[0], "pts/*");
	assert_string_equal(r->not_ttys.v[0], "tty1");
	assert_string_equal(r->not_services.v[0], "cron");
	assert_int_equal(r->unshare, PNS_ALL_TYPES);
	assert_int_equal(r->setup.propagation, PNS_PROP_PRIVATE);
	assert_false(r->setup.tmp_private);
	assert_false(r->setup.loopback);
	assert_string_equal(r->setup.netns, "blue");
	pns_policy_free(pol);
}

static void netns_from_joined_set(void **state)
{
	(void)state;
	expect_valid(V "namespaces = { vpn = { paths = { net = \"/run/netns/vpn\"; }; }; };\n"
		     "rules = ( { join = \"vpn\"; unshare = [\"mnt\"]; netns = \"vpn\"; propagation = \"slave\";\n"
		     " user_manager = \"reachable\"; } );\n");
	expect_valid(V "namespaces = { t = { types = [\"uts\"]; per = \"group\"; }; };\n"
		     "rules = ( { groups = [\"a\"]; join = \"t\"; } );\n");
	expect_valid(V "rules = ( { unshare = [\"uts\"]; hostname = \"plain-name.example\"; proc = false; } );\n");
}

/* ---- propagation that would carry the session's mounts to the host ---- */

#define LEAK_TMP "to the host: /tmp is part of the mount of / on most hosts, and / is shared"
#define LEAK_ETC "to the host: /etc is part of the mount of /, and / is shared"

/* What goes on "/" itself is refused under a propagation that leaks. */
static void leaking_propagation_in_rules(void **state)
{
	(void)state;
	static const char *const props[] = { "shared", "unchanged" };
	for (size_t i = 0; i < 2; i++) {
		char text[512], needle[256];
		const char *p = props[i];
		snprintf(text, sizeof(text), V "rules = ( { unshare = [\"mnt\"]; propagation = \"%s\";\n"
			 " tmp = \"private\"; } );\n", p);
		snprintf(needle, sizeof(needle), "propagation \"%s\" would carry the session's fresh /tmp "
			 LEAK_TMP, p);
		expect_error(text, 3, needle);
		snprintf(text, sizeof(text), V "rules = ( { unshare = [\"mnt\", \"net\"]; propagation = "
			 "\"%s\";\n\n netns = \"blue\"; } );\n", p);
		snprintf(needle, sizeof(needle), "propagation \"%s\" would carry the binds of "
			 "/etc/netns/NAME over /etc " LEAK_ETC, p);
		expect_error(text, 4, needle);
	}
}

static void leaking_propagation_in_sets(void **state)
{
	(void)state;
	static const char *const props[] = { "shared", "unchanged" };
	for (size_t i = 0; i < 2; i++) {
		char text[512], needle[256];
		const char *p = props[i];
		snprintf(text, sizeof(text), V "namespaces = { a = { types = [\"mnt\"]; propagation = "
			 "\"%s\";\n tmp = \"private\"; }; };\n", p);
		snprintf(needle, sizeof(needle), "propagation \"%s\" would carry the session's fresh /tmp "
			 LEAK_TMP, p);
		expect_error(text, 3, needle);
		snprintf(text, sizeof(text), V "namespaces = { a = { types = [\"mnt\", \"net\"]; "
			 "propagation = \"%s\";\n netns = \"blue\"; }; };\n", p);
		snprintf(needle, sizeof(needle), "propagation \"%s\" would carry the binds of "
			 "/etc/netns/NAME over /etc " LEAK_ETC, p);
		expect_error(text, 3, needle);
	}
}

/* Nothing the module mounts on "/": shared and unchanged stay allowed,
 * with /sys, /proc (and /run/user) kept in the session at login. */
static void harmless_shared_propagation(void **state)
{
	(void)state;
	static const char *const props[] = { "shared", "unchanged" };
	expect_valid(V "rules = ( { unshare = [\"mnt\", \"uts\"]; propagation = \"shared\"; tmp = \"shared\"; } );\n");
	expect_valid(V "namespaces = { a = { types = [\"mnt\", \"ipc\"]; propagation = \"unchanged\"; }; };\n"
		     "rules = ( { join = \"a\"; unshare = [\"pid\"]; user_manager = \"reachable\"; } );\n");
	expect_valid(V "rules = ( { unshare = [\"mnt\", \"net\", \"pid\"]; propagation = \"private\"; "
		     "proc = true; tmp = \"private\"; netns = \"blue\"; } );\n");
	for (size_t i = 0; i < 2; i++) {
		char text[512];
		const char *p = props[i];
		/* A fresh /proc, and the user manager hidden with it. */
		snprintf(text, sizeof(text), V "rules = ( { unshare = [\"mnt\", \"pid\"]; propagation = "
			 "\"%s\"; proc = true; } );\n", p);
		expect_valid(text);
		/* The /sys remount of a new net namespace, and of a joined one. */
		snprintf(text, sizeof(text), V "rules = ( { unshare = [\"mnt\", \"net\"]; propagation = "
			 "\"%s\"; user_manager = \"reachable\"; } );\n", p);
		expect_valid(text);
		snprintf(text, sizeof(text), V "namespaces = { vpn = { paths = { net = \"/run/netns/vpn\"; "
			 "}; }; };\nrules = ( { join = \"vpn\"; unshare = [\"mnt\"]; propagation = \"%s\"; "
			 "user_manager = \"reachable\"; } );\n", p);
		expect_valid(text);
		snprintf(text, sizeof(text), V "namespaces = { a = { types = [\"mnt\", \"net\", \"pid\"]; "
			 "propagation = \"%s\"; proc = true; }; };\n", p);
		expect_valid(text);
	}
	struct pns_policy *pol = inline_policy(
		V "rules = ( { unshare = [\"mnt\"]; propagation = \"unchanged\"; } );\n");
	assert_int_equal(pol->rules[0].setup.propagation, PNS_PROP_UNCHANGED);
	pns_policy_free(pol);
}

/* ---- the user's service manager ------------------------------------------ */

/* Hidden by default when a rule isolates net, pid or ipc (by unshare or
 * through the set it joins) and gives the session a pid namespace with a
 * /proc of its own (its own unshare of pid and mnt with proc = true, or a
 * set made by pam_ns with pid, mnt and proc = true); reachable when it
 * isolates none of them, or when it says so. */
static void user_manager_default_follows_the_isolated_types(void **state)
{
	(void)state;
	struct pns_policy *pol = inline_policy(
		V "namespaces = { t = { types = [\"net\"]; per = \"group\"; };\n"
		"  m = { types = [\"mnt\", \"uts\"]; };\n"
		"  box = { types = [\"net\", \"pid\", \"mnt\"]; per = \"user\"; proc = true; };\n"
		"  pm = { types = [\"pid\", \"mnt\"]; proc = true; }; };\n"
		"rules = ( { users = [\"a\"]; unshare = [\"net\", \"pid\", \"mnt\"]; proc = true; },\n"
		"  { users = [\"b\"]; unshare = [\"pid\", \"mnt\"]; proc = true; },\n"
		"  { users = [\"c\"]; unshare = [\"ipc\", \"mnt\", \"pid\"]; proc = true; },\n"
		"  { users = [\"d\"]; unshare = [\"uts\", \"mnt\", \"cgroup\", \"time\"]; },\n"
		"  { users = [\"e\"]; join = \"box\"; },\n"
		"  { users = [\"f\"]; join = \"pm\"; unshare = [\"net\"]; },\n"
		"  { users = [\"g\"]; join = \"m\"; },\n"
		"  { users = [\"h\"]; join = \"t\"; user_manager = \"reachable\"; },\n"
		"  { users = [\"i\"]; unshare = [\"net\"]; user_manager = \"reachable\"; },\n"
		"  { users = [\"j\"]; join = \"box\"; user_manager = \"reachable\"; },\n"
		"  { users = [\"k\"]; unshare = [\"uts\", \"pid\", \"mnt\"]; proc = true;"
		" user_manager = \"hidden\"; },\n"
		"  { users = [\"l\"]; action = \"none\"; } );\n");
	static const bool want[] = { true, true, true, false, true, true, false, false, false, false, true,
				     false };
	assert_int_equal(pol->nrules, 12);
	for (size_t i = 0; i < pol->nrules; i++)
		if (pol->rules[i].hide_user_manager != want[i])
			fail_msg("rule %zu (%s): hide_user_manager is %d", i, pol->rules[i].users.v[0],
				 pol->rules[i].hide_user_manager);
	assert_int_equal(pol->rules[0].user_manager, PNS_UM_DEFAULT);
	assert_int_equal(pol->rules[7].user_manager, PNS_UM_REACHABLE);
	assert_int_equal(pol->rules[10].user_manager, PNS_UM_HIDDEN);
	pns_policy_free(pol);
}

/* The end of every refusal of a rule that would leave the host's /proc
 * in a session whose manager is hidden. */
#define UM_WAYS "leaves the host's /proc in the session, so the user's processes outside it stay " \
		"reachable (their /proc/PID/root), the user's service manager among them, which runs " \
		"anything it is asked to, outside the session's namespaces: add \"pid\" and \"mnt\" to " \
		"unshare with proc = true (or join a set with pid, mnt and proc = true), or accept it " \
		"with user_manager = \"reachable\""

static void user_manager_errors(void **state)
{
	(void)state;
	expect_error(V "rules = ( { unshare = [\"net\"];\n user_manager = \"off\"; } );\n", 3,
		     "user_manager must be \"hidden\" (the session gets a private /run/user) or "
		     "\"reachable\", not \"off\"");
	expect_error(V "rules = ( { unshare = [\"net\"];\n user_manager = true; } );\n", 3,
		     "user_manager must be");
	expect_error(V "rules = ( { action = \"none\";\n user_manager = \"hidden\"; } );\n", 3,
		     "action = \"none\" leaves the session alone: it cannot be combined with user_manager");
	expect_error(V "rules = ( { action = \"none\";\n user_manager = \"reachable\"; } );\n", 3,
		     "action = \"none\" leaves the session alone: it cannot be combined with user_manager");

	/* A guarded type with the host's /proc: refused at the rule's line,
	 * whichever the types, unless the rule accepts it. */
	expect_error(V "rules = (\n { users = [\"a\"];\n unshare = [\"net\"]; } );\n", 3,
		     "this rule isolates net, but it " UM_WAYS);
	expect_error(V "rules = (\n { unshare = [\"ipc\", \"net\", \"pid\"]; } );\n", 3,
		     "this rule isolates ipc,net,pid, but it " UM_WAYS);
	expect_error(V "rules = ( { users = [\"a\"]; unshare = [\"uts\"]; },\n"
		     " { unshare = [\"ipc\", \"mnt\"]; } );\n", 3, "this rule isolates ipc, but it leaves");
	/* pid and mnt without a /proc of their own are not enough. */
	expect_error(V "rules = (\n { unshare = [\"net\", \"pid\", \"mnt\"]; } );\n", 3,
		     "this rule isolates net,pid, but it leaves the host's /proc");
	expect_error(V "rules = (\n { unshare = [\"pid\", \"mnt\"]; proc = false; } );\n", 3,
		     "this rule isolates pid, but it leaves the host's /proc");
	expect_valid(V "rules = ( { unshare = [\"net\"]; user_manager = \"reachable\"; },\n"
		     " { unshare = [\"pid\", \"mnt\"]; user_manager = \"reachable\"; } );\n");

	/* Through the set it joins: one made by pam_ns without pid, mnt and
	 * proc, or one pinned by someone else, which never counts as giving
	 * a /proc of the session's own. */
	expect_error(V "namespaces = { t = { types = [\"net\"]; per = \"group\"; }; };\n"
		     "rules = (\n { join = \"t\"; } );\n", 4, "this rule isolates net, but it leaves");
	expect_error(V "namespaces = { t = { types = [\"pid\", \"mnt\"]; }; };\n"
		     "rules = (\n { join = \"t\"; } );\n", 4, "this rule isolates pid, but it leaves");
	expect_error(V "namespaces = { v = { paths = { pid = \"/x/pid\"; mnt = \"/x/mnt\"; }; }; };\n"
		     "rules = (\n { join = \"v\"; } );\n", 4, "this rule isolates pid, but it leaves");
	expect_error(V "namespaces = { v = { paths = { net = \"/run/netns/vpn\"; }; }; };\n"
		     "rules = (\n { join = \"v\"; unshare = [\"pid\", \"mnt\"]; } );\n", 4,
		     "this rule isolates net,pid, but it leaves");
	expect_valid(V "namespaces = { v = { paths = { pid = \"/x/pid\"; mnt = \"/x/mnt\"; }; }; };\n"
		     "rules = ( { join = \"v\"; user_manager = \"reachable\"; } );\n");
	/* A set with pid, mnt and proc = true is enough, whatever else the
	 * rule isolates itself. */
	expect_valid(V "namespaces = { s = { types = [\"pid\", \"mnt\"]; per = \"user\"; proc = true; }; };\n"
		     "rules = ( { join = \"s\"; unshare = [\"net\", \"ipc\"]; } );\n");

	/* "hidden" said without a /proc of the session's own. */
	expect_error(V "rules = (\n { unshare = [\"uts\"]; user_manager = \"hidden\"; } );\n", 3,
		     "user_manager = \"hidden\" " UM_WAYS);
	expect_error(V "rules = (\n { unshare = [\"net\", \"mnt\"]; user_manager = \"hidden\"; } );\n", 3,
		     "user_manager = \"hidden\" leaves the host's /proc");
	expect_error(V "namespaces = { v = { paths = { pid = \"/x/pid\"; mnt = \"/x/mnt\"; }; }; };\n"
		     "rules = (\n { join = \"v\"; user_manager = \"hidden\"; } );\n", 4,
		     "user_manager = \"hidden\" leaves the host's /proc");

	/* Each rule is reported at its own line, in every file. */
	char *all = inline_policy_errors(V "rules = (\n"
					   "  { users = [\"a\"]; unshare = [\"net\"]; },\n"
					   "  { users = [\"b\"]; unshare = [\"net\"]; user_manager = \"reachable\"; },\n"
					   "  { users = [\"c\"]; unshare = [\"pid\"]; }\n);\n");
	assert_non_null(all);
	assert_non_null(strstr(all, "test.conf:3: this rule isolates net, but it leaves"));
	assert_null(strstr(all, "test.conf:4:"));
	assert_non_null(strstr(all, "test.conf:5: this rule isolates pid, but it leaves"));
	free(all);

	/* A session's fresh /proc and its private /run/user are kept from
	 * the host at login (pns_setup_hold), not by the policy. */
	expect_valid(V "rules = ( { unshare = [\"mnt\", \"ipc\", \"pid\"]; proc = true;\n"
		     " propagation = \"shared\"; } );\n");
	expect_valid(V "rules = ( { unshare = [\"mnt\", \"ipc\"]; propagation = \"shared\";\n"
		     " user_manager = \"reachable\"; } );\n");
}

/* ---- top level -------------------------------------------------------- */

static void version_errors(void **state)
{
	(void)state;
	expect_error("rules = ( { unshare = [\"net\"]; } );\n", 0, "version = 1; is missing");
	expect_error("version = 2;\n", 1, "version 2 is not supported");
	expect_error("\nversion = \"1\";\n", 2, "version must be the number 1");
}

static void top_level_errors(void **state)
{
	(void)state;
	expect_error(V "colour = \"blue\";\n", 2,
		     "unknown setting \"colour\" (valid at the top level: version, pin_dir, on_error, namespaces, rules)");
	expect_error(V "pin_dir = \"run/pam_ns\";\n", 2, "pin_dir \"run/pam_ns\" must be an absolute, normalized path");
	expect_error(V "pin_dir = \"/run/../etc\";\n", 2, "must be an absolute, normalized path");
	expect_error(V "pin_dir = \"/run/pam_ns/\";\n", 2, "must be an absolute, normalized path");
	expect_error(V "pin_dir = \"/run//x\";\n", 2, "must be an absolute, normalized path");
	/* A control character would be in every message about the store. */
	expect_error(V "pin_dir = \"/run/pam\\nns\";\n", 2, "pin_dir has a control character in it");
	expect_error(V "pin_dir = \"/run/pam\\x1bns\";\n", 2, "pin_dir has a control character in it");
	/* Values in policy errors are shown escaped: no raw newline or ESC. */
	expect_error(V "on_error = \"x\\npam_ns: y\\x1b[2J\";\n", 2,
		     "on_error must be \"deny\" or \"allow\", not \"x\\npam_ns: y\\x1b[2J\"");
	expect_error(V "pin_dir = \"/\";\n", 2, "must be an absolute, normalized path");
	expect_error(V "pin_dir = 5;\n", 2, "pin_dir must be a string");
	expect_error(V "on_error = \"maybe\";\n", 2, "on_error must be \"deny\" or \"allow\", not \"maybe\"");
	expect_error(V "namespaces = ( 1 );\n", 2, "namespaces must be a group");
	expect_error(V "rules = { a = 1; };\n", 2, "rules must be a list");
	expect_error(V "rules = ( 1 );\n", 2, "each rule must be a group");
}

static void syntax_error_has_its_line(void **state)
{
	(void)state;
	expect_error(V "rules = (\n  { users = [\"a\"; unshare = [\"net\"]; }\n);\n", 3, "syntax error");
	expect_error(V "rules = (\n  { groups = [\"a\", 5]; }\n);\n", 3, "syntax error: mismatched element type");
}

static void include_is_refused(void **state)
{
	(void)state;
	expect_error(V "  @include \"/etc/passwd\"\n", 2, "@include is not supported");
}

static void all_errors_are_collected(void **state)
{
	(void)state;
	char *all = inline_policy_errors(V "rules = (\n"
					   "  { users = [\"a\"]; unshare = [\"net\", \"bogus\"]; },\n"
					   "  { users = [\"c\"]; colour = \"blue\"; unshare = [\"uts\"]; },\n"
					   "  { users = [\"d\"]; }\n);\n");
	assert_non_null(all);
	assert_non_null(strstr(all, "test.conf:3: unknown namespace type \"bogus\""));
	assert_non_null(strstr(all, "test.conf:4: unknown setting \"colour\""));
	assert_non_null(strstr(all, "test.conf:5: rule does nothing"));
	free(all);
}

/* ---- namespace sets --------------------------------------------------- */

static void set_errors(void **state)
{
	(void)state;
	expect_error(V "namespaces = {\n a = { types = [\"net\"]; colour = 1; };\n};\n", 3,
		     "unknown setting \"colour\" in namespace set \"a\" (valid: types, per, group_from, paths");
	expect_error(V "namespaces = {\n a = { per = \"user\"; };\n};\n", 3, "namespace set \"a\" has no types");
	expect_error(V "namespaces = {\n a*b = { types = [\"net\"]; };\n};\n", 3,
		     "namespace set name \"a*b\" is not valid");
	expect_error(V "namespaces = {\n a = 5;\n};\n", 3, "namespace set \"a\" must be a group");
	expect_error(V "namespaces = {\n a = { types = [\"net\"];\n per = \"host\"; };\n};\n", 4,
		     "per must be \"shared\"");
	expect_error(V "namespaces = {\n a = { types = [\"net\"];\n group_from = [\"g\"]; };\n};\n", 4,
		     "group_from only applies to per = \"group\"");
	expect_error(V "namespaces = {\n a = { types = [\"net\"]; per = \"group\"; group_from = [\"g\", \"g\"]; };\n};\n",
		     3, "group_from lists \"g\" twice");
	expect_error(V "namespaces = {\n a = { types = [\"uts\"];\n ip_netns = true; };\n};\n", 4,
		     "ip_netns = true pins a net namespace");
	expect_error(V "namespaces = {\n a = { types = [];\n };\n};\n", 3, "types lists no namespace types");
	expect_error(V "namespaces = {\n a = { types = \"net\"; ip_netns = \"yes\"; };\n};\n", 3,
		     "ip_netns must be true or false");
}

static void set_setup_needs_its_types(void **state)
{
	(void)state;
	expect_error(V "namespaces = { a = { types = [\"net\"];\n hostname = \"x\"; }; };\n", 3,
		     "hostname is set for a new uts namespace only: add \"uts\" to the set's types");
	expect_error(V "namespaces = { a = { types = [\"uts\"];\n netns = \"x\"; }; };\n", 3,
		     "netns names the /etc/netns of a net namespace: add \"net\" to the set's types");
	expect_error(V "namespaces = { a = { types = [\"pid\"];\n proc = true; }; };\n", 3, "proc without mnt");
	expect_error(V "namespaces = { a = { types = [\"uts\"];\n loopback = true; }; };\n", 3,
		     "loopback applies to a new net namespace only");
}

static void external_set_errors(void **state)
{
	(void)state;
	expect_error(V "namespaces = { v = { paths = {\n net = \"run/netns/vpn\"; }; }; };\n", 3,
		     "paths: net = \"run/netns/vpn\" must be an absolute, normalized path");
	expect_error(V "namespaces = { v = { paths = {\n net = \"/run/netns/../vpn\"; }; }; };\n", 3,
		     "paths: net = \"/run/netns/../vpn\" must be an absolute, normalized path");
	expect_error(V "namespaces = { v = { paths = {\n net = \"/run//netns/vpn\"; }; }; };\n", 3,
		     "must be an absolute, normalized path");
	expect_error(V "namespaces = { v = { paths = {\n net = \"/run/netns/vpn/\"; }; }; };\n", 3,
		     "must be an absolute, normalized path");
	expect_error(V "namespaces = { v = { paths = {\n disk = \"/x\"; }; }; };\n", 3,
		     "unknown namespace type \"disk\" (valid: net, uts, ipc, mnt, pid, cgroup, time)");
	expect_error(V "namespaces = { v = {\n types = [\"net\", \"uts\"];\n paths = { net = \"/x\"; }; }; };\n", 3,
		     "differs from the types its paths give (net)");
	expect_error(V "namespaces = { v = { paths = { net = \"/x\"; };\n hostname = \"h\"; }; };\n", 3,
		     "hostname is not allowed in set \"v\": its namespaces are pinned by someone else");
	expect_error(V "namespaces = { v = { paths = { net = \"/x\"; };\n tmp_size = \"1m\"; }; };\n", 3,
		     "tmp_size is not allowed in set \"v\": its namespaces are pinned by someone else");
	expect_error(V "namespaces = { v = { paths = { net = \"/x\"; };\n per = \"user\"; }; };\n", 3,
		     "per other than \"shared\" is not allowed in set \"v\"");
	expect_error(V "namespaces = { v = { paths = { net = \"/x\"; };\n ip_netns = true; }; };\n", 3,
		     "ip_netns is not allowed in set \"v\"");
	expect_error(V "namespaces = { v = { paths = 1; }; };\n", 2, "paths must be a group");
	expect_error(V "namespaces = { v = {\n paths = { }; }; };\n", 3, "paths is empty");
	/* types equal to the paths' keys are accepted. */
	expect_valid(V "namespaces = { v = { types = [\"net\"]; paths = { net = \"/x\"; }; }; };\n"
		     "rules = ( { join = \"v\"; user_manager = \"reachable\"; } );\n");
}

/* ---- rules ------------------------------------------------------------ */

static void rule_errors(void **state)
{
	(void)state;
	expect_error(V "rules = ( {\n unshare = [\"net\"];\n colour = \"blue\"; } );\n", 4,
		     "unknown setting \"colour\" in a rule (valid: users, not_users");
	expect_error(V "rules = ( {\n users = 5; unshare = [\"net\"]; } );\n", 3, "users must be a list of strings");
	expect_error(V "rules = ( { unshare = [\"net\"];\n groups = (\"a\", 5); } );\n", 3,
		     "groups must be a list of strings");
	expect_error(V "rules = ( { unshare = [\"net\"];\n not_ttys = [\"x\", \"x\"]; } );\n", 3,
		     "not_ttys lists \"x\" twice");
	expect_error(V "rules = ( {\n users = [\"a\"]; } );\n", 2,
		     "rule does nothing: give unshare, join or action = \"none\"");
	expect_error(V "rules = ( {\n action = \"isolate\"; } );\n", 3, "action must be \"none\", not \"isolate\"");
	expect_error(V "rules = ( { action = \"none\";\n unshare = [\"net\"]; } );\n", 3,
		     "action = \"none\" leaves the session alone: it cannot be combined with unshare");
	expect_error(V "rules = ( { action = \"none\";\n hostname = \"x\"; } );\n", 3,
		     "it cannot be combined with hostname");
	expect_error(V "rules = ( { action = \"none\";\n tmp_size = \"1m\"; } );\n", 3,
		     "it cannot be combined with tmp_size");
	expect_error(V "rules = ( { unshare = [\"net\"];\n create = true; } );\n", 3,
		     "create only applies to a rule that joins a set");
	expect_error(V "rules = ( { unshare = [\"net\"];\n create = 1; } );\n", 3, "create must be true or false");
	expect_error(V "rules = ( {\n join = \"../x\"; } );\n", 3, "join = \"../x\" is not a valid set name");
}

static void type_errors(void **state)
{
	(void)state;
	expect_error(V "rules = ( {\n unshare = [\"net\", \"disk\"]; } );\n", 3,
		     "unknown namespace type \"disk\" (valid: net, uts, ipc, mnt, pid, cgroup, time)");
	expect_error(V "rules = ( {\n unshare = [\"user\"]; } );\n", 3,
		     "namespace type \"user\" is not supported: a privileged login program");
	expect_error(V "rules = ( {\n unshare = [\"net\", \"net\"]; } );\n", 3, "unshare lists \"net\" twice");
	expect_error(V "rules = ( {\n unshare = []; } );\n", 3, "unshare lists no namespace types");
	expect_error(V "rules = ( {\n unshare = [1]; } );\n", 3, "unshare must be a list of strings");
}

static void rule_setup_needs_its_types(void **state)
{
	(void)state;
	expect_error(V "rules = ( { unshare = [\"net\"];\n hostname = \"box\"; } );\n", 3,
		     "hostname is set for a new uts namespace only: add \"uts\" to unshare");
	expect_error(V "rules = ( { unshare = [\"net\"];\n propagation = \"private\"; } );\n", 3,
		     "propagation applies to a new mnt namespace only: add \"mnt\" to unshare");
	expect_error(V "rules = ( { unshare = [\"mnt\"];\n propagation = \"rslave\"; } );\n", 3,
		     "propagation must be \"slave\", \"private\", \"shared\" or \"unchanged\", not \"rslave\"");
	expect_error(V "rules = ( { unshare = [\"mnt\"];\n proc = true; } );\n", 3,
		     "proc = true mounts a /proc for a new pid namespace: add \"pid\" to unshare");
	expect_error(V "rules = ( { unshare = [\"pid\"];\n proc = true; } );\n", 3,
		     "proc = true needs a new mnt namespace too (proc without mnt)");
	expect_error(V "rules = ( { unshare = [\"net\"];\n tmp = \"private\"; } );\n", 3,
		     "tmp = \"private\" mounts a fresh /tmp, which needs a new mnt namespace");
	expect_error(V "rules = ( { unshare = [\"mnt\"];\n tmp = \"yes\"; } );\n", 3,
		     "tmp must be \"private\" (a fresh /tmp) or \"shared\", not \"yes\"");
	expect_error(V "rules = ( { unshare = [\"uts\"];\n loopback = false; } );\n", 3,
		     "loopback applies to a new net namespace only: add \"net\" to unshare");
	expect_error(V "rules = ( { unshare = [\"net\", \"mnt\"];\n netns = \"../etc\"; } );\n", 3,
		     "netns \"../etc\" is not a valid name");
	expect_error(V "rules = ( { unshare = [\"net\"];\n netns = \"blue\"; } );\n", 3,
		     "netns binds /etc/netns/NAME over /etc, which needs a new mnt namespace");
	expect_error(V "rules = ( { unshare = [\"mnt\"];\n netns = \"blue\"; } );\n", 3,
		     "netns names the /etc/netns of a net namespace: add \"net\" to unshare or join a set with net");
	expect_error(V "rules = ( { unshare = [\"uts\"];\n proc = \"yes\"; } );\n", 3, "proc must be true or false");
}

/* ---- tmp_size: the bound of a private /tmp --------------------------- */

static void tmp_size_forms_load(void **state)
{
	(void)state;
	static const char *const forms[] = { "1", "4096", "512k", "512K", "64m", "64M", "2g", "2G",
					     "1%", "10%", "100%", "16777215g" };
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
		char text[512];
		snprintf(text, sizeof(text), V "namespaces = { s = { types = [\"mnt\"]; tmp = \"private\";"
			 " tmp_size = \"%s\"; }; };\n"
			 "rules = ( { unshare = [\"mnt\"]; tmp = \"private\"; tmp_size = \"%s\"; } );\n",
			 forms[i], forms[i]);
		struct pns_policy *pol = inline_policy(text);
		assert_string_equal(pol->sets[0].setup.tmp_size, forms[i]);
		assert_true(pol->sets[0].setup.tmp_private);
		assert_string_equal(pol->rules[0].setup.tmp_size, forms[i]);
		assert_true(pol->rules[0].setup.tmp_private);
		pns_policy_free(pol);
	}
	/* Unset: NULL, which setup reads as PNS_TMP_SIZE_DEFAULT. */
	struct pns_policy *pol = inline_policy(V "rules = ( { unshare = [\"mnt\"]; tmp = \"private\"; } );\n");
	assert_null(pol->rules[0].setup.tmp_size);
	pns_policy_free(pol);
}

#define TMP_SIZE_VALID "valid: a whole number of bytes with an optional k, m or g suffix, or a whole " \
	"percentage of RAM from 1 to 100, e.g. \"512m\", \"2g\", \"10%\""

static void tmp_size_errors(void **state)
{
	(void)state;
	static const struct { const char *v, *why; } bad[] = {
		{ "", "\"\" is not a tmpfs size: it is empty" },
		{ " 1m", "\" 1m\" is not a tmpfs size: it contains white space" },
		{ "1m ", "\"1m \" is not a tmpfs size: it contains white space" },
		{ "1 m", "\"1 m\" is not a tmpfs size: it contains white space" },
		{ "0", "\"0\" is not a tmpfs size: 0 would mean no limit at all" },
		{ "0g", "\"0g\" is not a tmpfs size: 0 would mean no limit at all" },
		{ "0%", "\"0%\" is not a tmpfs size: 0 would mean no limit at all" },
		{ "010m", "\"010m\" is not a tmpfs size: a leading 0 makes tmpfs read the number as octal" },
		{ "0x10", "\"0x10\" is not a tmpfs size: a leading 0 makes tmpfs read the number as octal" },
		{ "-1m", "\"-1m\" is not a tmpfs size: it does not start with a digit" },
		{ "+1m", "\"+1m\" is not a tmpfs size: it does not start with a digit" },
		{ "m", "\"m\" is not a tmpfs size: it does not start with a digit" },
		{ "1t", "only k, m, g (KiB, MiB, GiB) or % may follow the number, not \"t\"" },
		{ "1mb", "only k, m, g (KiB, MiB, GiB) or % may follow the number, not \"mb\"" },
		{ "1.5g", "only k, m, g (KiB, MiB, GiB) or % may follow the number, not \".5g\"" },
		{ "1k%", "only k, m, g (KiB, MiB, GiB) or % may follow the number, not \"k%\"" },
		{ "10%%", "only k, m, g (KiB, MiB, GiB) or % may follow the number, not \"%%\"" },
		{ "101%", "\"101%\" is not a tmpfs size: a share of RAM is at most 100%" },
		{ "99999999999999999999999%", "a share of RAM is at most 100%" },
		{ "99999999999999999999", "\"99999999999999999999\" is not a tmpfs size: it is too large" },
		{ "18446744073709551615", "it is too large" },	/* no whole page above */
		{ "18014398509481984k", "it is too large" },	/* 2^64 bytes */
		{ "17179869184g", "it is too large" },		/* 2^64 bytes */
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char text[512], needle[256];
		snprintf(needle, sizeof(needle), "%s%s", bad[i].why[0] == '"' ? "tmp_size " : "",
			 bad[i].why);
		snprintf(text, sizeof(text), V "rules = ( { unshare = [\"mnt\"]; tmp = \"private\";\n"
			 " tmp_size = \"%s\"; } );\n", bad[i].v);
		expect_error(text, 3, needle);
		expect_error(text, 3, TMP_SIZE_VALID);
		snprintf(text, sizeof(text), V "namespaces = { s = { types = [\"mnt\"]; tmp = \"private\";\n"
			 "\n tmp_size = \"%s\"; }; };\n", bad[i].v);
		expect_error(text, 4, needle);
	}
	/* A string only: a bare number would hide its unit. */
	expect_error(V "rules = ( { unshare = [\"mnt\"]; tmp = \"private\";\n tmp_size = 1048576; } );\n", 3,
		     "tmp_size must be a string in double quotes, not a number: write tmp_size = \"512m\";");
	expect_error(V "rules = ( { unshare = [\"mnt\"]; tmp = \"private\";\n tmp_size = 8589934592L; } );\n",
		     3, "tmp_size must be a string in double quotes, not a number");
	expect_error(V "namespaces = { s = { types = [\"mnt\"]; tmp = \"private\";\n tmp_size = 0.5; }; };\n",
		     3, "tmp_size must be a string in double quotes, not a number");
	expect_error(V "rules = ( { unshare = [\"mnt\"]; tmp = \"private\";\n tmp_size = true; } );\n", 3,
		     "tmp_size must be a string in double quotes, e.g. tmp_size = \"512m\"; or tmp_size = \"10%\";");
	expect_error(V "rules = ( { unshare = [\"mnt\"]; tmp = \"private\";\n tmp_size = [\"1m\"]; } );\n", 3,
		     "tmp_size must be a string in double quotes, e.g.");
}

#define TMP_SIZE_NEEDS_TMP "tmp_size bounds a fresh /tmp, which only tmp = \"private\" mounts: " \
	"add tmp = \"private\" or drop tmp_size"

static void tmp_size_needs_a_private_tmp(void **state)
{
	(void)state;
	expect_error(V "rules = ( { unshare = [\"mnt\"];\n tmp_size = \"1m\"; } );\n", 3, TMP_SIZE_NEEDS_TMP);
	expect_error(V "rules = ( { unshare = [\"mnt\"]; tmp = \"shared\";\n tmp_size = \"1m\"; } );\n", 3,
		     TMP_SIZE_NEEDS_TMP);
	expect_error(V "namespaces = { s = { types = [\"mnt\"];\n tmp_size = \"10%\"; }; };\n", 3,
		     TMP_SIZE_NEEDS_TMP);
	/* And the new mnt namespace a private /tmp needs, at its own line. */
	expect_error(V "rules = ( { unshare = [\"net\"]; tmp = \"private\";\n tmp_size = \"1m\"; } );\n", 3,
		     "tmp_size bounds the fresh /tmp, which needs a new mnt namespace: add \"mnt\" to unshare");
	expect_error(V "namespaces = { s = { types = [\"net\"]; tmp = \"private\";\n tmp_size = \"1m\"; }; };\n",
		     3, "tmp_size bounds the fresh /tmp, which needs a new mnt namespace: add \"mnt\" to the "
		     "set's types");
	/* Even an invalid size is reported for the missing tmp as well. */
	expect_error(V "rules = ( { unshare = [\"mnt\"];\n tmp_size = \"0\"; } );\n", 3, TMP_SIZE_NEEDS_TMP);
}

static void hostname_templates(void **state)
{
	(void)state;
	expect_error(V "rules = ( { unshare = [\"uts\"];\n hostname = \"%x-box\"; } );\n", 3,
		     "hostname \"%x-box\" has an unknown escape %x (valid: %u user, %g group, %s service, %% percent sign)");
	expect_error(V "rules = ( { unshare = [\"uts\"];\n hostname = \"box%\"; } );\n", 3,
		     "hostname \"box%\" ends with a lone %, which no host name may contain; drop it or "
		     "complete an escape (%u, %g, %s)");
	expect_error(V "rules = ( { unshare = [\"uts\"];\n hostname = \"-box\"; } );\n", 3,
		     "hostname \"-box\" is not a valid host name");
	expect_error(V "rules = ( { unshare = [\"uts\"];\n hostname = \"%u_box\"; } );\n", 3,
		     "contains '_', which no host name may contain");
	expect_error(V "rules = ( { unshare = [\"uts\"];\n hostname = 7; } );\n", 3, "hostname must be a string");
}

/* With escapes, a template that no user, group or service can make a
 * valid host name: each escape as one letter still gives none. */
static void hostname_templates_that_can_never_be_valid(void **state)
{
	(void)state;
	static const struct {
		const char *tmpl, *why;
	} never[] = {
		{ "%%", "%% writes a '%', which no host name may contain; drop it" },
		{ "a%%b", "%% writes a '%', which no host name may contain; drop it" },
		{ "%u-%%", "%% writes a '%'" },
		{ "-%u", "a label would start or end with '-', whatever the escapes stand for; put each "
			 "'-' between letters, digits or escapes, as in \"%u-lab\"" },
		{ "%u-", "a label would start or end with '-'" },
		{ "%g-.lab", "a label would start or end with '-'" },
		{ "lab.-%s", "a label would start or end with '-'" },
		{ "%u..%g", "a label would be empty (a '.' at either end, or two in a row); write one "
			    "'.' between labels, as in \"%u.lab\"" },
		{ ".%u", "a label would be empty" },
		{ "%u.", "a label would be empty" },
		{ "%u-0123456789012345678901234567890123456789012345678901234567890123",
		  "it is longer than a host name may be (64 bytes, 63 in a label) even when each escape "
		  "stands for a single letter; shorten it" },
	};
	for (size_t i = 0; i < PNS_ARRAY_SIZE(never); i++) {
		char text[256], needle[512];
		snprintf(text, sizeof(text), V "rules = ( { groups = [\"g\"]; unshare = [\"uts\"];\n"
			 " hostname = \"%s\"; } );\n", never[i].tmpl);
		snprintf(needle, sizeof(needle), "hostname \"%s\" can never be a valid host name: %s",
			 never[i].tmpl, never[i].why);
		expect_error(text, 3, needle);
		/* The same in a set, where it is checked alike. */
		snprintf(text, sizeof(text), V "namespaces = { s = { types = [\"uts\"]; per = \"user\";\n"
			 " hostname = \"%s\"; }; };\n", never[i].tmpl);
		expect_error(text, 3, "can never be a valid host name");
	}
	static const char *const fine[] = {
		"%u-lab", "lab-%g.example", "%u%s", "%g", "%u.%g.%s", "a-%u-b", "%u-%g",
		"x-0123456789012345678901234567890123456789012345678901234567-%u",
	};
	for (size_t i = 0; i < PNS_ARRAY_SIZE(fine); i++) {
		char text[256];
		snprintf(text, sizeof(text), V "rules = ( { groups = [\"g\"]; unshare = [\"uts\"];"
			 " hostname = \"%s\"; } );\n", fine[i]);
		expect_valid(text);
	}
}

/* A set's hostname is expanded when an instance is made, with no login:
 * %u has a value in a per-user set only, %g in a per-group one, %s never.
 * Reported at the hostname, even when per follows it. */
static void set_hostname_escapes_need_their_instance(void **state)
{
	(void)state;
	expect_error(V "namespaces = { lab = { types = [\"uts\"];\n hostname = \"%u-lab\"; }; };\n", 3,
		     "hostname \"%u-lab\" of set \"lab\" uses %u, but a shared set is made once for "
		     "everyone who joins it, so there is no user to name; drop %u, or make the set "
		     "per = \"user\"");
	expect_error(V "namespaces = { lab = { types = [\"uts\"];\n hostname = \"%u-lab\";\n"
		     " per = \"group\"; }; };\n", 3,
		     "hostname \"%u-lab\" of set \"lab\" uses %u, but a per-group set is made for a "
		     "group, not a user; use %g (the group), or make the set per = \"user\"");
	expect_error(V "namespaces = { lab = { types = [\"uts\"]; per = \"shared\";\n"
		     " hostname = \"lab-%g\"; }; };\n", 3,
		     "hostname \"lab-%g\" of set \"lab\" uses %g, but a shared set is made once for "
		     "everyone who joins it, so there is no group to name; drop %g, or make the set "
		     "per = \"group\"");
	expect_error(V "namespaces = { lab = { types = [\"uts\"];\n hostname = \"lab-%g\";\n"
		     " per = \"user\"; }; };\n", 3,
		     "hostname \"lab-%g\" of set \"lab\" uses %g, but a per-user set is made for a "
		     "user, not a group; use %u (the user), or make the set per = \"group\"");
	static const char *const pers[] = { "shared", "user", "group" };
	for (size_t i = 0; i < PNS_ARRAY_SIZE(pers); i++) {
		char text[256];
		snprintf(text, sizeof(text), V "namespaces = { lab = { types = [\"uts\"]; per = \"%s\";\n"
			 " hostname = \"lab-%%s\"; }; };\n", pers[i]);
		expect_error(text, 3, "hostname \"lab-%s\" of set \"lab\" uses %s, but a set's host "
			     "name is given when the set is made, not at a login, so there is no service "
			     "to name; drop %s");
	}
	/* Each where it has a value. */
	expect_valid(V "namespaces = { a = { types = [\"uts\"]; hostname = \"%u-lab\"; per = \"user\"; };\n"
		     " b = { per = \"group\"; types = [\"uts\"]; hostname = \"%g.lab\"; };\n"
		     " c = { types = [\"uts\"]; hostname = \"lab\"; }; };\n");
}

/* A rule's %g: the group its groups criterion matched, or the instance of
 * the per-group set it joins; without either it has no value. */
static void rule_hostname_g_needs_a_group(void **state)
{
	(void)state;
	expect_error(V "rules = ( { users = [\"alice\"]; unshare = [\"uts\"];\n hostname = \"%g-box\"; } );\n",
		     3, "hostname \"%g-box\" uses %g, but this rule has no groups criterion and joins no "
		     "per-group set, so there is no group to name; add groups = [...] (%g is then the "
		     "group that matched) or drop %g");
	/* not_groups names no group either. */
	expect_error(V "rules = ( { not_groups = [\"wheel\"]; unshare = [\"uts\"];\n"
		     " hostname = \"%g-box\"; } );\n", 3, "uses %g, but this rule has no groups criterion");
	/* The set it joins is resolved across files: at the rule's line. */
	expect_error(V "namespaces = { u = { types = [\"net\"]; per = \"user\"; }; };\n"
		     "rules = (\n { join = \"u\"; unshare = [\"uts\"];\n hostname = \"%g-box\";"
		     " user_manager = \"reachable\"; } );\n", 4,
		     "hostname \"%g-box\" uses %g, but this rule has no groups criterion and set \"u\", "
		     "which it joins, is not per = \"group\", so there is no group to name; add "
		     "groups = [...] (%g is then the group that matched) or drop %g");
	expect_valid(V "rules = ( { groups = [\"lab*\"]; unshare = [\"uts\"]; hostname = \"%g-box\"; } );\n");
	expect_valid(V "namespaces = { t = { types = [\"net\"]; per = \"group\"; }; };\n"
		     "rules = ( { join = \"t\"; unshare = [\"uts\"]; hostname = \"%g-%u.%s\";"
		     " user_manager = \"reachable\"; } );\n");
	expect_valid(V "namespaces = { s = { types = [\"net\"]; }; };\n"
		     "rules = ( { groups = [\"lab\"]; join = \"s\"; unshare = [\"uts\"]; hostname = \"%g\";"
		     " user_manager = \"reachable\"; } );\n");
	/* %% writes no escape: "%%g" names no group (and is refused as a '%'). */
	expect_error(V "rules = ( { unshare = [\"uts\"];\n hostname = \"a%%gb\"; } );\n", 3,
		     "%% writes a '%'");
	char *all = inline_policy_errors(V "rules = ( { unshare = [\"uts\"]; hostname = \"a%%gb\"; } );\n");
	assert_non_null(all);
	assert_null(strstr(all, "uses %g"));
	free(all);
}

/* An empty list is no criterion: a template that renders users = [];
 * would isolate (or exempt) everyone.  Each list key refuses it, [] and
 * () alike, at its own line. */
static void empty_lists_are_refused(void **state)
{
	(void)state;
	static const struct {
		const char *key, *whom;
	} criteria[] = {
		{ "users", "someone" }, { "groups", "a group" }, { "services", "a service" },
		{ "rhosts", "a remote host" }, { "ttys", "a terminal" },
	};
	static const char *const empties[] = { "[]", "()", "[ ]" };
	for (size_t i = 0; i < PNS_ARRAY_SIZE(criteria); i++) {
		for (size_t k = 0; k < PNS_ARRAY_SIZE(empties); k++) {
			char text[256], needle[256];
			snprintf(text, sizeof(text), V "rules = ( { unshare = [\"uts\"];\n %s = %s; } );\n",
				 criteria[i].key, empties[k]);
			snprintf(needle, sizeof(needle), "%s is empty: it would match every login; leave it "
				 "out to mean everyone, or name %s", criteria[i].key, criteria[i].whom);
			expect_error(text, 3, needle);
			snprintf(text, sizeof(text), V "rules = ( { unshare = [\"uts\"];\n\n not_%s = %s; } );\n",
				 criteria[i].key, empties[k]);
			snprintf(needle, sizeof(needle), "not_%s is empty: it excludes nobody; leave it out",
				 criteria[i].key);
			expect_error(text, 4, needle);
		}
	}
	/* An action = "none" rule is what a template exempts people with. */
	expect_error(V "rules = ( { action = \"none\";\n users = []; } );\n", 3, "users is empty");
	expect_error(V "namespaces = { t = { types = [\"net\"]; per = \"group\";\n group_from = []; }; };\n", 3,
		     "group_from is empty: it would name no candidate group, so a login would join the "
		     "instance of the group its rule matched, else of the user's primary group, as "
		     "without group_from; leave it out to mean that, or name the groups");
	/* types and unshare keep their own words. */
	expect_error(V "rules = ( {\n unshare = (); } );\n", 3, "unshare lists no namespace types (valid: ");
	/* One string, or a list with something in it, is fine. */
	expect_valid(V "namespaces = { t = { types = [\"net\"]; per = \"group\"; group_from = \"devs\"; }; };\n"
		     "rules = ( { users = \"alice\"; not_users = [\"bob\"]; groups = (\"g\"); services = [\"sshd\"];"
		     " not_services = \"cron\"; rhosts = [\"10.*\"]; not_ttys = [\"tty1\"]; join = \"t\";"
		     " user_manager = \"reachable\"; } );\n");
}

/* ---- resolved by pns_policy_finish ------------------------------------ */

static void join_errors(void **state)
{
	(void)state;
	expect_error(V "namespaces = { lab = { types = [\"net\"]; }; };\n"
		     "rules = ( { unshare = [\"uts\"]; },\n {\n join = \"nowhere\"; } );\n", 4,
		     "join = \"nowhere\": no namespace set of that name is defined (defined: lab)");
	expect_error(V "namespaces = { lab = { types = [\"net\", \"uts\"]; }; };\n"
		     "rules = (\n { join = \"lab\"; unshare = [\"uts\", \"mnt\"]; } );\n", 4,
		     "unshare and join = \"lab\" both give a uts namespace");
	expect_error(V "namespaces = { vpn = { paths = { net = \"/run/netns/vpn\"; }; }; };\n"
		     "rules = (\n { join = \"vpn\"; create = true; } );\n", 4,
		     "create = true cannot make set \"vpn\": its namespaces are pinned by someone else");
	expect_error(V "namespaces = { u = { types = [\"uts\"]; }; };\n"
		     "rules = (\n { join = \"u\"; unshare = [\"mnt\"]; netns = \"x\"; } );\n", 4,
		     "neither unshares net nor joins a set with net");
}

/* ---- several files through parse_stream -------------------------------- */

static int parse_text(struct pns_policy *pol, const char *name, bool main_file, const char *text,
		      struct pns_diag *d)
{
	FILE *f = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(f);
	int n = pns_policy_parse_stream(pol, f, name, main_file, d);
	fclose(f);
	return n;
}

/* ---- hooks ------------------------------------------------------------ */

static void hooks_load(void **state)
{
	(void)state;
	struct pns_policy *pol = inline_policy(
		V "namespaces = { lab = { types = [\"net\", \"uts\"]; per = \"user\";\n"
		"  hooks = { create = \"/usr/local/sbin/lab-up\"; delete = \"/usr/local/sbin/lab-down\"; "
		"timeout = 10; }; };\n"
		"  up = { types = [\"net\"]; hooks = { create = \"/usr/local/sbin/up\"; }; };\n"
		"  none = { types = [\"net\"]; }; };\n");
	const struct pns_set *lab = pns_policy_find_set(pol, "lab");
	assert_string_equal(lab->hooks.create, "/usr/local/sbin/lab-up");
	assert_string_equal(lab->hooks.delete_, "/usr/local/sbin/lab-down");
	assert_int_equal(lab->hooks.timeout_s, 10);
	assert_int_equal(lab->hooks.line, 3);
	const struct pns_set *up = pns_policy_find_set(pol, "up");
	assert_string_equal(up->hooks.create, "/usr/local/sbin/up");
	assert_null(up->hooks.delete_);
	assert_int_equal(up->hooks.timeout_s, PNS_HOOK_TIMEOUT_DEFAULT);
	const struct pns_set *none = pns_policy_find_set(pol, "none");
	assert_null(none->hooks.create);
	assert_null(none->hooks.delete_);
	assert_int_equal(none->hooks.line, 0);
	pns_policy_free(pol);
}

static void hooks_errors(void **state)
{
	(void)state;
#define SET V "namespaces = { lab = { types = [\"net\"];\n"
	expect_error(SET " hooks = { create = \"/sbin/up\";\n start = \"/sbin/x\"; }; }; };\n", 4,
		     "unknown setting \"start\" in hooks of set \"lab\" (valid: create, delete, timeout)");
	expect_error(SET " hooks = {\n create = \"sbin/up\"; }; }; };\n", 4,
		     "hooks: create = \"sbin/up\" must be an absolute, normalized path");
	static const char *const unnormal[] = { "/sbin//up", "/sbin/./up", "/sbin/../up", "/sbin/up/", "/" };
	for (size_t k = 0; k < PNS_ARRAY_SIZE(unnormal); k++) {
		char text[256], needle[128];
		snprintf(text, sizeof(text), SET " hooks = {\n delete = \"%s\"; }; }; };\n", unnormal[k]);
		snprintf(needle, sizeof(needle), "hooks: delete = \"%s\" must be an absolute, normalized", unnormal[k]);
		expect_error(text, 4, needle);
	}
	expect_error(SET " hooks = {\n create = 7; }; }; };\n", 4, "create must be a string");
	expect_error(SET " hooks = {\n create = \"/sbin/up\\nroot\"; }; }; };\n", 4,
		     "hooks: create has a control character in its path");
	static const char *const timeouts[] = { "0", "11", "-1", "\"10\"", "1.5" };
	for (size_t k = 0; k < PNS_ARRAY_SIZE(timeouts); k++) {
		char text[256];
		snprintf(text, sizeof(text), SET " hooks = { create = \"/sbin/up\";\n timeout = %s; }; }; };\n",
			 timeouts[k]);
		expect_error(text, 4, "hooks: timeout must be a whole number of seconds from 1 to 10 (other logins give up");
	}
	expect_error(SET " hooks =\n \"/sbin/up\"; }; };\n", 3, "hooks must be a group of programs");
	expect_error(SET " hooks =\n { timeout = 5; }; }; };\n", 3,
		     "hooks of set \"lab\" names no program: give create, delete or both");
	expect_error(V "namespaces = { vpn = { paths = { net = \"/run/netns/vpn\"; };\n"
		     " hooks = { create = \"/sbin/up\"; }; }; };\n", 3,
		     "hooks is not allowed in set \"vpn\": its namespaces are pinned by someone else (paths)");
	expect_error(SET " hooks = { create = \"/sbin/up\"; }; colour = 1; }; };\n", 3,
		     "(valid: types, per, group_from, paths, ip_netns, uplink, hooks, ");
#undef SET
}

static void dropin_may_not_set_main_settings(void **state)
{
	(void)state;
	struct pns_policy *pol = pns_policy_new();
	struct pns_diag d = { 0 };
	assert_int_equal(parse_text(pol, "main.conf", true, V, &d), 0);
	assert_int_equal(parse_text(pol, "d/10.conf", false,
				    "rules = ( { unshare = [\"net\"]; } );\npin_dir = \"/x\";\non_error = \"allow\";\n", &d), 2);
	assert_int_equal(d.msgs.n, 2);
	assert_non_null(strstr(d.msgs.v[0], "d/10.conf:2: pin_dir may only be set in the main policy file"));
	assert_non_null(strstr(d.msgs.v[1], "d/10.conf:3: on_error may only be set in the main policy file"));
	assert_string_equal(pol->pin_dir, PNS_DEFAULT_PIN_DIR);
	assert_int_equal(pol->on_error, PNS_ON_ERROR_DENY);
	pns_diag_free(&d);
	pns_policy_free(pol);
}

static void sets_and_rules_across_files(void **state)
{
	(void)state;
	struct pns_policy *pol = pns_policy_new();
	struct pns_diag d = { 0 };
	assert_int_equal(parse_text(pol, "main.conf", true,
				    V "namespaces = { a = { types = [\"net\"]; }; };\n"
				    "rules = ( { join = \"b\"; } );\n", &d), 0);
	/* A drop-in needs no version, and may join a set of the main file. */
	assert_int_equal(parse_text(pol, "d/10.conf", false,
				    "namespaces = { b = { types = [\"uts\"]; }; };\n"
				    "rules = ( { join = \"a\"; unshare = [\"uts\"];"
				    " user_manager = \"reachable\"; } );\n", &d), 0);
	assert_int_equal(pns_policy_finish(pol, &d), 0);
	assert_int_equal(d.msgs.n, 0);
	assert_int_equal(pol->nrules, 2);
	assert_ptr_equal(pol->rules[0].join, pns_policy_find_set(pol, "b"));
	assert_ptr_equal(pol->rules[1].join, pns_policy_find_set(pol, "a"));
	assert_string_equal(pol->rules[1].file, "d/10.conf");
	assert_string_equal(pol->sets[1].file, "d/10.conf");
	assert_int_equal(pol->files.n, 2);
	assert_string_equal(pol->files.v[0], "main.conf");
	assert_string_equal(pol->files.v[1], "d/10.conf");
	pns_diag_free(&d);
	pns_policy_free(pol);
}

static void duplicate_set_names_both_located(void **state)
{
	(void)state;
	struct pns_policy *pol = pns_policy_new();
	struct pns_diag d = { 0 };
	parse_text(pol, "main.conf", true, V "namespaces = {\n lab = { types = [\"net\"]; };\n};\n", &d);
	/* Found once every file is read, in one sorted pass over the sets. */
	assert_int_equal(parse_text(pol, "d/20.conf", false,
				    "\nnamespaces = {\n lab = { types = [\"uts\"]; };\n};\n", &d), 0);
	assert_int_equal(pns_policy_finish(pol, &d), 1);
	assert_int_equal(d.msgs.n, 1);
	assert_string_equal(d.msgs.v[0], "d/20.conf:3: namespace set \"lab\" is already defined at main.conf:3");
	pns_diag_free(&d);
	pns_policy_free(pol);
}

static void undefined_join_is_reported_at_the_rule(void **state)
{
	(void)state;
	struct pns_policy *pol = pns_policy_new();
	struct pns_diag d = { 0 };
	parse_text(pol, "main.conf", true, V, &d);
	parse_text(pol, "d/10.conf", false, "rules = (\n\n { join = \"ghost\"; } );\n", &d);
	assert_int_equal(pns_policy_finish(pol, &d), 1);
	assert_int_equal(d.msgs.n, 1);
	assert_non_null(strstr(d.msgs.v[0], "d/10.conf:3: join = \"ghost\": no namespace set"));
	assert_non_null(strstr(d.msgs.v[0], "(defined: none)"));
	pns_diag_free(&d);
	pns_policy_free(pol);
}

static void dropin_dir_names(void **state)
{
	(void)state;
	char buf[64];
	struct pns_err e = { 0 };
	assert_int_equal(pns_policy_dropin_dir("/etc/security/pam_ns.conf", buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "/etc/security/pam_ns.d");
	assert_int_equal(pns_policy_dropin_dir("/etc/policy", buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "/etc/policy.d");
	assert_int_equal(pns_policy_dropin_dir("/etc/.conf", buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "/etc/.conf.d");
	assert_int_equal(pns_policy_dropin_dir("/a/very/long/path/that/does/not/fit/in/the/buffer.conf",
					       buf, 16, &e), -1);
}

static void diag_formats(void **state)
{
	(void)state;
	struct pns_diag d = { 0 };
	pns_diag_add(&d, "f.conf", 7, "bad %s", "thing");
	pns_diag_add(&d, "f.conf", 0, "whole file");
	pns_diag_add(&d, NULL, 0, "no file");
	assert_int_equal(d.msgs.n, 3);
	assert_string_equal(d.msgs.v[0], "f.conf:7: bad thing");
	assert_string_equal(d.msgs.v[1], "f.conf: whole file");
	assert_string_equal(d.msgs.v[2], "no file");
	pns_diag_free(&d);
	assert_int_equal(d.msgs.n, 0);
}

/* ---- a set's uplink ------------------------------------------------------ */

#define UPSET(body) V "namespaces = {\n lab = { types = [\"net\", \"uts\"]; per = \"user\";\n uplink = {\n" \
	body "\n }; };\n};\n"

static void uplink_loads(void **state)
{
	(void)state;
	struct pns_policy *pol = inline_policy(UPSET(" bridge = \"pnsbr0\"; inside = \"veth-in\";"
						     " address = \"10.200.0.0/16\"; gateway = \"10.200.0.1\";"));
	const struct pns_uplink *u = &pns_policy_find_set(pol, "lab")->uplink;
	assert_true(u->on);
	assert_string_equal(u->bridge, "pnsbr0");
	assert_string_equal(u->inside, "veth-in");
	assert_int_equal(u->family, AF_INET);
	assert_memory_equal(u->addr, "\x0a\xc8\x00\x00", 4);
	assert_int_equal(u->prefix, 16);
	assert_true(u->gateway);
	assert_memory_equal(u->gw, "\x0a\xc8\x00\x01", 4);
	assert_true(u->isolated);		/* the default, with a bridge */
	pns_policy_free(pol);
	/* Every key optional: an end in the set named eth0, nothing else. */
	pol = inline_policy(UPSET(""));
	u = &pns_policy_find_set(pol, "lab")->uplink;
	assert_true(u->on);
	assert_string_equal(u->bridge, "");
	assert_string_equal(u->inside, "eth0");
	assert_int_equal(u->family, 0);
	assert_false(u->gateway);
	pns_policy_free(pol);
	pol = inline_policy(UPSET(" bridge = \"br\"; isolated = false; address = \"fd00:200::/64\";"
				  " gateway = \"fd00:200::1\";"));
	u = &pns_policy_find_set(pol, "lab")->uplink;
	assert_false(u->isolated);
	assert_int_equal(u->family, AF_INET6);
	assert_int_equal(u->prefix, 64);
	assert_int_equal(u->gw[15], 1);
	pns_policy_free(pol);
	/* A set without one has none. */
	pol = inline_policy(V "namespaces = { a = { types = [\"net\"]; }; };\n");
	assert_false(pns_policy_find_set(pol, "a")->uplink.on);
	pns_policy_free(pol);
}

static void uplink_errors(void **state)
{
	(void)state;
	expect_error(UPSET(" colour = \"red\";"), 5, "unknown setting \"colour\" in the uplink of set \"lab\" "
		     "(valid: bridge, inside, address, gateway, isolated)");
	expect_error(V "namespaces = { lab = { types = [\"net\"];\n uplink = \"br0\"; }; };\n", 3,
		     "uplink must be a group");
	expect_error(V "namespaces = { lab = { types = [\"uts\"];\n uplink = { }; }; };\n", 3,
		     "uplink connects the net namespace of set \"lab\": add \"net\" to its types");
	expect_error(V "namespaces = { lab = { paths = { net = \"/run/netns/x\"; };\n uplink = { }; }; };\n", 3,
		     "uplink is not allowed in set \"lab\": its namespaces are pinned by someone else");
	static const char *const bad_names[] = { "", "sixteen-chars-xx", "a/b", "a b", "a:b", ".", "..", "a\tb" };
	for (size_t i = 0; i < sizeof(bad_names) / sizeof(*bad_names); i++) {
		char text[512], want[128];
		snprintf(text, sizeof(text), UPSET(" bridge = \"%s\";"), bad_names[i]);
		/* Shown escaped, as every value in a policy error. */
		snprintf(want, sizeof(want), "bridge = \"%s\" is not a valid interface name", PNS_ESC(bad_names[i]));
		expect_error(text, 5, want);
	}
	expect_error(UPSET(" inside = \"a/b\";"), 5, "inside = \"a/b\" is not a valid interface name");
	expect_error(UPSET(" inside = \"lo\";"), 5, "inside = \"lo\" is the set's loopback interface");
	expect_valid(UPSET(" bridge = \"fifteen-chars-x\";"));
	static const char *const bad_addresses[] = {
		"10.200.0.0", "10.200.0.0/", "10.200.0.0/0", "10.200.0.0/33", "10.200.0.0/16x", "10.200.0/16",
		"fd00::/129", "host/16", "/16", "10.200.0.0/-1",
	};
	for (size_t i = 0; i < sizeof(bad_addresses) / sizeof(*bad_addresses); i++) {
		char text[512], want[128];
		snprintf(text, sizeof(text), UPSET(" address = \"%s\";"), bad_addresses[i]);
		snprintf(want, sizeof(want), "address = \"%s\" must be an IPv4 or IPv6 address and a prefix",
			 bad_addresses[i]);
		expect_error(text, 5, want);
	}
	expect_error(UPSET(" gateway = \"10.200.0.1\";"), 5, "gateway needs an address in the set");
	expect_error(UPSET(" address = \"10.200.0.0/16\";\n gateway = \"fd00::1\";"), 6,
		     "gateway \"fd00::1\" is an IPv6 address, but the address is IPv4: both must be of one family");
	expect_error(UPSET(" address = \"fd00::/64\";\n gateway = \"10.0.0.1\";"), 6,
		     "gateway \"10.0.0.1\" is an IPv4 address, but the address is IPv6");
	expect_error(UPSET(" address = \"10.200.0.0/16\";\n gateway = \"10.200.0.1/16\";"), 6,
		     "gateway = \"10.200.0.1/16\" is not an IP address");
	expect_error(UPSET(" isolated = true;"), 5, "isolated applies to the ports of a bridge: give bridge");
	expect_error(UPSET(" bridge = \"br\";\n isolated = \"yes\";"), 6, "isolated must be true or false");
	expect_error(UPSET(" bridge = 5;"), 5, "bridge must be a string");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(issue_example_loads),
		cmocka_unit_test(defaults),
		cmocka_unit_test(every_setting),
		cmocka_unit_test(netns_from_joined_set),
		cmocka_unit_test(leaking_propagation_in_rules),
		cmocka_unit_test(leaking_propagation_in_sets),
		cmocka_unit_test(harmless_shared_propagation),
		cmocka_unit_test(version_errors),
		cmocka_unit_test(top_level_errors),
		cmocka_unit_test(syntax_error_has_its_line),
		cmocka_unit_test(include_is_refused),
		cmocka_unit_test(all_errors_are_collected),
		cmocka_unit_test(set_errors),
		cmocka_unit_test(set_setup_needs_its_types),
		cmocka_unit_test(external_set_errors),
		cmocka_unit_test(rule_errors),
		cmocka_unit_test(type_errors),
		cmocka_unit_test(rule_setup_needs_its_types),
		cmocka_unit_test(tmp_size_forms_load),
		cmocka_unit_test(tmp_size_errors),
		cmocka_unit_test(tmp_size_needs_a_private_tmp),
		cmocka_unit_test(hostname_templates),
		cmocka_unit_test(hostname_templates_that_can_never_be_valid),
		cmocka_unit_test(set_hostname_escapes_need_their_instance),
		cmocka_unit_test(rule_hostname_g_needs_a_group),
		cmocka_unit_test(empty_lists_are_refused),
		cmocka_unit_test(hooks_load),
		cmocka_unit_test(hooks_errors),
		cmocka_unit_test(join_errors),
		cmocka_unit_test(dropin_may_not_set_main_settings),
		cmocka_unit_test(sets_and_rules_across_files),
		cmocka_unit_test(duplicate_set_names_both_located),
		cmocka_unit_test(undefined_join_is_reported_at_the_rule),
		cmocka_unit_test(dropin_dir_names),
		cmocka_unit_test(diag_formats),
		cmocka_unit_test(user_manager_default_follows_the_isolated_types),
		cmocka_unit_test(user_manager_errors),
		cmocka_unit_test(uplink_loads),
		cmocka_unit_test(uplink_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
