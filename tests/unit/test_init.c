/* pam_ns-init started by pns_init_start (common/child.c): PID 1 of the new
 * pid namespace, a fresh program with root's credentials and no fd of its
 * starter, small, deaf to signals from inside, stopped on request, dying
 * with a session's starter, draining as a set's. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "common/child.h"
#include "sandbox.h"

static const char *init_path;

static void read_field(pid_t pid, const char *file, const char *prefix, char *buf, size_t size)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, file);
	buf[0] = '\0';
	FILE *f = fopen(path, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, prefix, strlen(prefix))) {
			line[strcspn(line, "\n")] = '\0';
			snprintf(buf, size, "%s", line);
			break;
		}
	fclose(f);
}

static int count_fds(pid_t pid)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/fd", (int)pid);
	DIR *d = opendir(path);
	if (!d)
		return -1;
	int n = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		n += de->d_name[0] != '.';
	closedir(d);
	return n;
}

/* Start an init of the given kind in a new pid namespace of the caller. */
static int start(bool set, bool proc, pid_t *init)
{
	struct pns_err e = { 0 };
	int exe = pns_exe_open(init_path, &e);
	if (exe < 0 || unshare(CLONE_NEWPID) < 0 || pns_init_start(exe, set, proc, init, &e) < 0) {
		fprintf(stderr, "start: %s\n", e.msg);
		return -1;
	}
	close(exe);
	return 0;
}

/* In a child (the "login program", as su runs it: real uid the caller's,
 * effective root): start, inspect, stop. */
static int start_stop_child(void *arg)
{
	(void)arg;
	pid_t init = 0;
	char buf[256];
	CHECK(open("/dev/null", O_RDONLY) >= 0);	/* not CLOEXEC: must still not reach it */
	bool su = !sandbox_in_user_ns();	/* uid 1001 exists only outside one */
	if (su)
		CHECK(setresuid(1001, 0, 0) == 0);
	CHECK(start(false, false, &init) == 0);
	read_field(init, "status", "NSpid:", buf, sizeof(buf));
	const char *last = strrchr(buf, '\t');
	CHECK(last && atoi(last + 1) == 1);
	read_field(init, "comm", "", buf, sizeof(buf));
	CHECK(!strcmp(buf, "pam_ns-init"));
	/* /dev/null on 0-2 and its signalfd, nothing else, once it has moved
	 * the signalfd into the report's slot (just after reporting). */
	int fds = count_fds(init);
	for (int k = 0; k < 100 && fds != 4; k++) {
		usleep(10000);
		fds = count_fds(init);
	}
	CHECK(fds == 4);
	/* Root through and through, whoever opened the session. */
	read_field(init, "status", "Uid:", buf, sizeof(buf));
	CHECK(!strcmp(buf, "Uid:\t0\t0\t0\t0"));
	read_field(init, "status", "Gid:", buf, sizeof(buf));
	CHECK(!strcmp(buf, "Gid:\t0\t0\t0\t0"));
	/* A freshly executed small program: none of its starter's memory. */
	read_field(init, "status", "VmRSS:", buf, sizeof(buf));
	CHECK(buf[0] && atol(buf + 6) <= 300);
	/* The caller of su cannot signal it (from its session, where it is
	 * PID 1: children of this process land in the namespace). */
	int status = 0;
	pid_t kid = su ? fork() : -1;
	if (kid == 0) {
		if (setresuid(1001, 1001, 1001) < 0)
			_exit(2);
		_exit(kill(1, SIGKILL) < 0 && errno == EPERM ? 0 : 1);
	}
	if (su)
		CHECK(waitpid(kid, &status, 0) == kid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
	/* A signal from inside the namespace does not end it. */
	kid = fork();
	if (kid == 0)
		_exit(kill(1, SIGTERM) == 0 ? 0 : 1);
	CHECK(waitpid(kid, &status, 0) == kid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
	usleep(100000);
	CHECK(kill(init, 0) == 0);
	struct pns_err e = { 0 };
	CHECK(pns_init_stop(init, &e) == 0);
	CHECK(kill(init, 0) < 0 && errno == ESRCH);
	/* Stopping what is reaped already touches nothing. */
	CHECK(pns_init_stop(init, &e) == 0);
	return 0;
}

static void start_and_stop(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(0, start_stop_child, NULL), 0);
}

/* The starter dies without stopping it: the session init follows (the
 * test is the subreaper, so it reaps the init and sees how it ended).
 * With `egid`, the starter runs with that effective gid, as sudo may open a
 * session: the init's own switch to gid 0 must not disarm its tie to it
 * (prctl(2): a change of effective ids clears the parent-death signal). */
static void dies_with(gid_t egid)
{
	assert_int_equal(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
	int p[2];
	assert_int_equal(pipe(p), 0);
	fflush(NULL);
	pid_t mid = fork();
	if (mid == 0) {
		pid_t init = 0;
		if (egid && setresgid(0, egid, 0) < 0)
			_exit(2);
		if (start(false, false, &init) < 0)
			_exit(1);
		(void)!write(p[1], &init, sizeof(init));
		_exit(0);
	}
	close(p[1]);
	pid_t init = 0;
	assert_int_equal(read(p[0], &init, sizeof(init)), sizeof(init));
	close(p[0]);
	int status = 0;
	assert_int_equal(waitpid(mid, &status, 0), mid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	/* Bounded: an init that outlives its starter fails the test. */
	pid_t got = 0;
	for (int i = 0; i < 500 && (got = waitpid(init, &status, WNOHANG)) == 0; i++)
		usleep(10000);
	if (got == 0) {
		kill(init, SIGKILL);
		waitpid(init, &status, 0);
		fail_msg("the init (pid %d) outlived its starter (egid %u) by 5 s", (int)init, (unsigned)egid);
	}
	assert_int_equal(got, init);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGKILL);
	prctl(PR_SET_CHILD_SUBREAPER, 0);
}

static void dies_with_its_parent(void **state)
{
	(void)state;
	dies_with(0);
	/* (a user namespace maps gid 0 alone) */
	if (!sandbox_in_user_ns())
		dies_with(4242);
}

/* A set's init outlives its starter, and on SIGUSR1 from outside leaves
 * once it is alone in its namespace, not before. */
static void a_set_init_drains(void **state)
{
	(void)state;
	assert_int_equal(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
	int p[2];
	assert_int_equal(pipe(p), 0);
	fflush(NULL);
	pid_t mid = fork();
	if (mid == 0) {
		pid_t init = 0, inside = 0;
		if (start(true, false, &init) < 0)
			_exit(1);
		inside = fork();	/* lands in the set's namespace */
		if (inside == 0) {
			pause();
			_exit(0);
		}
		pid_t both[2] = { init, inside };
		(void)!write(p[1], both, sizeof(both));
		_exit(0);
	}
	close(p[1]);
	pid_t both[2];
	assert_int_equal(read(p[0], both, sizeof(both)), sizeof(both));
	close(p[0]);
	assert_int_equal(waitpid(mid, NULL, 0), mid);
	usleep(100000);
	assert_int_equal(kill(both[0], 0), 0);	/* outlived its starter */
	assert_int_equal(kill(both[0], SIGUSR1), 0);
	usleep(1500000);			/* it looks once a second */
	assert_int_equal(kill(both[0], 0), 0);	/* not alone yet */
	/* Killed and reaped (the test is its subreaper: a zombie is still a
	 * process of the namespace until its parent reaps it). */
	assert_int_equal(kill(both[1], SIGKILL), 0);
	assert_int_equal(waitpid(both[1], NULL, 0), both[1]);
	int status = 0;
	assert_int_equal(waitpid(both[0], &status, 0), both[0]);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	prctl(PR_SET_CHILD_SUBREAPER, 0);
}

/* --proc: the init mounts a proc of its namespace before it reports. */
static int proc_child(void *arg)
{
	(void)arg;
	pid_t init = 0;
	CHECK(start(false, true, &init) == 0);
	/* /proc now belongs to the new namespace: the init is 1 there and
	 * this process is not visible in it. */
	char self[32];
	snprintf(self, sizeof(self), "/proc/%d", (int)getpid());
	CHECK(access("/proc/1", F_OK) == 0 && access(self, F_OK) < 0);
	struct pns_err e = { 0 };
	return pns_init_stop(init, &e) == 0 ? 0 : 1;
}

static void mounts_proc(void **state)
{
	(void)state;
	assert_int_equal(sandbox_in_child(CLONE_NEWNS, proc_child, NULL), 0);
}

int main(void)
{
	init_path = sandbox_init_path();
	if (enter_pid1_sandbox() < 0) {
		fprintf(stderr, "test_init: cannot make private namespaces\n");
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(start_and_stop),
		cmocka_unit_test(dies_with_its_parent),
		cmocka_unit_test(a_set_init_drains),
		cmocka_unit_test(mounts_proc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
