/*
 * pam_ns-init: PID 1 of a pid namespace that pam_ns made, for a session
 * (`pam_ns-init session`) or for a pid set (`pam_ns-init set`).
 *
 * Started by pns_init_start (common/child.h) as the first child after
 * unshare(CLONE_NEWPID): freshly executed, so it holds nothing of the
 * program that started it (no memory of sshd's monitor, no fd, no
 * environment), with real, effective and saved uid and gid 0, no
 * supplementary groups, in a session of its own.  It is linked statically
 * against a small libc, so a session pays a few dozen kB for it.
 *
 * Protocol (the same for both kinds):
 *   fd 3      the report pipe: the init writes one int, 0 or an errno (of
 *             mounting /proc with --proc), and closes it.
 *   --proc    mount a fresh proc on /proc first: only a process inside
 *             the new pid namespace can, and this is the one that is.
 *   signals   only those sent from outside the namespace count (si_pid 0:
 *             the sender is not visible here), so nobody inside, not even
 *             root, can end it:
 *               SIGTERM, SIGHUP, SIGINT  exit now (the kernel then kills
 *                                        every process left inside);
 *               SIGUSR1 (set)            exit once it is alone, so a deleted
 *                                        set lets its processes finish.
 *   session   also dies with the process that started it: the starter arms
 *             PR_SET_PDEATHSIG before the exec (kept across it).
 * It reaps every orphan the namespace hands it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define REPORT_FD 3

static void report(int err)
{
	ssize_t n;
	do
		n = write(REPORT_FD, &err, sizeof(err));
	while (n < 0 && errno == EINTR);
	close(REPORT_FD);
}

int main(int argc, char **argv)
{
	int set = 0, proc = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "set"))
			set = 1;
		else if (!strcmp(argv[i], "--proc"))
			proc = 1;
		else if (strcmp(argv[i], "session"))
			return 2;
	}
	if (getpid() != 1)
		return 2;	/* only ever PID 1 of a fresh pid namespace */

	sigset_t wanted;
	sigemptyset(&wanted);
	sigaddset(&wanted, SIGCHLD);
	sigaddset(&wanted, SIGTERM);
	sigaddset(&wanted, SIGHUP);
	sigaddset(&wanted, SIGINT);
	sigaddset(&wanted, SIGUSR1);
	sigprocmask(SIG_SETMASK, &wanted, NULL);
	if (chdir("/") < 0) {
		/* Not fatal: it only keeps a directory busy. */
	}

	int err = 0;
	if (proc && mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		err = errno;
	report(err);
	if (err)
		return 1;

	int draining = 0;
	for (;;) {
		while (waitpid(-1, NULL, WNOHANG) > 0)
			;
		/* kill(-1, 0) from PID 1 reaches every other process of the
		 * namespace, children or not (joined through setns): ESRCH
		 * means nobody is left and leaving kills nothing. */
		if (draining && kill(-1, 0) < 0 && errno == ESRCH)
			return 0;
		/* Joined processes are not our children: their exit sends no
		 * SIGCHLD here, so a draining init looks once a second. */
		struct timespec tick = { .tv_sec = 1 };
		siginfo_t info;
		int sig = sigtimedwait(&wanted, &info, draining ? &tick : NULL);
		if (sig <= 0 || sig == SIGCHLD)
			continue;
		if (info.si_code != SI_USER || info.si_pid != 0)
			continue;	/* from inside: not ours to obey */
		if (sig == SIGUSR1 && set)
			draining = 1;
		else if (sig != SIGUSR1)
			return 0;
	}
}
