/* Running a set's hooks (hook.h). */
#include "store/hook.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/child.h"

static const char *const kind_names[] = { [PNS_HOOK_CREATE] = "create", [PNS_HOOK_DELETE] = "delete" };

/* What of a hook's output is kept: its first line goes into a sentence
 * (pns_err, and from the helper into the module's one log line), so a
 * little is plenty; the rest is read and dropped, so that a chatty hook
 * never blocks on a full pipe. */
#define HOOK_OUT_KEEP 4096
#define HOOK_LINE_MAX 200

const char *pns_hook_path(const struct pns_set *set, enum pns_hook_kind kind)
{
	return kind == PNS_HOOK_CREATE ? set->hooks.create : set->hooks.delete_;
}

int pns_hook_open(const struct pns_set *set, enum pns_hook_kind kind, struct pns_err *e)
{
	const char *path = pns_hook_path(set, kind);
	if (!path)
		return -2;
	struct pns_err why = { 0 };
	int fd = pns_exe_open(path, &why);
	if (fd < 0)
		return pns_refuse(e, why.errnum, "%s hook %s is refused: %s", kind_names[kind], PNS_ESC(path), why.msg);
	return fd;
}

/* The environment, every entry in storage of its own: the hook trusts
 * nothing the caller had, so everything it gets is named here. */
struct hook_env {
	char v[8 + PNS_NTYPES][NAME_MAX + 32];
	char *envp[8 + PNS_NTYPES + 1];
	int fds[PNS_NTYPES];
	int nfds;
};

static void build_env(struct hook_env *h, const struct pns_set *set, const struct pns_inst *i,
		      enum pns_hook_kind kind, const int ns[PNS_NTYPES])
{
	int n = 0;
	char uid[32], gid[32], types[128], netns[NAME_MAX + 1];
	/* "" each where the scope has none or NSS does not know the name
	 * (any more: a delete may outlive the user). */
	uid_t u;
	gid_t g;
	int known = pns_inst_ids(i, &u, &g);
	uid[0] = gid[0] = '\0';
	if (known & PNS_INST_UID)
		snprintf(uid, sizeof(uid), "%u", (unsigned)u);
	if (known & PNS_INST_GID)
		snprintf(gid, sizeof(gid), "%u", (unsigned)g);
	pns_mask_str(set->types, types, sizeof(types));
	snprintf(h->v[n++], sizeof(h->v[0]), "PNS_HOOK=%s", kind_names[kind]);
	snprintf(h->v[n++], sizeof(h->v[0]), "PNS_SET=%s", i->set);
	snprintf(h->v[n++], sizeof(h->v[0]), "PNS_SCOPE=%s", pns_scope_names[i->per]);
	snprintf(h->v[n++], sizeof(h->v[0]), "PNS_INSTANCE=%s", i->name);
	snprintf(h->v[n++], sizeof(h->v[0]), "PNS_UID=%s", uid);
	snprintf(h->v[n++], sizeof(h->v[0]), "PNS_GID=%s", gid);
	snprintf(h->v[n++], sizeof(h->v[0]), "PNS_TYPES=%s", types);
	h->nfds = 0;
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!(set->types & PNS_BIT(t)) || ns[t] < 0)
			continue;
		char upper[16];
		size_t k = 0;
		for (const char *p = pns_types[t].name; *p && k + 1 < sizeof(upper); p++)
			upper[k++] = (char)(*p - 'a' + 'A');
		upper[k] = '\0';
		/* pns_child_exec puts fds[k] on fd 4 + k. */
		snprintf(h->v[n++], sizeof(h->v[0]), "PNS_NS_%s=/proc/self/fd/%d", upper, 4 + h->nfds);
		h->fds[h->nfds++] = ns[t];
	}
	if (set->ip_netns && (set->types & PNS_BIT(PNS_NET)) &&
	    pns_inst_netns_name(i, netns, sizeof(netns), NULL) == 0)
		snprintf(h->v[n++], sizeof(h->v[0]), "PNS_NETNS=%s", netns);
	for (int k = 0; k < n; k++)
		h->envp[k] = h->v[k];
	h->envp[n] = NULL;
}

/* The first line with something in it, escaped (pns_escape) and cut to
 * HOOK_LINE_MAX bytes: it goes into a log line and onto a terminal. */
static void first_line(char *out, char *line, size_t size)
{
	char *p = out;
	while (*p == '\n' || *p == '\r' || *p == ' ' || *p == '\t')
		p++;
	size_t n = strcspn(p, "\n");
	while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
		n--;
	p[n] = '\0';
	pns_escape(line, size < HOOK_LINE_MAX + 1 ? size : HOOK_LINE_MAX + 1, p);
}

/* fork/exec the hook from the home namespace, cwd "/", umask 022; back in
 * the caller's own namespace and cwd afterwards.  Called in its own. */
static int start(struct pns_store *s, const struct pns_exec *x, pid_t *pid, struct pns_err *e)
{
	cleanup_close int cwd = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);
	/* On the host's network, as the uplink: whoever makes the set. */
	if (pns_store_go(s, PNS_IN_HOME, e) < 0 || pns_store_host_net(s, true, e) < 0) {
		pns_store_go(s, PNS_IN_OWN, NULL);
		return -1;
	}
	mode_t mask = umask(022);
	int rc = chdir("/") < 0 ? pns_fail(e, errno, "cannot change to /") : pns_child_exec(x, pid, e);
	umask(mask);
	struct pns_err back = { 0 };
	if (pns_store_host_net(s, false, &back) < 0 && rc == 0) {
		*e = back;
		rc = -1;
	}
	if (pns_store_go(s, PNS_IN_OWN, &back) < 0 && rc == 0) {
		*e = back;
		rc = -1;
	}
	/* Home may be our own namespace (then nothing was switched back). */
	if (cwd >= 0 && fchdir(cwd) < 0 && rc == 0)
		rc = pns_fail(e, errno, "cannot return to the working directory");
	return rc;
}

int pns_hook_run(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
		 enum pns_hook_kind kind, int exe, const int ns[PNS_NTYPES], struct pns_err *e)
{
	const char *path = pns_hook_path(set, kind), *what = kind_names[kind];
	/* Our own namespace first: NSS (the instance's ids) reads the files
	 * of the caller's /etc, which the store has none of, and the cwd kept
	 * for afterwards is the caller's. */
	struct pns_err why = { 0 };
	if (pns_store_go(s, PNS_IN_OWN, &why) < 0)
		return pns_fail(e, 0, "%s hook %s cannot be started: %s", what, PNS_ESC(path), why.msg);
	struct hook_env env;
	build_env(&env, set, i, kind, ns);
	char *argv[] = { (char *)path, (char *)what, NULL };
	int out[2];
	if (pipe2(out, O_CLOEXEC) < 0)
		return pns_fail(e, errno, "%s hook %s: cannot make a pipe", what, PNS_ESC(path));
	/* The helper's death ends the hook too: a login that gave up on the
	 * helper (PNS_SPAWN_TIMEOUT) leaves nothing running. */
	struct pns_exec x = { .exe = exe, .argv = argv, .out_fd = out[1], .report_fd = -1,
			      .die_with_parent = true, .script_ok = true, .env = env.envp,
			      .fds = env.fds, .nfds = env.nfds };
	pid_t pid = -1;
	int rc = start(s, &x, &pid, &why);
	close(out[1]);
	if (rc < 0) {
		close(out[0]);
		return pns_fail(e, 0, "%s hook %s cannot be started: %s", what, PNS_ESC(path), why.msg);
	}
	char got[HOOK_OUT_KEEP];
	size_t len = 0;
	int timeout = set->hooks.timeout_s > 0 ? set->hooks.timeout_s : PNS_HOOK_TIMEOUT_DEFAULT;
	int done = pns_child_collect(pid, out[0], timeout * 1000, got, sizeof(got), &len);
	close(out[0]);
	int status = 0;
	if (!done) {
		/* Its own session and process group (pns_child_exec): whatever
		 * it started goes with it.  pid is unreaped, so the group is
		 * still its own. */
		kill(-pid, SIGKILL);
		kill(pid, SIGKILL);
	}
	if (pns_child_wait(pid, PNS_CHILD_REPORT_MS, &status) != 1)
		return pns_fail(e, errno, "%s hook %s: cannot wait for it", what, PNS_ESC(path));
	char line[HOOK_LINE_MAX + 1], how[96];
	first_line(got, line, sizeof(line));
	if (!done)
		snprintf(how, sizeof(how), "did not finish within %d s and was killed", timeout);
	else if (WIFSIGNALED(status))
		snprintf(how, sizeof(how), "was killed by signal %d (%s)", WTERMSIG(status),
			 strsignal(WTERMSIG(status)));
	else if (WEXITSTATUS(status) != 0)
		snprintf(how, sizeof(how), "exited with status %d", WEXITSTATUS(status));
	else
		return 0;
	return pns_fail(e, 0, "%s hook %s %s%s%s", what, PNS_ESC(path), how, line[0] ? ": " : "", line);
}
