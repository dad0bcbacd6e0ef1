/* The prepare-report-release child of child.h. */
#include "common/child.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

__attribute__((noreturn)) static void child_main(int report_fd, int go_fd,
						 int (*fn)(void *, struct pns_err *),
						 void (*undo)(void *), void *arg)
{
	struct report r = { .ok = 1 };
	pns_reset_signal_handlers();
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
	ssize_t n = -1;
	struct pollfd p = { .fd = c->report_fd, .events = POLLIN };
	int ready;
	do
		ready = poll(&p, 1, PNS_CHILD_REPORT_MS);
	while (ready < 0 && errno == EINTR);
	if (ready > 0)
		n = read_retry(c->report_fd, &r, sizeof(r));
	if (n == (ssize_t)sizeof(r) && r.ok)
		return 0;
	if (n == (ssize_t)sizeof(r))
		*e = r.err;
	else if (ready == 0)
		pns_fail(e, ETIMEDOUT, "the child process (pid %d) did not report within %d ms",
			 (int)c->pid, PNS_CHILD_REPORT_MS);
	else
		pns_fail(e, 0, "the child process (pid %d) died before it reported", (int)c->pid);
	if (ready == 0)
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
