/* Creating one instance of a set: unshare in a child, pin from the parent. */
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "store/pin.h"
#include "session/setup.h"

#ifndef NS_GET_MNTNS_ID
#define NS_GET_MNTNS_ID _IOR(0xb7, 0x5, __u64)
#endif

/* What the child reports once its namespaces are ready (or not). */
struct child_report {
	int ok;
	struct pns_err err;
};

/* The instance directory and its parents, created 0755 one component at a
 * time from pin_dir, never through a symlink. */
static int make_inst_dir(struct pns_store *s, const struct pns_inst *i, struct pns_err *e)
{
	char rel[PATH_MAX];
	if (pns_inst_rel(i, rel, sizeof(rel), e) < 0)
		return -1;
	cleanup_close int cur = fcntl(s->fd, F_DUPFD_CLOEXEC, 3);
	if (cur < 0)
		return pns_fail(e, errno, "%s: dup", s->pin_dir);
	char *save = NULL;
	for (char *c = strtok_r(rel, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
		if (mkdirat(cur, c, 0755) < 0 && errno != EEXIST)
			return pns_fail(e, errno, "cannot create directory %s under %s", c, s->pin_dir);
		int next = openat(cur, c, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (next < 0)
			return pns_fail(e, errno, "%s: %s (not a directory, or a symbolic link?)",
					s->pin_dir, c);
		struct stat st;
		if (fstat(next, &st) < 0 || st.st_uid != 0 || (st.st_mode & (S_IWGRP | S_IWOTH))) {
			close(next);
			return pns_fail(e, 0, "%s: directory %s is not root-owned 0755 or stricter",
					s->pin_dir, c);
		}
		close(cur);
		cur = next;
	}
	return pns_steal_fd(&cur);
}

/* The id of the caller's mount namespace, or 0 where the kernel has none. */
static uint64_t mnt_ns_id(void)
{
	uint64_t id = 0;
	cleanup_close int fd = open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC);
	if (fd < 0 || ioctl(fd, NS_GET_MNTNS_ID, &id) < 0)
		return 0;
	return id;
}

/*
 * The kernel binds a mount namespace file only when the namespace's id is
 * above the binder's own (its guard against mount namespace loops), but on
 * recent kernels ids come from per-CPU batches, so a namespace made now can
 * get a lower id than an older one.  Unshare again, trying each CPU: some
 * CPU's counter has passed the binder's id.
 */
static int mnt_id_above(uint64_t binder, struct pns_err *e)
{
	uint64_t id = mnt_ns_id();
	if (!binder || !id || id > binder)
		return 0;
	cpu_set_t allowed;
	if (sched_getaffinity(0, sizeof(allowed), &allowed) < 0)
		return pns_fail(e, errno, "sched_getaffinity");
	int rc = -1;
	for (int tries = 0; tries < 8192 && rc < 0; tries++) {
		int cpu = tries % CPU_SETSIZE;
		if (tries < CPU_SETSIZE && !CPU_ISSET(cpu, &allowed))
			continue;
		if (tries < CPU_SETSIZE) {
			cpu_set_t one;
			CPU_ZERO(&one);
			CPU_SET(cpu, &one);
			if (sched_setaffinity(0, sizeof(one), &one) < 0)
				continue;
		} else if (tries == CPU_SETSIZE) {
			/* No CPU was ahead: use up this one's batch. */
			sched_setaffinity(0, sizeof(allowed), &allowed);
		}
		if (unshare(CLONE_NEWNS) < 0) {
			rc = pns_fail(e, errno, "unshare(mnt)");
			break;
		}
		id = mnt_ns_id();
		if (id > binder)
			rc = 0;
	}
	sched_setaffinity(0, sizeof(allowed), &allowed);
	if (rc < 0 && !e->msg[0])
		return pns_fail(e, 0, "could not get a mount namespace the kernel lets us pin "
				"(id %llu is not above %llu)", (unsigned long long)id,
				(unsigned long long)binder);
	return rc;
}

/* In the child: make the namespaces and set them up as the set says. */
static int child_setup(const struct pns_store *s, const struct pns_set *set,
		       const struct pns_create_opts *o, uint64_t binder, pid_t *init,
		       struct pns_err *e)
{
	const struct pns_setup *su = &set->setup;
	bool mnt = set->types & PNS_BIT(PNS_MNT), net = set->types & PNS_BIT(PNS_NET);
	if (unshare(pns_mask_clone_flags(set->types)) < 0) {
		char names[128];
		return pns_fail(e, errno, "unshare(%s)", pns_mask_str(set->types, names, sizeof(names)));
	}
	if (mnt && mnt_id_above(binder, e) < 0)
		return -1;
	/* The same sequence a login's new namespaces get. */
	if (pns_setup_new(su, set->types, net, o->hostname, su->netns, NULL, NULL, e) < 0)
		return -1;
	/* The copy of pin_dir in the new mount namespace would hold every
	 * other set's pins and keep them alive after they are deleted.
	 * Detach it, unless propagation ties this copy to the host's mounts
	 * (then the umount could travel back). */
	if (mnt && (su->propagation == PNS_PROP_SLAVE || su->propagation == PNS_PROP_PRIVATE) &&
	    umount2(s->pin_dir, MNT_DETACH) < 0 && errno != EINVAL)
		return pns_fail(e, errno, "cannot detach %s in the new mount namespace", s->pin_dir);
	if ((set->types & PNS_BIT(PNS_PID)) &&
	    pns_setinit_start(su->proc && mnt, init, e) < 0)
		return -1;
	return 0;
}

static void child_main(const struct pns_store *s, const struct pns_set *set,
		       const struct pns_create_opts *o, uint64_t binder, int report_fd, int go_fd)
{
	struct child_report r = { .ok = 1 };
	pid_t init = 0;
	if (child_setup(s, set, o, binder, &init, &r.err) < 0)
		r.ok = 0;
	if (write(report_fd, &r, sizeof(r)) != (ssize_t)sizeof(r) || !r.ok) {
		if (init > 0)
			kill(init, SIGKILL);
		_exit(1);
	}
	/* Stay alive (so /proc/<pid>/ns stays there) until the parent has
	 * pinned everything.  EOF without the go byte means it gave up or
	 * died: then the pid set's init must not outlive the attempt. */
	char go = 0;
	ssize_t n;
	do
		n = read(go_fd, &go, 1);
	while (n < 0 && errno == EINTR);
	if (n != 1 || go != 'k') {
		if (init > 0)
			kill(init, SIGKILL);
		_exit(1);
	}
	_exit(0);
}

/* Bind /proc/<pid>/ns/<entry> onto a new empty file `name` under dirfd. */
static int pin_one(int dirfd, const char *dir_path, const char *name, pid_t pid, const char *entry,
		   struct pns_err *e)
{
	cleanup_close int fd = openat(dirfd, name, O_RDONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
				      0444);
	if (fd < 0) {
		if (errno == EEXIST)
			return pns_fail(e, errno, "%s/%s already exists: refusing to replace a pin "
					"made by someone else", dir_path, name);
		return pns_fail(e, errno, "cannot create %s/%s", dir_path, name);
	}
	char src[64], dst[64];
	snprintf(src, sizeof(src), "/proc/%d/ns/%s", (int)pid, entry);
	/* Mount on the fd just created, not on a path that could be swapped. */
	snprintf(dst, sizeof(dst), "/proc/self/fd/%d", fd);
	if (mount(src, dst, NULL, MS_BIND, NULL) < 0) {
		int saved = errno;
		unlinkat(dirfd, name, 0);
		return pns_fail(e, saved, "cannot pin %s on %s/%s", src, dir_path, name);
	}
	return 0;
}

static int wait_child(pid_t pid)
{
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

/* The part that runs under the lock once the instance is known absent. */
static int create_locked(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
			 const struct pns_create_opts *o, struct pns_err *e)
{
	char rel[PATH_MAX], dir_path[PATH_MAX];
	if (pns_inst_rel(i, rel, sizeof(rel), e) < 0 ||
	    pns_snprintf(e, dir_path, sizeof(dir_path), "%s/%s", s->pin_dir, rel) < 0)
		return -1;
	cleanup_close int run_netns = -1;
	if (o->ip_netns && (set->types & PNS_BIT(PNS_NET))) {
		if (!pns_name_valid(o->ip_netns))
			return pns_fail(e, 0, "\"%s\" cannot be a name under " PNS_RUN_NETNS, o->ip_netns);
		run_netns = pns_run_netns_open(true, e);
		if (run_netns < 0)
			return -1;
		if (faccessat(run_netns, o->ip_netns, F_OK, AT_SYMLINK_NOFOLLOW) == 0)
			return pns_fail(e, EEXIST, PNS_RUN_NETNS "/%s exists and is not this set's: "
					"refusing to replace it", o->ip_netns);
	}
	cleanup_close int dirfd = make_inst_dir(s, i, e);
	if (dirfd < 0)
		return -1;

	uint64_t binder = mnt_ns_id();
	int report[2], go[2];
	if (pipe2(report, O_CLOEXEC) < 0)
		return pns_fail(e, errno, "pipe");
	if (pipe2(go, O_CLOEXEC) < 0) {
		close(report[0]);
		close(report[1]);
		return pns_fail(e, errno, "pipe");
	}
	pid_t pid = fork();
	if (pid < 0) {
		int saved = errno;
		close(report[0]);
		close(report[1]);
		close(go[0]);
		close(go[1]);
		return pns_fail(e, saved, "fork");
	}
	if (pid == 0) {
		close(report[0]);
		close(go[1]);
		child_main(s, set, o, binder, report[1], go[0]);
	}
	close(report[1]);
	close(go[0]);
	cleanup_close int report_fd = report[0];
	int go_fd = go[1];

	struct child_report r;
	ssize_t n;
	do
		n = read(report_fd, &r, sizeof(r));
	while (n < 0 && errno == EINTR);
	int rc = 0;
	bool netns_made = false;
	if (n != (ssize_t)sizeof(r)) {
		rc = pns_fail(e, 0, "creating %s: the child process died before its namespaces "
			      "were ready", dir_path);
	} else if (!r.ok) {
		*e = r.err;
		rc = -1;
	}
	for (int t = 0; t < PNS_NTYPES && rc == 0; t++)
		if (set->types & PNS_BIT(t))
			rc = pin_one(dirfd, dir_path, pns_types[t].name, pid, pns_types[t].proc_entry, e);
	if (rc == 0 && run_netns >= 0) {
		rc = pin_one(run_netns, PNS_RUN_NETNS, o->ip_netns, pid, "net", e);
		netns_made = rc == 0;
	}
	if (rc == 0) {
		if (write(go_fd, "k", 1) != 1)
			rc = pns_fail(e, errno, "creating %s: cannot release the child", dir_path);
	}
	close(go_fd);	/* without the go byte the child kills a pid set's init */
	if (wait_child(pid) < 0 && rc == 0)
		rc = pns_fail(e, 0, "creating %s: the child process failed", dir_path);
	if (rc == 0) {
		/* Last: from now on logins may join. */
		int mark = openat(dirfd, PNS_COMPLETE_MARK, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
				  O_CLOEXEC, 0444);
		if (mark < 0)
			rc = pns_fail(e, errno, "cannot write %s/%s", dir_path, PNS_COMPLETE_MARK);
		else
			close(mark);
	}
	if (rc == 0)
		return 0;
	/* Leave nothing a login could mistake for a set. */
	struct pns_err ignored;
	if (netns_made) {
		char fdpath[PATH_MAX];
		snprintf(fdpath, sizeof(fdpath), PNS_RUN_NETNS "/%s", o->ip_netns);
		umount2(fdpath, MNT_DETACH | UMOUNT_NOFOLLOW);
		unlinkat(run_netns, o->ip_netns, 0);
	}
	pns_store_remove_locked(s, i, &ignored);
	return -1;
}

int pns_store_create(struct pns_store *s, const struct pns_set *set, const struct pns_inst *i,
		     const struct pns_create_opts *o, bool *created, struct pns_err *e)
{
	*created = false;
	if (set->external)
		return pns_fail(e, 0, "set %s is pinned by someone else (paths): nothing to create",
				set->name);
	if (!set->types)
		return pns_fail(e, 0, "set %s has no namespace types", set->name);
	cleanup_close int lock = pns_store_lock(s, i, e);
	if (lock < 0)
		return -1;
	struct pns_inst_status status;
	if (pns_store_state(s, i, set->types, &status, e) < 0)
		return -1;
	switch (status.state) {
	case PNS_INST_COMPLETE:
		return 0;
	case PNS_INST_ELSEWHERE:
		/* Not "exists": logins here would find no namespace.  Not
		 * removed either: the unlink would detach the pins over there. */
		*e = status.why;
		return -1;
	case PNS_INST_INCOMPLETE:
		/* A crash or failure mid-creation left this: start over. */
		if (pns_store_remove_locked(s, i, e) < 0)
			return -1;
		break;
	case PNS_INST_ABSENT:
	default:
		break;
	}
	if (create_locked(s, set, i, o, e) < 0)
		return -1;
	*created = true;
	return 0;
}
