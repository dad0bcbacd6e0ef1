/* Reaching the store, making it once, moving between namespaces, locks
 * (store.h). */
#include "store/store.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include "common/child.h"
#include "common/path.h"
#include "store/pin.h"
#include "store/store_int.h"

#ifndef NS_GET_MNTNS_ID
#define NS_GET_MNTNS_ID _IOR(0xb7, 0x5, __u64)
#endif
#ifndef TMPFS_MAGIC
#define TMPFS_MAGIC 0x01021994
#endif

unsigned long long pns_mnt_ns_id(int fd)
{
	uint64_t id = 0;
	if (fd < 0 || ioctl(fd, NS_GET_MNTNS_ID, &id) < 0)
		return 0;
	return (unsigned long long)id;
}

static unsigned long long own_mnt_ns_id(void)
{
	cleanup_close int fd = open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC);
	return pns_mnt_ns_id(fd);
}

int pns_mnt_id_above(unsigned long long binder, struct pns_err *e)
{
	/* The kernel binds a mount namespace file only into an older mount
	 * namespace (a guard against reference loops), but recent kernels hand
	 * out ids from per-CPU batches, so a namespace made now can get a lower
	 * id than an older one.  Unshare again, trying each CPU: some CPU's
	 * counter has passed the binder's id. */
	unsigned long long id = own_mnt_ns_id();
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
		id = own_mnt_ns_id();
		if (id > binder)
			rc = 0;
	}
	sched_setaffinity(0, sizeof(allowed), &allowed);
	if (rc < 0 && !e->msg[0])
		return pns_fail(e, 0, "could not get a mount namespace the kernel lets us pin "
				"(id %llu is not above %llu)", id, binder);
	return rc;
}

int pns_lock_fd(int fd, const char *what, struct pns_err *e)
{
	/* Never a blocking flock: only root can open our lock files, but a
	 * stuck pam_ns_helper must still not stall every later one. */
	long waited = 0;
	for (long step = 1;; step = step < 64 ? step * 2 : 100) {
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return 0;
		if (errno != EWOULDBLOCK && errno != EINTR)
			return pns_fail(e, errno, "%s: lock", what);
		if (waited >= PNS_LOCK_WAIT_MS)
			return pns_fail(e, ETIMEDOUT, "%s is still locked after %d s (by another "
					"pam_ns_helper?)", what, PNS_LOCK_WAIT_MS / 1000);
		struct timespec ts = { .tv_sec = 0, .tv_nsec = step * 1000000L };
		nanosleep(&ts, NULL);
		waited += step;
	}
}

/* The lock file `name` under dirfd (dir_name in messages), made (0600)
 * when missing, trusted, and locked: the fd to close for unlocking. */
static int lock_file(int dirfd, const char *dir_name, const char *name, struct pns_err *e)
{
	cleanup_close int fd = pns_path_openat(dirfd, dir_name, name,
					       PNS_PATH_FILE | PNS_PATH_CREATE | PNS_PATH_TRUSTED, 0, e);
	if (fd < 0 || pns_lock_fd(fd, name, e) < 0)
		return -1;
	return pns_steal_fd(&fd);
}

int pns_store_lock(struct pns_store *s, const struct pns_inst *i, struct pns_err *e)
{
	char rel[PATH_MAX];
	if (pns_inst_lock_rel(i, rel, sizeof(rel), e) < 0)
		return -1;
	if (s->root < 0)
		return pns_fail(e, ENOENT, "there is no store under %s", PNS_ESC(s->pin_dir));
	return lock_file(s->root, "store:", rel, e);
}

/* ---- moving between mount namespaces ------------------------------------- */

static int ns_fd_of(const struct pns_store *s, enum pns_where w)
{
	switch (w) {
	case PNS_IN_STORE:
		return s->store_ns;
	case PNS_IN_HOME:
		return s->home_ns >= 0 ? s->home_ns : s->own_ns;
	case PNS_IN_OWN:
	default:
		return s->own_ns;
	}
}

static const char *where_name(enum pns_where w)
{
	return w == PNS_IN_STORE ? "store" : w == PNS_IN_HOME ? "home (/proc/1's)" : "caller's own";
}

int pns_store_go(struct pns_store *s, enum pns_where where, struct pns_err *e)
{
	int to = ns_fd_of(s, where);
	if (to == ns_fd_of(s, s->where)) {
		s->where = where;
		return 0;
	}
	if (to < 0)
		return pns_fail(e, 0, "no %s mount namespace to enter", where_name(where));
	/* setns(CLONE_NEWNS) needs a process that shares its fs_struct with
	 * nobody (a single thread) and resets root and cwd to the new
	 * namespace's root. */
	if (setns(to, CLONE_NEWNS) < 0)
		return pns_fail(e, errno, "cannot enter the %s mount namespace", where_name(where));
	s->where = where;
	if (where != PNS_IN_OWN)
		return 0;
	/* Root first (a chrooted caller stays chrooted), then cwd. */
	if (s->own_root >= 0 && (fchdir(s->own_root) < 0 || chroot(".") < 0))
		return pns_fail(e, errno, "cannot return to the root directory");
	if (s->own_cwd < 0 || fchdir(s->own_cwd) < 0)
		if (chdir("/") < 0)
			return pns_fail(e, errno, "cannot return to a working directory");
	return 0;
}

int pns_store_host_net(struct pns_store *s, bool enter, struct pns_err *e)
{
	struct pns_err ignored;
	if (!e)
		e = &ignored;
	if (!enter) {
		if (s->own_net < 0)
			return 0;
		int rc = setns(s->own_net, CLONE_NEWNET) < 0 ?
			 pns_fail(e, errno, "cannot return to the caller's net namespace") : 0;
		close(s->own_net);
		s->own_net = -1;
		return rc;
	}
	if (s->own_net >= 0)
		return 0;
	cleanup_close int own = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	cleanup_close int host = open("/proc/1/ns/net", O_RDONLY | O_CLOEXEC);
	struct stat a, b;
	if (own < 0 || host < 0 || fstat(own, &a) < 0 || fstat(host, &b) < 0)
		return pns_fail(e, errno, "cannot open the net namespace of %s", own < 0 ? "this process" :
				"/proc/1 (the host's network)");
	if (a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return 0;	/* the caller is on the host's network */
	if (setns(host, CLONE_NEWNET) < 0)
		return pns_fail(e, errno, "cannot enter the net namespace of /proc/1 (the host's network)");
	s->own_net = pns_steal_fd(&own);
	return 0;
}

/* ---- reaching and making the store ---------------------------------------- */

/* A session or pid set of ours as /proc/1: its mount namespace is not the
 * home of the store, and nothing seen from here can tell us which is. */
static bool proc1_is_ours(void)
{
	char comm[32] = "";
	cleanup_close int fd = open("/proc/1/comm", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, comm, sizeof(comm) - 1) : -1;
	if (n <= 0)
		return false;
	comm[n] = '\0';
	comm[strcspn(comm, "\n")] = '\0';
	return !strcmp(comm, PNS_INIT_NAME);
}

static int unreachable(struct pns_err *e)
{
	return pns_fail(e, 0, "the store is out of reach here: /proc/1 is a pam_ns init, so this "
			"is a session (or set) with a pid namespace and /proc of its own; run "
			"pam_ns_helper from outside it");
}

/* mountinfo escapes space, tab, newline and backslash as \ooo. */
static void unescape(char *s)
{
	char *w = s;
	for (char *r = s; *r; r++) {
		if (r[0] == '\\' && r[1] >= '0' && r[1] <= '7' && r[2] >= '0' && r[2] <= '7' &&
		    r[3] >= '0' && r[3] <= '7') {
			*w++ = (char)(((r[1] - '0') << 6) | ((r[2] - '0') << 3) | (r[3] - '0'));
			r += 3;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
}

/* 0: no mount at path in this namespace; 1: the top one is not shared; 2: it is. */
static int mount_state(const char *path, struct pns_err *e)
{
	cleanup_fclose FILE *f = fopen("/proc/self/mountinfo", "re");
	if (!f)
		return pns_fail(e, errno, "/proc/self/mountinfo");
	cleanup_free char *line = NULL;
	size_t cap = 0;
	int state = 0;
	while (getline(&line, &cap, f) > 0) {
		/* id parent major:minor root mountpoint options [optional...] - ... */
		char *save = NULL;
		char *tok = strtok_r(line, " ", &save);
		for (int field = 0; tok && field < 4; field++)
			tok = strtok_r(NULL, " ", &save);
		if (!tok)
			continue;
		unescape(tok);
		if (strcmp(tok, path))
			continue;
		/* Later lines are mounted on top of earlier ones. */
		state = 1;
		strtok_r(NULL, " ", &save);	/* mount options */
		while ((tok = strtok_r(NULL, " \n", &save)) && strcmp(tok, "-"))
			if (!strncmp(tok, "shared:", 7))
				state = 2;
	}
	return state;
}

/* A mount namespace can only be pinned on a mount that does not propagate,
 * so pin_dir becomes a private bind mount of itself (once: mountinfo says
 * whether it is done).  Returns a fresh fd of pin_dir, the top mount. */
static int make_private(struct pns_store *s, int dir, struct pns_err *e)
{
	int state = mount_state(s->pin_dir, e);
	if (state < 0)
		return -1;
	char fdpath[64];
	if (state == 0) {
		snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", dir);
		if (mount(fdpath, fdpath, NULL, MS_BIND, NULL) < 0)
			return pns_fail(e, errno, "cannot bind-mount %s onto itself", PNS_ESC(s->pin_dir));
	}
	/* The fd taken before the bind mount sees what lies under it. */
	cleanup_close int top = pns_path_open(s->pin_dir, PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (top < 0)
		return -1;
	if (state != 1) {
		snprintf(fdpath, sizeof(fdpath), "/proc/self/fd/%d", top);
		if (mount(NULL, fdpath, NULL, MS_PRIVATE, NULL) < 0)
			return pns_fail(e, errno, "cannot make %s a private mount", PNS_ESC(s->pin_dir));
	}
	return pns_steal_fd(&top);
}

struct store_child {
	const char *pin_dir;
	unsigned long long home_id;
};

/* In the child: a mount namespace whose root is a fresh tmpfs and nothing
 * else, so it holds no copy of any other mount (no filesystem is kept
 * busy by it) and nobody but root can ever look inside. */
static int store_child_main(void *arg, struct pns_err *e)
{
	const struct store_child *c = arg;
	if (unshare(CLONE_NEWNS) < 0)
		return pns_fail(e, errno, "unshare(mnt) for the store");
	if (pns_mnt_id_above(c->home_id, e) < 0)
		return -1;
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return pns_fail(e, errno, "cannot make the store's mounts private");
	if (mount("pam_ns-store", c->pin_dir, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=0700") < 0)
		return pns_fail(e, errno, "cannot mount the store's tmpfs");
	/* pivot_root(".", ".") stacks the old root on the new one; detaching
	 * it leaves the tmpfs alone (pivot_root(2)). */
	if (chdir(c->pin_dir) < 0 || syscall(SYS_pivot_root, ".", ".") < 0 ||
	    umount2(".", MNT_DETACH) < 0 || chdir("/") < 0)
		return pns_fail(e, errno, "cannot make the store's tmpfs its root");
	if (mkdir("sets", 0700) < 0 || mkdir("locks", 0700) < 0)
		return pns_fail(e, errno, "cannot lay out the store");
	return 0;
}

/* Under pin_dir's lock, in the home namespace: pin a new store. */
static int make_store(struct pns_store *s, int dir, struct pns_err *e)
{
	/* A pin file of an earlier boot (a /run on disk): an empty file. */
	struct stat st;
	if (fstatat(dir, PNS_STORE_PIN, &st, AT_SYMLINK_NOFOLLOW) == 0) {
		if (!S_ISREG(st.st_mode) || st.st_size != 0)
			return pns_fail(e, 0, "%s/%s is not the store's pin: remove it", PNS_ESC(s->pin_dir),
					PNS_STORE_PIN);
		if (unlinkat(dir, PNS_STORE_PIN, 0) < 0)
			return pns_fail(e, errno, "cannot remove the stale %s/%s", PNS_ESC(s->pin_dir),
					PNS_STORE_PIN);
	}
	struct store_child arg = { .pin_dir = s->pin_dir,
				   .home_id = pns_mnt_ns_id(ns_fd_of(s, PNS_IN_HOME)) };
	struct pns_child c;
	if (pns_child_start(&c, store_child_main, NULL, &arg, e) < 0)
		return -1;
	char src[64];
	snprintf(src, sizeof(src), "/proc/%d/ns/mnt", (int)c.pid);
	cleanup_close int nsfd = open(src, O_RDONLY | O_CLOEXEC);
	int rc = nsfd < 0 ? pns_fail(e, errno, "%s", src)
			  : pns_pin_make(dir, s->pin_dir, PNS_STORE_PIN, nsfd, e);
	if (pns_child_release(&c, rc == 0, rc == 0 ? e : NULL) < 0 && rc == 0)
		rc = -1;
	return rc;
}

/* Whether pin_dir holds no store pin: nothing there, or the empty file a
 * pin leaves behind where it is not mounted (a /run on disk after a
 * reboot, or a mount namespace copied from home, which never copies it).
 * Anything mounted there (another namespace's file) is not "none". */
static bool no_store_pin(int dir)
{
	struct stat st, d;
	if (fstatat(dir, PNS_STORE_PIN, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return errno == ENOENT;
	return fstat(dir, &d) == 0 && st.st_dev == d.st_dev && S_ISREG(st.st_mode) && st.st_size == 0;
}

/* This boot's id (random/boot_id, 36 characters), "" when unknown. */
static void boot_id(char *buf, size_t size)
{
	buf[0] = '\0';
	cleanup_close int fd = open("/proc/sys/kernel/random/boot_id", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, buf, size - 1) : -1;
	buf[n > 0 ? n : 0] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
}

/*
 * <pin_dir>/.home says in which mount namespace the store lives: "<boot
 * id> <namespace id>", written before the store is pinned.  Only there is
 * the pin mounted, and a mount namespace pin is never copied, so anywhere
 * else (a plain pid namespace of its own has another /proc/1) the pin file
 * looks empty, and making a store there, or removing that "stale" file,
 * would be wrong (unlinking it would detach the real pin at home).
 * 1: the record names this home; 0: no record, or one of an earlier boot;
 * -1: another home, with *e saying so.
 */
static int home_record(struct pns_store *s, int dir, struct pns_err *e)
{
	struct pns_err oe = { 0 };
	cleanup_close int fd = pns_path_openat(dir, s->pin_dir, PNS_STORE_HOME,
					       PNS_PATH_FILE | PNS_PATH_TRUSTED, 0, &oe);
	if (fd < 0 && oe.errnum == ENOENT)
		return 0;
	if (fd < 0) {
		*e = oe;
		return -1;
	}
	char text[128] = "", boot[64], now[64];
	ssize_t n = read(fd, text, sizeof(text) - 1);
	unsigned long home = 0;
	text[n > 0 ? n : 0] = '\0';
	boot_id(now, sizeof(now));
	if (sscanf(text, "%63s %lu", boot, &home) != 2 || strcmp(boot, now))
		return 0;	/* written before this boot: nothing of it is mounted */
	struct stat st;
	if (fstat(ns_fd_of(s, PNS_IN_HOME), &st) == 0 && st.st_ino == home)
		return 1;
	return pns_fail(e, 0, "the store of %s lives in mount namespace %lu, and /proc/1 here is in "
			"%lu: this is not the store's home (a pid namespace with a /proc of its own?); "
			"run pam_ns_helper where /proc/1 is the host's init (if that namespace is gone, "
			"remove %s/%s)", PNS_ESC(s->pin_dir), home, (unsigned long)st.st_ino, PNS_ESC(s->pin_dir),
			PNS_STORE_HOME);
}

/* Write .home for this home namespace: a new file renamed over the old. */
static int write_home_record(struct pns_store *s, int dir, struct pns_err *e)
{
	char boot[64], text[128], tmp[] = PNS_STORE_HOME ".new";
	struct stat st;
	boot_id(boot, sizeof(boot));
	if (fstat(ns_fd_of(s, PNS_IN_HOME), &st) < 0)
		return pns_fail(e, errno, "cannot stat the home mount namespace");
	int len = snprintf(text, sizeof(text), "%s %lu\n", boot[0] ? boot : "-", (unsigned long)st.st_ino);
	unlinkat(dir, tmp, 0);
	cleanup_close int fd = openat(dir, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0 || write(fd, text, (size_t)len) != len || renameat(dir, tmp, dir, PNS_STORE_HOME) < 0)
		return pns_fail(e, errno, "cannot write %s/%s", PNS_ESC(s->pin_dir), PNS_STORE_HOME);
	return 0;
}

/* In the home namespace: open the store pin of pin_dir, making the store
 * when asked.  -1 with e->errnum ENOENT when there is none. */
static int find_store(struct pns_store *s, bool make, struct pns_err *e)
{
	unsigned flags = PNS_PATH_DIR | PNS_PATH_TRUSTED | (make ? PNS_PATH_MKDIR : 0);
	cleanup_close int dir = pns_path_open(s->pin_dir, flags, 0, e);
	if (dir < 0)
		return -1;
	int fd = pns_pin_openat(dir, s->pin_dir, PNS_STORE_PIN, PNS_MNT, false, e);
	if (fd >= 0)
		return fd;
	if (!no_store_pin(dir)) {
		char why[sizeof(e->msg)];
		snprintf(why, sizeof(why), "%s", e->msg);
		return pns_fail(e, 0, "%s/%s is not the store's pin (%s): remove it", PNS_ESC(s->pin_dir),
				PNS_STORE_PIN, why);
	}
	if (home_record(s, dir, e) < 0)
		return -1;
	if (!make)
		return pns_fail(e, ENOENT, "there is no store under %s", PNS_ESC(s->pin_dir));
	/* Nobody but root may even open what lies in pin_dir (the store pin
	 * would tell how many pins there are, and hold the store alive). */
	struct stat st;
	if (fstat(dir, &st) == 0 && (st.st_mode & 077) && fchmod(dir, 0700) < 0)
		return pns_fail(e, errno, "cannot make %s mode 0700", PNS_ESC(s->pin_dir));
	cleanup_close int lock = lock_file(dir, s->pin_dir, PNS_STORE_LOCK, e);
	if (lock < 0)
		return -1;
	cleanup_close int top = make_private(s, dir, e);
	if (top < 0)
		return -1;
	/* Someone else may have made it while we waited for the lock. */
	fd = pns_pin_openat(top, s->pin_dir, PNS_STORE_PIN, PNS_MNT, false, e);
	if (fd >= 0)
		return fd;
	/* Home is checked again under the lock, and recorded before the pin. */
	if (!no_store_pin(top) || home_record(s, top, e) < 0 || write_home_record(s, top, e) < 0 ||
	    make_store(s, top, e) < 0)
		return -1;
	return pns_pin_openat(top, s->pin_dir, PNS_STORE_PIN, PNS_MNT, false, e);
}

/*
 * In the store: its root, checked to be the tmpfs we made: root's, and
 * nobody else's to search (mode 0700).  That check is what every later
 * look inside rests on: nobody but root can reach anything below it, so
 * nothing there can have been put or renamed by anyone else, and paths
 * below are opened without a trust check per component
 * (PNS_PATH_PRIVATE).  Mounted nodev, so no device node in it can be
 * opened: pins are opened at once (pns_pin_open_in_store).  "/" is opened directly, not walked: it is the root
 * setns(2) just gave us, no name to swap.
 */
static int open_root(struct pns_store *s, struct pns_err *e)
{
	cleanup_close int root = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	struct statfs sfs;
	struct stat st;
	if (root < 0 || fstatfs(root, &sfs) < 0 || fstat(root, &st) < 0)
		return pns_fail(e, errno, "the store of %s: cannot open its root", PNS_ESC(s->pin_dir));
	if (sfs.f_type != TMPFS_MAGIC || !(sfs.f_flags & ST_NODEV) || st.st_uid != 0 || (st.st_mode & 077))
		return pns_fail(e, 0, "the mount namespace pinned at %s/%s is not a pam_ns store (its "
				"root is not a nodev tmpfs of root's, mode 0700)", PNS_ESC(s->pin_dir), PNS_STORE_PIN);
	return pns_steal_fd(&root);
}

int pns_store_open(struct pns_store *s, const char *pin_dir, unsigned flags, struct pns_err *e)
{
	*s = (struct pns_store)PNS_STORE_INIT;
	if (pns_path_normal("pin_dir", pin_dir, s->pin_dir, sizeof(s->pin_dir), e) < 0)
		return -1;
	s->own_ns = open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC);
	if (s->own_ns < 0)
		return pns_fail(e, errno, "cannot open /proc/self/ns/mnt");
	/* /proc/1's is opened only when it is not ours (a login is usually
	 * at home already): each name under /proc costs a walk. */
	struct stat own, home;
	if (fstat(s->own_ns, &own) < 0)
		return pns_fail(e, errno, "cannot stat /proc/self/ns/mnt");
	if (stat("/proc/1/ns/mnt", &home) < 0)
		return pns_fail(e, errno, "cannot open /proc/1/ns/mnt (the home of the store)");
	if (own.st_dev != home.st_dev || own.st_ino != home.st_ino) {
		s->home_ns = open("/proc/1/ns/mnt", O_RDONLY | O_CLOEXEC);
		if (s->home_ns < 0)
			return pns_fail(e, errno, "cannot open /proc/1/ns/mnt (the home of the store)");
	}
	s->own_root = open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
	s->own_cwd = open(".", O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (s->own_root < 0)
		return pns_fail(e, errno, "cannot open /");
	bool make = flags & PNS_STORE_MAKE;
	if (make && proc1_is_ours())
		return unreachable(e);
	if (pns_store_go(s, PNS_IN_HOME, e) < 0)
		return -1;
	struct pns_err fe = { 0 };
	int rc = 0;
	s->store_ns = find_store(s, make, &fe);
	if (s->store_ns < 0 && fe.errnum == ENOENT && !make) {
		/* No store: an empty one, unless home is out of reach. */
		rc = proc1_is_ours() ? unreachable(e) : 0;
	} else if (s->store_ns < 0) {
		*e = fe;
		rc = -1;
	} else if (pns_store_go(s, PNS_IN_STORE, e) < 0 || (s->root = open_root(s, e)) < 0) {
		rc = -1;
	}
	/* Never leave the caller elsewhere: a login program must go on in its
	 * own namespace or not at all. */
	struct pns_err back = { 0 };
	if (pns_store_go(s, PNS_IN_OWN, &back) < 0) {
		*e = back;
		return -1;
	}
	return rc;
}

void pns_store_close(struct pns_store *s)
{
	pns_store_host_net(s, false, NULL);
	pns_store_go(s, PNS_IN_OWN, NULL);
	int *fds[] = { &s->root, &s->own_ns, &s->home_ns, &s->store_ns, &s->own_root, &s->own_cwd };
	for (size_t k = 0; k < PNS_ARRAY_SIZE(fds); k++) {
		if (*fds[k] >= 0)
			close(*fds[k]);
		*fds[k] = -1;
	}
}

/* Whether the store's sets directory holds anything (a set left). */
static int store_has_sets(const struct pns_store *s, struct pns_err *e)
{
	if (s->root < 0)
		return 0;
	int fd = openat(s->root, "sets", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? 0 : pns_fail(e, errno, "cannot open the store's sets");
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return pns_fail(e, errno, "cannot read the store's sets");
	}
	int found = 0;
	struct dirent *de;
	while (!found && (de = readdir(d)))
		found = strcmp(de->d_name, ".") && strcmp(de->d_name, "..");
	closedir(d);
	return found;
}

int pns_store_remove(struct pns_store *s, struct pns_err *e)
{
	int rc = store_has_sets(s, e);
	if (rc != 0) {
		pns_store_close(s);
		return rc < 0 ? -1 : pns_fail(e, ENOTEMPTY, "the store of %s still holds sets: delete "
					      "them first", PNS_ESC(s->pin_dir));
	}
	if (pns_store_go(s, PNS_IN_HOME, e) < 0) {
		pns_store_close(s);
		return -1;
	}
	cleanup_close int dir = pns_path_open(s->pin_dir, PNS_PATH_DIR | PNS_PATH_TRUSTED, 0, e);
	if (dir < 0 && e->errnum == ENOENT) {
		pns_store_close(s);
		return 0;	/* no pin_dir: nothing to remove */
	}
	cleanup_close int lock = dir < 0 ? -1 : lock_file(dir, s->pin_dir, PNS_STORE_LOCK, e);
	rc = lock < 0 ? -1 : 0;
	if (rc == 0 && pns_pin_unmake(dir, s->pin_dir, PNS_STORE_PIN, e) < 0)
		rc = -1;
	/* The names go with the lock held: a creator waiting for it finds
	 * no store and makes a new one, as it should. */
	static const char *const names[] = { PNS_STORE_PIN, PNS_STORE_HOME, PNS_STORE_LOCK };
	for (size_t k = 0; rc == 0 && k < PNS_ARRAY_SIZE(names); k++)
		if (unlinkat(dir, names[k], 0) < 0 && errno != ENOENT)
			rc = pns_fail(e, errno, "cannot remove %s/%s", PNS_ESC(s->pin_dir), names[k]);
	int state = rc == 0 ? mount_state(s->pin_dir, e) : -1;
	if (state < 0)
		rc = -1;
	/* pin_dir's private bind mount of itself (make_private), then the
	 * directory, when nothing else is in it. */
	if (state == 1 && umount2(s->pin_dir, MNT_DETACH) < 0)
		rc = pns_fail(e, errno, "cannot unmount %s", PNS_ESC(s->pin_dir));
	if (rc == 0 && rmdir(s->pin_dir) < 0 && errno != ENOENT && errno != ENOTEMPTY && errno != EEXIST)
		rc = pns_fail(e, errno, "cannot remove %s", PNS_ESC(s->pin_dir));
	pns_store_close(s);
	return rc;
}
