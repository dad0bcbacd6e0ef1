/* The session's pid-namespace init (pidinit.c): PID 1, named, holds no
 * fd, stops on request, and dies with the process that started it. */
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

#include "inline_policy.h"
#include "session/pidinit.h"

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
			size_t n = strlen(line) < size - 1 ? strlen(line) : size - 1;
			memcpy(buf, line, n);
			buf[n] = '\0';
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

/* In a child (the "login program"): unshare, start, inspect, stop. */
static int start_stop_child(void)
{
	struct pns_err e = { 0 };
	pid_t init = 0;
	char buf[128];
	int keep = open("/dev/null", O_RDONLY);	/* not CLOEXEC: must still not leak */
	if (keep < 0 || unshare(CLONE_NEWPID) < 0)
		return 10;
	if (pns_pidinit_start(false, &init, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 11;
	}
	read_field(init, "status", "NSpid:", buf, sizeof(buf));
	const char *last = strrchr(buf, '\t');
	if (!last || atoi(last + 1) != 1)
		return 12;
	read_field(init, "comm", "", buf, sizeof(buf));
	if (strcmp(buf, "pam_ns-init"))
		return 13;
	if (count_fds(init) != 0)
		return 14;
	/* A later fork lands in the namespace, not as PID 1. */
	int p[2];
	if (pipe(p) < 0)
		return 15;
	pid_t kid = fork();
	if (kid == 0) {
		pid_t me = getpid();
		(void)!write(p[1], &me, sizeof(me));
		_exit(0);
	}
	pid_t inner = 0;
	if (read(p[0], &inner, sizeof(inner)) != sizeof(inner) || inner < 2)
		return 16;
	waitpid(kid, NULL, 0);
	if (pns_pidinit_stop(init, &e) < 0)
		return 17;
	if (kill(init, 0) == 0 || errno != ESRCH)
		return 18;
	return 0;
}

static void start_and_stop(void **state)
{
	(void)state;
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0)
		_exit(start_stop_child());
	int status = 0;
	waitpid(pid, &status, 0);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* The starter dies without stopping it: the init follows (the test is
 * the subreaper, so it reaps the init and sees how it ended). */
static void dies_with_its_parent(void **state)
{
	(void)state;
	assert_int_equal(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
	int p[2];
	assert_int_equal(pipe(p), 0);
	fflush(NULL);
	pid_t mid = fork();
	if (mid == 0) {
		struct pns_err e = { 0 };
		pid_t init = 0;
		if (unshare(CLONE_NEWPID) < 0 || pns_pidinit_start(false, &init, &e) < 0)
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
	assert_int_equal(waitpid(init, &status, 0), init);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGKILL);
	prctl(PR_SET_CHILD_SUBREAPER, 0);
}

/* mount_proc: the init mounts a proc of its namespace before returning. */
static int proc_child(void)
{
	struct pns_err e = { 0 };
	pid_t init = 0;
	if (unshare(CLONE_NEWPID | CLONE_NEWNS) < 0)
		return 10;
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return 11;
	if (pns_pidinit_start(true, &init, &e) < 0) {
		fprintf(stderr, "%s\n", e.msg);
		return 12;
	}
	/* /proc now belongs to the new namespace: the init is 1 there and
	 * this process is not visible in it. */
	int init_there = access("/proc/1", F_OK) == 0;
	char self[32];
	snprintf(self, sizeof(self), "/proc/%d", (int)getpid());
	int me_hidden = access(self, F_OK) < 0;
	pns_pidinit_stop(init, &e);
	return init_there && me_hidden ? 0 : 13;
}

static void mounts_proc(void **state)
{
	(void)state;
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0)
		_exit(proc_child());
	int status = 0;
	waitpid(pid, &status, 0);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

int main(void)
{
	if (enter_private_namespaces() < 0) {
		fprintf(stderr, "test_pidinit: cannot make private namespaces\n");
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(start_and_stop),
		cmocka_unit_test(dies_with_its_parent),
		cmocka_unit_test(mounts_proc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
