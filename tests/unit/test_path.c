/* The path walker: links, types, "." and "..", trust of every component,
 * the sticky-directory exception, creation, messages, and the path helpers.
 * Runs as root and as a normal user: the tree is our own, under a fresh
 * temporary directory, and `trusted` is our uid, so what we make counts as
 * trusted; most walks start from that directory's fd, so the host's path
 * to it does not matter. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <dirent.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "policy_files.h"
#include "common/path.h"

struct fixture {
	char *dir;	/* the temporary directory, 0755, ours */
	int dfd;	/* it, O_RDONLY|O_DIRECTORY */
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	f->dir = pf_mkdtemp();
	f->dfd = open(f->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(f->dfd >= 0);
	/* Modes below are exact: mkdir's are set again with chmod; what the
	 * walker itself creates is 0755 whatever the umask. */
	umask(022);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	close(f->dfd);
	pf_rmtree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

/* dir/rel as a directory of exactly `mode`. */
static void mkdir_mode(const struct fixture *f, const char *rel, mode_t mode)
{
	assert_int_equal(mkdirat(f->dfd, rel, 0700), 0);
	assert_int_equal(fchmodat(f->dfd, rel, mode, 0), 0);
}

/* dir/rel as a file of exactly `mode` holding `text`. */
static void file_mode(const struct fixture *f, const char *rel, mode_t mode, const char *text)
{
	int fd = openat(f->dfd, rel, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	assert_int_equal(fchmod(fd, mode), 0);
	close(fd);
}

/* Walk rel from the fixture's directory, named "D" in messages, and expect
 * failure with errnum and a message holding every needle given. */
static void expect_fail(const struct fixture *f, const char *rel, unsigned flags, uid_t trusted,
			int errnum, const char *n1, const char *n2)
{
	struct pns_err e = { 0 };
	int fd = pns_path_openat(f->dfd, "D", rel, flags, trusted, &e);
	if (fd >= 0)
		close(fd);
	if (fd >= 0 || e.errnum != errnum || !strstr(e.msg, n1) || (n2 && !strstr(e.msg, n2)))
		fail_msg("%s: fd %d, errnum %d (wanted %d), message \"%s\" (wanted \"%s\" and \"%s\")",
			 rel, fd, e.errnum, errnum, e.msg, n1, n2 ? n2 : "");
}

/* Walk rel and expect success; returns the fd. */
static int expect_open(const struct fixture *f, const char *rel, unsigned flags, uid_t trusted)
{
	struct pns_err e = { 0 };
	int fd = pns_path_openat(f->dfd, "D", rel, flags, trusted, &e);
	if (fd < 0)
		fail_msg("%s: %s", rel, e.msg);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	return fd;
}

static int open_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	assert_non_null(d);
	int n = 0;
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

static void opens_files_and_directories(void **state)
{
	struct fixture *f = *state;
	mkdir_mode(f, "a", 0755);
	mkdir_mode(f, "a/b", 0755);
	file_mode(f, "a/b/f", 0644, "hello");
	/* A file: O_RDONLY, readable. */
	int fd = expect_open(f, "a/b/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid());
	char buf[8] = "";
	assert_int_equal(read(fd, buf, sizeof(buf)), 5);
	assert_int_equal(fcntl(fd, F_GETFL) & (O_ACCMODE | O_PATH), O_RDONLY);
	close(fd);
	/* A directory: usable with fdopendir. */
	fd = expect_open(f, "a/b", PNS_PATH_DIR | PNS_PATH_TRUSTED, getuid());
	DIR *d = fdopendir(fd);
	assert_non_null(d);
	closedir(d);
	/* Neither flag: an O_PATH fd of whatever is there. */
	fd = expect_open(f, "a/b/f", PNS_PATH_TRUSTED, getuid());
	assert_true(fcntl(fd, F_GETFL) & O_PATH);
	close(fd);
	/* Empty components are skipped; "" names the directory itself. */
	fd = expect_open(f, "a//b///f", PNS_PATH_FILE, getuid());
	close(fd);
	fd = expect_open(f, "", PNS_PATH_DIR | PNS_PATH_TRUSTED, getuid());
	struct stat st1, st2;
	assert_int_equal(fstat(fd, &st1), 0);
	assert_int_equal(fstat(f->dfd, &st2), 0);
	assert_true(st1.st_ino == st2.st_ino && st1.st_dev == st2.st_dev);
	close(fd);
	fd = expect_open(f, "", 0, getuid());
	assert_true(fcntl(fd, F_GETFL) & O_PATH);
	close(fd);
	/* A dirfd that is no directory. */
	int ffd = openat(f->dfd, "a/b/f", O_RDONLY | O_CLOEXEC);
	struct pns_err e = { 0 };
	assert_int_equal(pns_path_openat(ffd, "F", "x", PNS_PATH_FILE, getuid(), &e), -1);
	assert_int_equal(e.errnum, ENOTDIR);
	assert_non_null(strstr(e.msg, "cannot open F"));
	close(ffd);
	/* Missing: ENOENT, naming the whole path and the missing part. */
	expect_fail(f, "a/nope/f", PNS_PATH_FILE, getuid(), ENOENT,
		    "D/a/nope (on the way to D/a/nope/f)", "No such file");
	expect_fail(f, "a/b/nope", PNS_PATH_FILE, getuid(), ENOENT, "cannot open D/a/b/nope", NULL);
}

static void symlinks_are_refused_everywhere(void **state)
{
	struct fixture *f = *state;
	mkdir_mode(f, "real", 0755);
	file_mode(f, "real/f", 0644, "x");
	assert_int_equal(symlinkat("real", f->dfd, "alias"), 0);
	assert_int_equal(symlinkat("f", f->dfd, "real/flink"), 0);
	assert_int_equal(symlinkat("nowhere", f->dfd, "real/dangling"), 0);
	/* In the middle: the whole path and the link are named. */
	expect_fail(f, "alias/f", PNS_PATH_FILE, getuid(), ELOOP,
		    "D/alias/f is a symbolic link or lies under one (D/alias)", NULL);
	/* At the end, to a file, to a directory, and dangling; trusted or
	 * not, and with no type asked for. */
	expect_fail(f, "real/flink", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid(), ELOOP,
		    "D/real/flink is a symbolic link: refusing to follow it", NULL);
	expect_fail(f, "alias", PNS_PATH_DIR, getuid(), ELOOP, "D/alias is a symbolic link", NULL);
	expect_fail(f, "real/dangling", 0, getuid(), ELOOP, "D/real/dangling is a symbolic link", NULL);
	/* The real path opens. */
	close(expect_open(f, "real/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid()));
}

static void fifo_is_refused_without_blocking(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(mkfifoat(f->dfd, "fifo", 0644), 0);
	/* A blocking open would hang here with no writer: the alarm turns a
	 * hang into a failure instead. */
	alarm(10);
	expect_fail(f, "fifo", PNS_PATH_FILE, getuid(), EINVAL, "D/fifo is not a regular file", NULL);
	expect_fail(f, "fifo", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid(), EINVAL,
		    "is not a regular file", NULL);
	/* Asked for nothing in particular, it is only an O_PATH fd. */
	close(expect_open(f, "fifo", 0, getuid()));
	alarm(0);
}

static void wrong_types_are_refused(void **state)
{
	struct fixture *f = *state;
	mkdir_mode(f, "d", 0755);
	file_mode(f, "file", 0644, "x");
	expect_fail(f, "d", PNS_PATH_FILE, getuid(), EISDIR, "D/d is not a regular file", NULL);
	expect_fail(f, "file", PNS_PATH_DIR, getuid(), ENOTDIR, "D/file is not a directory", NULL);
	/* A file where a directory is on the way. */
	expect_fail(f, "file/x", PNS_PATH_FILE, getuid(), ENOTDIR,
		    "D/file (on the way to D/file/x) is not a directory", NULL);
	expect_fail(f, "file/x", PNS_PATH_DIR | PNS_PATH_MKDIR, getuid(), ENOTDIR,
		    "is not a directory", NULL);
	/* Contradictory flags are a caller's mistake. */
	expect_fail(f, "d", PNS_PATH_DIR | PNS_PATH_FILE, getuid(), EINVAL, "contradictory flags", NULL);
	expect_fail(f, "d", PNS_PATH_CREATE, getuid(), EINVAL, "contradictory flags", NULL);
}

static void dot_and_dotdot_are_refused(void **state)
{
	struct fixture *f = *state;
	mkdir_mode(f, "d", 0755);
	file_mode(f, "d/f", 0644, "x");
	expect_fail(f, "d/./f", PNS_PATH_FILE, getuid(), EINVAL, "D/d/./f has a \".\" component", NULL);
	expect_fail(f, "d/../d/f", PNS_PATH_FILE, getuid(), EINVAL, "has a \"..\" component", NULL);
	expect_fail(f, ".", PNS_PATH_DIR, getuid(), EINVAL, "has a \".\" component", NULL);
	expect_fail(f, "d/..", PNS_PATH_DIR, getuid(), EINVAL, "has a \"..\" component", NULL);
	struct pns_err e = { 0 };
	assert_int_equal(pns_path_open("/..", PNS_PATH_DIR, getuid(), &e), -1);
	assert_int_equal(e.errnum, EINVAL);
	/* Refused before anything is made: nothing of the chain exists. */
	expect_fail(f, "new/more/../x", PNS_PATH_DIR | PNS_PATH_MKDIR, getuid(), EINVAL, "\"..\"", NULL);
	struct stat st;
	assert_int_equal(fstatat(f->dfd, "new", &st, AT_SYMLINK_NOFOLLOW), -1);
	/* Names that merely start with dots are names. */
	file_mode(f, "d/..x", 0644, "x");
	close(expect_open(f, "d/..x", PNS_PATH_FILE, getuid()));
}

static void writable_directories_are_refused(void **state)
{
	struct fixture *f = *state;
	mkdir_mode(f, "gw", 0775);
	mkdir_mode(f, "gw/sub", 0755);
	file_mode(f, "gw/sub/f", 0644, "x");
	file_mode(f, "gw/f", 0644, "x");
	/* On the way: the whole path, and the directory to fix. */
	expect_fail(f, "gw/sub/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid(), EPERM,
		    "D/gw/sub/f lies in a directory that cannot be trusted: "
		    "D/gw is writable by group or others (mode 0775): refusing to trust it",
		    "chmod go-w");
	/* As the directory the file is in, and as the result. */
	expect_fail(f, "gw/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid(), EPERM,
		    "D/gw is writable", NULL);
	expect_fail(f, "gw", PNS_PATH_DIR | PNS_PATH_TRUSTED, getuid(), EPERM,
		    "D/gw is writable by group or others (mode 0775): refusing to trust it", NULL);
	/* The result itself. */
	mkdir_mode(f, "ok", 0755);
	file_mode(f, "ok/f", 0646, "x");
	expect_fail(f, "ok/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid(), EPERM,
		    "D/ok/f is writable by group or others (mode 0646)", NULL);
	/* Without PNS_PATH_TRUSTED none of that matters. */
	close(expect_open(f, "gw/sub/f", PNS_PATH_FILE, getuid()));
	close(expect_open(f, "ok/f", PNS_PATH_FILE, getuid()));
	/* The starting directory is checked too. */
	assert_int_equal(fchmod(f->dfd, 0777), 0);
	expect_fail(f, "ok/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid(), EPERM,
		    "D/ok/f lies in a directory that cannot be trusted: D is writable", NULL);
	assert_int_equal(fchmod(f->dfd, 0755), 0);
}

static void sticky_directory_only_passed_through(void **state)
{
	struct fixture *f = *state;
	mkdir_mode(f, "tmp", 01777);
	mkdir_mode(f, "tmp/mine", 0755);
	file_mode(f, "tmp/mine/f", 0644, "x");
	file_mode(f, "tmp/f", 0644, "x");
	/* Passed through into an entry of ours: nobody else can rename or
	 * remove it. */
	close(expect_open(f, "tmp/mine/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid()));
	/* Never where the last component is looked up or made, nor as the
	 * result. */
	expect_fail(f, "tmp/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid(), EPERM,
		    "D/tmp/f lies in a directory that cannot be trusted: "
		    "D/tmp is writable by group or others (mode 1777)",
		    "shared by design (sticky): use a directory of root's own");
	expect_fail(f, "tmp/mine", PNS_PATH_DIR | PNS_PATH_TRUSTED, getuid(), EPERM, "D/tmp is writable",
		    NULL);
	expect_fail(f, "tmp/new", PNS_PATH_FILE | PNS_PATH_CREATE | PNS_PATH_TRUSTED, getuid(), EPERM,
		    "(mode 1777)", NULL);
	expect_fail(f, "tmp", PNS_PATH_DIR | PNS_PATH_TRUSTED, getuid(), EPERM,
		    "D/tmp is writable by group or others (mode 1777)", NULL);
	/* Refused before the file was made. */
	struct stat st;
	assert_int_equal(fstatat(f->dfd, "tmp/new", &st, AT_SYMLINK_NOFOLLOW), -1);
	/* A writable directory that is not sticky gets no exception. */
	mkdir_mode(f, "open", 0777);
	mkdir_mode(f, "open/mine", 0755);
	file_mode(f, "open/mine/f", 0644, "x");
	expect_fail(f, "open/mine/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid(), EPERM,
		    "(mode 0777)", NULL);
}

static void owners_are_checked(void **state)
{
	struct fixture *f = *state;
	mkdir_mode(f, "d", 0755);
	mkdir_mode(f, "d/sub", 0755);
	file_mode(f, "d/f", 0644, "x");
	file_mode(f, "d/sub/g", 0644, "x");
	if (geteuid() == 0) {
		assert_int_equal(fchownat(f->dfd, "d/f", 12345, 12345, AT_SYMLINK_NOFOLLOW), 0);
		expect_fail(f, "d/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, 0, EPERM,
			    "D/d/f is owned by uid 12345, not root: refusing to trust it", NULL);
		/* The trusted uid is accepted besides root. */
		close(expect_open(f, "d/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, 12345));
		/* A directory on the way owned by another uid. */
		assert_int_equal(fchownat(f->dfd, "d/sub", 12345, 12345, AT_SYMLINK_NOFOLLOW), 0);
		expect_fail(f, "d/sub/g", PNS_PATH_FILE | PNS_PATH_TRUSTED, 0, EPERM,
			    "D/d/sub/g lies in a directory that cannot be trusted: "
			    "D/d/sub is owned by uid 12345, not root",
			    NULL);
		/* Ownership does not matter without PNS_PATH_TRUSTED. */
		close(expect_open(f, "d/sub/g", PNS_PATH_FILE, 0));
	} else {
		print_message("note: not root, so no file of another uid can be made: the chown "
			      "cases are skipped; the trusted uid is changed instead\n");
	}
	/* Ours, but another uid is the trusted one. */
	uid_t other = getuid() + 1;
	char want[96];
	if (geteuid() == 0) {
		assert_int_equal(fchownat(f->dfd, "d/f", 0, 0, AT_SYMLINK_NOFOLLOW), 0);
		assert_int_equal(fchownat(f->dfd, "d/sub", 0, 0, AT_SYMLINK_NOFOLLOW), 0);
		/* root is always trusted: nothing to refuse. */
		close(expect_open(f, "d/sub/g", PNS_PATH_FILE | PNS_PATH_TRUSTED, other));
		return;
	}
	snprintf(want, sizeof(want), "is owned by uid %u, not root or uid %u", (unsigned)getuid(),
		 (unsigned)other);
	expect_fail(f, "d/f", PNS_PATH_FILE | PNS_PATH_TRUSTED, other, EPERM, "D", want);
}

static void mkdir_makes_the_chain(void **state)
{
	struct fixture *f = *state;
	int fd = expect_open(f, "a/b/c", PNS_PATH_DIR | PNS_PATH_MKDIR | PNS_PATH_TRUSTED, getuid());
	struct stat st;
	assert_int_equal(fstat(fd, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0755);
	assert_false(fcntl(fd, F_GETFL) & O_PATH);
	close(fd);
	assert_int_equal(fstatat(f->dfd, "a/b", &st, 0), 0);
	assert_int_equal(st.st_mode & 07777, 0755);
	/* Again, over what exists, and one more level, under a umask that
	 * would take everything but the owner's bits (pam_umask, UMASK 077):
	 * made 0755 all the same. */
	mode_t old = umask(077);
	close(expect_open(f, "a/b/c/d", PNS_PATH_DIR | PNS_PATH_MKDIR | PNS_PATH_TRUSTED, getuid()));
	umask(old);
	assert_int_equal(fstatat(f->dfd, "a/b/c/d", &st, 0), 0);
	assert_int_equal(st.st_mode & 07777, 0755);
	/* Without PNS_PATH_DIR only the directories on the way are made. */
	expect_fail(f, "x/y/last", PNS_PATH_MKDIR, getuid(), ENOENT, "D/x/y/last", NULL);
	assert_int_equal(fstatat(f->dfd, "x/y", &st, 0), 0);
	assert_int_equal(fstatat(f->dfd, "x/y/last", &st, 0), -1);
	/* Without PNS_PATH_MKDIR nothing is made. */
	expect_fail(f, "p/q", PNS_PATH_DIR, getuid(), ENOENT, "D/p (on the way to D/p/q)", NULL);
	assert_int_equal(fstatat(f->dfd, "p", &st, 0), -1);
	/* What is in the way is checked as always: a file, a link. */
	file_mode(f, "file", 0644, "");
	expect_fail(f, "file/z", PNS_PATH_DIR | PNS_PATH_MKDIR, getuid(), ENOTDIR,
		    "is not a directory", NULL);
	assert_int_equal(symlinkat("a", f->dfd, "link"), 0);
	expect_fail(f, "link/z", PNS_PATH_DIR | PNS_PATH_MKDIR, getuid(), ELOOP, "symbolic link", NULL);
	assert_int_equal(fstatat(f->dfd, "a/z", &st, 0), -1);
}

static void create_makes_a_private_file(void **state)
{
	struct fixture *f = *state;
	mkdir_mode(f, "d", 0755);
	int fd = expect_open(f, "d/new", PNS_PATH_FILE | PNS_PATH_CREATE | PNS_PATH_TRUSTED, getuid());
	struct stat st;
	assert_int_equal(fstat(fd, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(st.st_size, 0);
	char c;
	assert_int_equal(read(fd, &c, 1), 0);
	close(fd);
	/* An existing file is opened as it is, not truncated. */
	file_mode(f, "d/old", 0644, "keep");
	fd = expect_open(f, "d/old", PNS_PATH_FILE | PNS_PATH_CREATE, getuid());
	char buf[8] = "";
	assert_int_equal(read(fd, buf, sizeof(buf)), 4);
	close(fd);
	/* A link planted where the file will be: refused, its target (here
	 * missing) never made. */
	assert_int_equal(symlinkat("target", f->dfd, "d/planted"), 0);
	expect_fail(f, "d/planted", PNS_PATH_FILE | PNS_PATH_CREATE, getuid(), ELOOP,
		    "D/d/planted is a symbolic link: refusing to follow it", NULL);
	assert_int_equal(fstatat(f->dfd, "d/target", &st, 0), -1);
	assert_int_equal(errno, ENOENT);
	/* With MKDIR the directories come first. */
	close(expect_open(f, "e/f/g", PNS_PATH_FILE | PNS_PATH_CREATE | PNS_PATH_MKDIR, getuid()));
	assert_int_equal(fstatat(f->dfd, "e/f/g", &st, 0), 0);
}

static void messages_name_the_path_as_given(void **state)
{
	struct fixture *f = *state;
	struct pns_err e = { 0 };
	/* dir_name goes in front of a relative path... */
	assert_int_equal(pns_path_openat(f->dfd, "/etc/security/pam_ns.d", "10-a.conf",
					 PNS_PATH_FILE, 0, &e), -1);
	assert_non_null(strstr(e.msg, "/etc/security/pam_ns.d/10-a.conf"));
	assert_int_equal(e.errnum, ENOENT);
	assert_int_equal(pns_path_openat(f->dfd, "/srv/", "x/y", PNS_PATH_FILE, 0, &e), -1);
	assert_non_null(strstr(e.msg, "/srv/x (on the way to /srv/x/y)"));
	/* ...not of an absolute one, which starts at "/" as with openat. */
	char *abs = NULL;
	assert_true(asprintf(&abs, "%s/missing", f->dir) > 0);
	assert_int_equal(pns_path_openat(f->dfd, "/elsewhere", abs, PNS_PATH_FILE, 0, &e), -1);
	assert_non_null(strstr(e.msg, abs));
	assert_null(strstr(e.msg, "/elsewhere"));
	/* Without dir_name, a relative path from the cwd is shown as is. */
	assert_int_equal(pns_path_open("pns-surely-missing/x", PNS_PATH_FILE, 0, &e), -1);
	assert_non_null(strstr(e.msg, "cannot open pns-surely-missing "
				      "(on the way to pns-surely-missing/x)"));
	/* Shown escaped (pns_escape): a newline or ESC in a path from a
	 * policy or a user reaches no log or terminal raw. */
	expect_fail(f, "n\nm\x1b[2J/x", PNS_PATH_FILE, getuid(), ENOENT,
		    "cannot open D/n\\nm\\x1b[2J (on the way to D/n\\nm\\x1b[2J/x)", NULL);
	free(abs);
}

static void absolute_paths_walk_from_the_root(void **state)
{
	struct fixture *f = *state;
	mkdir_mode(f, "sub", 0755);
	file_mode(f, "sub/f", 0644, "x");
	char *abs = NULL;
	assert_true(asprintf(&abs, "%s/sub/f", f->dir) > 0);
	struct pns_err e = { 0 };
	int fd = pns_path_open(abs, PNS_PATH_FILE, getuid(), &e);
	assert_true(fd >= 0);
	close(fd);
	/* Trusted from "/": fine when every directory above ours is, as
	 * /tmp (root's, sticky) is. */
	fd = pns_path_open(abs, PNS_PATH_FILE | PNS_PATH_TRUSTED, getuid(), &e);
	if (fd < 0)
		print_message("note: %s is not under trusted directories here (%s): the trusted walk "
			      "from \"/\" is not checked\n", f->dir, e.msg);
	else
		close(fd);
	fd = pns_path_open("/", PNS_PATH_DIR | PNS_PATH_TRUSTED, getuid(), &e);
	assert_true(fd >= 0);
	close(fd);
	free(abs);
}

static void failures_leak_no_fd(void **state)
{
	struct fixture *f = *state;
	mkdir_mode(f, "d", 0755);
	mkdir_mode(f, "d/gw", 0777);
	file_mode(f, "d/gw/f", 0644, "x");
	assert_int_equal(symlinkat("d", f->dfd, "link"), 0);
	int before = open_fds();
	static const char *const paths[] = {
		"link/gw/f", "d/gw/f", "d/missing/f", "d/gw/f/x", "d/../d",
	};
	for (size_t i = 0; i < sizeof(paths) / sizeof(paths[0]); i++) {
		struct pns_err e = { 0 };
		unsigned flags = PNS_PATH_FILE | PNS_PATH_TRUSTED;
		assert_int_equal(pns_path_openat(f->dfd, NULL, paths[i], flags, getuid(), &e), -1);
	}
	assert_int_equal(open_fds(), before);
}

static void normal_paths(void **state)
{
	(void)state;
	char out[64];
	struct pns_err e = { 0 };
	assert_int_equal(pns_path_normal("pin_dir", "/run/pam_ns", out, sizeof(out), &e), 0);
	assert_string_equal(out, "/run/pam_ns");
	assert_int_equal(pns_path_normal("pin_dir", "//run///pam_ns/", out, sizeof(out), &e), 0);
	assert_string_equal(out, "/run/pam_ns");
	assert_int_equal(pns_path_normal("pin_dir", "/..x/.y", out, sizeof(out), &e), 0);
	assert_string_equal(out, "/..x/.y");
	assert_int_equal(pns_path_normal("pin_dir", "run/pam_ns", out, sizeof(out), &e), -1);
	assert_non_null(strstr(e.msg, "pin_dir \"run/pam_ns\" is not an absolute path"));
	assert_int_equal(pns_path_normal("pin_dir", "", out, sizeof(out), &e), -1);
	assert_int_equal(pns_path_normal("pin_dir", NULL, out, sizeof(out), &e), -1);
	assert_int_equal(pns_path_normal("pin_dir", "/run/../etc", out, sizeof(out), &e), -1);
	assert_non_null(strstr(e.msg, "pin_dir \"/run/../etc\" contains \".\" or \"..\""));
	assert_int_equal(pns_path_normal("store", "/run/./x", out, sizeof(out), &e), -1);
	assert_non_null(strstr(e.msg, "store \"/run/./x\""));
	assert_int_equal(pns_path_normal("pin_dir", "/", out, sizeof(out), &e), -1);
	assert_non_null(strstr(e.msg, "pin_dir cannot be \"/\""));
	assert_int_equal(pns_path_normal("pin_dir", "///", out, sizeof(out), &e), -1);
	char small[8];
	assert_int_equal(pns_path_normal("pin_dir", "/run/pam_ns", small, sizeof(small), &e), -1);
	assert_int_equal(e.errnum, ENAMETOOLONG);
}

static void split_paths(void **state)
{
	(void)state;
	char parent[PATH_MAX];
	const char *base = NULL;
	struct pns_err e = { 0 };
	assert_int_equal(pns_path_split("/run/pam_ns", parent, sizeof(parent), &base, &e), 0);
	assert_string_equal(parent, "/run");
	assert_string_equal(base, "pam_ns");
	assert_int_equal(pns_path_split("/x", parent, sizeof(parent), &base, &e), 0);
	assert_string_equal(parent, "/");
	assert_string_equal(base, "x");
	assert_int_equal(pns_path_split("/a/b/c", parent, sizeof(parent), &base, &e), 0);
	assert_string_equal(parent, "/a/b");
	assert_string_equal(base, "c");
	assert_int_equal(pns_path_split("/", parent, sizeof(parent), &base, &e), -1);
	assert_non_null(strstr(e.msg, "no last component"));
	char small[4];
	assert_int_equal(pns_path_split("/long/x", small, sizeof(small), &base, &e), -1);
	assert_int_equal(e.errnum, ENAMETOOLONG);
}

static void reopen_an_opath_fd(void **state)
{
	struct fixture *f = *state;
	file_mode(f, "f", 0644, "data");
	int opath = expect_open(f, "f", 0, getuid());
	char buf[8] = "";
	/* An O_PATH fd cannot be read... */
	assert_int_equal(read(opath, buf, sizeof(buf)), -1);
	assert_int_equal(errno, EBADF);
	/* ...its reopening can, close-on-exec, with no name looked up. */
	assert_int_equal(unlinkat(f->dfd, "f", 0), 0);
	struct pns_err e = { 0 };
	int fd = pns_path_reopen(opath, O_RDONLY, "f", &e);
	assert_true(fd >= 0);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	assert_int_equal(read(fd, buf, sizeof(buf)), 4);
	assert_memory_equal(buf, "data", 4);
	close(fd);
	close(opath);
	/* A closed fd: a sentence, not a crash. */
	assert_int_equal(pns_path_reopen(opath, O_RDONLY, "f", &e), -1);
	assert_non_null(strstr(e.msg, "cannot reopen f"));
}

/* PNS_PATH_PRIVATE below a checked directory: the path's own directories
 * opened in one openat2, links and ".." refused; the same answers through
 * the component walk where openat2 is missing. */
static void private_paths_check(struct fixture *f)
{
	struct pns_err e = { 0 };
	int fd = pns_path_openat(f->dfd, "top", "a/b", PNS_PATH_PRIVATE | PNS_PATH_DIR, getuid(), &e);
	if (fd < 0)
		fail_msg("a/b: %s", e.msg);
	struct stat st;
	assert_int_equal(fstat(fd, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	close(fd);
	assert_int_equal(pns_path_openat(f->dfd, "top", "link/b", PNS_PATH_PRIVATE | PNS_PATH_DIR, getuid(), &e), -1);
	assert_int_equal(e.errnum, ELOOP);
	assert_int_equal(pns_path_openat(f->dfd, "top", "a/blink", PNS_PATH_PRIVATE | PNS_PATH_DIR, getuid(), &e), -1);
	assert_int_equal(e.errnum, ELOOP);
	assert_int_equal(pns_path_openat(f->dfd, "top", "a/../a", PNS_PATH_PRIVATE | PNS_PATH_DIR, getuid(), &e), -1);
	assert_int_equal(e.errnum, EINVAL);
	assert_int_equal(pns_path_openat(f->dfd, "top", "a/file", PNS_PATH_PRIVATE | PNS_PATH_DIR, getuid(), &e), -1);
	assert_int_equal(e.errnum, ENOTDIR);
}

static void private_paths_with_and_without_openat2(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(mkdirat(f->dfd, "a", 0755), 0);
	assert_int_equal(mkdirat(f->dfd, "a/b", 0755), 0);
	assert_int_equal(symlinkat("a", f->dfd, "link"), 0);
	assert_int_equal(symlinkat("b", f->dfd, "a/blink"), 0);
	file_mode(f, "a/file", 0644, "x");
	private_paths_check(f);
	/* In a child whose openat2 says ENOSYS (seccomp), as under valgrind
	 * 3.19 or a kernel before 5.6. */
	pid_t pid = fork();
	if (pid == 0) {
		struct sock_filter code[] = {
			BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
			BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_openat2, 0, 1),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		};
		struct sock_fprog prog = { .len = PNS_ARRAY_SIZE(code), .filter = code };
		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 ||
		    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) < 0)
			_exit(3);
		if (syscall(SYS_openat2, AT_FDCWD, ".", NULL, 0) != -1 || errno != ENOSYS)
			_exit(4);
		private_paths_check(f);
		_exit(0);
	}
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(opens_files_and_directories, setup, teardown),
		cmocka_unit_test_setup_teardown(symlinks_are_refused_everywhere, setup, teardown),
		cmocka_unit_test_setup_teardown(fifo_is_refused_without_blocking, setup, teardown),
		cmocka_unit_test_setup_teardown(wrong_types_are_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(dot_and_dotdot_are_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(writable_directories_are_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(sticky_directory_only_passed_through, setup, teardown),
		cmocka_unit_test_setup_teardown(owners_are_checked, setup, teardown),
		cmocka_unit_test_setup_teardown(mkdir_makes_the_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(create_makes_a_private_file, setup, teardown),
		cmocka_unit_test_setup_teardown(messages_name_the_path_as_given, setup, teardown),
		cmocka_unit_test_setup_teardown(absolute_paths_walk_from_the_root, setup, teardown),
		cmocka_unit_test_setup_teardown(failures_leak_no_fd, setup, teardown),
		cmocka_unit_test(normal_paths),
		cmocka_unit_test(split_paths),
		cmocka_unit_test_setup_teardown(reopen_an_opath_fd, setup, teardown),
		cmocka_unit_test_setup_teardown(private_paths_with_and_without_openat2, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
