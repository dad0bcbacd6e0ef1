/* Trust checks on open fds: type, owner, group/other write bits, symlinks. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "policy_files.h"
#include "common/trust.h"

static int setup(void **state)
{
	*state = pf_mkdtemp();
	return 0;
}

static int teardown(void **state)
{
	pf_rmtree(*state);
	free(*state);
	return 0;
}

static void trusted_file_and_dir(void **state)
{
	const char *dir = *state;
	char *path = pf_write(dir, "f", 0644, "x");
	struct pns_err e = { 0 };
	int fd = pns_trust_openat(AT_FDCWD, path, path, S_IFREG, getuid(), true, &e);
	assert_true(fd >= 0);
	/* The fd is blocking again and close-on-exec. */
	assert_false(fcntl(fd, F_GETFL) & O_NONBLOCK);
	assert_true(fcntl(fd, F_GETFD) & FD_CLOEXEC);
	char c;
	assert_int_equal(read(fd, &c, 1), 1);
	assert_int_equal(pns_trust_fd(fd, path, getuid(), S_IFREG, &e), 0);
	/* The wrong type is refused, whatever the owner and mode. */
	assert_int_equal(pns_trust_fd(fd, path, getuid(), S_IFDIR, &e), -1);
	assert_non_null(strstr(e.msg, "is not a directory"));
	close(fd);
	fd = pns_trust_openat(AT_FDCWD, dir, dir, S_IFDIR, getuid(), true, &e);
	assert_true(fd >= 0);
	close(fd);
	free(path);
}

static void write_bits_are_refused(void **state)
{
	const char *dir = *state;
	static const mode_t modes[] = { 0664, 0646, 0666, 0620 };
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		char *path = pf_write(dir, "f", modes[i], "x");
		struct pns_err e = { 0 };
		assert_int_equal(pns_trust_openat(AT_FDCWD, path, path, S_IFREG, getuid(), true, &e), -1);
		char want[64];
		snprintf(want, sizeof(want), "is writable by group or others (mode %04o)", (unsigned)modes[i]);
		assert_non_null(strstr(e.msg, path));
		assert_non_null(strstr(e.msg, want));
		/* Without the check the file opens. */
		int fd = pns_trust_openat(AT_FDCWD, path, path, S_IFREG, getuid(), false, &e);
		assert_true(fd >= 0);
		close(fd);
		free(path);
	}
	char *sticky = NULL;
	assert_true(asprintf(&sticky, "%s/sticky", dir) > 0);
	assert_int_equal(mkdir(sticky, 0755), 0);
	assert_int_equal(chmod(sticky, 01777), 0);
	struct pns_err e = { 0 };
	assert_int_equal(pns_trust_openat(AT_FDCWD, sticky, sticky, S_IFDIR, getuid(), true, &e), -1);
	assert_non_null(strstr(e.msg, "(mode 1777)"));
	free(sticky);
}

static void owner_is_checked(void **state)
{
	const char *dir = *state;
	char *path = pf_write(dir, "f", 0644, "x");
	struct pns_err e = { 0 };
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	assert_true(fd >= 0);
	if (geteuid() == 0) {
		assert_int_equal(fchown(fd, 4242, 4242), 0);
		assert_int_equal(pns_trust_fd(fd, path, 0, S_IFREG, &e), -1);
		assert_non_null(strstr(e.msg, "is owned by uid 4242, not root: refusing to trust it"));
		/* The trusted uid is accepted besides root. */
		assert_int_equal(pns_trust_fd(fd, path, 4242, S_IFREG, &e), 0);
	} else {
		assert_int_equal(pns_trust_fd(fd, path, getuid() + 1, S_IFREG, &e), -1);
		assert_non_null(strstr(e.msg, "not root or uid"));
		assert_int_equal(pns_trust_fd(fd, path, getuid(), S_IFREG, &e), 0);
	}
	close(fd);
	free(path);
}

static void symlinks_and_missing_files(void **state)
{
	const char *dir = *state;
	char *path = pf_write(dir, "f", 0644, "x");
	char *link = NULL, *dlink = NULL, *missing = NULL;
	assert_true(asprintf(&link, "%s/link", dir) > 0);
	assert_true(asprintf(&dlink, "%s/dlink", dir) > 0);
	assert_true(asprintf(&missing, "%s/missing", dir) > 0);
	assert_int_equal(symlink(path, link), 0);
	assert_int_equal(symlink(dir, dlink), 0);
	struct pns_err e = { 0 };
	assert_int_equal(pns_trust_openat(AT_FDCWD, link, link, S_IFREG, getuid(), false, &e), -1);
	assert_non_null(strstr(e.msg, "is a symbolic link"));
	assert_int_equal(pns_trust_openat(AT_FDCWD, dlink, dlink, S_IFDIR, getuid(), false, &e), -1);
	assert_non_null(strstr(e.msg, "is a symbolic link"));
	/* Relative to a directory fd, as for drop-ins. */
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_int_equal(pns_trust_openat(dfd, "link", link, S_IFREG, getuid(), true, &e), -1);
	assert_non_null(strstr(e.msg, "is a symbolic link"));
	int fd = pns_trust_openat(dfd, "f", path, S_IFREG, getuid(), true, &e);
	assert_true(fd >= 0);
	close(fd);
	close(dfd);
	e.errnum = 0;
	assert_int_equal(pns_trust_openat(AT_FDCWD, missing, missing, S_IFREG, getuid(), true, &e), -1);
	assert_int_equal(e.errnum, ENOENT);
	assert_non_null(strstr(e.msg, missing));
	/* A FIFO neither blocks nor passes. */
	assert_int_equal(mkfifo(missing, 0644), 0);
	assert_int_equal(pns_trust_openat(AT_FDCWD, missing, missing, S_IFREG, getuid(), true, &e), -1);
	assert_non_null(strstr(e.msg, "is not a regular file"));
	free(link);
	free(dlink);
	free(missing);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(trusted_file_and_dir, setup, teardown),
		cmocka_unit_test_setup_teardown(write_bits_are_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(owner_is_checked, setup, teardown),
		cmocka_unit_test_setup_teardown(symlinks_and_missing_files, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
