/*
 * The persistent init of a pid set.  Without it the first login that joins
 * the set's pid namespace would become its PID 1, and the namespace would
 * die (killing everyone inside) when that login ends.
 */
#include "store/store.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "session/setup.h"

static void nothing(int sig)
{
	(void)sig;
}

/* PID 1 of the set's pid namespace: reap, and wait to be told to go. */
__attribute__((noreturn)) static void setinit_loop(void)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGTERM);
	bool draining = false;
	for (;;) {
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		/* kill(-1, 0) from PID 1 reaches every other process of the
		 * namespace (children or not, e.g. joined through setns):
		 * ESRCH means nobody is left and leaving kills nothing. */
		if (draining && kill(-1, 0) < 0 && errno == ESRCH)
			_exit(0);
		/* Joined processes are not our children: their exit sends no
		 * SIGCHLD here, so a draining init polls. */
		struct timespec tick = { .tv_sec = 1 };
		int sig = sigtimedwait(&set, NULL, draining ? &tick : NULL);
		if (sig == SIGUSR1)
			draining = true;
		else if (sig == SIGTERM)
			_exit(0);
	}
}

int pns_setinit_start(bool mount_proc, pid_t *pid, struct pns_err *e)
{
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) < 0)
		return pns_fail(e, errno, "pipe");
	/* Handlers (not SIG_DFL) and a blocked mask before the fork: the
	 * kernel drops default-action signals sent to a namespace's init. */
	struct sigaction sa = { .sa_handler = nothing };
	sigemptyset(&sa.sa_mask);
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	sigaddset(&block, SIGUSR1);
	sigaddset(&block, SIGTERM);
	sigprocmask(SIG_BLOCK, &block, &old);
	pid_t child = fork();
	if (child < 0) {
		int saved = errno;
		sigprocmask(SIG_SETMASK, &old, NULL);
		close(fds[0]);
		close(fds[1]);
		return pns_fail(e, saved, "fork of the pid namespace's init");
	}
	if (child == 0) {
		struct pns_err ie = { 0 };
		close(fds[0]);
		sigaction(SIGCHLD, &sa, NULL);
		sigaction(SIGUSR1, &sa, NULL);
		sigaction(SIGTERM, &sa, NULL);
		signal(SIGINT, SIG_IGN);
		signal(SIGHUP, SIG_IGN);
		signal(SIGPIPE, SIG_IGN);
		prctl(PR_SET_NAME, PNS_SETINIT_NAME, 0, 0, 0);
		setsid();
		if (chdir("/") < 0)
			ie.errnum = errno;
		/* Only a process inside the new pid namespace can mount its proc. */
		int ok = !mount_proc || pns_setup_proc(&ie) == 0;
		if (write(fds[1], &ie, sizeof(ie)) != (ssize_t)sizeof(ie) || !ok)
			_exit(1);
		/* Nothing of the creator's stays open: not its lock, not its pipes. */
		pns_close_fds_except(-1);
		setinit_loop();
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	close(fds[1]);
	struct pns_err ie;
	ssize_t n;
	do
		n = read(fds[0], &ie, sizeof(ie));
	while (n < 0 && errno == EINTR);
	close(fds[0]);
	if (n != (ssize_t)sizeof(ie) || (mount_proc && ie.msg[0])) {
		if (n == (ssize_t)sizeof(ie))
			*e = ie;
		else
			pns_fail(e, 0, "the pid namespace's init died while starting");
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
		return -1;
	}
	*pid = child;
	return 0;
}

/* The innermost pid of /proc/<pid>/status NSpid, or -1. */
static long innermost_pid(const char *pid)
{
	char path[PATH_MAX];
	snprintf(path, sizeof(path), "/proc/%s/status", pid);
	cleanup_fclose FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	char line[256];
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "NSpid:", 6))
			continue;
		char *last = strrchr(line, '\t');
		if (!last)
			last = strrchr(line, ' ');
		return last ? strtol(last + 1, NULL, 10) : -1;
	}
	return -1;
}

int pns_setinit_drain(dev_t dev, ino_t ino)
{
	DIR *d = opendir("/proc");
	if (!d)
		return 0;
	int found = 0;
	struct dirent *de;
	while ((de = readdir(d)) && !found) {
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		char path[PATH_MAX];
		struct stat st;
		snprintf(path, sizeof(path), "/proc/%s/ns/pid", de->d_name);
		if (stat(path, &st) < 0 || st.st_dev != dev || st.st_ino != ino)
			continue;
		if (innermost_pid(de->d_name) == 1 && kill((pid_t)atoi(de->d_name), SIGUSR1) == 0)
			found = 1;
	}
	closedir(d);
	return found;
}
