/* The session's pid-namespace init, declared in pidinit.h.
 *
 * After unshare(CLONE_NEWPID) the caller stays where it is and its next
 * child becomes PID 1 of the new namespace.  If that child were the user's
 * shell, the namespace would die with it and every later fork (pam_exec,
 * the login program's own children) would fail with ENOMEM.  So PID 1 is
 * this small init, forked here, which lives as long as the session. */
#include "session/pidinit.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "session/setup.h"
#include "store/store.h"

/* Generous bounds: they only matter when something is badly wrong. */
#define PNS_INIT_READY_MS 10000
#define PNS_INIT_STOP_MS 5000

static void write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		p += n;
		len -= (size_t)n;
	}
}

/* The init itself.  Never returns. */
__attribute__((noreturn)) static void init_main(bool mount_proc, int parent_fd, int report_fd)
{
	/* The login program's handlers and mask mean nothing here. */
	pns_reset_signal_handlers();
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGINT);
	sigprocmask(SIG_SETMASK, &set, NULL);

	/* Die with the process that opened the session.  The death signal is
	 * only armed from now on: if the parent already exited, the write
	 * end of the lifeline it holds until we report is closed, and we
	 * leave by ourselves.  (getppid() cannot tell: PID 1 of a new pid
	 * namespace always sees 0.) */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0)
		_exit(1);
	struct pollfd pfd = { .fd = parent_fd, .events = POLLIN };
	if (poll(&pfd, 1, 0) != 0)
		_exit(1);

	/* A copy of the login program (perhaps sshd's monitor): drop every
	 * socket and file it had, and keep no directory busy.  The report
	 * pipe goes last, so its EOF tells the caller this is done. */
	close(parent_fd);
	pns_close_fds_except(report_fd);
	/* Out of the login program's session and process group: a ^C or a
	 * hangup on its terminal must not end the namespace under a
	 * running session (it ends with close_session). */
	setsid();
	if (chdir("/") < 0) {
		/* Not fatal: it only keeps a directory busy. */
	}
	prctl(PR_SET_NAME, PNS_SESSION_INIT_NAME, 0, 0, 0);

	int err = 0;
	if (mount_proc && pns_setup_proc(NULL) < 0)
		err = errno ? errno : EIO;
	write_all(report_fd, &err, sizeof(err));
	close(report_fd);
	if (err)
		_exit(1);

	for (;;) {
		siginfo_t info;
		int sig = sigwaitinfo(&set, &info);
		if (sig < 0)
			continue;
		if (sig == SIGCHLD) {
			while (waitpid(-1, NULL, WNOHANG) > 0)
				;
			continue;
		}
		/* Only kill() from outside the namespace (si_pid 0: the sender
		 * is not visible here) ends the session: close_session does
		 * that.  The session's own processes, even root in it, cannot
		 * end it with kill, sigqueue or tgkill (other si_code). */
		if (info.si_code == SI_USER && info.si_pid == 0)
			_exit(0);
	}
}

static int wait_report(int fd, pid_t pid, struct pns_err *e)
{
	struct timespec start;
	clock_gettime(CLOCK_MONOTONIC, &start);
	int err = 0;
	size_t got = 0;
	for (;;) {
		struct timespec now;
		clock_gettime(CLOCK_MONOTONIC, &now);
		long left = PNS_INIT_READY_MS - ((now.tv_sec - start.tv_sec) * 1000 +
						 (now.tv_nsec - start.tv_nsec) / 1000000);
		if (left <= 0)
			return pns_fail(e, ETIMEDOUT, "the pid namespace init (pid %d) did not start", (int)pid);
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		int n = poll(&pfd, 1, (int)left);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return pns_fail(e, errno, "cannot wait for the pid namespace init");
		if (n == 0)
			continue;
		char buf[16];
		ssize_t r = read(fd, buf, sizeof(buf));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return pns_fail(e, errno, "cannot read from the pid namespace init");
		/* The status, then EOF: the init has closed every fd it
		 * inherited, the report pipe last. */
		if (r == 0 && got == sizeof(err))
			break;
		if (r == 0)
			return pns_fail(e, 0, "the pid namespace init (pid %d) exited while starting", (int)pid);
		if (got + (size_t)r > sizeof(err))
			return pns_fail(e, EPROTO, "the pid namespace init (pid %d) said too much", (int)pid);
		memcpy((char *)&err + got, buf, (size_t)r);
		got += (size_t)r;
	}
	if (err)
		return pns_fail(e, err, "the pid namespace init cannot mount a fresh proc on /proc");
	return 0;
}

int pns_pidinit_start(bool mount_proc, pid_t *pid, struct pns_err *e)
{
	int pipefd[2], lifeline[2];
	if (pipe2(pipefd, O_CLOEXEC) < 0)
		return pns_fail(e, errno, "cannot make a pipe for the pid namespace init");
	if (pipe2(lifeline, O_CLOEXEC) < 0) {
		int err = errno;
		close(pipefd[0]), close(pipefd[1]);
		return pns_fail(e, err, "cannot make a pipe for the pid namespace init");
	}
	pid_t child = fork();
	if (child < 0) {
		int err = errno;
		close(pipefd[0]), close(pipefd[1]), close(lifeline[0]), close(lifeline[1]);
		return pns_fail(e, err, "cannot fork the pid namespace init");
	}
	if (child == 0) {
		close(pipefd[0]);
		close(lifeline[1]);
		init_main(mount_proc, lifeline[0], pipefd[1]);
	}
	close(pipefd[1]);
	close(lifeline[0]);
	int rc = wait_report(pipefd[0], child, e);
	close(pipefd[0]);
	/* Held until the init reported: it checked us alive before that. */
	close(lifeline[1]);
	if (rc < 0) {
		kill(child, SIGKILL);
		while (waitpid(child, NULL, 0) < 0 && errno == EINTR)
			;
		return -1;
	}
	*pid = child;
	return 0;
}

/* Whether a child of ours other than the init has exited and is waiting
 * to be reaped (left in place: it is the login program's to reap). */
static bool other_zombie_child(pid_t init)
{
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	if (waitid(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT) < 0)
		return false;
	return si.si_pid != 0 && si.si_pid != init;
}

/* Wait up to ms for the init to exit and reap it.  1: reaped (or reaped
 * by someone else), 0: still there, 2: it is exiting but cannot finish
 * before the login program reaps a child of its own (see below). */
static int reap_within(pid_t pid, int ms)
{
	/* Short steps first: a healthy init is gone within a millisecond or
	 * two, and every login pays this wait at logout. */
	for (int waited = 0, step = 1;; waited += step, step = step < 10 ? step * 2 : 10) {
		pid_t r = waitpid(pid, NULL, WNOHANG);
		if (r < 0 && errno == EINTR)
			continue;
		/* ECHILD: reaped by the caller's own SIGCHLD handling, or
		 * SIGCHLD is ignored there; either way it is gone. */
		if (r != 0)
			return 1;
		/* A dying init waits until every process of its namespace is
		 * reaped.  A child the login program forked after the session
		 * opened is inside, and only the login program may reap it
		 * (sshd's monitor closes the session before it reaps its
		 * child): the namespace is already killed, the init finishes
		 * as soon as that happens, so do not wait for it here. */
		if (waited >= 20 && other_zombie_child(pid))
			return 2;
		if (waited >= ms)
			return 0;
		struct timespec ts = { 0, step * 1000000L };
		nanosleep(&ts, NULL);
	}
}

int pns_pidinit_stop(pid_t pid, struct pns_err *e)
{
	if (pid <= 0)
		return 0;
	/* Signal only a child of ours that is not reaped yet (alive or a
	 * zombie holds its pid).  If the login program reaped it already,
	 * the number may belong to an unrelated process by now. */
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) < 0 && errno == ECHILD)
		return 0;
	if (kill(pid, SIGTERM) < 0 && errno != ESRCH)
		return pns_fail(e, errno, "cannot stop the pid namespace init (pid %d)", (int)pid);
	if (reap_within(pid, PNS_INIT_STOP_MS))
		return 0;
	if (kill(pid, SIGKILL) < 0 && errno != ESRCH)
		return pns_fail(e, errno, "cannot kill the pid namespace init (pid %d)", (int)pid);
	if (reap_within(pid, PNS_INIT_STOP_MS))
		return 0;
	return pns_fail(e, ETIMEDOUT, "the pid namespace init (pid %d) did not exit: is a child of "
			"the login program inside the namespace still unreaped?", (int)pid);
}
