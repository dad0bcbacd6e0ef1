/* Pins (pin.c): made with open_tree+move_mount, opened through the path
 * walker with the nsfs check before any read, removed however many are
 * stacked; and the store's layout of instances (store_layout.c). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "inline_policy.h"
#include "sandbox.h"
#include "store/pin.h"
#include "store/store.h"

static char dir[] = "/tmp/pns-test-pin.XXXXXX";
static int dirfd = -1;
static char path[PATH_MAX];

static const char *at(const char *name)
{
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

static unsigned long own_id(const char *type)
{
	char p[64];
	struct stat st;
	snprintf(p, sizeof(p), "/proc/self/ns/%s", type);
	return stat(p, &st) == 0 ? (unsigned long)st.st_ino : 0;
}

/* Mounts whose mount point is exactly p. */
static int mounts_at(const char *p)
{
	FILE *f = fopen("/proc/self/mountinfo", "re");
	char line[4096], mp[PATH_MAX];
	int n = 0;
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "%*s %*s %*s %*s %4095s", mp) == 1 && !strcmp(mp, p))
			n++;
	if (f)
		fclose(f);
	return n;
}

/* Pin our own net namespace on dir/name (the one way: pns_pin_make). */
static void pin_net(int at_fd, const char *name)
{
	struct pns_err e = { 0 };
	int ns = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	assert_true(ns >= 0);
	if (pns_pin_make(at_fd, dir, name, ns, &e) < 0)
		fail_msg("pns_pin_make %s: %s", name, e.msg);
	close(ns);
}

/* A private world: pins are mounts, in a tmpfs of our own, of a net
 * namespace of our own (as a normal user only namespaces we own can be
 * pinned). */
static int setup(void **state)
{
	(void)state;
	if (enter_private_namespaces() < 0 || unshare(CLONE_NEWNET) < 0) {
		print_error("cannot enter private namespaces: %s\n", strerror(errno));
		return -1;
	}
	if (!mkdtemp(dir) || mount("tmpfs", dir, "tmpfs", 0, "mode=0755") < 0)
		return -1;
	dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dirfd < 0)
		return -1;
	int fd = open(at("regular"), O_CREAT | O_WRONLY | O_CLOEXEC, 0444);
	if (fd < 0)
		return -1;
	close(fd);
	if (symlink("net", at("link")) < 0 || mkdir(at("real"), 0755) < 0 ||
	    symlink("real", at("linkdir")) < 0 || mkfifo(at("fifo"), 0644) < 0)
		return -1;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	if (dirfd >= 0)
		close(dirfd);
	umount2(dir, MNT_DETACH);
	rmdir(dir);
	return 0;
}

static void opens_a_pin_of_the_right_type(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	pin_net(dirfd, "net");
	struct stat st;
	assert_int_equal(lstat(at("net"), &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(mounts_at(at("net")), 1);

	int fd = pns_pin_openat(dirfd, dir, "net", PNS_NET, false, &e);
	if (fd < 0)
		fail_msg("%s", e.msg);
	assert_int_equal(pns_ns_id(fd), own_id("net"));
	assert_int_equal(ioctl(fd, NS_GET_NSTYPE), CLONE_NEWNET);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	assert_int_equal(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDONLY);
	close(fd);

	/* An absolute name with AT_FDCWD: how an external set's path opens. */
	fd = pns_pin_openat(AT_FDCWD, NULL, at("net"), PNS_NET, false, &e);
	assert_true(fd >= 0);
	assert_int_equal(pns_ns_id(fd), own_id("net"));
	close(fd);
}

static void a_trusted_pin_opens_in_a_root_owned_directory(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	int fd = pns_pin_openat(dirfd, dir, "net", PNS_NET, true, &e);
	if (fd < 0)
		fail_msg("%s", e.msg);
	close(fd);
	/* A group-writable directory on the way is not trusted. */
	assert_int_equal(mkdir(at("open"), 0755), 0);
	assert_int_equal(chmod(at("open"), 0777), 0);
	pin_net(dirfd, "open/net");
	assert_int_equal(pns_pin_openat(dirfd, dir, "open/net", PNS_NET, true, &e), -1);
	assert_int_equal(e.errnum, EPERM);
	assert_non_null(strstr(e.msg, "writable by group or others"));
	fd = pns_pin_openat(dirfd, dir, "open/net", PNS_NET, false, &e);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(pns_pin_unmake(dirfd, dir, "open/net", &e), 0);
	assert_int_equal(unlink(at("open/net")), 0);
	assert_int_equal(rmdir(at("open")), 0);
}

static void pin_make_never_replaces_a_file(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	int ns = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	assert_true(ns >= 0);
	assert_int_equal(pns_pin_make(dirfd, dir, "regular", ns, &e), -1);
	assert_int_equal(e.errnum, EEXIST);
	assert_non_null(strstr(e.msg, at("regular")));
	assert_non_null(strstr(e.msg, "refusing to replace"));
	/* Not through a link either: the link stays, and so does its target. */
	assert_int_equal(pns_pin_make(dirfd, dir, "link", ns, &e), -1);
	struct stat st;
	assert_int_equal(lstat(at("link"), &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_int_equal(mounts_at(at("regular")), 0);
	/* A failed pin leaves no file behind. */
	assert_int_equal(pns_pin_make(dirfd, dir, "nodir/pin", ns, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
	close(ns);
}

static void refuses_the_wrong_type(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	assert_int_equal(pns_pin_openat(dirfd, dir, "net", PNS_UTS, false, &e), -1);
	assert_non_null(strstr(e.msg, "is a net namespace, expected uts"));
	assert_non_null(strstr(e.msg, at("net")));
	assert_int_equal(pns_pin_openat(dirfd, dir, "net", PNS_MNT, false, &e), -1);
	assert_non_null(strstr(e.msg, "expected mnt"));
}

static void refuses_a_regular_file_and_a_directory(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	assert_int_equal(pns_pin_openat(dirfd, dir, "regular", PNS_NET, false, &e), -1);
	assert_non_null(strstr(e.msg, "not a pinned namespace"));
	assert_non_null(strstr(e.msg, at("regular")));
	assert_true(e.errnum != ENOENT);
	assert_int_equal(pns_pin_openat(dirfd, dir, "real", PNS_NET, false, &e), -1);
	assert_non_null(strstr(e.msg, "not a pinned namespace"));
}

/* A FIFO planted where a pin should be: opening it for reading would
 * block until a writer comes.  The nsfs check comes first, so the call
 * returns at once; a child under alarm() shows it does. */
static void refuses_a_fifo_without_blocking(void **state)
{
	(void)state;
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct pns_err e = { 0 };
		alarm(5);
		int fd = pns_pin_openat(dirfd, dir, "fifo", PNS_NET, false, &e);
		if (fd >= 0)
			_exit(2);
		if (!strstr(e.msg, "not a pinned namespace")) {
			fprintf(stderr, "unexpected: %s\n", e.msg);
			_exit(3);
		}
		_exit(0);
	}
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (WIFSIGNALED(status))
		fail_msg("pns_pin_openat blocked on a FIFO (killed by signal %d)", WTERMSIG(status));
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* A device bound where a pin should be: never opened, so nothing is
 * triggered. */
static void refuses_a_device(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	int fd = open(at("dev"), O_CREAT | O_WRONLY | O_CLOEXEC, 0444);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(mount("/dev/null", at("dev"), NULL, MS_BIND, NULL), 0);
	assert_int_equal(pns_pin_openat(dirfd, dir, "dev", PNS_NET, false, &e), -1);
	assert_non_null(strstr(e.msg, "not a pinned namespace"));
	assert_int_equal(umount2(at("dev"), MNT_DETACH), 0);
	assert_int_equal(unlink(at("dev")), 0);
}

/* In the store a pin is opened at once and judged on that fd: the right
 * type opens, anything else is refused with the same sentences, and a
 * FIFO does not block (a child under alarm() shows it). */
static void a_pin_in_the_store_is_judged_on_its_fd(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	int fd = pns_pin_open_in_store(dirfd, dir, "net", PNS_NET, &e);
	assert_true(fd >= 0);
	assert_int_equal(ioctl(fd, NS_GET_NSTYPE), CLONE_NEWNET);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	close(fd);
	assert_int_equal(pns_pin_open_in_store(dirfd, dir, "net", PNS_UTS, &e), -1);
	assert_non_null(strstr(e.msg, "is a net namespace, expected uts"));
	assert_int_equal(pns_pin_open_in_store(dirfd, dir, "regular", PNS_NET, &e), -1);
	assert_non_null(strstr(e.msg, "not a pinned namespace"));
	assert_int_equal(pns_pin_open_in_store(dirfd, dir, "real", PNS_NET, &e), -1);
	assert_non_null(strstr(e.msg, "not a pinned namespace"));
	assert_int_equal(pns_pin_open_in_store(dirfd, dir, "link", PNS_NET, &e), -1);
	assert_int_equal(e.errnum, ELOOP);
	assert_non_null(strstr(e.msg, "symbolic link"));
	assert_int_equal(pns_pin_open_in_store(dirfd, dir, "absent", PNS_NET, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
	assert_int_equal(pns_pin_open_in_store(dirfd, dir, "real/net", PNS_NET, &e), -1);
	assert_int_equal(e.errnum, EINVAL);
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		alarm(5);
		int f = pns_pin_open_in_store(dirfd, dir, "fifo", PNS_NET, &e);
		_exit(f < 0 && strstr(e.msg, "not a pinned namespace") ? 0 : 1);
	}
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

static void refuses_symlinks_anywhere_in_the_path(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	/* The last component. */
	assert_int_equal(pns_pin_openat(dirfd, dir, "link", PNS_NET, false, &e), -1);
	assert_int_equal(e.errnum, ELOOP);
	assert_non_null(strstr(e.msg, "symbolic link"));
	/* A directory on the way, though real/net is a good pin. */
	pin_net(dirfd, "real/net");
	int fd = pns_pin_openat(dirfd, dir, "real/net", PNS_NET, false, &e);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(pns_pin_openat(dirfd, dir, "linkdir/net", PNS_NET, false, &e), -1);
	assert_int_equal(e.errnum, ELOOP);
	assert_non_null(strstr(e.msg, "symbolic link"));
	assert_int_equal(pns_pin_openat(AT_FDCWD, NULL, at("linkdir/net"), PNS_NET, false, &e), -1);
	assert_int_equal(e.errnum, ELOOP);
	/* Entries of /proc/self/ns are (magic) links: a pin must be a mount. */
	assert_int_equal(pns_pin_openat(AT_FDCWD, NULL, "/proc/self/ns/net", PNS_NET, false, &e), -1);
	assert_int_equal(e.errnum, ELOOP);
	assert_non_null(strstr(e.msg, "symbolic link"));
	/* Nor "." or "..", which could climb out of a checked directory. */
	assert_int_equal(pns_pin_openat(dirfd, dir, "real/../net", PNS_NET, false, &e), -1);
	assert_non_null(strstr(e.msg, "\"..\""));
	assert_int_equal(pns_pin_unmake(dirfd, dir, "real/net", &e), 0);
	assert_int_equal(unlink(at("real/net")), 0);
}

static void absent_pin_keeps_enoent(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	assert_int_equal(pns_pin_openat(dirfd, dir, "nothing", PNS_NET, false, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
	assert_non_null(strstr(e.msg, at("nothing")));
	assert_int_equal(pns_pin_openat(dirfd, dir, "nodir/net", PNS_NET, false, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
}

static void unmake_removes_every_stacked_pin(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	char cwd_before[PATH_MAX], cwd_after[PATH_MAX];
	pin_net(dirfd, "stack");
	/* A second namespace file on the same name, as a repeated bind would. */
	assert_int_equal(mount("/proc/self/ns/net", at("stack"), NULL, MS_BIND, NULL), 0);
	assert_int_equal(mounts_at(at("stack")), 2);
	int held = pns_pin_openat(dirfd, dir, "stack", PNS_NET, false, &e);
	assert_true(held >= 0);

	assert_non_null(getcwd(cwd_before, sizeof(cwd_before)));
	assert_int_equal(pns_pin_unmake(dirfd, dir, "stack", &e), 0);
	assert_non_null(getcwd(cwd_after, sizeof(cwd_after)));
	assert_string_equal(cwd_before, cwd_after);
	assert_int_equal(mounts_at(at("stack")), 0);
	/* The file stays (the caller unlinks it), no longer a pin. */
	struct stat st;
	assert_int_equal(lstat(at("stack"), &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_size, 0);
	assert_int_equal(pns_pin_openat(dirfd, dir, "stack", PNS_NET, false, &e), -1);
	assert_non_null(strstr(e.msg, "not a pinned namespace"));
	/* Lazily: an fd taken before still reaches the namespace. */
	assert_int_equal(ioctl(held, NS_GET_NSTYPE), CLONE_NEWNET);
	close(held);
	/* Nothing (more) to do is no error. */
	assert_int_equal(pns_pin_unmake(dirfd, dir, "stack", &e), 0);
	assert_int_equal(pns_pin_unmake(dirfd, dir, "nothing", &e), 0);
	assert_int_equal(unlink(at("stack")), 0);
	/* A pin made again on the same name is a new pin. */
	pin_net(dirfd, "stack");
	assert_int_equal(mounts_at(at("stack")), 1);
	assert_int_equal(pns_pin_unmake(dirfd, dir, "stack", &e), 0);
	assert_int_equal(unlink(at("stack")), 0);
}

static void ns_id_is_the_nsfs_inode(void **state)
{
	(void)state;
	int fd = open("/proc/self/ns/uts", O_RDONLY | O_CLOEXEC);
	assert_true(fd >= 0);
	assert_int_equal(pns_ns_id(fd), own_id("uts"));
	close(fd);
	assert_int_equal(pns_ns_id(-1), 0);
}

/* ---- the layout of the store ---------------------------------------------- */

static void layout_of_instances(void **state)
{
	(void)state;
	struct pns_inst i;
	struct pns_err e = { 0 };
	char buf[PATH_MAX];

	assert_int_equal(pns_inst_init(&i, "lab", PNS_PER_SHARED, NULL, &e), 0);
	assert_int_equal(pns_inst_rel(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "sets/lab/shared");
	assert_int_equal(pns_inst_lock_rel(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "locks/lab");
	assert_string_equal(pns_inst_label(&i, buf, sizeof(buf)), "lab");
	assert_int_equal(pns_inst_netns_name(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "lab");
	/* A shared set ignores the name it is given. */
	assert_int_equal(pns_inst_init(&i, "lab", PNS_PER_SHARED, "../x", &e), 0);
	assert_string_equal(i.name, "");

	assert_int_equal(pns_inst_init(&i, "home", PNS_PER_USER, "alice", &e), 0);
	assert_int_equal(pns_inst_rel(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "sets/home/user/alice");
	assert_int_equal(pns_inst_lock_rel(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "locks/home@user@alice");
	assert_string_equal(pns_inst_label(&i, buf, sizeof(buf)), "home (user alice)");
	assert_int_equal(pns_inst_netns_name(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "home-alice");

	assert_int_equal(pns_inst_init(&i, "team", PNS_PER_GROUP, "devs", &e), 0);
	assert_int_equal(pns_inst_rel(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "sets/team/group/devs");
	assert_int_equal(pns_inst_lock_rel(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "locks/team@group@devs");
	assert_string_equal(pns_inst_label(&i, buf, sizeof(buf)), "team (group devs)");
	assert_int_equal(pns_inst_netns_name(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "team-devs");

	/* Too small a buffer fails, never truncates. */
	assert_int_equal(pns_inst_rel(&i, buf, 8, &e), -1);
	assert_int_equal(e.errnum, ENAMETOOLONG);
	assert_int_equal(pns_inst_lock_rel(&i, buf, 8, &e), -1);
	assert_int_equal(e.errnum, ENAMETOOLONG);
}

static void invalid_names_are_refused(void **state)
{
	(void)state;
	struct pns_inst i;
	struct pns_err e = { 0 };
	static const char *const bad[] = { "..", ".", "a/b", "", "a@b", "a b", "x\n" };
	for (size_t k = 0; k < PNS_ARRAY_SIZE(bad); k++) {
		e.msg[0] = '\0';
		assert_int_equal(pns_inst_init(&i, "home", PNS_PER_USER, bad[k], &e), -1);
		assert_non_null(strstr(e.msg, "user name"));
		assert_non_null(strstr(e.msg, "set home"));
		assert_int_equal(pns_inst_init(&i, "team", PNS_PER_GROUP, bad[k], &e), -1);
		assert_non_null(strstr(e.msg, "group name"));
		assert_int_equal(pns_inst_init(&i, bad[k], PNS_PER_SHARED, NULL, &e), -1);
		assert_non_null(strstr(e.msg, "set name"));
	}
	assert_int_equal(pns_inst_init(&i, "home", PNS_PER_USER, NULL, &e), -1);
	assert_int_equal(pns_inst_init(&i, NULL, PNS_PER_SHARED, NULL, &e), -1);
	char longname[300];
	memset(longname, 'a', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	assert_int_equal(pns_inst_init(&i, longname, PNS_PER_SHARED, NULL, &e), -1);
	assert_int_equal(pns_inst_init(&i, "home", PNS_PER_USER, longname, &e), -1);
}

static void instance_of_a_policy_set(void **state)
{
	(void)state;
	struct pns_set user = { .name = "home", .per = PNS_PER_USER };
	struct pns_set shared = { .name = "lab", .per = PNS_PER_SHARED };
	struct pns_set ext = { .name = "vpn", .external = true };
	ext.paths[PNS_NET] = "/run/netns/vpn";
	struct pns_inst i;
	struct pns_err e = { 0 };
	char buf[PATH_MAX];
	assert_int_equal(pns_inst_of(&i, &user, "alice", &e), 0);
	assert_int_equal(pns_inst_rel(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "sets/home/user/alice");
	assert_int_equal(pns_inst_of(&i, &shared, "alice", &e), 0);
	assert_int_equal(pns_inst_rel(&i, buf, sizeof(buf), &e), 0);
	assert_string_equal(buf, "sets/lab/shared");
	assert_int_equal(pns_inst_of(&i, &user, "../../etc", &e), -1);
	assert_non_null(strstr(e.msg, "\"../../etc\""));
	assert_int_equal(pns_inst_of(&i, &ext, NULL, &e), -1);
	assert_non_null(strstr(e.msg, "set vpn is pinned by someone else"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(opens_a_pin_of_the_right_type),
		cmocka_unit_test(a_trusted_pin_opens_in_a_root_owned_directory),
		cmocka_unit_test(pin_make_never_replaces_a_file),
		cmocka_unit_test(refuses_the_wrong_type),
		cmocka_unit_test(refuses_a_regular_file_and_a_directory),
		cmocka_unit_test(refuses_a_fifo_without_blocking),
		cmocka_unit_test(refuses_a_device),
		cmocka_unit_test(a_pin_in_the_store_is_judged_on_its_fd),
		cmocka_unit_test(refuses_symlinks_anywhere_in_the_path),
		cmocka_unit_test(absent_pin_keeps_enoent),
		cmocka_unit_test(unmake_removes_every_stacked_pin),
		cmocka_unit_test(ns_id_is_the_nsfs_inode),
		cmocka_unit_test(layout_of_instances),
		cmocka_unit_test(invalid_names_are_refused),
		cmocka_unit_test(instance_of_a_policy_set),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
