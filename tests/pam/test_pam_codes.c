/* Every return code of pam_sm_open_session, fail-closed against fail-open,
 * dry_run, option checking, and the refusal of bad pins. */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <libpamtest.h>
#include <security/pam_appl.h>

#include "pt.h"

/* The same check through libpamtest, in a child (a session that does
 * isolate would move this process). */
static void pamtest_open_expect(const char *service, const char *user, int expected)
{
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct pam_testcase tests[] = {
			pam_test(PAMTEST_OPEN_SESSION, expected),
		};
		enum pamtest_err e = _pamtest_conv(service, user, NULL, NULL, tests, 1, NULL);
		/* exit, not _exit: pam_wrapper's destructor removes the
		 * service directory it made under /tmp for this process. */
		exit(e == PAMTEST_ERR_OK ? 0 : 1);
	}
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

static bool unchanged(const struct pt_result *r)
{
	for (int t = 0; t < PT_NTYPES; t++)
		if (r->before[t] != r->after[t])
			return false;
	return true;
}

static void test_no_rule_ignores(void **state)
{
	(void)state;
	pt_service("norule", pt_policy("norule", "rules = ( { users = [\"bob\"]; unshare = [\"net\"];"
				       " user_manager = \"reachable\"; } );\n"), "");
	struct pt_result r;
	char *log = NULL;
	pt_session("norule", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PT_IGNORED);
	assert_true(unchanged(&r));
	/* No noise for users the policy leaves alone. */
	assert_false(pt_log_line(log, "SYSLOG", "pam_ns", NULL));
	assert_false(pt_log_line(log, "alice", NULL));
	free(log);
	pamtest_open_expect("norule", "alice", PT_IGNORED);
}

static void test_action_none_ignores(void **state)
{
	(void)state;
	pt_service("none", pt_policy("none",
		"rules = ( { users = [\"alice\"]; action = \"none\"; },\n"
		"  { unshare = [\"net\"]; user_manager = \"reachable\"; } );\n"),
		   "debug");
	struct pt_result r;
	char *log = NULL;
	pt_session("none", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PT_IGNORED);
	assert_true(unchanged(&r));
	assert_true(pt_log_line(log, "alice", "rule says none", NULL));
	free(log);
	/* The second rule still applies to others. */
	pt_session("none", "bob", NULL, NULL, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_not_equal(r.after[PT_NET], r.before[PT_NET]);
}

static void test_success(void **state)
{
	(void)state;
	pt_service("ok", pt_policy("ok", "rules = ( { unshare = [\"ipc\"]; user_manager = \"reachable\"; } );\n"),
		   "");
	pamtest_open_expect("ok", "alice", PAM_SUCCESS);
}

/* A join of a pin that does not exist: the isolation fails. */
static const char *missing_pin_policy(const char *name, const char *on_error)
{
	char *missing = pt_path("no-such-pin");
	const char *p = pt_policy(name, "on_error = \"%s\";\n"
		"namespaces = { gone = { paths = { net = \"%s\"; }; }; };\n"
		"rules = ( { join = \"gone\"; unshare = [\"uts\"]; user_manager = \"reachable\"; } );\n",
		on_error, missing);
	free(missing);
	return p;
}

static void test_failure_deny(void **state)
{
	(void)state;
	pt_service("deny", missing_pin_policy("deny", "deny"), "");
	struct pt_result r;
	char *log = NULL;
	pt_session("deny", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SESSION_ERR);
	assert_true(unchanged(&r));
	assert_true(pt_log_line(log, "SYSLOG(3)", "cannot isolate alice", "no-such-pin",
				"No such file or directory", NULL));
	free(log);
	pamtest_open_expect("deny", "alice", PAM_SESSION_ERR);
}

static void test_failure_allow(void **state)
{
	(void)state;
	pt_service("allow", missing_pin_policy("allow", "allow"), "");
	struct pt_result r;
	char *log = NULL;
	pt_session("allow", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_true(pt_log_line(log, "SYSLOG(3)", "cannot isolate alice", "on_error=allow", NULL));
	free(log);
}

static void test_on_error_argument_overrides_policy(void **state)
{
	(void)state;
	const char *pol = missing_pin_policy("override", "deny");
	pt_service("override-allow", pol, "on_error=allow");
	pt_service("override-deny", missing_pin_policy("override2", "allow"), "on_error=deny");
	struct pt_result r;
	pt_session("override-allow", "alice", NULL, NULL, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	pt_session("override-deny", "alice", NULL, NULL, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SESSION_ERR);
}

static void test_invalid_policy(void **state)
{
	(void)state;
	const char *pol = pt_policy("invalid", "rules = ( { unshare = [\"net\"] ; } \n");
	pt_service("invalid", pol, "");
	struct pt_result r;
	char *log = NULL;
	pt_session("invalid", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SERVICE_ERR);
	assert_true(unchanged(&r));
	assert_true(pt_log_line(log, "SYSLOG(3)", "invalid.conf", NULL));
	free(log);
	pamtest_open_expect("invalid", "alice", PAM_SERVICE_ERR);

	/* Fail-open leaves the session alone, with the error logged. */
	pt_service("invalid-allow", pol, "on_error=allow");
	pt_session("invalid-allow", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PT_IGNORED);
	assert_true(pt_log_line(log, "SYSLOG(3)", "on_error=allow", NULL));
	free(log);
}

/* rescue=: the users it names get past a policy that cannot be used (so
 * an admin can log in to fix it); everyone else is still refused. */
static void test_rescue_on_a_broken_policy(void **state)
{
	(void)state;
	pt_service("rescue", pt_policy("rescue", "rules = ( { users = [\"root\"]; unshare = [\"net\"] } ) oops\n"),
		   "rescue=admin,root");
	struct pt_result r;
	char *log = NULL;
	pt_session("rescue", "root", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PT_IGNORED);
	assert_true(unchanged(&r));
	assert_true(pt_log_line(log, "policy unusable; rescue=admin,root: session of root continues unisolated",
				NULL));
	free(log);
	pt_session("rescue", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SERVICE_ERR);
	assert_true(pt_log_line(log, "policy unusable; session refused", NULL));
	free(log);
	/* A valid policy that isolates root still does. */
	pt_service("rescue-ok", pt_policy("rescue-ok", "rules = ( { users = [\"root\"]; unshare = [\"uts\"]; } );\n"),
		   "rescue=root");
	pt_session("rescue-ok", "root", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_not_equal(r.after[PT_UTS], r.before[PT_UTS]);
	free(log);
}

static void test_unreadable_policy(void **state)
{
	(void)state;
	char *missing = pt_path("absent.conf");
	pt_service("absent", missing, "");
	struct pt_result r;
	char *log = NULL;
	pt_session("absent", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SERVICE_ERR);
	assert_true(pt_log_line(log, "SYSLOG(3)", "absent.conf", NULL));
	free(log);
	free(missing);

	/* Semantically wrong: a type that does not exist. */
	pt_service("badtype", pt_policy("badtype", "rules = ( { unshare = [\"bogus\"]; } );\n"), "");
	pt_session("badtype", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SERVICE_ERR);
	assert_true(pt_log_line(log, "SYSLOG(3)", "badtype.conf:", NULL));
	free(log);
}

static void test_unknown_argument(void **state)
{
	(void)state;
	pt_service("unknownarg", pt_policy("unknownarg", "rules = ( { unshare = [\"ipc\"];"
					   " user_manager = \"reachable\"; } );\n"), "frobnicate");
	struct pt_result r;
	char *log = NULL;
	pt_session("unknownarg", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SERVICE_ERR);
	assert_true(unchanged(&r));
	assert_true(pt_log_line(log, "SYSLOG(3)", "frobnicate", NULL));
	free(log);
	/* A relative config= is refused too. */
	pt_service_raw("relconfig", "config=relative.conf");
	pt_session("relconfig", "alice", NULL, NULL, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SERVICE_ERR);
	pt_service_raw("badonerror", "on_error=maybe");
	pt_session("badonerror", "alice", NULL, NULL, &r, NULL);
	assert_int_equal(r.open_rc, PAM_SERVICE_ERR);
}

static void test_dry_run(void **state)
{
	(void)state;
	pt_service("dry", pt_policy("dry",
		"rules = ( { unshare = [\"net\", \"uts\", \"ipc\", \"mnt\", \"pid\", \"cgroup\"];"
		" proc = true; } );\n"), "dry_run");
	struct pt_result r;
	char *log = NULL;
	pt_session("dry", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PT_IGNORED);
	assert_true(unchanged(&r));
	if (r.leaked_fds)
		print_message("left open: %s\n", r.leaked);
	assert_int_equal(r.leaked_fds, 0);
	assert_true(pt_log_line(log, "dry run", "alice", "net=new", "mnt=new", "pid=new", NULL));
	free(log);
}

/* A trial run never refuses a login, even with a broken policy or a rule
 * that would fail; the error is still logged. */
static void test_dry_run_never_refuses(void **state)
{
	(void)state;
	pt_service("drybad", pt_policy("drybad", "rules = ( { unshare = [\"net\"] ; } \n"), "dry_run");
	struct pt_result r;
	char *log = NULL;
	pt_session("drybad", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PT_IGNORED);
	assert_true(pt_log_line(log, "SYSLOG(3)", "drybad.conf", "dry run", NULL));
	free(log);
	pt_service("drymissing", pt_policy("drymissing",
		"namespaces = { lab = { types = [\"net\"]; }; };\n"
		"rules = ( { join = \"lab\"; user_manager = \"reachable\"; } );\n"), "dry_run");
	pt_session("drymissing", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PT_IGNORED);
	assert_true(unchanged(&r));
	assert_true(pt_log_line(log, "SYSLOG(3)", "dry run: session left alone", "does not exist", NULL));
	free(log);
}

/* Pins that are not what they claim: refused before anything moves. */
static void bad_pin(const char *name, const char *pin, const char *why)
{
	pt_service(name, pt_policy(name,
		"namespaces = { bad = { paths = { net = \"%s\"; }; }; };\n"
		"rules = ( { join = \"bad\"; unshare = [\"ipc\"]; user_manager = \"reachable\"; } );\n",
		pin), "");
	struct pt_result r;
	char *log = NULL;
	pt_session(name, "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SESSION_ERR);
	assert_true(unchanged(&r));
	assert_int_equal(r.leaked_fds, 0);
	assert_true(pt_log_line(log, "SYSLOG(3)", "cannot isolate alice", pin, why, NULL));
	free(log);
}

static void test_pin_symlink(void **state)
{
	(void)state;
	char *real = pt_path("real-net"), *link = pt_path("link-net");
	pt_make_pin(PT_NET, real);
	unlink(link);
	assert_int_equal(symlink(real, link), 0);
	bad_pin("pin-symlink", link, "symbolic link");
	free(real);
	free(link);
}

static void test_pin_regular_file(void **state)
{
	(void)state;
	char *file = pt_path("plain-file");
	pt_write_file(file, 0644, "not a namespace\n");
	bad_pin("pin-file", file, "not an nsfs file");
	free(file);
}

static void test_pin_wrong_type(void **state)
{
	(void)state;
	char *uts = pt_path("uts-not-net");
	pt_make_pin(PT_UTS, uts);
	bad_pin("pin-type", uts, "is a uts namespace, expected net");
	free(uts);
}

/* A set of ours that was never created, without create = true. */
static void test_missing_set_without_create(void **state)
{
	(void)state;
	pt_service("nocreate", pt_policy("nocreate",
		"namespaces = { lab = { types = [\"net\"]; }; };\n"
		"rules = ( { join = \"lab\"; user_manager = \"reachable\"; } );\n"), "");
	struct pt_result r;
	char *log = NULL;
	pt_session("nocreate", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SESSION_ERR);
	assert_true(unchanged(&r));
	assert_true(pt_log_line(log, "SYSLOG(3)", "lab", "does not exist", NULL));
	free(log);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_rule_ignores),
		cmocka_unit_test(test_action_none_ignores),
		cmocka_unit_test(test_success),
		cmocka_unit_test(test_failure_deny),
		cmocka_unit_test(test_failure_allow),
		cmocka_unit_test(test_on_error_argument_overrides_policy),
		cmocka_unit_test(test_invalid_policy),
		cmocka_unit_test(test_unreadable_policy),
		cmocka_unit_test(test_unknown_argument),
		cmocka_unit_test(test_dry_run),
		cmocka_unit_test(test_dry_run_never_refuses),
		cmocka_unit_test(test_pin_symlink),
		cmocka_unit_test(test_pin_regular_file),
		cmocka_unit_test(test_pin_wrong_type),
		cmocka_unit_test(test_missing_set_without_create),
		cmocka_unit_test(test_rescue_on_a_broken_policy),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
