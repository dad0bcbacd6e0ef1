/* A new pid namespace: the session init is PID 1, the login program can
 * fork as often as it likes, orphans are reaped, and close_session ends the
 * init and with it every process left in the namespace. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <security/pam_appl.h>

#include "pt.h"

/* A pid namespace alone: the session keeps the host's /proc (where these
 * tests look at its init from), and with it the user's processes outside
 * in reach, which the rule accepts. */
#define PID_ONLY "rules = ( { unshare = [\"pid\"]; user_manager = \"reachable\"; } );\n"

struct pid_state {
	pid_t init;		/* as the session process sees it */
	pid_t orphan;		/* a process left behind in the namespace */
	char comm[32];
	char nspid[64];
};

/* The one child the module forked: the init. */
static pid_t find_init(void)
{
	char path[64], buf[256] = "";
	snprintf(path, sizeof(path), "/proc/self/task/%d/children", (int)getpid());
	FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	if (!fgets(buf, sizeof(buf), f))
		buf[0] = '\0';
	fclose(f);
	return (pid_t)atoi(buf);
}

static void read_line(const char *path, const char *prefix, char *out, size_t size)
{
	char line[256];
	out[0] = '\0';
	FILE *f = fopen(path, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, prefix, strlen(prefix)))
			continue;
		line[strcspn(line, "\n")] = '\0';
		size_t n = strlen(line) < size - 1 ? strlen(line) : size - 1;
		memcpy(out, line, n);
		out[n] = '\0';
		break;
	}
	fclose(f);
}

/* In a forked child: its own pid as its namespace sees it. */
static pid_t inner_pid_of_child(void)
{
	int p[2];
	if (pipe(p) < 0)
		return -1;
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		pid_t me = getpid();
		(void)!write(p[1], &me, sizeof(me));
		_exit(0);
	}
	close(p[1]);
	pid_t inner = -1;
	if (read(p[0], &inner, sizeof(inner)) != sizeof(inner))
		inner = -1;
	close(p[0]);
	int status;
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
		return -1;
	return inner;
}

static int fork_twice(struct pt_result *r, void *arg)
{
	struct pid_state *s = arg;
	s->init = find_init();
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/comm", (int)s->init);
	read_line(path, "", s->comm, sizeof(s->comm));
	snprintf(path, sizeof(path), "/proc/%d/status", (int)s->init);
	read_line(path, "NSpid:", s->nspid, sizeof(s->nspid));
	pid_t a = inner_pid_of_child(), b = inner_pid_of_child();
	snprintf(r->note, sizeof(r->note), "init %d comm %s %s; children %d %d", (int)s->init, s->comm,
		 s->nspid, (int)a, (int)b);
	return a > 1 && b > 1 && a != b;
}

static void test_fork_twice_after_open(void **state)
{
	(void)state;
	pt_service("forks", pt_policy("forks", PID_ONLY), "");
	struct pid_state s = { 0 };
	struct pt_result r;
	char *log = NULL;
	pt_session("forks", "alice", fork_twice, &s, &r, &log);
	print_message("%s\n", r.note);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	/* The init: named, and PID 1 inside (last NSpid field). */
	assert_non_null(strstr(r.note, "comm pam_ns-init"));
	const char *ns = strstr(r.note, "NSpid:");
	assert_non_null(ns);
	const char *last = strrchr(ns, '\t');
	assert_non_null(last);
	assert_int_equal(atoi(last + 1), 1);
	assert_int_equal(r.close_rc, PAM_SUCCESS);
	free(log);
}

/* Leave an orphan behind in the namespace: a child that forks a sleeper
 * and exits, so the sleeper is re-parented to the init. */
static int make_orphan(struct pt_result *r, void *arg)
{
	struct pid_state *s = arg;
	s->init = find_init();
	int go[2], rep[2];
	if (pipe(go) < 0 || pipe(rep) < 0)
		return -1;
	pid_t mid = fork();
	if (mid < 0)
		return -1;
	if (mid == 0) {
		pid_t leaf = fork();
		if (leaf == 0) {
			char c;
			close(go[1]);
			/* Wait until the middle process is gone, then say
			 * who the parent is now, and exit as a short-lived
			 * orphan the init must reap. */
			(void)!read(go[0], &c, 1);
			pid_t pp = getppid();
			(void)!write(rep[1], &pp, sizeof(pp));
			_exit(0);
		}
		_exit(leaf > 0 ? 0 : 1);
	}
	close(go[0]);
	close(rep[1]);
	int status;
	if (waitpid(mid, &status, 0) != mid || !WIFEXITED(status) || WEXITSTATUS(status))
		return -2;
	/* The orphan is now a child of the init (outer pids in `children`). */
	char path[64], kids[256] = "";
	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", (int)s->init, (int)s->init);
	FILE *f = fopen(path, "re");
	if (f) {
		if (!fgets(kids, sizeof(kids), f))
			kids[0] = '\0';
		fclose(f);
	}
	pid_t orphan = (pid_t)atoi(kids);
	close(go[1]);
	pid_t pp = -1;
	if (read(rep[0], &pp, sizeof(pp)) != sizeof(pp))
		pp = -1;
	close(rep[0]);
	/* Reaped by the init: poll for it to vanish (generous bound; the
	 * reap happens within microseconds). */
	char stat_path[64];
	snprintf(stat_path, sizeof(stat_path), "/proc/%d", (int)orphan);
	int gone = 0;
	for (int i = 0; i < 2000 && !gone; i++) {
		gone = access(stat_path, F_OK) != 0;
		if (!gone) {
			struct timespec ts = { 0, 5 * 1000000L };
			nanosleep(&ts, NULL);
		}
	}
	snprintf(r->note, sizeof(r->note), "orphan %d parent-inside %d gone %d", (int)orphan, (int)pp, gone);
	return orphan > 0 && pp == 1 && gone;
}

static void test_init_reaps_orphans(void **state)
{
	(void)state;
	pt_service("reap", pt_policy("reap", PID_ONLY), "");
	struct pid_state s = { 0 };
	struct pt_result r;
	pt_session("reap", "alice", make_orphan, &s, &r, NULL);
	print_message("%s\n", r.note);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
}

/* A background process that would live forever inside the namespace,
 * re-parented to the init as a shell's background jobs are at logout. */
static int leave_sleeper(struct pt_result *r, void *arg)
{
	struct pid_state *s = arg;
	s->init = find_init();
	pid_t mid = fork();
	if (mid == 0) {
		if (fork() == 0) {
			for (;;)
				pause();
		}
		_exit(0);
	}
	int status;
	if (mid < 0 || waitpid(mid, &status, 0) != mid)
		return -1;
	char path[64], kids[256] = "";
	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", (int)s->init, (int)s->init);
	FILE *f = fopen(path, "re");
	if (f) {
		if (!fgets(kids, sizeof(kids), f))
			kids[0] = '\0';
		fclose(f);
	}
	s->orphan = (pid_t)atoi(kids);
	snprintf(r->note, sizeof(r->note), "init %d sleeper %d", (int)s->init, (int)s->orphan);
	return s->init > 0 && s->orphan > 0 && kill(s->orphan, 0) == 0;
}

/* After close_session the namespace is still whole, and the login program
 * can still fork (the modules after pam_ns close after it). */
static int after_close(struct pt_result *r, void *arg)
{
	(void)r;
	struct pid_state *s = arg;
	if (kill(s->init, 0) < 0 || kill(s->orphan, 0) < 0)
		return -1;
	pid_t kid = fork();
	if (kid == 0)
		_exit(0);
	int status = 0;
	return kid > 0 && waitpid(kid, &status, 0) == kid && WIFEXITED(status) ? 1 : -2;
}

/* pam_end reaped the init, and an init is only reaped once every process
 * of its namespace is gone: no waiting needed. */
static int after_end(struct pt_result *r, void *arg)
{
	(void)r;
	struct pid_state *s = arg;
	int init_gone = kill(s->init, 0) < 0 && errno == ESRCH;
	int sleeper_gone = kill(s->orphan, 0) < 0 && errno == ESRCH;
	return init_gone && sleeper_gone ? 1 : -1;
}

/* pam_end stopped the first init (the only one). */
static int after_end_init_only(struct pt_result *r, void *arg)
{
	(void)r;
	struct pid_state *s = arg;
	return kill(s->init, 0) < 0 && errno == ESRCH ? 1 : -1;
}

static void test_pam_end_ends_namespace(void **state)
{
	(void)state;
	pt_service("close", pt_policy("close", PID_ONLY), "debug");
	struct pid_state s = { 0 };
	struct pt_result r;
	char *log = NULL;
	pt_session_hooks("close", "alice", leave_sleeper, after_close, after_end, &s, &r, &log);
	print_message("%s\n", r.note);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	assert_int_equal(r.close_rc, PAM_SUCCESS);
	assert_int_equal(r.cb_after, 1);
	assert_int_equal(r.cb_end, 1);
	assert_false(pt_log_line(log, "SYSLOG(3)", NULL));
	free(log);
}

/* The stack: pam_exec after pam_ns records open and close; both
 * run, and close_session succeeds.  A session of root: with pid, mnt and
 * a fresh /proc the rule hides the user manager, and the private
 * /run/user/UID it gets is the user's, whose uid an unprivileged run maps
 * for root (0) only. */
static void test_module_after_pam_ns_runs_at_close(void **state)
{
	(void)state;
	char *record = pt_path("record.log"), *script = pt_path("record");
	pt_write_file(record, 0644, "%s", "");
	pt_write_file(script, 0755, "#!/bin/sh\necho \"$PAM_USER $PAM_TYPE\" >>%s\n", record);
	const char *pol = pt_policy("stack", "rules = ( { users = [\"root\"]; unshare = [\"pid\", "
				    "\"mnt\"]; proc = true; } );\n");
	char *path = pt_path("pam.d/stack");
	pt_write_file(path, 0644,
		      "session required %s config=%s init=%s\n"
		      "session optional pam_exec.so %s\n",
		      getenv("PNS_MODULE"), pol, getenv("PNS_INIT"), script);
	struct pt_result r;
	char *log = NULL;
	pt_session("stack", "root", NULL, NULL, &r, &log);
	FILE *f = fopen(record, "re");
	char text[256] = "";
	size_t n = f ? fread(text, 1, sizeof(text) - 1, f) : 0;
	text[n] = '\0';
	if (f)
		fclose(f);
	print_message("recorded: %s\n", text);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.close_rc, PAM_SUCCESS);
	assert_string_equal(text, "root open_session\nroot close_session\n");
	free(log);
	free(path);
	free(script);
	free(record);
}

/* A second pam_open_session on the same handle is refused: the process
 * is in this session's namespaces already, and the first init is kept. */
static int open_again(struct pt_result *r, void *arg)
{
	struct pid_state *s = arg;
	s->init = find_init();
	int rc = pam_open_session(pt_handle, 0);
	snprintf(r->note, sizeof(r->note), "second open: %d", rc);
	return rc == PAM_SESSION_ERR && s->init > 0 && kill(s->init, 0) == 0 ? 1 : -1;
}

static void test_second_open_is_refused(void **state)
{
	(void)state;
	pt_service("twice", pt_policy("twice", PID_ONLY), "");
	struct pid_state s = { 0 };
	struct pt_result r;
	char *log = NULL;
	pt_session_hooks("twice", "alice", open_again, NULL, after_end_init_only, &s, &r, &log);
	print_message("%s\n", r.note);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	assert_int_equal(r.cb_end, 1);
	assert_true(pt_log_line(log, "SYSLOG(3)", "called again", "session refused", NULL));
	free(log);
}

/* sshd's monitor closes the session before it reaps its own child, which
 * is inside the namespace: close_session must not wait for the init (it
 * cannot finish exiting until that child is reaped), must not log an
 * error, and the namespace must still be killed. */
static int keep_direct_child(struct pt_result *r, void *arg)
{
	struct pid_state *s = arg;
	s->init = find_init();
	pid_t pid = fork();
	if (pid == 0) {
		for (;;)
			pause();
	}
	s->orphan = pid;
	snprintf(r->note, sizeof(r->note), "init %d child %d", (int)s->init, (int)pid);
	return s->init > 0 && pid > 0;
}

static int reap_direct_child(struct pt_result *r, void *arg)
{
	(void)r;
	struct pid_state *s = arg;
	int status = 0;
	/* Killed when the init exited, not by us. */
	if (waitpid(s->orphan, &status, 0) != s->orphan || !WIFSIGNALED(status) ||
	    WTERMSIG(status) != SIGKILL)
		return -1;
	/* Now the init can finish; it is ours to reap. */
	if (waitpid(s->init, &status, 0) != s->init)
		return -2;
	return 1;
}

static void test_close_before_login_program_reaps(void **state)
{
	(void)state;
	pt_service("sshdlike", pt_policy("sshdlike", PID_ONLY), "");
	struct pid_state s = { 0 };
	struct pt_result r;
	char *log = NULL;
	pt_session_hooks("sshdlike", "alice", keep_direct_child, NULL, reap_direct_child, &s, &r, &log);
	print_message("%s\n", r.note);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	assert_int_equal(r.close_rc, PAM_SUCCESS);
	assert_false(pt_log_line(log, "SYSLOG(3)", NULL));
	assert_int_equal(r.cb_end, 1);
	free(log);
}

/* proc = true: a fresh /proc that lists only the session's processes. */
static int list_proc(struct pt_result *r, void *arg)
{
	(void)arg;
	int p[2];
	if (pipe(p) < 0)
		return -1;
	pid_t pid = fork();
	if (pid == 0) {
		char buf[512] = "";
		size_t used = 0;
		DIR *d = opendir("/proc");
		struct dirent *de;
		while (d && (de = readdir(d)))
			if (de->d_name[0] >= '0' && de->d_name[0] <= '9' && used < sizeof(buf) - 16)
				used += (size_t)snprintf(buf + used, sizeof(buf) - used, "%s ", de->d_name);
		if (d)
			closedir(d);
		(void)!write(p[1], buf, strlen(buf) + 1);
		_exit(0);
	}
	close(p[1]);
	ssize_t n = read(p[0], r->note, sizeof(r->note) - 1);
	r->note[n > 0 ? n : 0] = '\0';
	close(p[0]);
	waitpid(pid, NULL, 0);
	/* The init (1) and the lister (2). */
	return strcmp(r->note, "1 2 ") == 0 ? 1 : -1;
}

/* As root, for the private /run/user of the hidden user manager (see
 * test_module_after_pam_ns_runs_at_close). */
static void test_fresh_proc(void **state)
{
	(void)state;
	pt_service("proc", pt_policy("proc",
		"rules = ( { unshare = [\"pid\", \"mnt\"]; proc = true; } );\n"), "");
	struct pt_result r;
	char *log = NULL;
	pt_session("proc", "root", list_proc, NULL, &r, &log);
	print_message("/proc in the session: %s\n", r.note);
	assert_int_equal(r.open_rc, PAM_SUCCESS);
	assert_int_equal(r.cb, 1);
	assert_int_equal(r.leaked_fds, 0);
	free(log);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fork_twice_after_open),
		cmocka_unit_test(test_init_reaps_orphans),
		cmocka_unit_test(test_pam_end_ends_namespace),
		cmocka_unit_test(test_module_after_pam_ns_runs_at_close),
		cmocka_unit_test(test_second_open_is_refused),
		cmocka_unit_test(test_close_before_login_program_reaps),
		cmocka_unit_test(test_fresh_proc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
