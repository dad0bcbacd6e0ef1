/* For every namespace type: a rule that unshares it gives the session a
 * new one, a rule that joins a pin gives the session exactly that one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <security/pam_appl.h>

#include "pt.h"

/* pid and time only move children: check a forked child's own entry
 * against the namespace the session's children get. */
static int child_view(struct pt_result *r, void *arg)
{
	int t = *(int *)arg;
	const char *own = t == PT_PID ? "pid" : t == PT_TIME ? "time" : NULL;
	if (!own)
		return 0;
	unsigned long id = pt_child_ns(own);
	snprintf(r->note, sizeof(r->note), "child %s id %lu", own, id);
	return id == r->after[t] ? 1 : -1;
}

static void check_new(int t)
{
	char svc[64], body[256];
	snprintf(svc, sizeof(svc), "new-%s", pt_type_name[t]);
	/* One type alone, so the host's /proc stays: net, pid and ipc need
	 * the user's processes outside accepted in reach. */
	snprintf(body, sizeof(body), "rules = ( { users = [\"alice\"]; unshare = [\"%s\"];"
		 " user_manager = \"reachable\"; } );\n", pt_type_name[t]);
	pt_service(svc, pt_policy(svc, "%s", body), "");
	struct pt_result r;
	char *log = NULL;
	pt_session(svc, "alice", child_view, &t, &r, &log);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.close_rc, PAM_SUCCESS);
	assert_int_not_equal(r.after[t], 0);
	assert_int_not_equal(r.after[t], r.before[t]);
	/* Nothing else moved. */
	for (int o = 0; o < PT_NTYPES; o++)
		if (o != t)
			assert_int_equal(r.after[o], r.before[o]);
	if (t == PT_PID || t == PT_TIME)
		assert_int_equal(r.cb, 1);
	char want[64];
	snprintf(want, sizeof(want), "%s=new:%lu", pt_type_name[t], r.after[t]);
	assert_true(pt_log_line(log, "session for alice", want, NULL));
	free(log);
}

static void check_join(int t)
{
	char svc[64], pin[128], body[512];
	snprintf(svc, sizeof(svc), "join-%s", pt_type_name[t]);
	char *path = pt_path("pin-%s", pt_type_name[t]);
	unsigned long id = pt_make_pin(t, path);
	assert_int_not_equal(id, 0);
	assert_int_not_equal(id, pt_self_ns(t));
	snprintf(pin, sizeof(pin), "%s", path);
	snprintf(body, sizeof(body),
		 "namespaces = { ext = { paths = { %s = \"%s\"; }; }; };\n"
		 "rules = ( { users = [\"alice\"]; join = \"ext\"; user_manager = \"reachable\"; } );\n",
		 pt_type_name[t], pin);
	pt_service(svc, pt_policy(svc, "%s", body), "");
	struct pt_result r;
	char *log = NULL;
	pt_session(svc, "alice", child_view, &t, &r, &log);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.after[t], id);
	for (int o = 0; o < PT_NTYPES; o++)
		if (o != t)
			assert_int_equal(r.after[o], r.before[o]);
	if (t == PT_PID || t == PT_TIME)
		assert_int_equal(r.cb, 1);
	char want[64];
	snprintf(want, sizeof(want), "%s=joined:%lu", pt_type_name[t], id);
	assert_true(pt_log_line(log, "session for alice", want, NULL));
	free(log);
	free(path);
}

#define TYPE_TESTS(T, name)                                               \
	static void test_new_##name(void **state) { (void)state; check_new(T); }   \
	static void test_join_##name(void **state) { (void)state; check_join(T); }
TYPE_TESTS(PT_CGROUP, cgroup)
TYPE_TESTS(PT_IPC, ipc)
TYPE_TESTS(PT_UTS, uts)
TYPE_TESTS(PT_NET, net)
TYPE_TESTS(PT_PID, pid)
TYPE_TESTS(PT_TIME, time)
TYPE_TESTS(PT_MNT, mnt)

/* Several types at once, some new and some joined, in one session. */
static void test_mixed(void **state)
{
	(void)state;
	char *net = pt_path("mixed-net"), *uts = pt_path("mixed-uts");
	unsigned long net_id = pt_make_pin(PT_NET, net), uts_id = pt_make_pin(PT_UTS, uts);
	pt_service("mixed", pt_policy("mixed",
		"namespaces = { ext = { paths = { net = \"%s\"; uts = \"%s\"; }; }; };\n"
		"rules = ( { join = \"ext\"; unshare = [\"mnt\", \"ipc\", \"pid\"];"
		" user_manager = \"reachable\"; } );\n", net, uts), "");
	struct pt_result r;
	char *log = NULL;
	pt_session("mixed", "bob", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.after[PT_NET], net_id);
	assert_int_equal(r.after[PT_UTS], uts_id);
	assert_int_not_equal(r.after[PT_MNT], r.before[PT_MNT]);
	assert_int_not_equal(r.after[PT_IPC], r.before[PT_IPC]);
	assert_int_not_equal(r.after[PT_PID], r.before[PT_PID]);
	assert_int_equal(r.after[PT_CGROUP], r.before[PT_CGROUP]);
	assert_true(pt_log_line(log, "session for bob", "net=joined:", "uts=joined:", "mnt=new:",
				"ipc=new:", "pid=new:", NULL));
	free(log);
	free(net);
	free(uts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_new_cgroup), cmocka_unit_test(test_join_cgroup),
		cmocka_unit_test(test_new_ipc),    cmocka_unit_test(test_join_ipc),
		cmocka_unit_test(test_new_uts),    cmocka_unit_test(test_join_uts),
		cmocka_unit_test(test_new_net),    cmocka_unit_test(test_join_net),
		cmocka_unit_test(test_new_pid),    cmocka_unit_test(test_join_pid),
		cmocka_unit_test(test_new_time),   cmocka_unit_test(test_join_time),
		cmocka_unit_test(test_new_mnt),    cmocka_unit_test(test_join_mnt),
		cmocka_unit_test(test_mixed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
