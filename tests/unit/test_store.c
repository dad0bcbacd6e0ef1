/*
 * The store (store_open.c, store_state.c, store_create.c, store_delete.c,
 * store_list.c): reaching and making it, the one definition of complete,
 * making, listing and removing sets, locks, and the verdict a login uses.
 *
 * The store is reached through /proc/1, so this test runs as PID 1 of a pid
 * namespace of its own, with its own mount namespace and /proc
 * (enter_pid1_sandbox): the "home" namespace is the test's, never the
 * host's.  Each case uses a pin_dir of its own under one private tmpfs.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/magic.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "common/path.h"
#include "inline_policy.h"
#include "sandbox.h"
#include "store/pin.h"
#include "store/store.h"

#ifndef NSFS_MAGIC
#define NSFS_MAGIC 0x6e736673
#endif
#ifndef TMPFS_MAGIC
#define TMPFS_MAGIC 0x01021994
#endif

static char dir[] = "/tmp/pns-test-store.XXXXXX";
static const char *init_path;

/* ---- helpers --------------------------------------------------------------- */

/* dir/<name>: the pin_dir of one case. */
static const char *pin_dir_of(const char *name, char *buf, size_t size)
{
	snprintf(buf, size, "%s/%s", dir, name);
	return buf;
}

/* A policy with pin_dir and the sets given (libconfig text of the
 * `namespaces` group's body). */
static struct pns_policy *policy_of(const char *pin_dir, const char *sets)
{
	char *text = NULL;
	assert_true(asprintf(&text, "version = 1;\npin_dir = \"%s\";\nnamespaces = { %s };\n", pin_dir,
			     sets) > 0);
	struct pns_policy *pol = inline_policy(text);
	free(text);
	return pol;
}

static void open_store(struct pns_store *s, const char *pin_dir, unsigned flags)
{
	struct pns_err e = { 0 };
	if (pns_store_open(s, pin_dir, flags, &e) < 0)
		fail_msg("pns_store_open(%s): %s", pin_dir, e.msg);
}

static void inst(struct pns_inst *i, const char *set, enum pns_scope per, const char *name)
{
	struct pns_err e = { 0 };
	if (pns_inst_init(i, set, per, name, &e) < 0)
		fail_msg("pns_inst_init: %s", e.msg);
}

/* Create the instance `name` of policy set `set`; returns *created. */
static bool create(struct pns_store *s, const struct pns_policy *pol, const char *set, const char *name)
{
	const struct pns_set *ps = pns_policy_find_set(pol, set);
	assert_non_null(ps);
	struct pns_inst i;
	struct pns_err e = { 0 };
	struct pns_create_opts o = { .hostname = ps->setup.hostname, .init = init_path };
	bool created = false;
	inst(&i, set, ps->per, name);
	if (pns_store_create(s, ps, &i, &o, &created, &e) < 0)
		fail_msg("pns_store_create(%s %s): %s", set, name ? name : "", e.msg);
	return created;
}

static void delete(struct pns_store *s, const char *set, enum pns_scope per, const char *name)
{
	struct pns_inst i;
	struct pns_err e = { 0 };
	inst(&i, set, per, name);
	if (pns_store_delete(s, NULL, &i, NULL, &e) < 0)
		fail_msg("pns_store_delete(%s %s): %s", set, name ? name : "", e.msg);
}

static struct pns_inst_status state_of(struct pns_store *s, const char *set, enum pns_scope per,
				       const char *name, unsigned types)
{
	struct pns_inst i;
	struct pns_inst_status st;
	struct pns_err e = { 0 };
	inst(&i, set, per, name);
	if (pns_inst_open(s, &i, types, NULL, &st, &e) < 0)
		fail_msg("pns_inst_open(%s): %s", set, e.msg);
	return st;
}

static struct pns_inst_info info_of(struct pns_store *s, const char *set, enum pns_scope per,
				    const char *name)
{
	struct pns_inst i;
	struct pns_inst_info info;
	struct pns_err e = { 0 };
	inst(&i, set, per, name);
	if (pns_store_inspect(s, &i, 0, &info, &e) < 0)
		fail_msg("pns_store_inspect(%s): %s", set, e.msg);
	return info;
}

static unsigned long own_id(enum pns_type t)
{
	char p[64];
	struct stat st;
	snprintf(p, sizeof(p), "/proc/self/ns/%s", pns_types[t].proc_entry);
	return stat(p, &st) == 0 ? (unsigned long)st.st_ino : 0;
}

static unsigned long long own_mnt_ns_id(void)
{
	int fd = open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC);
	unsigned long long id = pns_mnt_ns_id(fd);
	if (fd >= 0)
		close(fd);
	return id;
}

/* Mounts of this (the home) namespace whose mount point is p or below it
 * (prefix NULL: every mount); *shared tells whether one is shared. */
static int count_mounts(const char *p, bool *shared)
{
	FILE *f = fopen("/proc/self/mountinfo", "re");
	char line[4096], mp[PATH_MAX];
	int n = 0;
	size_t len = p ? strlen(p) : 0;
	if (shared)
		*shared = false;
	while (f && fgets(line, sizeof(line), f)) {
		if (sscanf(line, "%*s %*s %*s %*s %4095s", mp) != 1)
			continue;
		if (p && !(!strncmp(mp, p, len) && (mp[len] == '\0' || mp[len] == '/')))
			continue;
		n++;
		if (shared && strstr(line, " shared:"))
			*shared = true;
	}
	if (f)
		fclose(f);
	return n;
}

/* Processes that are a set's init and still running (zombies of ours
 * reaped first: a drained init ends up a child of this PID 1). */
static int live_setinits(void)
{
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
	DIR *d = opendir("/proc");
	struct dirent *de;
	int n = 0;
	while (d && (de = readdir(d))) {
		char p[PATH_MAX], buf[512];
		if (de->d_name[0] < '1' || de->d_name[0] > '9')
			continue;
		snprintf(p, sizeof(p), "/proc/%s/stat", de->d_name);
		FILE *f = fopen(p, "re");
		if (!f)
			continue;
		if (fgets(buf, sizeof(buf), f)) {
			char *open_paren = strchr(buf, '('), *close_paren = strrchr(buf, ')');
			if (open_paren && close_paren && close_paren[1] == ' ' && close_paren[2] != 'Z' &&
			    !strncmp(open_paren + 1, PNS_INIT_NAME, strlen(PNS_INIT_NAME)))
				n++;
		}
		fclose(f);
	}
	if (d)
		closedir(d);
	return n;
}


static int setup(void **state)
{
	(void)state;
	if (getpid() != 1) {
		print_error("not PID 1: the store would be the host's\n");
		return -1;
	}
	if (!mkdtemp(dir) || mount("tmpfs", dir, "tmpfs", 0, "mode=0755") < 0) {
		print_error("cannot make %s: %s\n", dir, strerror(errno));
		return -1;
	}
	/* /run/netns is reached for ip_netns sets: a /run of our own. */
	if (mount("tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755") < 0) {
		print_error("cannot mount a private /run: %s\n", strerror(errno));
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	umount2(dir, MNT_DETACH);
	rmdir(dir);
	return 0;
}

/* ---- reaching and making the store ------------------------------------------ */

static void without_a_store_every_instance_is_absent(void **state)
{
	(void)state;
	char pd[PATH_MAX];
	pin_dir_of("none", pd, sizeof(pd));
	struct pns_store s;
	struct pns_err e = { 0 };
	open_store(&s, pd, 0);
	assert_int_equal(s.root, -1);
	assert_int_equal(s.store_ns, -1);
	assert_int_equal(s.where, PNS_IN_OWN);
	assert_string_equal(s.pin_dir, pd);
	/* Nothing was made for a mere look. */
	struct stat st;
	assert_int_equal(lstat(pd, &st), -1);
	assert_int_equal(errno, ENOENT);

	struct pns_inst_status status = state_of(&s, "lab", PNS_PER_SHARED, NULL, 0);
	assert_int_equal(status.state, PNS_INST_ABSENT);
	assert_non_null(strstr(status.why.msg, "set lab does not exist"));
	assert_non_null(strstr(status.why.msg, pd));
	assert_string_equal(pns_inst_state_name(status.state), "absent");

	struct pns_inst i;
	inst(&i, "lab", PNS_PER_SHARED, NULL);
	assert_int_equal(pns_store_lock(&s, &i, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
	assert_int_equal(pns_store_delete(&s, NULL, &i, NULL, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
	assert_non_null(strstr(e.msg, "set lab does not exist"));
	struct pns_inst_info info;
	assert_int_equal(pns_store_inspect(&s, &i, 0, &info, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
	pns_store_close(&s);
	pns_store_close(&s);	/* safe twice */
	assert_int_equal(lstat(pd, &st), -1);
}

static void make_pins_one_store_with_two_mounts_at_home(void **state)
{
	(void)state;
	char pd[PATH_MAX], pin[PATH_MAX + 16], lock[PATH_MAX + 16];
	pin_dir_of("made", pd, sizeof(pd));
	snprintf(pin, sizeof(pin), "%s/%s", pd, PNS_STORE_PIN);
	snprintf(lock, sizeof(lock), "%s/%s", pd, PNS_STORE_LOCK);
	unsigned long long own = own_mnt_ns_id();
	char cwd[PATH_MAX], cwd_after[PATH_MAX];
	assert_int_equal(chdir(dir), 0);
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	struct pns_store s;
	open_store(&s, pd, PNS_STORE_MAKE);
	assert_true(s.root >= 0);
	assert_true(s.store_ns >= 0);
	assert_int_equal(s.where, PNS_IN_OWN);
	/* Back in our own namespace, at the cwd we had. */
	assert_int_equal(own_mnt_ns_id(), own);
	assert_non_null(getcwd(cwd_after, sizeof(cwd_after)));
	assert_string_equal(cwd_after, cwd);
	assert_int_equal(chdir("/"), 0);

	/* pin_dir: made 0700, root's: nobody else may open what is in it. */
	struct stat st;
	assert_int_equal(lstat(pd, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0700);
	assert_int_equal(st.st_uid, 0);
	/* Exactly two mounts of ours: the private bind and the pin. */
	bool shared = true;
	assert_int_equal(count_mounts(pd, &shared), 2);
	assert_false(shared);
	assert_int_equal(count_mounts(pin, NULL), 1);

	/* The pin is a mount namespace's nsfs file: the store's. */
	struct statfs sfs;
	assert_int_equal(statfs(pin, &sfs), 0);
	assert_int_equal(sfs.f_type, NSFS_MAGIC);
	int pinfd = open(pin, O_RDONLY | O_CLOEXEC);
	assert_true(pinfd >= 0);
	assert_int_equal(ioctl(pinfd, NS_GET_NSTYPE), CLONE_NEWNS);
	unsigned long long store_id = pns_mnt_ns_id(pinfd);
	close(pinfd);
	assert_int_equal(store_id, pns_mnt_ns_id(s.store_ns));
	assert_true(store_id != own);
	/* Its lock, 0600. */
	assert_int_equal(lstat(lock, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0600);

	/* The store's root: a tmpfs of mode 0700 holding sets/ and locks/. */
	assert_int_equal(fstatfs(s.root, &sfs), 0);
	assert_int_equal(sfs.f_type, TMPFS_MAGIC);
	assert_int_equal(fstat(s.root, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	assert_int_equal(st.st_uid, 0);
	assert_int_equal(fstatat(s.root, "sets", &st, AT_SYMLINK_NOFOLLOW), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(fstatat(s.root, "locks", &st, AT_SYMLINK_NOFOLLOW), 0);
	assert_true(S_ISDIR(st.st_mode));
	/* Nothing of it can be reached by a path from here. */
	char through[PATH_MAX + 32];
	snprintf(through, sizeof(through), "%s/sets", pin);
	assert_int_equal(lstat(through, &st), -1);
	assert_int_equal(errno, ENOTDIR);
	pns_store_close(&s);
	assert_int_equal(s.root, -1);

	/* Open again, with or without MAKE: the same store, nothing mounted
	 * again. */
	open_store(&s, pd, 0);
	assert_true(s.root >= 0);
	assert_int_equal(pns_mnt_ns_id(s.store_ns), store_id);
	pns_store_close(&s);
	open_store(&s, pd, PNS_STORE_MAKE);
	assert_int_equal(pns_mnt_ns_id(s.store_ns), store_id);
	pns_store_close(&s);
	assert_int_equal(count_mounts(pd, NULL), 2);
}

static void bad_pin_dir_values_are_refused(void **state)
{
	(void)state;
	struct pns_store s;
	struct pns_err e = { 0 };
	char out[PATH_MAX];
	assert_int_equal(pns_store_open(&s, "run/pam_ns", PNS_STORE_MAKE, &e), -1);
	assert_non_null(strstr(e.msg, "pin_dir \"run/pam_ns\" is not an absolute path"));
	pns_store_close(&s);
	assert_int_equal(pns_store_open(&s, "/run/../tmp/x", PNS_STORE_MAKE, &e), -1);
	assert_non_null(strstr(e.msg, "\"..\""));
	pns_store_close(&s);
	assert_int_equal(pns_store_open(&s, "/run/./x", 0, &e), -1);
	assert_non_null(strstr(e.msg, "contains"));
	pns_store_close(&s);
	assert_int_equal(pns_store_open(&s, "//", 0, &e), -1);
	assert_non_null(strstr(e.msg, "cannot be \"/\""));
	pns_store_close(&s);
	assert_int_equal(pns_store_open(&s, "", 0, &e), -1);
	pns_store_close(&s);
	assert_int_equal(pns_store_open(&s, NULL, 0, &e), -1);
	pns_store_close(&s);

	/* What is accepted is normalised. */
	assert_int_equal(pns_path_normal("pin_dir", "//run//pam_ns/", out, sizeof(out), &e), 0);
	assert_string_equal(out, "/run/pam_ns");
	assert_int_equal(pns_path_normal("pin_dir", "/run/pam_ns", out, 8, &e), -1);
	assert_int_equal(e.errnum, ENAMETOOLONG);
	assert_int_equal(pns_path_normal("pin_dir", "/a/../b", out, sizeof(out), &e), -1);
	assert_int_equal(pns_path_normal("pin_dir", "/", out, sizeof(out), &e), -1);
	/* The store remembers the normal form. */
	char pd[PATH_MAX], odd[PATH_MAX + 8];
	pin_dir_of("normal", pd, sizeof(pd));
	snprintf(odd, sizeof(odd), "/%s//", pd);
	open_store(&s, odd, 0);
	assert_string_equal(s.pin_dir, pd);
	pns_store_close(&s);
}

static void an_untrusted_pin_dir_is_refused(void **state)
{
	(void)state;
	struct pns_store s;
	struct pns_err e = { 0 };
	char open_dir[PATH_MAX], pd[PATH_MAX + 8], link[PATH_MAX], real[PATH_MAX];
	struct stat st;
	/* A directory others may write to, on the way. */
	pin_dir_of("open", open_dir, sizeof(open_dir));
	assert_int_equal(mkdir(open_dir, 0755), 0);
	assert_int_equal(chmod(open_dir, 0777), 0);
	snprintf(pd, sizeof(pd), "%s/pins", open_dir);
	assert_int_equal(pns_store_open(&s, pd, PNS_STORE_MAKE, &e), -1);
	assert_int_equal(e.errnum, EPERM);
	assert_non_null(strstr(e.msg, "writable by group or others"));
	pns_store_close(&s);
	assert_int_equal(lstat(pd, &st), -1);
	/* A symbolic link as pin_dir, or on the way: never followed. */
	pin_dir_of("real", real, sizeof(real));
	pin_dir_of("link", link, sizeof(link));
	assert_int_equal(mkdir(real, 0755), 0);
	assert_int_equal(symlink(real, link), 0);
	assert_int_equal(pns_store_open(&s, link, PNS_STORE_MAKE, &e), -1);
	assert_int_equal(e.errnum, ELOOP);
	pns_store_close(&s);
	snprintf(pd, sizeof(pd), "%s/pins", link);
	assert_int_equal(pns_store_open(&s, pd, PNS_STORE_MAKE, &e), -1);
	assert_int_equal(e.errnum, ELOOP);
	pns_store_close(&s);
	snprintf(pd, sizeof(pd), "%s/pins", real);
	assert_int_equal(lstat(pd, &st), -1);
	assert_int_equal(count_mounts(real, NULL), 0);
	/* Still at home, whatever failed. */
	assert_int_equal(s.where, PNS_IN_OWN);
}

/* A plain file where the pin was (a /run on disk after a reboot): no
 * store to look at; PNS_STORE_MAKE replaces it. */
static void a_stale_store_pin_is_replaced(void **state)
{
	(void)state;
	char pd[PATH_MAX], pin[PATH_MAX + 16];
	pin_dir_of("stale", pd, sizeof(pd));
	snprintf(pin, sizeof(pin), "%s/%s", pd, PNS_STORE_PIN);
	assert_int_equal(mkdir(pd, 0755), 0);
	int fd = open(pin, O_CREAT | O_WRONLY | O_CLOEXEC, 0444);
	assert_true(fd >= 0);
	close(fd);
	struct pns_store s;
	open_store(&s, pd, PNS_STORE_MAKE);
	assert_true(s.root >= 0);
	pns_store_close(&s);
	struct statfs sfs;
	assert_int_equal(statfs(pin, &sfs), 0);
	assert_int_equal(sfs.f_type, NSFS_MAGIC);
	/* Something else there is never removed. */
	char pd2[PATH_MAX], pin2[PATH_MAX + 16];
	struct pns_err e = { 0 };
	pin_dir_of("stale2", pd2, sizeof(pd2));
	snprintf(pin2, sizeof(pin2), "%s/%s", pd2, PNS_STORE_PIN);
	assert_int_equal(mkdir(pd2, 0755), 0);
	assert_int_equal(mkdir(pin2, 0755), 0);
	assert_int_equal(pns_store_open(&s, pd2, PNS_STORE_MAKE, &e), -1);
	assert_non_null(strstr(e.msg, "is not the store's pin"));
	pns_store_close(&s);
	struct stat st;
	assert_int_equal(lstat(pin2, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
}

struct elsewhere {
	const char *pin_dir;
	unsigned long long store_id;
	const struct pns_set *set;
};

/* In a child with a mount namespace of its own (and a cwd there): the
 * store of home is the one reached, and the child is put back. */
static int open_from_elsewhere(void *arg)
{
	const struct elsewhere *w = arg;
	CHECK(unshare(CLONE_NEWNS) == 0);
	CHECK(mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0);
	CHECK(chdir(dir) == 0);
	/* Something only this namespace has. */
	CHECK(mkdir("only-here", 0755) == 0 || errno == EEXIST);
	CHECK(mount("tmpfs", "only-here", "tmpfs", 0, NULL) == 0);
	unsigned long long mine = own_mnt_ns_id();
	struct pns_store s;
	struct pns_err e = { 0 };
	if (pns_store_open(&s, w->pin_dir, PNS_STORE_MAKE, &e) < 0) {
		fprintf(stderr, "pns_store_open: %s\n", e.msg);
		return 1;
	}
	CHECK(s.home_ns >= 0);
	CHECK(pns_mnt_ns_id(s.store_ns) == w->store_id);
	CHECK(own_mnt_ns_id() == mine);
	char cwd[PATH_MAX];
	CHECK(getcwd(cwd, sizeof(cwd)) && !strcmp(cwd, dir));
	struct statfs sfs;
	CHECK(statfs("only-here", &sfs) == 0 && sfs.f_type == TMPFS_MAGIC);
	/* Sets made from here are of home and seen there. */
	struct pns_inst i;
	struct pns_create_opts o = { .init = init_path };
	bool created = false;
	CHECK(pns_inst_init(&i, "far", PNS_PER_SHARED, NULL, &e) == 0);
	if (pns_store_create(&s, w->set, &i, &o, &created, &e) < 0) {
		fprintf(stderr, "pns_store_create: %s\n", e.msg);
		return 2;
	}
	CHECK(created);
	CHECK(own_mnt_ns_id() == mine);
	CHECK(getcwd(cwd, sizeof(cwd)) && !strcmp(cwd, dir));
	pns_store_close(&s);
	return 0;
}

static void a_caller_elsewhere_reaches_the_store_of_home(void **state)
{
	(void)state;
	char pd[PATH_MAX];
	pin_dir_of("home", pd, sizeof(pd));
	struct pns_policy *pol = policy_of(pd, "far = { types = [\"net\", \"mnt\"]; };");
	struct pns_store s;
	open_store(&s, pd, PNS_STORE_MAKE);
	struct elsewhere w = { .pin_dir = pd, .store_id = pns_mnt_ns_id(s.store_ns),
			       .set = pns_policy_find_set(pol, "far") };
	assert_int_equal(sandbox_in_child(0, open_from_elsewhere, &w), 0);
	assert_int_equal(state_of(&s, "far", PNS_PER_SHARED, NULL, w.set->types).state,
			 PNS_INST_COMPLETE);
	assert_int_equal(count_mounts(pd, NULL), 2);
	delete(&s, "far", PNS_PER_SHARED, NULL);
	pns_store_close(&s);
	pns_policy_free(pol);
}

/* In a session with a pid namespace and /proc of its own, /proc/1 is a
 * pam_ns init: home is out of reach, and it says so. */
struct elsewhere_pid {
	const char *pin_dir;
	bool ours;		/* /proc/1 is a pam_ns init, or any other program */
	const char *why;	/* what the refusal says */
};

static int open_from_a_session(void *arg)
{
	const struct elsewhere_pid *w = arg;
	const char *pd = w->pin_dir;
	CHECK(unshare(CLONE_NEWNS | CLONE_NEWPID) == 0);
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0 ||
		    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
			_exit(90);
		if (w->ours)
			prctl(PR_SET_NAME, PNS_INIT_NAME, 0, 0, 0);
		struct pns_store s;
		struct pns_err e = { 0 };
		int rc = pns_store_open(&s, pd, PNS_STORE_MAKE, &e);
		pns_store_close(&s);
		if (rc != -1 || !strstr(e.msg, w->why)) {
			fprintf(stderr, "make: %d %s\n", rc, e.msg);
			_exit(91);
		}
		/* A mere look is refused too (the copy of the store's pin in
		 * this mount namespace is an empty file). */
		e.msg[0] = '\0';
		rc = pns_store_open(&s, pd, 0, &e);
		pns_store_close(&s);
		if (rc != -1 || !e.msg[0]) {
			fprintf(stderr, "look: %d %s\n", rc, e.msg);
			_exit(92);
		}
		_exit(0);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 99;
}

static void a_session_with_its_own_pid_namespace_is_refused(void **state)
{
	(void)state;
	char pd[PATH_MAX];
	pin_dir_of("session", pd, sizeof(pd));
	struct pns_store s;
	open_store(&s, pd, PNS_STORE_MAKE);
	unsigned long long id = pns_mnt_ns_id(s.store_ns);
	pns_store_close(&s);
	/* A pam_ns session's own pid namespace, and any other one: refused,
	 * and (the second once made a store of its own, removing the "stale"
	 * pin file and with it the real pin at home) the store at home is
	 * still the same. */
	struct elsewhere_pid session = { .pin_dir = pd, .ours = true, .why = "out of reach" };
	assert_int_equal(sandbox_in_child(0, open_from_a_session, &session), 0);
	struct elsewhere_pid other = { .pin_dir = pd, .ours = false, .why = "not the store's home" };
	assert_int_equal(sandbox_in_child(0, open_from_a_session, &other), 0);
	open_store(&s, pd, 0);
	assert_true(s.root >= 0);
	assert_int_equal(pns_mnt_ns_id(s.store_ns), id);
	pns_store_close(&s);
}

/* ---- making, inspecting and removing sets ------------------------------------ */

#define SETS_LAB_HOME                                                                         \
	"lab = { types = [\"net\", \"uts\", \"ipc\", \"cgroup\", \"time\"]; hostname = \"lab\"; };" \
	"home = { types = [\"net\", \"uts\", \"pid\", \"mnt\"]; per = \"user\"; proc = true; };"

static void expect_distinct_from_own(const struct pns_inst_info *info, unsigned types)
{
	assert_int_equal(info->types, types);
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!(types & PNS_BIT(t)))
			continue;
		assert_true(info->ids[t] != 0);
		if (info->ids[t] == own_id((enum pns_type)t))
			fail_msg("the %s pin is the test's own namespace", pns_types[t].name);
	}
}

static void creates_inspects_and_deletes_sets(void **state)
{
	(void)state;
	char pd[PATH_MAX];
	pin_dir_of("sets", pd, sizeof(pd));
	struct pns_policy *pol = policy_of(pd, SETS_LAB_HOME);
	const struct pns_set *lab = pns_policy_find_set(pol, "lab");
	const struct pns_set *home = pns_policy_find_set(pol, "home");
	struct pns_store s;
	struct pns_err e = { 0 };
	open_store(&s, pd, PNS_STORE_MAKE);
	time_t before = time(NULL);

	/* A shared set of five types. */
	assert_true(create(&s, pol, "lab", NULL));
	struct pns_inst_info lab_info = info_of(&s, "lab", PNS_PER_SHARED, NULL);
	assert_int_equal(lab_info.state, PNS_INST_COMPLETE);
	assert_true(lab_info.created >= before - 1 && lab_info.created <= time(NULL) + 1);
	expect_distinct_from_own(&lab_info, lab->types);
	struct stat st;
	assert_int_equal(fstatat(s.root, "sets/lab/shared/" PNS_COMPLETE_MARK, &st, AT_SYMLINK_NOFOLLOW), 0);
	assert_true(S_ISREG(st.st_mode));
	/* Idempotent: the same namespaces, nothing made again. */
	assert_false(create(&s, pol, "lab", NULL));
	struct pns_inst_info again = info_of(&s, "lab", PNS_PER_SHARED, NULL);
	assert_memory_equal(again.ids, lab_info.ids, sizeof(again.ids));

	/* A per-user set, with a pid namespace (and its init) and a mount
	 * namespace: two users, two instances. */
	assert_true(create(&s, pol, "home", "alice"));
	assert_true(create(&s, pol, "home", "bob"));
	struct pns_inst_info alice = info_of(&s, "home", PNS_PER_USER, "alice");
	struct pns_inst_info bob = info_of(&s, "home", PNS_PER_USER, "bob");
	assert_int_equal(alice.state, PNS_INST_COMPLETE);
	expect_distinct_from_own(&alice, home->types);
	expect_distinct_from_own(&bob, home->types);
	for (int t = 0; t < PNS_NTYPES; t++)
		if (home->types & PNS_BIT(t))
			assert_true(alice.ids[t] != bob.ids[t]);
	assert_int_equal(fstatat(s.root, "sets/home/user/alice/mnt", &st, AT_SYMLINK_NOFOLLOW), 0);
	/* The set's inits run; nobody else is in its namespaces. */
	struct pns_inst_info all[3] = { lab_info, alice, bob };
	pns_store_count_procs(all, 3);
	assert_int_equal(all[0].procs_any, 0);
	assert_int_equal(all[1].procs[PNS_PID], 1);
	assert_int_equal(all[1].procs_any, 1);
	assert_int_equal(all[2].procs[PNS_PID], 1);
	assert_int_equal(live_setinits(), 2);
	/* The pins do not show at home: still the two mounts. */
	assert_int_equal(count_mounts(pd, NULL), 2);

	/* Delete one user's: the other stays. */
	delete(&s, "home", PNS_PER_USER, "alice");
	assert_int_equal(state_of(&s, "home", PNS_PER_USER, "alice", home->types).state, PNS_INST_ABSENT);
	assert_int_equal(state_of(&s, "home", PNS_PER_USER, "bob", home->types).state, PNS_INST_COMPLETE);
	assert_int_equal(fstatat(s.root, "sets/home/user/alice", &st, AT_SYMLINK_NOFOLLOW), -1);
	delete(&s, "home", PNS_PER_USER, "bob");
	assert_int_equal(state_of(&s, "home", PNS_PER_USER, "bob", home->types).state, PNS_INST_ABSENT);
	/* No empty directories left behind. */
	assert_int_equal(fstatat(s.root, "sets/home", &st, AT_SYMLINK_NOFOLLOW), -1);
	assert_int_equal(errno, ENOENT);
	/* Each init was told to go and went, being alone. */
	for (int k = 0; k < 50 && live_setinits() > 0; k++)
		usleep(100 * 1000);
	assert_int_equal(live_setinits(), 0);

	delete(&s, "lab", PNS_PER_SHARED, NULL);
	struct pns_inst_status status = state_of(&s, "lab", PNS_PER_SHARED, NULL, lab->types);
	assert_int_equal(status.state, PNS_INST_ABSENT);
	assert_non_null(strstr(status.why.msg, "set lab does not exist"));
	assert_int_equal(fstatat(s.root, "sets/lab", &st, AT_SYMLINK_NOFOLLOW), -1);
	struct pns_inst i;
	inst(&i, "lab", PNS_PER_SHARED, NULL);
	assert_int_equal(pns_store_delete(&s, NULL, &i, NULL, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
	/* The lock files stay (one inode per lock, always). */
	assert_int_equal(fstatat(s.root, "locks/lab", &st, AT_SYMLINK_NOFOLLOW), 0);
	assert_int_equal(fstatat(s.root, "locks/home@user@alice", &st, AT_SYMLINK_NOFOLLOW), 0);
	pns_store_close(&s);
	pns_policy_free(pol);
}

/* The hostname and lo the set asked for, seen from inside its namespaces
 * (a child joins the pins pns_join_open hands out). */
struct joined {
	struct pns_pins *pins;
	const char *hostname;
};

static int look_inside(void *arg)
{
	const struct joined *j = arg;
	char host[65] = "";
	CHECK(setns(j->pins->fd[PNS_UTS], CLONE_NEWUTS) == 0);
	CHECK(gethostname(host, sizeof(host) - 1) == 0);
	CHECK(!strcmp(host, j->hostname));
	CHECK(setns(j->pins->fd[PNS_NET], CLONE_NEWNET) == 0);
	CHECK(own_id(PNS_NET) == j->pins->ids[PNS_NET]);
	return 0;
}

static void join_open_hands_out_the_pins_of_a_complete_set(void **state)
{
	(void)state;
	char pd[PATH_MAX], buf[1024];
	pin_dir_of("join", pd, sizeof(pd));
	struct pns_policy *pol = policy_of(pd, SETS_LAB_HOME);
	const struct pns_set *lab = pns_policy_find_set(pol, "lab");
	const struct pns_set *home = pns_policy_find_set(pol, "home");
	struct pns_store s;
	struct pns_pins pins;
	struct pns_inst_status st;
	struct pns_err e = { 0 };

	/* No store yet: absent, named. */
	assert_int_equal(pns_join_open(pd, lab, NULL, &pins, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_ABSENT);
	assert_non_null(strstr(st.why.msg, "set lab does not exist"));
	assert_int_equal(pins.types, 0);
	assert_int_equal(pins.fd[PNS_NET], -1);

	open_store(&s, pd, PNS_STORE_MAKE);
	assert_true(create(&s, pol, "lab", NULL));
	struct pns_inst_info info = info_of(&s, "lab", PNS_PER_SHARED, NULL);
	pns_store_close(&s);

	assert_int_equal(pns_join_open(pd, lab, "alice", &pins, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_COMPLETE);
	assert_int_equal(pins.types, lab->types);
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!(lab->types & PNS_BIT(t))) {
			assert_int_equal(pins.fd[t], -1);
			continue;
		}
		assert_true(pins.fd[t] >= 0);
		assert_true(fcntl(pins.fd[t], F_GETFD) & FD_CLOEXEC);
		assert_int_equal(pins.ids[t], info.ids[t]);
		assert_int_equal(pns_ns_id(pins.fd[t]), info.ids[t]);
		assert_int_equal(ioctl(pins.fd[t], NS_GET_NSTYPE), pns_types[t].clone_flag);
	}
	struct joined j = { .pins = &pins, .hostname = "lab" };
	assert_int_equal(sandbox_in_child(0, look_inside, &j), 0);
	assert_string_equal(pns_join_verdict(lab, &st, false, buf, sizeof(buf)), "set lab is complete");
	pns_pins_close(&pins);
	assert_int_equal(pins.fd[PNS_NET], -1);
	/* Without pins: the verdict only. */
	assert_int_equal(pns_join_open(pd, lab, NULL, NULL, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_COMPLETE);

	/* An instance that is not there: a sentence naming it. */
	assert_int_equal(pns_join_open(pd, home, "alice", &pins, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_ABSENT);
	assert_non_null(strstr(st.why.msg, "set home (user alice) does not exist"));
	assert_int_equal(pins.types, 0);
	pns_join_verdict(home, &st, true, buf, sizeof(buf));
	assert_non_null(strstr(buf, "set home (user alice) does not exist"));
	assert_non_null(strstr(buf, "the login creates it (create = true)"));
	pns_join_verdict(home, &st, false, buf, sizeof(buf));
	assert_non_null(strstr(buf, "set home (user alice) does not exist"));
	assert_non_null(strstr(buf, "the rule does not create it"));
	assert_null(strstr(buf, "the login creates it"));
	/* A name that cannot be an instance: an error, not a verdict. */
	assert_int_equal(pns_join_open(pd, home, "../bob", &pins, &st, &e), -1);
	assert_non_null(strstr(e.msg, "\"../bob\""));

	open_store(&s, pd, 0);
	delete(&s, "lab", PNS_PER_SHARED, NULL);
	pns_store_close(&s);
	assert_int_equal(pns_join_open(pd, lab, NULL, &pins, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_ABSENT);
	pns_policy_free(pol);
}

static void join_open_of_an_external_set(void **state)
{
	(void)state;
	char pd[PATH_MAX], ext[PATH_MAX / 2], text[PATH_MAX * 2], buf[1024];
	pin_dir_of("ext", ext, sizeof(ext));
	pin_dir_of("extpins", pd, sizeof(pd));
	assert_int_equal(mkdir(ext, 0755), 0);
	int dfd = open(ext, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int ns = open("/proc/self/ns/uts", O_RDONLY | O_CLOEXEC);
	struct pns_err e = { 0 };
	assert_true(dfd >= 0 && ns >= 0);
	if (pns_pin_make(dfd, ext, "uts", ns, &e) < 0)
		fail_msg("%s", e.msg);
	close(ns);
	snprintf(text, sizeof(text), "vpn = { paths = { uts = \"%s/uts\"; }; };"
		 "gone = { paths = { uts = \"%s/nothing\"; }; };", ext, ext);
	struct pns_policy *pol = policy_of(pd, text);
	struct pns_pins pins;
	struct pns_inst_status st;
	assert_int_equal(pns_join_open(pd, pns_policy_find_set(pol, "vpn"), NULL, &pins, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_COMPLETE);
	assert_int_equal(pins.types, PNS_BIT(PNS_UTS));
	assert_int_equal(pins.ids[PNS_UTS], own_id(PNS_UTS));
	pns_pins_close(&pins);
	const struct pns_set *gone = pns_policy_find_set(pol, "gone");
	assert_int_equal(pns_join_open(pd, gone, NULL, &pins, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_ABSENT);
	assert_non_null(strstr(st.why.msg, "set gone (pinned by someone else) is not usable"));
	/* Never created by a login, whatever the rule says. */
	pns_join_verdict(gone, &st, true, buf, sizeof(buf));
	assert_null(strstr(buf, "creates it"));
	assert_int_equal(pns_pin_unmake(dfd, ext, "uts", &e), 0);
	close(dfd);
	pns_policy_free(pol);
}

/* What a crash before the marker leaves: incomplete, and made again. */
/* A set whose scope changed keeps its user/ beside the shared instance,
 * and every new shared instance still gets a directory of its own: a login
 * that opened the old one through its directory never sees the new pins. */
static void a_new_shared_instance_is_a_new_directory(void **state)
{
	(void)state;
	char pd[PATH_MAX];
	pin_dir_of("scopes", pd, sizeof(pd));
	struct pns_policy *user = policy_of(pd, "sc = { types = [\"uts\"]; per = \"user\"; };");
	struct pns_policy *shared = policy_of(pd, "sc = { types = [\"uts\"]; };");
	struct pns_store s;
	open_store(&s, pd, PNS_STORE_MAKE);
	assert_true(create(&s, user, "sc", "alice"));
	assert_true(create(&s, shared, "sc", NULL));
	struct stat before, after, u;
	assert_int_equal(fstatat(s.root, "sets/sc/shared", &before, AT_SYMLINK_NOFOLLOW), 0);
	int held = openat(s.root, "sets/sc/shared", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(held >= 0);
	delete(&s, "sc", PNS_PER_SHARED, NULL);
	assert_true(create(&s, shared, "sc", NULL));
	assert_int_equal(fstatat(s.root, "sets/sc/shared", &after, AT_SYMLINK_NOFOLLOW), 0);
	assert_true(before.st_ino != after.st_ino);
	/* What the holder of the old directory sees: no pin at all. */
	assert_int_equal(faccessat(held, "uts", F_OK, AT_SYMLINK_NOFOLLOW), -1);
	close(held);
	assert_int_equal(fstatat(s.root, "sets/sc/user/alice/uts", &u, AT_SYMLINK_NOFOLLOW), 0);
	delete(&s, "sc", PNS_PER_SHARED, NULL);
	delete(&s, "sc", PNS_PER_USER, "alice");
	pns_store_close(&s);
	pns_policy_free(user);
	pns_policy_free(shared);
}

static void an_incomplete_instance_is_made_again(void **state)
{
	(void)state;
	char pd[PATH_MAX], buf[1024];
	pin_dir_of("half", pd, sizeof(pd));
	struct pns_policy *pol = policy_of(pd, "half = { types = [\"net\", \"uts\"]; };");
	const struct pns_set *set = pns_policy_find_set(pol, "half");
	struct pns_store s;
	struct pns_err e = { 0 };
	open_store(&s, pd, PNS_STORE_MAKE);
	assert_true(create(&s, pol, "half", NULL));
	/* Hold the first net namespace, so a new one cannot reuse its id. */
	int old_net = pns_pin_openat(s.root, "store:", "sets/half/shared/net", PNS_NET, false, &e);
	assert_true(old_net >= 0);
	unsigned long old_id = pns_ns_id(old_net);

	assert_int_equal(unlinkat(s.root, "sets/half/shared/" PNS_COMPLETE_MARK, 0), 0);
	struct pns_inst_status st = state_of(&s, "half", PNS_PER_SHARED, NULL, set->types);
	assert_int_equal(st.state, PNS_INST_INCOMPLETE);
	assert_string_equal(pns_inst_state_name(st.state), "incomplete");
	assert_non_null(strstr(st.why.msg, "set half is incomplete"));
	assert_non_null(strstr(st.why.msg, PNS_COMPLETE_MARK));
	assert_int_equal(st.created, 0);
	struct pns_inst_info info = info_of(&s, "half", PNS_PER_SHARED, NULL);
	assert_int_equal(info.state, PNS_INST_INCOMPLETE);
	assert_int_equal(info.types, 0);
	/* A login neither joins nor half-joins it. */
	struct pns_pins pins;
	assert_int_equal(pns_join_open(pd, set, NULL, &pins, &st, &e), 0);
	assert_int_equal(st.state, PNS_INST_INCOMPLETE);
	assert_int_equal(pins.types, 0);
	pns_join_verdict(set, &st, true, buf, sizeof(buf));
	assert_non_null(strstr(buf, "set half is incomplete"));
	assert_non_null(strstr(buf, "the login creates it"));

	/* create starts over. */
	assert_true(create(&s, pol, "half", NULL));
	info = info_of(&s, "half", PNS_PER_SHARED, NULL);
	assert_int_equal(info.state, PNS_INST_COMPLETE);
	assert_int_equal(info.types, set->types);
	assert_true(info.ids[PNS_NET] != old_id);
	close(old_net);

	/* A pin gone from under the marker: incomplete too, naming it. */
	assert_int_equal(pns_store_go(&s, PNS_IN_STORE, &e), 0);
	int rc = pns_pin_unmake(s.root, "store:", "sets/half/shared/uts", &e);
	assert_int_equal(pns_store_go(&s, PNS_IN_OWN, &e), 0);
	assert_int_equal(rc, 0);
	st = state_of(&s, "half", PNS_PER_SHARED, NULL, set->types);
	assert_int_equal(st.state, PNS_INST_INCOMPLETE);
	assert_true(st.created != 0);
	assert_non_null(strstr(st.why.msg, "sets/half/shared/uts"));
	assert_non_null(strstr(st.why.msg, "not a pinned namespace"));
	/* And a pin file missing altogether, when the types are known. */
	assert_int_equal(unlinkat(s.root, "sets/half/shared/uts", 0), 0);
	st = state_of(&s, "half", PNS_PER_SHARED, NULL, set->types);
	assert_int_equal(st.state, PNS_INST_INCOMPLETE);
	assert_true(create(&s, pol, "half", NULL));
	assert_int_equal(state_of(&s, "half", PNS_PER_SHARED, NULL, set->types).state, PNS_INST_COMPLETE);

	/* A symbolic link planted in the store is never followed. */
	delete(&s, "half", PNS_PER_SHARED, NULL);
	assert_int_equal(mkdirat(s.root, "elsewhere", 0700), 0);
	assert_int_equal(mkdirat(s.root, "sets/half", 0700), 0);
	assert_int_equal(symlinkat("../../elsewhere", s.root, "sets/half/shared"), 0);
	struct pns_inst i;
	inst(&i, "half", PNS_PER_SHARED, NULL);
	assert_int_equal(pns_inst_open(&s, &i, set->types, NULL, &st, &e), -1);
	assert_int_equal(e.errnum, ELOOP);
	assert_true(st.state != PNS_INST_COMPLETE);
	struct pns_create_opts o = { .init = init_path };
	bool created = true;
	assert_int_equal(pns_store_create(&s, set, &i, &o, &created, &e), -1);
	assert_false(created);
	assert_non_null(strstr(e.msg, "symbolic link"));
	struct stat sb;
	assert_int_equal(fstatat(s.root, "elsewhere/net", &sb, AT_SYMLINK_NOFOLLOW), -1);
	assert_int_equal(unlinkat(s.root, "sets/half/shared", 0), 0);
	assert_int_equal(unlinkat(s.root, "sets/half", AT_REMOVEDIR), 0);
	assert_int_equal(unlinkat(s.root, "elsewhere", AT_REMOVEDIR), 0);
	pns_store_close(&s);
	pns_policy_free(pol);
}

struct visits {
	char seen[16][600];
	int n;
	int stop_after;
};

static int visit(void *ctx, const struct pns_inst *i)
{
	struct visits *v = ctx;
	if (v->n < 16)
		pns_inst_label(i, v->seen[v->n], sizeof(v->seen[v->n]));
	v->n++;
	return v->stop_after && v->n >= v->stop_after ? -1 : 0;
}

static void each_visits_instances_in_sorted_order(void **state)
{
	(void)state;
	char pd[PATH_MAX];
	pin_dir_of("each", pd, sizeof(pd));
	struct pns_policy *pol = policy_of(pd,
		"zeta = { types = [\"ipc\"]; };"
		"alpha = { types = [\"ipc\"]; };"
		"home = { types = [\"ipc\"]; per = \"user\"; };"
		"team = { types = [\"ipc\"]; per = \"group\"; };");
	struct pns_store s;
	struct pns_err e = { 0 };
	open_store(&s, pd, 0);
	struct visits v = { .n = 0 };
	assert_int_equal(pns_store_each(&s, NULL, visit, &v, &e), 0);	/* no store */
	assert_int_equal(v.n, 0);
	pns_store_close(&s);

	open_store(&s, pd, PNS_STORE_MAKE);
	assert_int_equal(pns_store_each(&s, NULL, visit, &v, &e), 0);	/* empty store */
	assert_int_equal(v.n, 0);
	create(&s, pol, "zeta", NULL);
	create(&s, pol, "home", "carol");
	create(&s, pol, "team", "devs");
	create(&s, pol, "alpha", NULL);
	create(&s, pol, "home", "alice");
	create(&s, pol, "home", "bob");
	/* Things in sets/ that are no set are passed over. */
	assert_int_equal(mkdirat(s.root, "sets/bad name", 0700), 0);
	int fd = openat(s.root, "sets/file", O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
	assert_true(fd >= 0);
	close(fd);

	static const char *const order[] = { "alpha", "home (user alice)", "home (user bob)",
					     "home (user carol)", "team (group devs)", "zeta" };
	assert_int_equal(pns_store_each(&s, NULL, visit, &v, &e), 0);
	assert_int_equal(v.n, (int)PNS_ARRAY_SIZE(order));
	for (size_t k = 0; k < PNS_ARRAY_SIZE(order); k++)
		assert_string_equal(v.seen[k], order[k]);

	/* One set only. */
	v = (struct visits){ .n = 0 };
	assert_int_equal(pns_store_each(&s, "home", visit, &v, &e), 0);
	assert_int_equal(v.n, 3);
	assert_string_equal(v.seen[0], "home (user alice)");
	assert_string_equal(v.seen[2], "home (user carol)");
	v = (struct visits){ .n = 0 };
	assert_int_equal(pns_store_each(&s, "nosuchset", visit, &v, &e), 0);
	assert_int_equal(v.n, 0);
	/* The first -1 stops the walk. */
	v = (struct visits){ .n = 0, .stop_after = 2 };
	assert_int_equal(pns_store_each(&s, NULL, visit, &v, &e), -1);
	assert_int_equal(v.n, 2);

	delete(&s, "home", PNS_PER_USER, "bob");
	v = (struct visits){ .n = 0 };
	assert_int_equal(pns_store_each(&s, "home", visit, &v, &e), 0);
	assert_int_equal(v.n, 2);
	assert_string_equal(v.seen[1], "home (user carol)");
	pns_store_close(&s);
	pns_policy_free(pol);
}

/* ---- locks --------------------------------------------------------------------- */

struct lock_try {
	int root;
	const char *rel;
};

/* A second holder, from another process: its own open file description
 * of the lock file, reached through the store's root fd. */
static int try_lock(void *arg)
{
	const struct lock_try *l = arg;
	int fd = openat(l->root, l->rel, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return 10;
	if (flock(fd, LOCK_EX | LOCK_NB) == 0)
		return 0;
	return errno == EWOULDBLOCK ? 1 : 11;
}

static void a_lock_is_a_root_only_file_in_the_store(void **state)
{
	(void)state;
	char pd[PATH_MAX];
	pin_dir_of("locks", pd, sizeof(pd));
	struct pns_store s;
	struct pns_inst lab, alice;
	struct pns_err e = { 0 };
	open_store(&s, pd, PNS_STORE_MAKE);
	inst(&lab, "lab", PNS_PER_SHARED, NULL);
	inst(&alice, "home", PNS_PER_USER, "alice");

	int fd = pns_store_lock(&s, &lab, &e);
	if (fd < 0)
		fail_msg("pns_store_lock: %s", e.msg);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	struct stat st, at;
	assert_int_equal(fstat(fd, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(st.st_uid, 0);
	assert_int_equal(fstatat(s.root, "locks/lab", &at, AT_SYMLINK_NOFOLLOW), 0);
	assert_int_equal(at.st_ino, st.st_ino);
	assert_int_equal(at.st_dev, st.st_dev);

	/* Held: another process cannot take it. */
	struct lock_try l = { .root = s.root, .rel = "locks/lab" };
	assert_int_equal(sandbox_in_child(0, try_lock, &l), 1);
	/* Another instance's lock is another lock. */
	int fd2 = pns_store_lock(&s, &alice, &e);
	assert_true(fd2 >= 0);
	assert_int_equal(fstatat(s.root, "locks/home@user@alice", &at, AT_SYMLINK_NOFOLLOW), 0);
	assert_int_equal(at.st_mode & 07777, 0600);
	close(fd2);
	/* Let go: now it can, and the file stays the same inode. */
	close(fd);
	assert_int_equal(sandbox_in_child(0, try_lock, &l), 0);
	fd = pns_store_lock(&s, &lab, &e);
	assert_true(fd >= 0);
	assert_int_equal(fstat(fd, &at), 0);
	assert_int_equal(at.st_ino, st.st_ino);
	close(fd);

	/* No path from here leads to it: it lives only in the store. */
	char p[PATH_MAX + 32];
	snprintf(p, sizeof(p), "%s/%s/locks/lab", pd, PNS_STORE_PIN);
	assert_int_equal(open(p, O_RDONLY | O_CLOEXEC), -1);
	assert_int_equal(errno, ENOTDIR);
	snprintf(p, sizeof(p), "%s/locks/lab", pd);
	assert_int_equal(open(p, O_RDONLY | O_CLOEXEC), -1);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(open("/locks/lab", O_RDONLY | O_CLOEXEC), -1);
	assert_int_equal(errno, ENOENT);
	/* pin_dir holds the store's pin, its lock and its home record,
	 * nothing else. */
	DIR *d = opendir(pd);
	assert_non_null(d);
	struct dirent *de;
	int n = 0;
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		n++;
		if (strcmp(de->d_name, PNS_STORE_PIN) && strcmp(de->d_name, PNS_STORE_LOCK) &&
		    strcmp(de->d_name, PNS_STORE_HOME))
			fail_msg("unexpected %s/%s", pd, de->d_name);
	}
	closedir(d);
	assert_int_equal(n, 3);
	pns_store_close(&s);
}

/* ---- the home namespace does not grow ---------------------------------------- */

static void twenty_sets_add_no_mount_at_home(void **state)
{
	(void)state;
	char pd[PATH_MAX], sets[4096] = "";
	pin_dir_of("many", pd, sizeof(pd));
	for (int k = 0; k < 20; k++) {
		char one[160];
		/* Every fourth with a mount namespace of its own. */
		snprintf(one, sizeof(one), "s%02d = { types = [\"net\", \"uts\"%s]; };", k,
			 k % 4 == 0 ? ", \"mnt\"" : "");
		strcat(sets, one);
	}
	struct pns_policy *pol = policy_of(pd, sets);
	struct pns_store s;
	open_store(&s, pd, PNS_STORE_MAKE);
	int before = count_mounts(NULL, NULL);
	for (int k = 0; k < 20; k++) {
		char name[8];
		snprintf(name, sizeof(name), "s%02d", k);
		assert_true(create(&s, pol, name, NULL));
	}
	assert_int_equal(count_mounts(NULL, NULL), before);
	assert_int_equal(count_mounts(pd, NULL), 2);
	struct visits v = { .n = 0 };
	struct pns_err e = { 0 };
	assert_int_equal(pns_store_each(&s, NULL, visit, &v, &e), 0);
	assert_int_equal(v.n, 20);
	for (int k = 0; k < 20; k++) {
		char name[8];
		snprintf(name, sizeof(name), "s%02d", k);
		delete(&s, name, PNS_PER_SHARED, NULL);
	}
	assert_int_equal(count_mounts(NULL, NULL), before);
	v = (struct visits){ .n = 0 };
	assert_int_equal(pns_store_each(&s, NULL, visit, &v, &e), 0);
	assert_int_equal(v.n, 0);
	pns_store_close(&s);
	pns_policy_free(pol);
}

/* ---- ip_netns: the net pin also under /run/netns ------------------------------- */

static void ip_netns_pins_and_unpins_run_netns(void **state)
{
	(void)state;
	char pd[PATH_MAX];
	pin_dir_of("ipnetns", pd, sizeof(pd));
	struct pns_policy *pol = policy_of(pd, "vpn = { types = [\"net\"]; ip_netns = true; };");
	const struct pns_set *set = pns_policy_find_set(pol, "vpn");
	struct pns_store s;
	struct pns_inst i;
	struct pns_err e = { 0 };
	struct pns_create_opts o = { .init = init_path };
	bool created = false;
	open_store(&s, pd, PNS_STORE_MAKE);
	inst(&i, "vpn", PNS_PER_SHARED, NULL);
	if (pns_store_create(&s, set, &i, &o, &created, &e) < 0)
		fail_msg("pns_store_create: %s", e.msg);
	assert_true(created);
	struct pns_inst_info info = info_of(&s, "vpn", PNS_PER_SHARED, NULL);
	int fd = pns_pin_openat(AT_FDCWD, NULL, PNS_RUN_NETNS "/vpn", PNS_NET, false, &e);
	if (fd < 0)
		fail_msg("%s", e.msg);
	assert_int_equal(pns_ns_id(fd), info.ids[PNS_NET]);
	close(fd);
	delete(&s, "vpn", PNS_PER_SHARED, NULL);
	struct stat st;
	assert_int_equal(lstat(PNS_RUN_NETNS "/vpn", &st), -1);
	assert_int_equal(errno, ENOENT);

	/* Someone else's name there: refused, and nothing of the set left. */
	fd = open(PNS_RUN_NETNS "/vpn", O_CREAT | O_WRONLY | O_CLOEXEC, 0444);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(pns_store_create(&s, set, &i, &o, &created, &e), -1);
	assert_false(created);
	assert_non_null(strstr(e.msg, PNS_RUN_NETNS "/vpn exists"));
	assert_int_equal(state_of(&s, "vpn", PNS_PER_SHARED, NULL, set->types).state, PNS_INST_ABSENT);
	assert_int_equal(lstat(PNS_RUN_NETNS "/vpn", &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(unlink(PNS_RUN_NETNS "/vpn"), 0);
	pns_store_close(&s);
	pns_policy_free(pol);
}

int main(void)
{
	init_path = sandbox_init_path();
	if (enter_pid1_sandbox() < 0) {
		fprintf(stderr, "test_store: cannot make a pid and mount namespace of its own: %s\n",
			strerror(errno));
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(without_a_store_every_instance_is_absent),
		cmocka_unit_test(make_pins_one_store_with_two_mounts_at_home),
		cmocka_unit_test(bad_pin_dir_values_are_refused),
		cmocka_unit_test(an_untrusted_pin_dir_is_refused),
		cmocka_unit_test(a_stale_store_pin_is_replaced),
		cmocka_unit_test(a_caller_elsewhere_reaches_the_store_of_home),
		cmocka_unit_test(a_session_with_its_own_pid_namespace_is_refused),
		cmocka_unit_test(creates_inspects_and_deletes_sets),
		cmocka_unit_test(join_open_hands_out_the_pins_of_a_complete_set),
		cmocka_unit_test(join_open_of_an_external_set),
		cmocka_unit_test(an_incomplete_instance_is_made_again),
		cmocka_unit_test(a_new_shared_instance_is_a_new_directory),
		cmocka_unit_test(each_visits_instances_in_sorted_order),
		cmocka_unit_test(a_lock_is_a_root_only_file_in_the_store),
		cmocka_unit_test(twenty_sets_add_no_mount_at_home),
		cmocka_unit_test(ip_netns_pins_and_unpins_run_netns),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
