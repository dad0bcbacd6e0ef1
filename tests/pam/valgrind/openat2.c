/* Test-only preload for runs under valgrind 3.19, which does not know the
 * openat2 system call (it fails with ENOSYS there).  Emulates the one use
 * pam_ns makes of it, RESOLVE_NO_SYMLINKS, by walking the path one
 * component at a time with O_NOFOLLOW, and passes every other system call
 * through.  Built and preloaded by tests/pam/run only with PNS_VALGRIND. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static long walk(int dirfd, const char *path, const struct open_how *how)
{
	int flags = (int)how->flags | O_NOFOLLOW;
	if (!(how->resolve & RESOLVE_NO_SYMLINKS))
		return openat(dirfd, path, (int)how->flags, (mode_t)how->mode);
	char buf[4096];
	if (strlen(path) >= sizeof(buf)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	strcpy(buf, path);
	int cur = path[0] == '/' ? open("/", O_PATH | O_DIRECTORY | O_CLOEXEC)
				 : openat(dirfd, ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (cur < 0)
		return -1;
	char *save = NULL;
	char *comp = strtok_r(buf, "/", &save);
	if (!comp) {
		int fd = openat(cur, ".", (int)how->flags, (mode_t)how->mode);
		close(cur);
		return fd;
	}
	for (;;) {
		char *next = strtok_r(NULL, "/", &save);
		struct stat st;
		if (fstatat(cur, comp, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)) {
			close(cur);
			errno = ELOOP;
			return -1;
		}
		if (!next) {
			int fd = openat(cur, comp, flags, (mode_t)how->mode);
			int err = errno;
			close(cur);
			errno = err;
			return fd;
		}
		int fd = openat(cur, comp, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		int err = errno;
		close(cur);
		if (fd < 0) {
			errno = err;
			return -1;
		}
		cur = fd;
		comp = next;
	}
}

long syscall(long number, ...)
{
	va_list ap;
	long a[6];
	va_start(ap, number);
	for (int i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	if (number == SYS_openat2)
		return walk((int)a[0], (const char *)a[1], (const struct open_how *)a[2]);
	static long (*real)(long, ...);
	if (!real)
		real = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
	return real(number, a[0], a[1], a[2], a[3], a[4], a[5]);
}
