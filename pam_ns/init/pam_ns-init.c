/*
 * pam_ns-init: PID 1 of a pid namespace that pam_ns made, for a session
 * (`pam_ns-init session`) or for a pid set (`pam_ns-init set`); and the
 * keeper of a session's /etc/netns view where the session has no pid
 * namespace of its own (`pam_ns-init keeper`, an ordinary process).
 *
 * Started by pns_init_start (common/child.h) as the first child after
 * unshare(CLONE_NEWPID): freshly executed, so it holds nothing of the
 * program that started it (no memory of sshd's monitor, no fd, no
 * environment), with real, effective and saved uid and gid 0, no
 * supplementary groups, in a session of its own.  It is linked statically
 * against a small libc, so a session pays a few dozen kB for it.
 *
 * Protocol (the same for every kind):
 *   fd 3      the report pipe: the init writes two ints, 0 or an errno and
 *             the stage that failed (common/init_protocol.h), and closes
 *             it.
 *   --proc    mount a fresh proc on /proc first: only a process inside
 *             the new pid namespace can, and this is the one that is.
 *   --view    (keeper: always) keep the /etc/netns view of its mount
 *             namespace: fd 4 is /etc/netns/NAME, fd 5 is /etc, both
 *             opened and checked by the starter, so no path is walked
 *             here.  Before it reports it binds what is missing; then,
 *             whenever the mount table of its namespace changes (poll on
 *             /proc/self/mountinfo: the kernel detached the bind under a
 *             file the host renamed over or removed) or a file appears in
 *             /etc (inotify: the host removed the file, then made a new
 *             one), it binds again every entry whose /etc file is not the
 *             netns one (common/view.h).  It never unmounts, so two
 *             keepers of one namespace (sessions joining one set) cannot
 *             undo each other: racing, both bind the same file, one over
 *             the other, and the next detach takes both.
 *   signals   PID 1: only those sent from outside the namespace count
 *             (si_pid 0: the sender is not visible here), so nobody
 *             inside, not even root, can end it.  A keeper is root with a
 *             session of its own, which the user cannot signal:
 *               SIGTERM, SIGHUP, SIGINT  exit now (the kernel then kills
 *                                        every process left inside);
 *               SIGUSR1 (set)            exit once it is alone, so a deleted
 *                                        set lets its processes finish.
 *   session, keeper
 *             also die with the process that started them: the starter
 *             arms PR_SET_PDEATHSIG before the exec (kept across it).
 * PID 1 reaps every orphan the namespace hands it.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/mount.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/init_protocol.h"
#include "common/view.h"

static void report(int err, int stage)
{
	int r[2] = { err, stage };
	ssize_t n;
	do
		n = write(PNS_INIT_REPORT_FD, r, sizeof(r));
	while (n < 0 && errno == EINTR);
	close(PNS_INIT_REPORT_FD);
}

/* The two things that tell the view may be gone: the mount table of this
 * namespace changed, or a file appeared in /etc.  Opened before the first
 * bind, so that nothing the host does after it goes unseen. */
static int view_watch(int *mountinfo, int *inotify)
{
	char etc[32];
	*mountinfo = open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
	*inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	snprintf(etc, sizeof(etc), "/proc/self/fd/%d", PNS_INIT_ETC_FD);
	if (*mountinfo < 0 || *inotify < 0 ||
	    inotify_add_watch(*inotify, etc, IN_CREATE | IN_MOVED_TO | IN_ONLYDIR) < 0)
		return -1;
	return 0;
}

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int main(int argc, char **argv)
{
	int set = 0, keeper = 0, proc = 0, view = 0;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "set"))
			set = 1;
		else if (!strcmp(argv[i], "keeper"))
			keeper = view = 1;
		else if (!strcmp(argv[i], "--proc"))
			proc = 1;
		else if (!strcmp(argv[i], "--view"))
			view = 1;
		else if (strcmp(argv[i], "session"))
			return 2;
	}
	/* PID 1 of a fresh pid namespace, or a keeper, which is not. */
	if (keeper ? getpid() == 1 || proc || set : getpid() != 1)
		return 2;

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
	int sfd = signalfd(-1, &wanted, SFD_NONBLOCK | SFD_CLOEXEC);
	if (sfd < 0) {
		report(errno, PNS_INIT_STAGE_SIGNALS);
		return 1;
	}
	if (proc && mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0) {
		report(errno, PNS_INIT_STAGE_PROC);
		return 1;
	}
	int mountinfo = -1, inotify = -1;
	char failed[NAME_MAX + 1];
	if (view && view_watch(&mountinfo, &inotify) < 0) {
		report(errno, PNS_INIT_STAGE_WATCH);
		return 1;
	}
	if (view && pns_view_apply(PNS_INIT_VIEW_FD, PNS_INIT_ETC_FD, failed, sizeof(failed)) < 0) {
		report(errno, PNS_INIT_STAGE_BIND);
		return 1;
	}
	report(0, 0);
	/* Into the report's slot: fds 0-3 are all an init without a view
	 * holds (0-2 on /dev/null, 3 its signals). */
	if (dup3(sfd, PNS_INIT_REPORT_FD, O_CLOEXEC) == PNS_INIT_REPORT_FD) {
		close(sfd);
		sfd = PNS_INIT_REPORT_FD;
	}

	int draining = 0;
	/* A bind that the kernel took but that does not show would wake us
	 * with its own mount event for ever: at most this many binding
	 * rounds a second, then the next second's. */
	long long window = 0;
	int rounds = 0;
	for (;;) {
		while (!keeper && waitpid(-1, NULL, WNOHANG) > 0)
			;
		/* kill(-1, 0) from PID 1 reaches every other process of the
		 * namespace, children or not (joined through setns): ESRCH
		 * means nobody is left and leaving kills nothing. */
		if (draining && kill(-1, 0) < 0 && errno == ESRCH)
			return 0;
		int throttled = view && rounds >= 256 && now_ms() < window + 1000;
		struct pollfd p[3] = {
			{ .fd = sfd, .events = POLLIN },
			{ .fd = throttled ? -1 : mountinfo, .events = POLLPRI },
			{ .fd = throttled ? -1 : inotify, .events = POLLIN },
		};
		/* Joined processes are not our children: their exit sends no
		 * SIGCHLD here, so a draining init looks once a second. */
		int n = poll(p, view ? 3 : 1, draining || throttled ? 1000 : -1);
		if (n < 0 && errno != EINTR)
			return 1;
		if (view && !throttled && (p[1].revents || p[2].revents)) {
			char buf[4096];
			while (read(inotify, buf, sizeof(buf)) > 0)
				;
			if (now_ms() >= window + 1000)
				window = now_ms(), rounds = 0;
			rounds++;
			/* Best effort: an entry that cannot be bound now is
			 * tried again at the next change. */
			pns_view_apply(PNS_INIT_VIEW_FD, PNS_INIT_ETC_FD, failed, sizeof(failed));
		}
		struct signalfd_siginfo si;
		while (read(sfd, &si, sizeof(si)) == (ssize_t)sizeof(si)) {
			if (si.ssi_signo == SIGCHLD)
				continue;
			if (si.ssi_code != SI_USER || (!keeper && si.ssi_pid != 0))
				continue;	/* from inside: not ours to obey */
			if (si.ssi_signo == SIGUSR1 && set)
				draining = 1;
			else if (si.ssi_signo != SIGUSR1)
				return 0;
		}
	}
}
