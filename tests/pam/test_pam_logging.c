/* What the module's log lines carry: every string from PAM or NSS escaped
 * (pns_escape), so a user name, rhost or tty cannot forge a line or drive a
 * terminal; the session line with rhost and tty; no user name refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <security/pam_appl.h>

#include "pt.h"

/* The user tests/pam/run gives a name with ESC and BEL. */
#define EVIL_USER "ev\033[31mil\007"
#define EVIL_SHOWN "ev\\x1b[31mil\\x07"

/* No byte of the log but printable ASCII, tab (pam_wrapper's own) and
 * the newlines that end its lines. */
static bool log_clean(const char *log)
{
	for (const unsigned char *p = (const unsigned char *)log; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p >= 0x7f) {
			print_message("raw byte 0x%02x at offset %zu of the log:\n%s\n", *p,
				      (size_t)(p - (const unsigned char *)log), log);
			return false;
		}
	return true;
}

/* Every line of the log is one of pam_wrapper's (a forged line would not
 * start with its prefix), or the empty one it adds after each. */
static bool lines_all_pwrap(const char *log)
{
	for (const char *line = log; *line;) {
		if (*line != '\n' && strncmp(line, "PWRAP_", 6)) {
			print_message("a line not written by pam_syslog:\n%s\n", log);
			return false;
		}
		const char *end = strchr(line, '\n');
		if (!end)
			break;
		line = end + 1;
	}
	return true;
}

static const char *policy(const char *name)
{
	return pt_policy(name, "rules = ( { unshare = [\"uts\"]; user_manager = \"reachable\"; } );\n");
}

/* A newline in PAM_USER would have written a second line, "pam_ns(...):
 * session for root", of the attacker's making. */
static void test_newline_in_user_is_one_line(void **state)
{
	(void)state;
	pt_service("nl", policy("nl"), "");
	struct pt_result r;
	char *log = NULL;
	pt_session("nl", "x\npam_ns(sshd:session): session for root\033]0;owned\007", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SESSION_ERR);
	if (!pt_log_line(log, "SYSLOG(3)", "cannot look up user x\\npam_ns(sshd:session): session for "
			 "root\\x1b]0;owned\\x07: unknown user x\\npam_ns(", "(session refused)", NULL))
		print_message("log was:\n%s\n", log);
	assert_true(pt_log_line(log, "SYSLOG(3)", "cannot look up user x\\npam_ns(sshd:session): session for "
				"root\\x1b]0;owned\\x07: unknown user x\\npam_ns(", "(session refused)", NULL));
	assert_true(lines_all_pwrap(log));
	assert_true(log_clean(log));
	free(log);
}

/* The session line names rhost and tty, escaped like the user. */
static void test_session_line_has_rhost_and_tty(void **state)
{
	(void)state;
	const char *pol = policy("line");
	pt_service("line", pol, "");
	struct pt_result r;
	char *log = NULL;
	pt_rhost = "evil\n.example\033[2J";
	pt_tty = "pts/7\r";
	pt_session("line", EVIL_USER, NULL, NULL, &r, &log);
	pt_rhost = pt_tty = NULL;
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	char rule[600];
	snprintf(rule, sizeof(rule), "rhost evil\\n.example\\x1b[2J, tty pts/7\\r, rule %s:3): uts=new:", pol);
	if (!pt_log_line(log, "SYSLOG(6)", "session for " EVIL_SHOWN " (service line, ", rule, NULL))
		print_message("log was:\n%s\n", log);
	assert_true(pt_log_line(log, "SYSLOG(6)", "session for " EVIL_SHOWN " (service line, ", rule, NULL));
	assert_true(lines_all_pwrap(log));
	assert_true(log_clean(log));
	free(log);

	/* A local login: neither is set, each shows as "-". */
	pt_session("line", "alice", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_true(pt_log_line(log, "SYSLOG(6)", "session for alice (service line, rhost -, tty -, rule ", NULL));
	free(log);
}

/* An empty user name is no user: a clear error, and no session whatever
 * on_error says (it concerns isolating a user, and there is none). */
static void test_no_user_name_refused(void **state)
{
	(void)state;
	const char *args[] = { "", "on_error=allow" };
	for (size_t i = 0; i < 2; i++) {
		pt_service("nouser", policy("nouser"), args[i]);
		struct pt_result r;
		char *log = NULL;
		pt_session("nouser", "", NULL, NULL, &r, &log);
		if (r.open_rc != PAM_SESSION_ERR || !pt_log_line(log, "SYSLOG(3)", "no user name: PAM_USER is empty "
								 "(session refused)", NULL))
			print_message("%s: open %d, log was:\n%s\n", args[i], r.open_rc, log);
		assert_int_equal(r.open_rc, PAM_SESSION_ERR);
		assert_true(pt_log_line(log, "SYSLOG(3)", "no user name: PAM_USER is empty (session refused)", NULL));
		assert_false(pt_log_line(log, "SYSLOG", "Success", NULL));
		free(log);
		/* Not set at all: pam_get_user asks the conversation, which
		 * fails here. */
		pt_session("nouser", NULL, NULL, NULL, &r, &log);
		if (r.open_rc != PAM_SESSION_ERR || !pt_log_line(log, "SYSLOG(3)", "no user name: ", "(session refused)",
								 NULL))
			print_message("%s: open %d, log was:\n%s\n", args[i], r.open_rc, log);
		assert_int_equal(r.open_rc, PAM_SESSION_ERR);
		assert_true(pt_log_line(log, "SYSLOG(3)", "no user name: ", "(session refused)", NULL));
		assert_false(pt_log_line(log, "SYSLOG", "Success", NULL));
		free(log);
	}
}

/* dry_run still decides nothing, and says so. */
static void test_no_user_name_dry_run(void **state)
{
	(void)state;
	pt_service("nouserdry", policy("nouserdry"), "dry_run");
	struct pt_result r;
	char *log = NULL;
	pt_session("nouserdry", "", NULL, NULL, &r, &log);
	assert_int_equal(r.open_rc, PT_IGNORED);
	assert_true(pt_log_line(log, "SYSLOG(3)", "no user name: PAM_USER is empty (dry run: session left alone)",
				NULL));
	free(log);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_newline_in_user_is_one_line),
		cmocka_unit_test(test_session_line_has_rhost_and_tty),
		cmocka_unit_test(test_no_user_name_refused),
		cmocka_unit_test(test_no_user_name_dry_run),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
