/* Running pam_ns_helper create from the module (spawn.h). */
#include "spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif

/* The child side, between fork and exec: async-signal-safe calls only. */
__attribute__((noreturn)) static void child_exec(const char *helper, char *const argv[], int errfd)
{
	static char *const envp[] = { "PATH=/usr/sbin:/usr/bin:/sbin:/bin", NULL };
	int null = open("/dev/null", O_RDWR | O_CLOEXEC);
	if (null < 0 || dup2(null, 0) < 0 || dup2(null, 1) < 0 || dup2(errfd, 2) < 0)
		_exit(126);
	if (syscall(SYS_close_range, 3U, ~0U, 0U) < 0) {
		for (int fd = 3; fd < 1024; fd++)
			close(fd);
	}
	sigset_t none;
	sigemptyset(&none);
	/* sigaction, not signal(): this runs between fork and exec (or
	 * exit) of a possibly threaded login program. */
	struct sigaction dfl;
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	for (int sig = 1; sig < NSIG; sig++)
		if (sig != SIGKILL && sig != SIGSTOP)
			sigaction(sig, &dfl, NULL);
	sigprocmask(SIG_SETMASK, &none, NULL);
	execve(helper, argv, envp);
	_exit(127);
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
	if (access(helper, X_OK) < 0)
		return pns_fail(e, errno, "cannot run %s", helper);

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
		child_exec(helper, argv, pipefd[1]);
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
