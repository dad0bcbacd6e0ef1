/* pns_enter on its own: what it refuses before anything moves, and
 * joining the pins pns_join_open would hand it (which it closes). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <dirent.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "session/enter.h"
#include "inline_policy.h"
#include "sandbox.h"

static unsigned long own_id(const char *type)
{
	char path[64];
	struct stat st;
	snprintf(path, sizeof(path), "/proc/self/ns/%s", type);
	return stat(path, &st) == 0 ? (unsigned long)st.st_ino : 0;
}

static void *idle(void *arg)
{
	(void)arg;
	pause();
	return NULL;
}

/* Run pns_enter for a plan with a new uts namespace in a child, with or
 * without a second thread; the child exits 0 when the result is as
 * expected. */
static int enter_in_child(bool with_thread)
{
	pid_t pid = fork();
	if (pid == 0) {
		pthread_t t;
		if (with_thread && pthread_create(&t, NULL, idle, NULL) != 0)
			_exit(10);
		unsigned long before = own_id("uts");
		struct pns_plan p;
		memset(&p, 0, sizeof(p));
		p.how[PNS_UTS] = PNS_NEW;
		struct pns_entered en;
		struct pns_err e = { 0 };
		int r = pns_enter(&p, NULL, -1, &en, NULL, NULL, &e);
		if (with_thread)
			_exit(r == -1 && strstr(e.msg, "runs 2 threads") && own_id("uts") == before ? 0 : 1);
		_exit(r == 0 && own_id("uts") != before && en.ids[PNS_UTS] == own_id("uts") ? 0 : 2);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 100;
}

static void single_threaded_caller_is_moved(void **state)
{
	(void)state;
	assert_int_equal(enter_in_child(false), 0);
}

static void threaded_caller_is_refused_untouched(void **state)
{
	(void)state;
	assert_int_equal(enter_in_child(true), 0);
}

/* In a child: join the uts namespace of another process through a
 * struct pns_pins, as a login joins a set; exits 0 when every check
 * holds, else the number of the first that failed. */
static int join_in_child(void)
{
	int ready[2];
	if (pipe(ready) < 0)
		return 100;
	fflush(NULL);
	pid_t holder = fork();
	if (holder == 0) {
		/* The set: a uts namespace with a name of its own. */
		char c = unshare(CLONE_NEWUTS) == 0 && sethostname("pinned", 6) == 0 ? 'k' : 'x';
		if (write(ready[1], &c, 1) != 1)
			_exit(1);
		pause();
		_exit(0);
	}
	char c = 0;
	if (holder < 0 || read(ready[0], &c, 1) != 1 || c != 'k')
		return 101;
	pid_t pid = fork();
	if (pid == 0) {
		char src[64], host[65] = "";
		snprintf(src, sizeof(src), "/proc/%d/ns/uts", (int)holder);
		struct pns_pins pins;
		pns_pins_init(&pins);
		int fd = open(src, O_RDONLY | O_CLOEXEC);
		struct stat st;
		if (fd < 0 || fstat(fd, &st) < 0)
			_exit(1);
		pins.fd[PNS_UTS] = fd;
		pins.types = PNS_BIT(PNS_UTS);
		pins.ids[PNS_UTS] = (unsigned long)st.st_ino;
		struct pns_plan p;
		memset(&p, 0, sizeof(p));
		p.how[PNS_UTS] = PNS_JOIN;
		p.how[PNS_IPC] = PNS_NEW;
		unsigned long ipc_before = own_id("ipc");
		struct pns_entered en;
		struct pns_err e = { 0 };
		if (pns_enter(&p, &pins, -1, &en, NULL, NULL, &e) < 0) {
			fprintf(stderr, "pns_enter: %s\n", e.msg);
			_exit(2);
		}
		gethostname(host, sizeof(host) - 1);
		if (own_id("uts") != (unsigned long)st.st_ino || en.ids[PNS_UTS] != own_id("uts") ||
		    strcmp(host, "pinned"))
			_exit(3);
		if (en.joined_mask != PNS_BIT(PNS_UTS) || en.new_mask != PNS_BIT(PNS_IPC) ||
		    own_id("ipc") == ipc_before)
			_exit(4);
		/* pns_enter closed the pins. */
		if (pins.fd[PNS_UTS] != -1 || pins.types != 0 || fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			_exit(5);
		_exit(0);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	kill(holder, SIGKILL);
	waitpid(holder, NULL, 0);
	close(ready[0]);
	close(ready[1]);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 200;
}

static void joins_the_pins_and_closes_them(void **state)
{
	(void)state;
	assert_int_equal(join_in_child(), 0);
}

/* A type to join without its pin: refused before anything moves. */
static void a_join_without_its_pin_is_refused_untouched(void **state)
{
	(void)state;
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		unsigned long net = own_id("net"), uts = own_id("uts");
		struct pns_plan p;
		memset(&p, 0, sizeof(p));
		p.how[PNS_NET] = PNS_JOIN;
		p.how[PNS_UTS] = PNS_NEW;
		struct pns_pins pins;
		pns_pins_init(&pins);
		struct pns_entered en;
		struct pns_err e = { 0 };
		int r = pns_enter(&p, &pins, -1, &en, NULL, NULL, &e);
		if (r != -1 || !strstr(e.msg, "no net pin"))
			_exit(1);
		_exit(own_id("net") == net && own_id("uts") == uts ? 0 : 2);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* Entries of the directory open at fd, "." and ".." aside; -1 on error. */
static int entries(int fd)
{
	DIR *d = fdopendir(dup(fd));
	if (!d)
		return -1;
	int n = 0;
	struct dirent *de;
	while ((de = readdir(d)))
		n += strcmp(de->d_name, ".") && strcmp(de->d_name, "..");
	closedir(d);
	return n;
}

/* The ways a plan that hides the user manager is entered. */
enum hide_case {
	HIDE_NEW_MNT,		/* a new mnt namespace, /run/user present */
	HIDE_MAKES_RUN_USER,	/* a new mnt namespace, no /run/user yet */
	HIDE_WITHOUT_MNT,	/* no mnt namespace in the plan */
	HIDE_IN_JOINED_MNT,	/* the mnt namespace of a set, /run/user present */
};

/* A process in a mount namespace of its own, as a set's holder: a tmpfs
 * of its own on /run/setmark.  Its pid, or -1. */
static pid_t mnt_holder(void)
{
	int ready[2];
	if (pipe(ready) < 0)
		return -1;
	pid_t pid = fork();
	if (pid == 0) {
		close(ready[0]);
		/* Gone with the test's child, whatever way it ends. */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		char c = unshare(CLONE_NEWNS) == 0 &&
			 mount("set", "/run/setmark", "tmpfs", 0, "mode=0755") == 0 ? 'k' : 'x';
		if (write(ready[1], &c, 1) != 1)
			_exit(1);
		pause();
		_exit(0);
	}
	close(ready[1]);
	char c = 0;
	bool ok = pid > 0 && read(ready[0], &c, 1) == 1 && c == 'k';
	close(ready[0]);
	if (!ok && pid > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	return ok ? pid : -1;
}

/* Mode, owner and entries of `name` under the directory open at dirfd
 * (the mount namespace that fd was opened in, whatever the caller's is
 * now). */
static bool dir_is(int dirfd, const char *name, mode_t mode, uid_t uid, gid_t gid, int nentries)
{
	struct stat st;
	if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISDIR(st.st_mode) ||
	    (st.st_mode & 07777) != mode || st.st_uid != uid || st.st_gid != gid)
		return false;
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	int n = fd < 0 ? -1 : entries(fd);
	if (fd >= 0)
		close(fd);
	return n == nentries;
}

/* A plan that hides the user manager, entered in a child whose /run is a
 * tmpfs of its own; exits 0 when the result is the one of `c`, else the
 * number of the first check that failed. */
static int hide_in_child(enum hide_case c)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid == 0) {
		if (unshare(CLONE_NEWNS) < 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0 ||
		    mount("t", "/run", "tmpfs", 0, "mode=0755") < 0)
			_exit(100);
		if ((c == HIDE_NEW_MNT || c == HIDE_IN_JOINED_MNT) && mkdir("/run/user", 0755) < 0)
			_exit(101);
		if (c == HIDE_IN_JOINED_MNT && mkdir("/run/setmark", 0755) < 0)
			_exit(102);
		/* /run as the login program sees it, before and after. */
		int run = open("/run", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (run < 0)
			_exit(103);
		struct stat run_st;
		if (fstat(run, &run_st) < 0)
			_exit(104);
		/* An unprivileged test maps its own uid only, as 0. */
		uid_t uid = sandbox_in_user_ns() ? 0 : 4242;
		gid_t gid = sandbox_in_user_ns() ? 0 : 4243;
		unsigned long mnt = own_id("mnt"), uts = own_id("uts");
		/* Held, so that no namespace made later reuses their ids. */
		int held_mnt = open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC);
		int held_uts = open("/proc/self/ns/uts", O_RDONLY | O_CLOEXEC);
		if (held_mnt < 0 || held_uts < 0)
			_exit(105);
		struct pns_plan p;
		memset(&p, 0, sizeof(p));
		p.how[PNS_UTS] = PNS_NEW;
		p.how[PNS_MNT] = c == HIDE_WITHOUT_MNT ? PNS_KEEP : c == HIDE_IN_JOINED_MNT ? PNS_JOIN : PNS_NEW;
		p.hide_user_manager = true;
		p.uid = uid;
		p.gid = gid;
		struct pns_pins pins;
		pns_pins_init(&pins);
		pid_t holder = -1;
		unsigned long set_mnt = 0;
		if (c == HIDE_IN_JOINED_MNT) {
			char src[64];
			struct stat st;
			if ((holder = mnt_holder()) < 0)
				_exit(106);
			snprintf(src, sizeof(src), "/proc/%d/ns/mnt", (int)holder);
			pins.fd[PNS_MNT] = open(src, O_RDONLY | O_CLOEXEC);
			if (pins.fd[PNS_MNT] < 0 || fstat(pins.fd[PNS_MNT], &st) < 0)
				_exit(107);
			pins.types = PNS_BIT(PNS_MNT);
			pins.ids[PNS_MNT] = set_mnt = (unsigned long)st.st_ino;
		}
		struct pns_entered en;
		struct pns_err e = { 0 };
		int r = pns_enter(&p, &pins, -1, &en, NULL, NULL, &e);
		if (c == HIDE_WITHOUT_MNT) {
			/* Refused before anything moved or was made. */
			struct stat st;
			if (r != -1 || !strstr(e.msg, "a hidden user manager needs a mount namespace"))
				_exit(1);
			if (own_id("mnt") != mnt || own_id("uts") != uts || en.user_manager_hidden)
				_exit(2);
			if (fstatat(run, "user", &st, AT_SYMLINK_NOFOLLOW) == 0 || errno != ENOENT)
				_exit(3);
			_exit(0);
		}
		if (r < 0) {
			fprintf(stderr, "pns_enter: %s\n", e.msg);
			_exit(4);
		}
		if (!en.user_manager_hidden || own_id("mnt") == mnt || own_id("uts") == uts)
			_exit(5);
		if (c == HIDE_IN_JOINED_MNT) {
			/* A layer of the session's own over the set's: the set's
			 * mounts in sight, the set itself unchanged. */
			char setroot[64];
			struct stat mark;
			if (en.new_mask != PNS_BIT(PNS_UTS) || en.joined_mask != PNS_BIT(PNS_MNT) ||
			    en.set_mnt_id != set_mnt || own_id("mnt") == set_mnt || en.ids[PNS_MNT] != own_id("mnt"))
				_exit(6);
			if (stat("/run/setmark", &mark) < 0 || mark.st_dev == run_st.st_dev)
				_exit(7);
			snprintf(setroot, sizeof(setroot), "/proc/%d/root/run", (int)holder);
			int setrun = open(setroot, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			if (setrun < 0 || !dir_is(setrun, "user", 0755, run_st.st_uid, run_st.st_gid, 0))
				_exit(8);
			kill(holder, SIGKILL);
		} else if (en.new_mask != (PNS_BIT(PNS_UTS) | PNS_BIT(PNS_MNT))) {
			_exit(9);
		}
		/* The session's /run/user: a tmpfs of its own holding the
		 * user's directory only, empty and the user's. */
		char dir[64];
		struct stat inner;
		snprintf(dir, sizeof(dir), "/run/user/%u", (unsigned)uid);
		if (stat("/run/user", &inner) < 0 || inner.st_dev == run_st.st_dev)
			_exit(10);
		if (!dir_is(AT_FDCWD, "/run/user", 0755, run_st.st_uid, run_st.st_gid, 1) ||
		    !dir_is(AT_FDCWD, dir, 0700, uid, gid, 0))
			_exit(11);
		/* The login program's /run/user is untouched, or was made
		 * there (root's, 0755, empty) when it was missing. */
		if (!dir_is(run, "user", 0755, run_st.st_uid, run_st.st_gid, 0))
			_exit(12);
		_exit(0);
	}
	int status = 0;
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 200;
}

static void a_hidden_user_manager_gets_a_private_run_user(void **state)
{
	(void)state;
	assert_int_equal(hide_in_child(HIDE_NEW_MNT), 0);
}

/* logind makes the user's directory in /run/user later: the directory is
 * made first, where the login program is, so it lands outside the
 * session's sight. */
static void a_missing_run_user_is_made_outside_the_session(void **state)
{
	(void)state;
	assert_int_equal(hide_in_child(HIDE_MAKES_RUN_USER), 0);
}

static void hiding_without_a_mount_namespace_is_refused_untouched(void **state)
{
	(void)state;
	assert_int_equal(hide_in_child(HIDE_WITHOUT_MNT), 0);
}

static void a_joined_mount_namespace_gets_a_layer_of_the_sessions_own(void **state)
{
	(void)state;
	assert_int_equal(hide_in_child(HIDE_IN_JOINED_MNT), 0);
}

int main(void)
{
	if (enter_private_namespaces() < 0) {
		fprintf(stderr, "test_enter: cannot make private namespaces: %s\n", strerror(errno));
		return 1;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(single_threaded_caller_is_moved),
		cmocka_unit_test(threaded_caller_is_refused_untouched),
		cmocka_unit_test(joins_the_pins_and_closes_them),
		cmocka_unit_test(a_join_without_its_pin_is_refused_untouched),
		cmocka_unit_test(a_hidden_user_manager_gets_a_private_run_user),
		cmocka_unit_test(a_missing_run_user_is_made_outside_the_session),
		cmocka_unit_test(hiding_without_a_mount_namespace_is_refused_untouched),
		cmocka_unit_test(a_joined_mount_namespace_gets_a_layer_of_the_sessions_own),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
