/* Running pam_ns_helper create from the module (spawn.h). */
#include "session/spawn.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/child.h"

int pns_spawn_create(const char *helper, const char *config, const char *init,
		     const struct pns_set *set, const char *instance, struct pns_err *e)
{
	cleanup_close int exe = pns_exe_open(helper, e);
	if (exe < 0)
		return -1;
	char *argv[12];
	int n = 0;
	argv[n++] = (char *)helper;
	argv[n++] = "-c";
	argv[n++] = (char *)config;
	if (init) {
		argv[n++] = "--init";
		argv[n++] = (char *)init;
	}
	argv[n++] = "create";
	if (set->per != PNS_PER_SHARED) {
		if (!instance || !pns_name_valid(instance))
			return pns_fail(e, EINVAL, "invalid instance name for set %s", PNS_ESC(set->name));
		argv[n++] = set->per == PNS_PER_USER ? "-u" : "-g";
		argv[n++] = (char *)instance;
	}
	/* After "--": a set name is never taken for an option. */
	argv[n++] = "--";
	argv[n++] = set->name;
	argv[n] = NULL;

	int pipefd[2];
	if (pipe2(pipefd, O_CLOEXEC) < 0)
		return pns_fail(e, errno, "cannot make a pipe for %s", PNS_ESC(helper));
	struct pns_exec x = { .exe = exe, .argv = argv, .out_fd = pipefd[1], .report_fd = -1,
			      .script_ok = true };
	pid_t pid;
	int rc = pns_child_exec(&x, &pid, e);
	close(pipefd[1]);
	if (rc < 0) {
		close(pipefd[0]);
		return -1;
	}
	char out[512];
	size_t len;
	int done = pns_child_collect(pid, pipefd[0], PNS_SPAWN_TIMEOUT * 1000, out, sizeof(out), &len);
	close(pipefd[0]);
	int status = 0;
	int r = done ? pns_child_wait(pid, PNS_CHILD_REPORT_MS, &status) : 0;
	if (r == 0) {
		kill(pid, SIGKILL);
		pns_child_wait(pid, 1000, NULL);
		return pns_fail(e, ETIMEDOUT, "%s create %s was killed after %d s", PNS_ESC(helper), PNS_ESC(set->name),
				PNS_SPAWN_TIMEOUT);
	}
	/* ECHILD: the login program reaps children itself (or ignores
	 * SIGCHLD); the status is lost, and the caller's check that the set
	 * is now complete decides. */
	if (r < 0)
		return errno == ECHILD ? 0 : pns_fail(e, errno, "cannot wait for %s", PNS_ESC(helper));
	/* One line for the log: the helper's first message, escaped like
	 * any text from outside (the helper escapes what it prints, but
	 * the log must not depend on that: a backslash shows doubled). */
	out[strcspn(out, "\n")] = '\0';
	if (WIFSIGNALED(status))
		return pns_fail(e, 0, "%s create %s died of signal %d%s%s", PNS_ESC(helper), PNS_ESC(set->name),
				WTERMSIG(status), out[0] ? ": " : "", PNS_ESC(out));
	if (WEXITSTATUS(status) != 0)
		return pns_fail(e, 0, "%s create %s failed with exit code %d%s%s", PNS_ESC(helper),
				PNS_ESC(set->name), WEXITSTATUS(status), out[0] ? ": " : "", PNS_ESC(out));
	return 0;
}
