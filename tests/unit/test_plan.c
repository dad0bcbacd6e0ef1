/* Plans: per-type actions, the joined set and its instance, hostname
 * expansion, /etc/netns names, and the one-line description. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "inline_policy.h"
#include "session/plan.h"

#define HEAD "version = 1;\npin_dir = \"/run/pns-test\";\n"

static const char *const alice_groups[] = { "alice", "devs", "ops", NULL };

/* What plan_for keeps of the parts of a plan that point into the policy,
 * which it frees: the joined set's name and pns_plan_str. */
static char set_name[256];
static char plan_text[1024];

/* Build the plan of `user` under `text`; returns plan_build's result and
 * leaves the error text in *e. */
static int plan_for(const char *text, const char *user, struct pns_plan *p, struct pns_err *e)
{
	struct pns_policy *pol = inline_policy(text);
	struct pns_login l = fake_login(user, "sshd", NULL, alice_groups);
	struct pns_match m;
	int r = pns_match_rule(pol, &l, &m, e);
	if (r == 0)
		r = pns_plan_build(&m, &l, p, e);
	snprintf(set_name, sizeof(set_name), "%s", p->set ? p->set->name : "");
	memset(plan_text, 'X', sizeof(plan_text));
	pns_plan_str(p, plan_text, sizeof(plan_text));
	/* The plan points into the policy; tests only read the copied parts. */
	p->rule = NULL;
	p->set = NULL;
	p->setup = NULL;
	pns_login_free(&l);
	pns_policy_free(pol);
	return r;
}

static void unshare_marks_types_new(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "rules = ( { unshare = [\"net\", \"mnt\", \"pid\"];"
				  " user_manager = \"reachable\"; } );\n",
				  "alice", &p, &e), 0);
	assert_int_equal(p.how[PNS_NET], PNS_NEW);
	assert_int_equal(p.how[PNS_MNT], PNS_NEW);
	assert_int_equal(p.how[PNS_PID], PNS_NEW);
	assert_int_equal(p.how[PNS_UTS], PNS_KEEP);
	assert_int_equal(p.how[PNS_CGROUP], PNS_KEEP);
	assert_false(p.hide_user_manager);
}

static void action_none_keeps_everything(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "rules = ( { users = [\"alice\"]; action = \"none\"; } );\n",
				  "alice", &p, &e), 0);
	for (int t = 0; t < PNS_NTYPES; t++)
		assert_int_equal(p.how[t], PNS_KEEP);
}

static void join_shared_set(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "namespaces = { lab = { types = [\"net\", \"uts\"]; }; };\n"
				  "rules = ( { join = \"lab\"; unshare = [\"mnt\"]; create = true;"
				  " user_manager = \"reachable\"; } );\n",
				  "alice", &p, &e), 0);
	assert_int_equal(p.how[PNS_NET], PNS_JOIN);
	assert_int_equal(p.how[PNS_UTS], PNS_JOIN);
	assert_int_equal(p.how[PNS_MNT], PNS_NEW);
	assert_int_equal(p.how[PNS_PID], PNS_KEEP);
	assert_string_equal(set_name, "lab");
	assert_string_equal(p.instance, "");
	assert_true(p.create);
	assert_string_equal(plan_text, "uts,net=join:lab mnt=new");
}

static void join_per_user_set(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "namespaces = { home = { types = [\"net\", \"pid\", \"mnt\"];"
				  " per = \"user\"; proc = true; }; };\n"
				  "rules = ( { join = \"home\"; } );\n",
				  "alice", &p, &e), 0);
	assert_string_equal(set_name, "home");
	assert_string_equal(p.instance, "alice");
	assert_int_equal(p.how[PNS_NET], PNS_JOIN);
	assert_int_equal(p.how[PNS_MNT], PNS_JOIN);
	assert_int_equal(p.how[PNS_PID], PNS_JOIN);
	assert_int_equal(p.how[PNS_UTS], PNS_KEEP);
	assert_true(p.hide_user_manager);
	assert_false(p.create);
	assert_string_equal(p.netns, "");
	assert_string_equal(plan_text, "net,pid,mnt=join:home (user alice) user_manager=hidden");
}

static void per_user_set_refuses_a_hostile_name(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "namespaces = { home = { types = [\"net\"]; per = \"user\"; }; };\n"
				  "rules = ( { join = \"home\"; user_manager = \"reachable\"; } );\n",
				  "../../etc", &p, &e), -1);
	assert_non_null(strstr(e.msg, "user name \"../../etc\""));
	assert_non_null(strstr(e.msg, "set home"));
}

static void per_group_set_uses_group_from_order(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "namespaces = { team = { types = [\"net\"]; per = \"group\";"
				  " group_from = [\"ops\", \"devs\"]; }; };\n"
				  "rules = ( { join = \"team\"; user_manager = \"reachable\"; } );\n",
				  "alice", &p, &e), 0);
	assert_string_equal(set_name, "team");
	assert_string_equal(p.instance, "ops");
	assert_int_equal(p.how[PNS_NET], PNS_JOIN);
	assert_string_equal(plan_text, "net=join:team (group ops)");
}

static void per_group_set_without_group_from_uses_matched_group(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "namespaces = { team = { types = [\"ipc\"]; per = \"group\"; }; };\n"
				  "rules = ( { groups = [\"devs\"]; join = \"team\";"
				  " user_manager = \"reachable\"; } );\n",
				  "alice", &p, &e), 0);
	assert_string_equal(p.instance, "devs");
}

static void per_group_set_user_in_none_of_the_groups(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "namespaces = { team = { types = [\"net\"]; per = \"group\";"
				  " group_from = [\"admins\"]; }; };\n"
				  "rules = ( { join = \"team\"; user_manager = \"reachable\"; } );\n",
				  "alice", &p, &e), -1);
	assert_non_null(strstr(e.msg, "alice is in none of the groups of set team"));
}

static void hostname_expansion(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "rules = ( { groups = [\"ops\"]; unshare = [\"uts\"];"
				  " hostname = \"%u-%g.%s\"; } );\n",
				  "alice", &p, &e), 0);
	assert_string_equal(p.hostname, "alice-ops.sshd");
}

static void hostname_invalid_after_expansion(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "rules = ( { unshare = [\"uts\"]; hostname = \"%u-box\"; } );\n",
				  "bad_user", &p, &e), -1);
	assert_non_null(strstr(e.msg, "test.conf:3: hostname \"bad_user-box\""));
	assert_non_null(strstr(e.msg, "not a valid host name"));
}

static void netns_name_from_rule_or_ip_netns_set(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "rules = ( { unshare = [\"net\", \"mnt\"]; netns = \"lab\";"
				  " user_manager = \"reachable\"; } );\n",
				  "alice", &p, &e), 0);
	assert_string_equal(p.netns, "lab");
	assert_int_equal(plan_for(HEAD "namespaces = { vpn = { types = [\"net\"]; ip_netns = true; }; };\n"
				  "rules = ( { join = \"vpn\"; unshare = [\"mnt\"];"
				  " user_manager = \"reachable\"; } );\n",
				  "alice", &p, &e), 0);
	assert_string_equal(p.netns, "vpn");
	/* Without a mount namespace of its own the session keeps /etc. */
	assert_int_equal(plan_for(HEAD "namespaces = { vpn = { types = [\"net\"]; ip_netns = true; }; };\n"
				  "rules = ( { join = \"vpn\"; user_manager = \"reachable\"; } );\n",
				  "alice", &p, &e), 0);
	assert_string_equal(p.netns, "");
}

static void external_set_uses_its_paths(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	assert_int_equal(plan_for(HEAD "namespaces = { vpn = { paths = { net = \"/run/netns/vpn\"; }; }; };\n"
				  "rules = ( { join = \"vpn\"; user_manager = \"reachable\"; } );\n",
				  "alice", &p, &e), 0);
	assert_int_equal(p.how[PNS_NET], PNS_JOIN);
	assert_string_equal(set_name, "vpn");
	assert_string_equal(p.instance, "");
	assert_string_equal(plan_text, "net=join:/run/netns/vpn");
}

static void plan_str_describes_each_type(void **state)
{
	(void)state;
	struct pns_plan p;
	struct pns_err e = { 0 };
	/* In entry order, mnt last. */
	assert_int_equal(plan_for(HEAD "rules = ( { unshare = [\"mnt\", \"pid\", \"net\", \"ipc\"];"
				  " proc = true; } );\n",
				  "alice", &p, &e), 0);
	assert_string_equal(plan_text, "ipc=new net=new pid=new mnt=new user_manager=hidden");
	assert_int_equal(plan_for(HEAD "rules = ( { users = [\"alice\"]; action = \"none\"; } );\n",
				  "alice", &p, &e), 0);
	assert_string_equal(plan_text, "");
	/* No rule matched at all: an empty plan. */
	assert_int_equal(plan_for(HEAD "rules = ( { users = [\"bob\"]; unshare = [\"net\"];"
				  " user_manager = \"reachable\"; } );\n",
				  "alice", &p, &e), 0);
	assert_string_equal(plan_text, "");
	for (int t = 0; t < PNS_NTYPES; t++)
		assert_int_equal(p.how[t], PNS_KEEP);

	/* Always terminated, even when it does not fit. */
	struct pns_plan q;
	char small[12];
	memset(&q, 0, sizeof(q));
	q.how[PNS_NET] = PNS_NEW;
	q.how[PNS_UTS] = PNS_NEW;
	q.how[PNS_MNT] = PNS_NEW;
	memset(small, 'X', sizeof(small));
	assert_ptr_equal(pns_plan_str(&q, small, sizeof(small)), small);
	assert_true(strlen(small) < sizeof(small));
	assert_memory_equal(small, "uts=new net=new mnt=new", strlen(small));
}

static void expand_escapes(void **state)
{
	(void)state;
	struct pns_login l = fake_login("bob", "su", NULL, NULL);
	char buf[64];
	struct pns_err e = { 0 };
	assert_int_equal(pns_expand("100%% %u@%s", &l, NULL, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "100% bob@su");
	assert_int_equal(pns_expand("%x", &l, NULL, buf, sizeof(buf), &e), -1);
	assert_non_null(strstr(e.msg, "unknown escape %x"));
	assert_int_equal(pns_expand("trailing %", &l, NULL, buf, sizeof(buf), &e), -1);
	assert_int_equal(pns_expand("%g", &l, NULL, buf, sizeof(buf), &e), -1);
	assert_non_null(strstr(e.msg, "needs a matched group"));
	assert_int_equal(pns_expand("%u%u%u", &l, NULL, buf, 5, &e), -1);
	assert_non_null(strstr(e.msg, "expands to more than 4 bytes"));
	pns_login_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(unshare_marks_types_new),
		cmocka_unit_test(action_none_keeps_everything),
		cmocka_unit_test(join_shared_set),
		cmocka_unit_test(join_per_user_set),
		cmocka_unit_test(per_user_set_refuses_a_hostile_name),
		cmocka_unit_test(per_group_set_uses_group_from_order),
		cmocka_unit_test(per_group_set_without_group_from_uses_matched_group),
		cmocka_unit_test(per_group_set_user_in_none_of_the_groups),
		cmocka_unit_test(hostname_expansion),
		cmocka_unit_test(hostname_invalid_after_expansion),
		cmocka_unit_test(netns_name_from_rule_or_ip_netns_set),
		cmocka_unit_test(external_set_uses_its_paths),
		cmocka_unit_test(plan_str_describes_each_type),
		cmocka_unit_test(expand_escapes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
