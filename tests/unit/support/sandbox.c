/* Unit-test support declared in sandbox.h. */
#include "sandbox.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static bool in_user_ns;

static int write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, text, strlen(text));
	int saved = errno;
	close(fd);
	errno = saved;
	return n == (ssize_t)strlen(text) ? 0 : -1;
}

int sandbox_user_ns(void)
{
	if (geteuid() == 0)
		return 0;
	uid_t uid = getuid();
	gid_t gid = getgid();
	char map[64];
	if (unshare(CLONE_NEWUSER) < 0)
		return -1;
	snprintf(map, sizeof(map), "0 %u 1", (unsigned)uid);
	if (write_file("/proc/self/uid_map", map) < 0 ||
	    write_file("/proc/self/setgroups", "deny") < 0)
		return -1;
	snprintf(map, sizeof(map), "0 %u 1", (unsigned)gid);
	if (write_file("/proc/self/gid_map", map) < 0)
		return -1;
	in_user_ns = true;
	return 0;
}

bool sandbox_in_user_ns(void)
{
	return in_user_ns;
}

/* Unprivileged only: a tmpfs root (owned by the namespace's root) with the
 * host's top-level directories bound in, /tmp too (a checkout may live
 * there), and /proc fresh.  Built on /tmp, then pivoted into. */
static int own_root(void)
{
	int host_tmp = open("/tmp", O_PATH | O_DIRECTORY | O_CLOEXEC);
	if (host_tmp < 0 || mount("sandbox-root", "/tmp", "tmpfs", 0, "mode=0755") < 0)
		return -1;
	DIR *d = opendir("/");
	if (!d)
		return -1;
	struct dirent *de;
	while ((de = readdir(d))) {
		const char *n = de->d_name;
		char dst[PATH_MAX], src[PATH_MAX], target[PATH_MAX];
		struct stat st;
		if (!strcmp(n, ".") || !strcmp(n, "..") || !strcmp(n, "tmp") || !strcmp(n, "proc"))
			continue;
		snprintf(src, sizeof(src), "/%s", n);
		snprintf(dst, sizeof(dst), "/tmp/%s", n);
		if (lstat(src, &st) < 0)
			continue;
		if (S_ISLNK(st.st_mode)) {
			ssize_t len = readlink(src, target, sizeof(target) - 1);
			if (len > 0) {
				target[len] = '\0';
				if (symlink(target, dst) < 0)
					return -1;
			}
		} else if (S_ISDIR(st.st_mode)) {
			/* A directory we cannot reach (/root) is left out. */
			if (mkdir(dst, 0755) < 0)
				return -1;
			if (mount(src, dst, NULL, MS_BIND | MS_REC, NULL) < 0) {
				rmdir(dst);
				continue;
			}
			/* Twice for /sys: a new net namespace's set-up detaches
			 * /sys before mounting its own sysfs, which a user
			 * namespace may only do while some sysfs stays in
			 * sight (the kernel's mount_too_revealing). */
			if (!strcmp(n, "sys") && mount(src, dst, NULL, MS_BIND | MS_REC, NULL) < 0)
				return -1;
		}
	}
	closedir(d);
	char host[64];
	snprintf(host, sizeof(host), "/proc/self/fd/%d", host_tmp);
	/* Not recursive: that would bring back the tmpfs built on it. */
	if (mkdir("/tmp/tmp", 01777) < 0 || mount(host, "/tmp/tmp", NULL, MS_BIND, NULL) < 0 ||
	    mkdir("/tmp/proc", 0555) < 0)
		return -1;
	close(host_tmp);
	/* This proc is of the new pid namespace; mounted while the host's
	 * /proc is still in sight (an unprivileged proc mount needs one). */
	if (mount("proc", "/tmp/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) < 0)
		return -1;
	if (chdir("/tmp") < 0 || syscall(SYS_pivot_root, ".", ".") < 0 ||
	    umount2(".", MNT_DETACH) < 0 || chdir("/") < 0)
		return -1;
	return 0;
}

int enter_pid1_sandbox(void)
{
	if (sandbox_user_ns() < 0 || unshare(CLONE_NEWNS | CLONE_NEWPID) < 0)
		return -1;
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid > 0) {
		/* _exit: the child ran the tests and their exit checks.  Here
		 * (its pid namespace gone) LeakSanitizer's exit check could
		 * not even start its tracer (clone gives ENOMEM). */
		int status = 0;
		while (waitpid(pid, &status, 0) < 0)
			if (errno != EINTR)
				_exit(125);
		_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	}
	/* PID 1 now: nothing mounted from here may reach the host. */
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0) {
		perror("sandbox: making / private");
		_exit(125);
	}
	int rc = in_user_ns ? own_root()
			    : mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
	if (rc < 0) {
		perror("sandbox: a /proc and root of its own");
		_exit(125);
	}
	return 0;
}

int sandbox_in_child(int flags, int (*fn)(void *), void *arg)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return 102;
	if (pid == 0) {
		if (flags && unshare(flags) < 0) {
			perror("unshare");
			_exit(100);
		}
		if ((flags & CLONE_NEWNS) && mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
			_exit(101);
		_exit(fn(arg));
	}
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

const char *sandbox_init_path(void)
{
	static char path[PATH_MAX];
	if (!path[0]) {
		char cwd[PATH_MAX / 2] = ".";
		const char *build = getenv("BUILD");
		if (!getcwd(cwd, sizeof(cwd)))
			strcpy(cwd, ".");
		snprintf(path, sizeof(path), "%s/%s/pam_ns-init", cwd, build ? build : "build");
	}
	return path;
}
