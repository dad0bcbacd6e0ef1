/* Running pam_ns_helper create from the module (spawn.h). */
#include "session/spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <linux/close_range.h>
#include <stdio.h>
#include <sys/stat.h>

#include "common/path.h"

/* Move fd to 3 or above (close-on-exec), so the standard descriptors can
 * be set without clobbering it.  -1 on failure. */
static int above_stdio(int fd)
{
	return fd > 2 ? fd : fcntl(fd, F_DUPFD_CLOEXEC, 3);
}

/* The child side, between fork and exec: async-signal-safe calls only.
 * `exe` is the helper opened and checked by the parent; executing that fd
 * leaves no window to swap the file. */
__attribute__((noreturn)) static void child_exec(int exe, char *const argv[], int errfd)
{
	static char *const envp[] = { "PATH=/usr/sbin:/usr/bin:/sbin:/bin", NULL };
	/* The login program may run with 0, 1 or 2 closed: then our own fds
	 * sit there, and must move before dup2 reuses those numbers. */
	exe = above_stdio(exe);
	errfd = above_stdio(errfd);
	int null = open("/dev/null", O_RDWR | O_CLOEXEC);
	null = null < 0 ? -1 : above_stdio(null);
	if (exe < 0 || errfd < 0 || null < 0 || dup2(null, 0) < 0 || dup2(null, 1) < 0 ||
	    dup2(errfd, 2) < 0)
		_exit(126);
	/* Nothing else of the login program's reaches the helper. */
	if (syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC) < 0) {
		for (int fd = 3; fd < 65536; fd++)
			fcntl(fd, F_SETFD, FD_CLOEXEC);
	}
	/* Kept open across exec so a script (run as /dev/fd/N by the kernel)
	 * works as well as a binary. */
	fcntl(exe, F_SETFD, 0);
	sigset_t none;
	sigemptyset(&none);
	pns_reset_signal_handlers();
	sigprocmask(SIG_SETMASK, &none, NULL);
	syscall(SYS_execveat, exe, "", argv, envp, AT_EMPTY_PATH);
	_exit(127);
}

/* Open the helper for execution the way a root program should: no symlink
 * anywhere in the path, and every directory on the way and the file itself
 * owned by root and not writable by group or others (else whoever may
 * write there could swap it before the next login); then a regular file
 * its owner may execute.  The fd is O_PATH: execveat(AT_EMPTY_PATH) runs
 * it as it is, and nothing opens it for reading first. */
static int open_helper(const char *helper, struct pns_err *e)
{
	cleanup_close int fd = pns_path_open(helper, PNS_PATH_TRUSTED, 0, e);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) < 0)
		return pns_fail(e, errno, "cannot stat %s", helper);
	if (!S_ISREG(st.st_mode))
		return pns_fail(e, 0, "%s is not a regular file: refusing to run it", helper);
	if (!(st.st_mode & S_IXUSR))
		return pns_fail(e, EACCES, "cannot run %s", helper);
	return pns_steal_fd(&fd);
}

static long ms_since(const struct timespec *start)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - start->tv_sec) * 1000 + (now.tv_nsec - start->tv_nsec) / 1000000;
}

/* Read the child's stderr until EOF or the deadline.  0 at EOF, -1 on
 * timeout. */
static int drain(int fd, char *buf, size_t size, size_t *len)
{
	struct timespec start;
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (;;) {
		long left = PNS_SPAWN_TIMEOUT * 1000L - ms_since(&start);
		if (left <= 0)
			return -1;
		struct pollfd p = { .fd = fd, .events = POLLIN };
		int n = poll(&p, 1, (int)left);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0)
			continue;
		char tmp[256];
		ssize_t r = read(fd, tmp, sizeof(tmp));
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return 0;
		size_t room = size - 1 - *len;
		size_t take = (size_t)r < room ? (size_t)r : room;
		memcpy(buf + *len, tmp, take);
		*len += take;
		buf[*len] = '\0';
	}
}

int pns_spawn_create(const char *helper, const char *config, const struct pns_set *set,
		     const char *instance, struct pns_err *e)
{
	if (!helper || helper[0] != '/')
		return pns_fail(e, EINVAL, "the helper path must be absolute: %s", helper ? helper : "");
	cleanup_close int exe = open_helper(helper, e);
	if (exe < 0)
		return -1;

	char *argv[8];
	int n = 0;
	argv[n++] = (char *)helper;
	argv[n++] = "-c";
	argv[n++] = (char *)config;
	argv[n++] = "create";
	argv[n++] = set->name;
	if (set->per != PNS_PER_SHARED) {
		if (!instance || !pns_name_valid(instance))
			return pns_fail(e, EINVAL, "invalid instance name for set %s", set->name);
		argv[n++] = set->per == PNS_PER_USER ? "-u" : "-g";
		argv[n++] = (char *)instance;
	}
	argv[n] = NULL;

	int pipefd[2];
	if (pipe2(pipefd, O_CLOEXEC) < 0)
		return pns_fail(e, errno, "cannot make a pipe for %s", helper);
	pid_t pid = fork();
	if (pid < 0) {
		int err = errno;
		close(pipefd[0]), close(pipefd[1]);
		return pns_fail(e, err, "cannot fork to run %s", helper);
	}
	if (pid == 0)
		child_exec(exe, argv, pipefd[1]);
	close(pipefd[1]);

	char out[512] = "";
	size_t len = 0;
	int timed_out = drain(pipefd[0], out, sizeof(out), &len) < 0;
	close(pipefd[0]);
	if (timed_out)
		kill(pid, SIGKILL);
	int status = 0;
	pid_t r;
	while ((r = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
		;
	/* ECHILD: the login program reaps children itself (or ignores
	 * SIGCHLD); the status is lost, and the caller's check that the set
	 * is now complete decides. */
	if (r < 0 && errno == ECHILD)
		return 0;
	if (r < 0)
		return pns_fail(e, errno, "cannot wait for %s create %s", helper, set->name);

	/* One line for the log: the helper's first message. */
	out[strcspn(out, "\n")] = '\0';
	if (timed_out)
		return pns_fail(e, ETIMEDOUT, "%s create %s was killed after %d s", helper, set->name,
				PNS_SPAWN_TIMEOUT);
	if (WIFSIGNALED(status))
		return pns_fail(e, 0, "%s create %s died of signal %d%s%s", helper, set->name,
				WTERMSIG(status), out[0] ? ": " : "", out);
	if (WEXITSTATUS(status) != 0)
		return pns_fail(e, 0, "%s create %s failed with exit code %d%s%s", helper, set->name,
				WEXITSTATUS(status), out[0] ? ": " : "", out);
	return 0;
}
