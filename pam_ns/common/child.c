/* The prepare-report-release child of child.h. */
#include "common/child.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/close_range.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "common/init_protocol.h"
#include "common/path.h"

struct report {
	int ok;
	struct pns_err err;
};

static ssize_t read_retry(int fd, void *buf, size_t len)
{
	ssize_t n;
	do
		n = read(fd, buf, len);
	while (n < 0 && errno == EINTR);
	return n;
}

/* Wait at most ms for fd to become readable (or reach EOF).  1: ready,
 * 0: timed out, -1: error. */
static int ready_within(int fd, int ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	int n;
	do
		n = poll(&p, 1, ms);
	while (n < 0 && errno == EINTR);
	return n > 0 ? 1 : n;
}

/* A child's report on fd: len bytes read within ms.  The read's result
 * (0 at EOF), or -1 with *timed_out set when nothing came in time. */
static ssize_t read_report(int fd, void *buf, size_t len, int ms, bool *timed_out)
{
	int ready = ready_within(fd, ms);
	*timed_out = ready == 0;
	return ready > 0 ? read_retry(fd, buf, len) : -1;
}

__attribute__((noreturn)) static void child_main(int report_fd, int go_fd,
						 int (*fn)(void *, struct pns_err *),
						 void (*undo)(void *), void *arg)
{
	struct report r = { .ok = 1 };
	pns_reset_signal_handlers();
	/* A parent that died makes the report's write fail (EPIPE), which
	 * must lead to undo(), not kill us before it. */
	signal(SIGPIPE, SIG_IGN);
	if (fn(arg, &r.err) < 0)
		r.ok = 0;
	if (write(report_fd, &r, sizeof(r)) != (ssize_t)sizeof(r) || !r.ok) {
		if (r.ok && undo)
			undo(arg);
		_exit(1);
	}
	/* EOF without the go byte: the parent gave up or died. */
	char go = 0;
	if (read_retry(go_fd, &go, 1) != 1 || go != 'k') {
		if (undo)
			undo(arg);
		_exit(1);
	}
	_exit(0);
}

static int reap(pid_t pid)
{
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

int pns_child_start(struct pns_child *c, int (*fn)(void *arg, struct pns_err *e),
		    void (*undo)(void *arg), void *arg, struct pns_err *e)
{
	int report[2], go[2];
	c->pid = -1;
	c->report_fd = c->go_fd = -1;
	if (pipe2(report, O_CLOEXEC) < 0)
		return pns_fail(e, errno, "pipe");
	if (pipe2(go, O_CLOEXEC) < 0) {
		int saved = errno;
		close(report[0]), close(report[1]);
		return pns_fail(e, saved, "pipe");
	}
	c->pid = fork();
	if (c->pid < 0) {
		int saved = errno;
		close(report[0]), close(report[1]), close(go[0]), close(go[1]);
		return pns_fail(e, saved, "fork");
	}
	if (c->pid == 0) {
		close(report[0]);
		close(go[1]);
		child_main(report[1], go[0], fn, undo, arg);
	}
	close(report[1]);
	close(go[0]);
	c->report_fd = report[0];
	c->go_fd = go[1];

	struct report r;
	bool timed_out;
	ssize_t n = read_report(c->report_fd, &r, sizeof(r), PNS_CHILD_REPORT_MS, &timed_out);
	if (n == (ssize_t)sizeof(r) && r.ok)
		return 0;
	if (n == (ssize_t)sizeof(r))
		*e = r.err;
	else if (timed_out)
		pns_fail(e, ETIMEDOUT, "the child process (pid %d) did not report within %d ms",
			 (int)c->pid, PNS_CHILD_REPORT_MS);
	else
		pns_fail(e, 0, "the child process (pid %d) died before it reported", (int)c->pid);
	if (timed_out)
		kill(c->pid, SIGKILL);
	pns_child_release(c, false, NULL);
	return -1;
}

int pns_child_release(struct pns_child *c, bool ok, struct pns_err *e)
{
	if (c->pid <= 0)
		return -1;
	int rc = 0;
	if (ok && write(c->go_fd, "k", 1) != 1)
		rc = pns_fail(e, errno, "cannot release the child process (pid %d)", (int)c->pid);
	close(c->go_fd);	/* without the go byte the child undoes */
	close(c->report_fd);
	c->go_fd = c->report_fd = -1;
	if (reap(c->pid) < 0 && rc == 0 && ok)
		rc = pns_fail(e, 0, "the child process (pid %d) failed", (int)c->pid);
	c->pid = -1;
	return ok ? rc : -1;
}

/* ---- executing programs ---------------------------------------------------- */

int pns_exe_open(const char *path, struct pns_err *e)
{
	if (!path || path[0] != '/')
		return pns_fail(e, EINVAL, "a program root runs needs an absolute path: %s",
				PNS_ESC(path ? path : ""));
	cleanup_close int fd = pns_path_open(path, PNS_PATH_TRUSTED, 0, e);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) < 0)
		return pns_fail(e, errno, "cannot stat %s", PNS_ESC(path));
	if (!S_ISREG(st.st_mode))
		return pns_fail(e, 0, "%s is not a regular file: refusing to run it", PNS_ESC(path));
	if (!(st.st_mode & S_IXUSR))
		return pns_fail(e, EACCES, "cannot run %s", PNS_ESC(path));
	return pns_steal_fd(&fd);
}

/* Move fd above every fd the child sets (0-3 and the PNS_EXEC_MAX_FDS
 * passed from 4 on), so that setting them clobbers none of ours (a login
 * program may run with 0-2 closed). */
#define HIGH_FD 32
_Static_assert(4 + PNS_EXEC_MAX_FDS <= HIGH_FD, "passed fds must stay below HIGH_FD");
static int high(int fd)
{
	return fd < 0 || fd >= HIGH_FD ? fd : fcntl(fd, F_DUPFD_CLOEXEC, HIGH_FD);
}

/* Whether setgroups(2) is denied to this user namespace (user_namespaces(7)):
 * then no process in it can have or drop supplementary groups. */
static bool setgroups_denied(void)
{
	char buf[8] = "";
	int fd = open("/proc/self/setgroups", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);
	if (fd >= 0)
		close(fd);
	return n >= 4 && !strncmp(buf, "deny", 4);
}

/* What a program root starts gets of the system's, not of its caller's:
 * the resource limits, nice value and CPUs of /proc/1 (a service's), read
 * before the fork.  A user could otherwise start su with `ulimit -f 0`,
 * `nice 19` or one CPU and have the helper, a set's hook or an init run
 * (and fail, or crawl) under them. */
struct sys_defaults {
	struct rlimit lim[RLIM_NLIMITS];
	bool have_lim[RLIM_NLIMITS];
	int nice;
	bool have_nice;
	cpu_set_t cpus;
	bool have_cpus;
};

static void sys_defaults_read(struct sys_defaults *d)
{
	memset(d, 0, sizeof(*d));
	for (int r = 0; r < RLIM_NLIMITS; r++)
		d->have_lim[r] = prlimit(1, (__rlimit_resource_t)r, NULL, &d->lim[r]) == 0;
	errno = 0;
	d->nice = getpriority(PRIO_PROCESS, 1);
	d->have_nice = errno == 0;
	d->have_cpus = sched_getaffinity(1, sizeof(d->cpus), &d->cpus) == 0;
}

/* In the child, as root: the system's limits, nice value and CPUs, the
 * normal scheduling policy, the default I/O priority and OOM score
 * adjustment.  Each as far as the kernel lets root (in a user namespace
 * some limits cannot be raised): best effort, never a reason to fail. */
static void sys_defaults_apply(const struct sys_defaults *d)
{
	for (int r = 0; r < RLIM_NLIMITS; r++)
		if (d->have_lim[r])
			setrlimit((__rlimit_resource_t)r, &d->lim[r]);
	struct sched_param sp = { .sched_priority = 0 };
	sched_setscheduler(0, SCHED_OTHER, &sp);
	if (d->have_nice)
		setpriority(PRIO_PROCESS, 0, d->nice);
	if (d->have_cpus)
		sched_setaffinity(0, sizeof(d->cpus), &d->cpus);
	syscall(SYS_ioprio_set, 1 /* IOPRIO_WHO_PROCESS */, 0, 0 /* the default class */);
	int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
	if (fd >= 0) {
		if (write(fd, "0", 1) < 0) {
			/* best effort */
		}
		close(fd);
	}
}

/* Between fork and exec: async-signal-safe calls only.  Any failure is
 * written to errfd as an int and ends the child. */
__attribute__((noreturn)) static void exec_child(const struct pns_exec *x, char *const *envp,
						 const struct sys_defaults *sys, int errfd, int lifeline,
						 int null)
{
	int err = 0;
	int exe = high(x->exe), out = high(x->out_fd), rep = high(x->report_fd);
	int pass[PNS_EXEC_MAX_FDS];
	errfd = high(errfd);
	null = high(null);
	if (exe < 0 || errfd < 0 || null < 0 || (x->out_fd >= 0 && out < 0) ||
	    (x->report_fd >= 0 && rep < 0))
		_exit(126);
	for (int i = 0; i < x->nfds; i++)
		if ((pass[i] = high(x->fds[i])) < 0)
			_exit(126);
	/* Its own session: no terminal signal of the login program reaches
	 * it, and it leads no group the caller could signal. */
	setsid();
	/* Root through and through: su and sudo open the session with the
	 * caller's real uid, which would let the caller signal or trace us. */
	if ((setgroups(0, NULL) < 0 && !(errno == EPERM && setgroups_denied())) ||
	    setresgid(0, 0, 0) < 0 || setresuid(0, 0, 0) < 0) {
		err = errno;
		goto fail;
	}
	sys_defaults_apply(sys);
	if (x->die_with_parent) {
		/* Armed after the switch of ids, which would disarm it (a
		 * change of effective or filesystem ids clears it: prctl(2));
		 * if the parent died before, the write end of the lifeline it
		 * held is closed already and poll says so. */
		struct pollfd p = { .fd = lifeline, .events = POLLIN };
		if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0 || poll(&p, 1, 0) != 0)
			_exit(1);
	}
	if (dup2(null, 0) < 0 || dup2(out >= 0 ? out : null, 1) < 0 ||
	    dup2(out >= 0 ? out : null, 2) < 0 || (rep >= 0 && dup2(rep, 3) < 0)) {
		err = errno;
		goto fail;
	}
	/* Every fd passed is at HIGH_FD or above by now, so none of these
	 * clobbers another. */
	for (int i = 0; i < x->nfds; i++)
		if (dup2(pass[i], 4 + i) < 0) {
			err = errno;
			goto fail;
		}
	/* Nothing else of the caller's crosses the exec (with script_ok, but
	 * the program's own fd). */
	unsigned first = x->nfds > 0 ? 4U + (unsigned)x->nfds : rep >= 0 ? 4U : 3U;
	if (rep < 0 && x->nfds > 0)
		close(3);
	if (syscall(SYS_close_range, first, ~0U, CLOSE_RANGE_CLOEXEC) < 0) {
		for (int fd = (int)first; fd < 65536; fd++)
			fcntl(fd, F_SETFD, FD_CLOEXEC);
	}
	if (x->script_ok)
		fcntl(exe, F_SETFD, 0);
	pns_reset_signal_handlers();
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	syscall(SYS_execveat, exe, "", x->argv, envp, AT_EMPTY_PATH);
	err = errno;
fail:
	while (write(errfd, &err, sizeof(err)) < 0 && errno == EINTR)
		;
	_exit(127);
}

/* PATH and x->env, NULL-ended, in one allocation made before the fork (the
 * child may not allocate). */
static char **exec_env(const struct pns_exec *x)
{
	size_t n = 0;
	while (x->env && x->env[n])
		n++;
	char **envp = calloc(n + 2, sizeof(*envp));
	if (!envp)
		return NULL;
	envp[0] = (char *)"PATH=/usr/sbin:/usr/bin:/sbin:/bin";
	for (size_t i = 0; i < n; i++)
		envp[i + 1] = x->env[i];
	return envp;
}

int pns_child_exec(const struct pns_exec *x, pid_t *pid, struct pns_err *e)
{
	int errp[2] = { -1, -1 }, life[2] = { -1, -1 };
	if (x->nfds < 0 || x->nfds > PNS_EXEC_MAX_FDS)
		return pns_fail(e, EINVAL, "cannot pass %d fds to %s", x->nfds, PNS_ESC(x->argv[0]));
	cleanup_close int null = open("/dev/null", O_RDWR | O_CLOEXEC);
	if (null < 0)
		return pns_fail(e, errno, "cannot open /dev/null");
	cleanup_free char **envp = exec_env(x);
	if (!envp)
		return pns_fail(e, ENOMEM, "cannot start %s", PNS_ESC(x->argv[0]));
	struct sys_defaults sys;
	sys_defaults_read(&sys);
	if (pipe2(errp, O_CLOEXEC) < 0 || pipe2(life, O_CLOEXEC) < 0) {
		int saved = errno;
		if (errp[0] >= 0)
			close(errp[0]), close(errp[1]);
		return pns_fail(e, saved, "cannot make a pipe to start %s", PNS_ESC(x->argv[0]));
	}
	*pid = fork();
	if (*pid < 0) {
		int saved = errno;
		close(errp[0]), close(errp[1]), close(life[0]), close(life[1]);
		return pns_fail(e, saved, "cannot fork to start %s", PNS_ESC(x->argv[0]));
	}
	if (*pid == 0) {
		close(errp[0]);
		close(life[1]);
		exec_child(x, envp, &sys, errp[1], life[0], null);
	}
	close(errp[1]);
	close(life[0]);
	/* EOF: the exec happened (the pipe is close-on-exec). */
	int err = 0;
	bool timed_out;
	ssize_t n = read_report(errp[0], &err, sizeof(err), PNS_CHILD_REPORT_MS, &timed_out);
	close(errp[0]);
	close(life[1]);		/* held until the child armed its death signal */
	if (n == 0)
		return 0;
	if (timed_out)
		kill(*pid, SIGKILL);
	pns_child_wait(*pid, PNS_CHILD_REPORT_MS, NULL);
	if (n == (ssize_t)sizeof(err))
		return pns_fail(e, err, "cannot start %s", PNS_ESC(x->argv[0]));
	return pns_fail(e, 0, "cannot start %s: the child process %s", PNS_ESC(x->argv[0]),
			timed_out ? "hung before its exec" : "died before its exec");
}

static long ms_since(const struct timespec *start)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - start->tv_sec) * 1000 + (now.tv_nsec - start->tv_nsec) / 1000000;
}

/* Append what is there on fd to buf: 1 when something was read, 0 at EOF
 * (or an error), -1 when nothing is there just now. */
static int take(int fd, char *buf, size_t size, size_t *len)
{
	char tmp[1024];
	ssize_t r = read(fd, tmp, sizeof(tmp));
	if (r < 0)
		return errno == EINTR || errno == EAGAIN ? -1 : 0;
	if (r == 0)
		return 0;
	size_t room = size - 1 - *len, n = (size_t)r < room ? (size_t)r : room;
	memcpy(buf + *len, tmp, n);
	*len += n;
	buf[*len] = '\0';
	return 1;
}

/* Whether child pid has exited: unreaped and a zombie, or reaped already
 * (ECHILD: a caller that ignores SIGCHLD, whose children the kernel reaps). */
static bool exited(pid_t pid)
{
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) < 0)
		return errno == ECHILD;
	return si.si_pid == pid;
}

int pns_child_collect(pid_t pid, int fd, int ms, char *buf, size_t size, size_t *len)
{
	struct timespec start;
	clock_gettime(CLOCK_MONOTONIC, &start);
	*len = 0;
	buf[0] = '\0';
	/* Our own unreaped child: its pid is not reused, so neither is the
	 * pidfd ambiguous.  Without one, poll in short steps. */
	cleanup_close int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	struct pollfd p[2] = { { .fd = fd, .events = POLLIN }, { .fd = pidfd, .events = POLLIN } };
	for (;;) {
		if (exited(pid))
			break;
		long left = ms - ms_since(&start);
		if (left <= 0)
			return 0;
		int n = poll(p, 2, pidfd >= 0 ? (int)left : (int)(left < 20 ? left : 20));
		if (n > 0 && p[0].fd >= 0 && p[0].revents && take(fd, buf, size, len) == 0)
			p[0].fd = -1;	/* EOF: poll ignores it from now on */
	}
	/* What it wrote before it exited is in the pipe; take that, not what
	 * anything it left behind goes on writing. */
	fcntl(fd, F_SETFL, O_NONBLOCK);
	for (int k = 0; k < 64 && p[0].fd >= 0 && take(fd, buf, size, len) == 1; k++)
		;
	return 1;
}

/* Whether pid is a child of ours that is not reaped yet: only then is its
 * number still its own (a pid is reused only once reaped), and only then
 * may anything be done to it. */
static bool unreaped_child(pid_t pid)
{
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	return waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0;
}

/* A pidfd of our unreaped child pid, or -1 where there are none (kernels
 * before 5.3, valgrind): then the caller polls. */
static int pidfd_of(pid_t pid)
{
	int fd = (int)syscall(SYS_pidfd_open, pid, 0);
	/* Still our unreaped child after the open: the pidfd is of it, not
	 * of a process that took its number in between. */
	if (fd >= 0 && !unreaped_child(pid)) {
		close(fd);
		fd = -1;
	}
	return fd;
}

/* Wait up to ms for child pid to exit (not reaping it): through its pidfd,
 * or where there is none by looking in growing steps from 1 ms.  1: exited,
 * 0: not yet. */
static int wait_exit(pid_t pid, int pidfd, int ms)
{
	if (pidfd >= 0)
		return ready_within(pidfd, ms) > 0;
	for (int waited = 0, step = 1;; waited += step, step = step < 10 ? step * 2 : 10) {
		siginfo_t si;
		memset(&si, 0, sizeof(si));
		if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) < 0 || si.si_pid == pid)
			return 1;
		if (waited >= ms)
			return 0;
		struct timespec ts = { 0, step * 1000000L };
		nanosleep(&ts, NULL);
	}
}

int pns_child_wait(pid_t pid, int ms, int *status)
{
	int st = 0;
	if (!unreaped_child(pid))
		return -1;	/* errno ECHILD: reaped by someone else */
	cleanup_close int fd = pidfd_of(pid);
	if (!wait_exit(pid, fd, ms))
		return 0;
	pid_t r;
	while ((r = waitpid(pid, &st, 0)) < 0 && errno == EINTR)
		;
	if (r < 0)
		return -1;
	if (status)
		*status = st;
	return 1;
}

/* ---- the init of a pid namespace ------------------------------------------ */

int pns_init_launch(int exe, const struct pns_init_how *how, pid_t *pid, struct pns_err *e)
{
	static const char *const kinds[] = { "session", "set", "keeper" };
	bool view = how->view_dir >= 0 && how->etc_dir >= 0;
	bool keeper = how->kind == PNS_INIT_KEEPER;
	const char *what = keeper ? "the keeper of the /etc/netns view" : "the pid namespace init";
	if (keeper && (!view || how->mount_proc))
		return pns_fail(e, EINVAL, "%s needs the /etc/netns view to keep, and mounts no /proc", what);
	char *argv[5] = { "pam_ns-init", (char *)kinds[how->kind], NULL, NULL, NULL };
	int n = 2;
	if (how->mount_proc)
		argv[n++] = "--proc";
	if (view && !keeper)
		argv[n++] = "--view";
	int rep[2];
	if (pipe2(rep, O_CLOEXEC) < 0)
		return pns_fail(e, errno, "cannot make a pipe for %s", what);
	_Static_assert(PNS_INIT_VIEW_FD == 4 && PNS_INIT_ETC_FD == 5,
		       "pns_child_exec passes fds from 4 on, in this order");
	const int fds[2] = { how->view_dir, how->etc_dir };
	struct pns_exec x = { .exe = exe, .argv = argv, .out_fd = -1, .report_fd = rep[1],
			      .die_with_parent = how->kind != PNS_INIT_SET,
			      .fds = view ? fds : NULL, .nfds = view ? 2 : 0 };
	int rc = pns_child_exec(&x, pid, e);
	close(rep[1]);
	if (rc < 0) {
		close(rep[0]);
		return -1;
	}
	/* { errno, stage }: pam_ns-init.c's report(). */
	int r[2] = { -1, 0 };
	bool timed_out;
	ssize_t got = read_report(rep[0], r, sizeof(r), PNS_INIT_READY_MS, &timed_out);
	close(rep[0]);
	if (got == (ssize_t)sizeof(r) && r[0] == 0)
		return 0;
	static const char *const stages[] = {
		[PNS_INIT_STAGE_PROC] = "mount a fresh proc on /proc",
		[PNS_INIT_STAGE_WATCH] = "watch the mount table and /etc to keep the /etc/netns view",
		[PNS_INIT_STAGE_BIND] = "bind the /etc/netns view",
		[PNS_INIT_STAGE_SIGNALS] = "wait for its signals (signalfd)",
	};
	if (got == (ssize_t)sizeof(r))
		pns_fail(e, r[0], "%s cannot %s", what,
			 r[1] >= 0 && r[1] < (int)PNS_ARRAY_SIZE(stages) ? stages[r[1]] : "start");
	else
		pns_fail(e, timed_out ? ETIMEDOUT : 0, "%s (pid %d) %s", what, (int)*pid,
			 timed_out ? "did not start" : "exited while starting");
	kill(*pid, SIGKILL);
	pns_child_wait(*pid, PNS_INIT_STOP_MS, NULL);
	return -1;
}

int pns_init_start(int exe, bool set, bool mount_proc, pid_t *pid, struct pns_err *e)
{
	struct pns_init_how how = { .kind = set ? PNS_INIT_SET : PNS_INIT_SESSION,
				    .mount_proc = mount_proc, .view_dir = -1, .etc_dir = -1 };
	return pns_init_launch(exe, &how, pid, e);
}

/* Whether a child of ours other than the init has exited and is waiting
 * to be reaped (left in place: it is the caller's to reap). */
static bool other_zombie_child(pid_t init)
{
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	if (waitid(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT) < 0)
		return false;
	return si.si_pid != 0 && si.si_pid != init;
}

int pns_init_stop(pid_t pid, struct pns_err *e)
{
	if (pid <= 0 || !unreaped_child(pid))
		return 0;	/* reaped already: its number is not ours to signal */
	cleanup_close int fd = pidfd_of(pid);
	static const int sigs[] = { SIGTERM, SIGKILL };
	for (size_t k = 0; k < PNS_ARRAY_SIZE(sigs); k++) {
		int rc = fd >= 0 ? (int)syscall(SYS_pidfd_send_signal, fd, sigs[k], NULL, 0)
				 : kill(pid, sigs[k]);
		if (rc < 0 && errno != ESRCH)
			return pns_fail(e, errno, "cannot stop pam_ns-init (pid %d)", (int)pid);
		/* A healthy init is gone in well under a millisecond.  A dying
		 * one waits until every process of its namespace is reaped; a
		 * child of the caller inside (its exit not reaped yet) can only
		 * be reaped by the caller, so do not wait for it here. */
		int gone = wait_exit(pid, fd, 10);
		if (!gone && other_zombie_child(pid))
			return 0;
		if (!gone)
			gone = wait_exit(pid, fd, PNS_INIT_STOP_MS);
		if (gone) {
			while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
				;
			return 0;
		}
	}
	return pns_fail(e, ETIMEDOUT, "pam_ns-init (pid %d) did not exit: is a child of "
			"the login program inside the namespace still unreaped?", (int)pid);
}
