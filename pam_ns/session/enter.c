/* Putting the calling process into the namespaces of a plan (enter.h). */
#include "session/enter.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <string.h>
#include <sys/single_threaded.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/child.h"
#include "common/path.h"
#include "store/pin.h"
#include "session/setup.h"

/* What a rule without explicit settings gets (the policy defaults). */
static const struct pns_setup default_setup = {
	.propagation = PNS_PROP_SLAVE,
	.loopback = true,
};

#define STEP(...) PNS_STEP(step, ctx, __VA_ARGS__)

/* Back to the directory the caller was in, when the new mount tree still
 * has it.  A path, not an fd: an fd of the old tree would put the shell's
 * cwd outside its new mount namespace. */
static void restore_cwd(const char *cwd, pns_step_fn step, void *ctx)
{
	/* setns(CLONE_NEWNS) put the cwd at the new root: "/" (a login
	 * program's usual cwd) is where it is already. */
	if (!strcmp(cwd, "/")) {
		STEP("working directory kept: %s", cwd);
		return;
	}
	/* A joined mount namespace may be shared with other users: a link
	 * they planted must not choose where the shell starts. */
	cleanup_close int fd = cwd[0] == '/' ? pns_path_open(cwd, PNS_PATH_DIR, 0, NULL) : -1;
	if (fd >= 0 && fchdir(fd) == 0) {
		STEP("working directory kept: %s", PNS_ESC(cwd));
		return;
	}
	if (chdir("/") == 0)
		STEP("working directory %s is gone in the new mount namespace, now /", PNS_ESC(cwd));
}

/* Threads of this process, from /proc/self/status; 0 if unknown. */
static int thread_count(void)
{
	cleanup_fclose FILE *f = fopen("/proc/self/status", "re");
	char line[256];
	int n = 0;
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "Threads: %d", &n) == 1)
			break;
	return n;
}

int pns_single_threaded(struct pns_err *e)
{
	/* glibc clears __libc_single_threaded for good when the process
	 * starts its first thread (pthread_create; a raw clone of a thread is
	 * unsupported by glibc anyway), so while it is set there is one
	 * thread, known without a system call: reading /proc/self/status
	 * costs more than all the setns calls of a join.  Once cleared, the
	 * threads may have ended again: count them. */
	if (__libc_single_threaded)
		return 0;
	int threads = thread_count();
	if (threads > 1)
		return pns_fail(e, 0, "the login program runs %d threads; namespaces would change for "
				"one thread only", threads);
	return 0;
}

int pns_enter(const struct pns_plan *p, struct pns_pins *pins, int init_exe, struct pns_entered *out,
	      pns_step_fn step, void *ctx, struct pns_err *e)
{
	struct pns_pins none;
	pns_pins_init(&none);
	int *fds = pins ? pins->fd : none.fd;
	char label[600] = "";
	struct pns_inst inst;
	memset(out, 0, sizeof(*out));
	if (p->set && !p->set->external && pns_inst_of(&inst, p->set, p->instance, NULL) == 0)
		pns_inst_label(&inst, label, sizeof(label));
	/* The set as the log shows it: its instance's label, escaped. */
	const char *shown = PNS_ESC(label[0] ? label : p->set ? p->set->name : "?");
	int rc = 0;
	cleanup_close int nsdir = -1, view_dir = -1, etc_dir = -1;
	if ((rc = pns_single_threaded(e)) < 0)
		goto out;
	/* The pins came opened and checked (pns_join_open): a bad pin has
	 * refused the session with the process untouched. */
	for (int t = 0; t < PNS_NTYPES; t++)
		if (p->how[t] == PNS_JOIN && fds[t] < 0) {
			rc = pns_fail(e, 0, "no %s pin of set %s was opened", pns_types[t].name,
				      shown);
			goto out;
		}
	/* /proc/self/ns of this task, opened now: after a mount namespace
	 * switch /proc may belong to another pid namespace. */
	nsdir = open("/proc/self/ns", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (nsdir < 0) {
		rc = pns_fail(e, errno, "cannot open /proc/self/ns");
		goto out;
	}
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof(cwd)))
		cwd[0] = '\0';
	/* The policy gives a hidden manager a mount namespace (new, or a
	 * set's with its own /proc); /run/user is made when missing, so that
	 * logind, which makes the user's directory in it later, cannot put
	 * one where the session sees it. */
	bool hide = p->hide_user_manager;
	if (hide && p->how[PNS_MNT] == PNS_KEEP) {
		rc = pns_fail(e, EINVAL, "a hidden user manager needs a mount namespace (the policy "
			      "check should have refused this rule)");
		goto out;
	}
	if (hide && (rc = pns_runtime_root_make(e)) < 0)
		goto out;

	for (int t = 0; t < PNS_NTYPES; t++) {
		if (t == PNS_MNT || p->how[t] != PNS_JOIN)
			continue;
		if (setns(fds[t], pns_types[t].clone_flag) < 0) {
			rc = pns_fail(e, errno, "cannot join the %s namespace of set %s", pns_types[t].name,
				      shown);
			goto out;
		}
		out->joined_mask |= PNS_BIT(t);
		STEP("joined the %s namespace of set %s", pns_types[t].name, shown);
	}

	unsigned new_mask = 0;
	for (int t = 0; t < PNS_NTYPES; t++)
		if (p->how[t] == PNS_NEW)
			new_mask |= PNS_BIT(t);
	int flags = pns_mask_clone_flags(new_mask);
	if (flags) {
		char names[64];
		if (unshare(flags) < 0) {
			rc = pns_fail(e, errno, "cannot unshare new %s namespaces",
				      pns_mask_str(new_mask, names, sizeof(names)));
			goto out;
		}
		out->new_mask = new_mask;
		STEP("unshared new %s namespaces", pns_mask_str(new_mask, names, sizeof(names)));
	}

	if (p->how[PNS_MNT] == PNS_JOIN) {
		if (setns(fds[PNS_MNT], CLONE_NEWNS) < 0) {
			rc = pns_fail(e, errno, "cannot join the mnt namespace of set %s",
				      shown);
			goto out;
		}
		out->joined_mask |= PNS_BIT(PNS_MNT);
		STEP("joined the mnt namespace of set %s", shown);
		/* The private /run/user is the session's, not the set's: a
		 * layer of its own that still sees what the set mounts. */
		if (hide) {
			struct stat st;
			if (fstat(fds[PNS_MNT], &st) == 0)
				out->set_mnt_id = (unsigned long)st.st_ino;
			if (unshare(CLONE_NEWNS) < 0) {
				rc = pns_fail(e, errno, "cannot make a mount namespace of the session's own "
					      "in set %s", shown);
				goto out;
			}
			if ((rc = pns_setup_propagation(PNS_PROP_SLAVE, e)) < 0)
				goto out;
			STEP("a mount namespace of the session's own, a slave of the set's");
		}
	}
	if (pins)
		pns_pins_close(pins);

	const struct pns_setup *s = p->setup ? p->setup : &default_setup;
	bool net_any = (out->new_mask | out->joined_mask) & PNS_BIT(PNS_NET);
	if (pns_setup_new(s, out->new_mask, net_any, p->hostname, p->netns, step, ctx, e) < 0) {
		rc = -1;
		goto out;
	}
	if (hide) {
		/* A new mount namespace whose "/" propagates: the private
		 * /run/user must stay in it (a layer over a set's is a slave
		 * already). */
		if ((out->new_mask & PNS_BIT(PNS_MNT)) && PNS_PROP_LEAKS(s->propagation) &&
		    pns_setup_hold(PNS_RUNTIME_ROOT, s->propagation, e) < 0) {
			rc = -1;
			goto out;
		}
		if (pns_setup_user_runtime(p->uid, p->gid, e) < 0) {
			rc = -1;
			goto out;
		}
		out->user_manager_hidden = true;
		STEP("private " PNS_RUNTIME_ROOT ": the user's service manager is out of reach");
	}
	/* setns(CLONE_NEWNS) reset root and cwd; unshare kept them. */
	if (out->joined_mask & PNS_BIT(PNS_MNT))
		restore_cwd(cwd, step, ctx);

	/* The /etc/netns view holds for the whole session: the host renaming
	 * a file over /etc/resolv.conf (or removing it) detaches the bind on
	 * it in every mount namespace, so a process of ours re-binds it
	 * (common/child.h, pns_init_launch).  Its two directories are opened
	 * here, checked, so that it never walks a path itself. */
	if (p->view[0] && pns_view_open(p->view, &view_dir, &etc_dir, e) < 0) {
		rc = -1;
		goto out;
	}
	if (view_dir >= 0 && init_exe < 0) {
		rc = pns_fail(e, EINVAL, "no pam_ns-init was opened to keep the /etc/netns/%s view", PNS_ESC(p->view));
		goto out;
	}
	/* Last, so the init starts in the namespaces the session ends up in
	 * (its mount namespace is where it mounts /proc and keeps the view). */
	if (out->new_mask & PNS_BIT(PNS_PID)) {
		bool proc = s->proc && (out->new_mask & PNS_BIT(PNS_MNT));
		struct pns_init_how how = { .kind = PNS_INIT_SESSION, .mount_proc = proc,
					    .view_dir = view_dir, .etc_dir = etc_dir };
		if (pns_init_launch(init_exe, &how, &out->init_pid, e) < 0) {
			rc = -1;
			goto out;
		}
		STEP("pid namespace init started (pid %d%s%s%s)", (int)out->init_pid,
		     proc ? ", fresh /proc" : "", view_dir >= 0 ? ", keeping /etc/netns/" : "",
		     view_dir >= 0 ? PNS_ESC(p->view) : "");
	} else if (view_dir >= 0) {
		/* No PID 1 of the session's to do it: a keeper of its own,
		 * with the same lifetime (dies with the caller, stopped at
		 * pam_end). */
		struct pns_init_how how = { .kind = PNS_INIT_KEEPER, .view_dir = view_dir,
					    .etc_dir = etc_dir };
		if (pns_init_launch(init_exe, &how, &out->keeper_pid, e) < 0) {
			rc = -1;
			goto out;
		}
		STEP("keeper of the /etc/netns/%s view started (pid %d)", PNS_ESC(p->view), (int)out->keeper_pid);
	}

	/* The ids of what the session got, for its log line (only those). */
	for (int t = 0; t < PNS_NTYPES; t++) {
		struct stat st;
		if ((out->new_mask | out->joined_mask) & PNS_BIT(t) &&
		    fstatat(nsdir, pns_types[t].proc_entry, &st, 0) == 0)
			out->ids[t] = (unsigned long)st.st_ino;
	}
out:
	if (pins)
		pns_pins_close(pins);
	return rc;
}
