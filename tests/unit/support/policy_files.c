/* Unit-test support declared in policy_files.h. */
#define _XOPEN_SOURCE 700
#include "policy_files.h"

#include <fcntl.h>
#include <ftw.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

char *pf_mkdtemp(void)
{
	const char *base = getenv("TMPDIR");
	char *path = NULL;
	assert_true(asprintf(&path, "%s/pns-unit.XXXXXX", base && *base ? base : "/tmp") > 0);
	assert_non_null(mkdtemp(path));
	assert_int_equal(chmod(path, 0755), 0);
	return path;
}

char *pf_write(const char *dir, const char *name, mode_t mode, const char *text)
{
	char *path = NULL;
	assert_true(asprintf(&path, "%s/%s", dir, name) > 0);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
	assert_true(fd >= 0);
	size_t len = strlen(text);
	assert_int_equal(write(fd, text, len), (ssize_t)len);
	assert_int_equal(fchmod(fd, mode), 0);
	close(fd);
	return path;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

void pf_rmtree(const char *dir)
{
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

bool pf_scale_skipped(const char *test)
{
	const char *v = getenv("PNS_TEST_SCALE");
	if (!v || strcmp(v, "0"))
		return false;
	fprintf(stderr, "%s: skipped under the sanitizers (PNS_TEST_SCALE=0); it runs natively\n", test);
	return true;
}
