/* Pin layout under pin_dir, and opening pins without trusting the path. */
#include "store/pin.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/magic.h>
#include <linux/nsfs.h>
#include <linux/openat2.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/vfs.h>

#ifndef NSFS_MAGIC
#define NSFS_MAGIC 0x6e736673
#endif

int pns_pin_instance_dir(const char *pin_dir, const struct pns_set *set, const char *instance,
			 char *buf, size_t size, struct pns_err *e)
{
	if (set->external)
		return pns_fail(e, 0, "set %s is pinned by someone else (paths): it has no directory under %s",
				set->name, pin_dir);
	if (!pns_name_valid(set->name))
		return pns_fail(e, 0, "set name \"%s\" cannot be a path component", set->name);
	if (set->per == PNS_PER_SHARED)
		return pns_snprintf(e, buf, size, "%s/%s", pin_dir, set->name);
	const char *kind = set->per == PNS_PER_USER ? "user" : "group";
	if (!instance || !pns_name_valid(instance))
		return pns_fail(e, 0, "%s name \"%s\" cannot be a path component of set %s "
				"(allowed: letters, digits, '_', '.', '-'; not \".\" or \"..\")",
				kind, instance ? instance : "", set->name);
	return pns_snprintf(e, buf, size, "%s/%s/%s/%s", pin_dir, set->name, kind, instance);
}

int pns_pin_path(const char *pin_dir, const struct pns_set *set, const char *instance,
		 enum pns_type t, char *buf, size_t size, struct pns_err *e)
{
	if (set->external) {
		if (!set->paths[t])
			return pns_fail(e, 0, "set %s has no %s pin", set->name, pns_types[t].name);
		return pns_snprintf(e, buf, size, "%s", set->paths[t]);
	}
	char dir[PATH_MAX];
	if (pns_pin_instance_dir(pin_dir, set, instance, dir, sizeof(dir), e) < 0)
		return -1;
	return pns_snprintf(e, buf, size, "%s/%s", dir, pns_types[t].name);
}

int pns_pin_ip_netns_name(const struct pns_set *set, const char *instance, char *buf, size_t size,
			  struct pns_err *e)
{
	if (set->per == PNS_PER_SHARED)
		return pns_snprintf(e, buf, size, "%s", set->name);
	if (!instance || !pns_name_valid(instance))
		return pns_fail(e, 0, "\"%s\" cannot be part of a network namespace name",
				instance ? instance : "");
	return pns_snprintf(e, buf, size, "%s-%s", set->name, instance);
}

/* The same without openat2 (kernels before 5.6, valgrind): one component
 * at a time, each opened O_NOFOLLOW from the directory before it. */
int pns_open_walking(const char *path, int flags)
{
	char buf[PATH_MAX];
	if (snprintf(buf, sizeof(buf), "%s", path) >= (int)sizeof(buf)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	cleanup_close int dir = open(buf[0] == '/' ? "/" : ".", O_PATH | O_DIRECTORY | O_CLOEXEC);
	char *save = NULL, *next = NULL;
	for (char *part = strtok_r(buf, "/", &save); part && dir >= 0; part = next) {
		next = strtok_r(NULL, "/", &save);
		int fd = openat(dir, part, next ? O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
						: flags | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0 && errno == ENOTDIR && next) {
			/* O_PATH|O_NOFOLLOW on a symlink gives ENOTDIR: say ELOOP as
			 * openat2 would. */
			struct stat st;
			if (fstatat(dir, part, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
				errno = ELOOP;
		}
		close(dir);
		dir = fd;
		if (!next)
			return pns_steal_fd(&dir);
	}
	return dir < 0 ? -1 : pns_steal_fd(&dir);
}

int pns_open_nofollow(const char *path, int flags, struct pns_err *e)
{
	struct open_how how = {
		.flags = (unsigned)(flags | O_CLOEXEC | O_NOFOLLOW),
		/* No symlink anywhere in the path, not just the last component:
		 * a planted link in a parent directory is refused too. */
		.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS,
	};
	int fd = (int)syscall(SYS_openat2, AT_FDCWD, path, &how, sizeof(how));
	if (fd < 0 && errno == ENOSYS)
		fd = pns_open_walking(path, flags);
	if (fd < 0) {
		int saved = errno;
		if (saved == ELOOP)
			return pns_fail(e, saved, "%s: refusing a path through a symbolic link", path);
		return pns_fail(e, saved, "%s", path);
	}
	return fd;
}

int pns_pin_open(const char *path, enum pns_type t, struct pns_err *e)
{
	cleanup_close int fd = pns_open_nofollow(path, O_RDONLY, e);
	if (fd < 0)
		return -1;
	struct statfs sfs;
	if (fstatfs(fd, &sfs) < 0)
		return pns_fail(e, errno, "%s: fstatfs", path);
	if (sfs.f_type != NSFS_MAGIC)
		return pns_fail(e, 0, "%s is not a pinned namespace (not an nsfs file: "
				"was the bind mount removed or replaced?)", path);
	int type = ioctl(fd, NS_GET_NSTYPE);
	if (type < 0)
		return pns_fail(e, errno, "%s: NS_GET_NSTYPE", path);
	if (type != pns_types[t].clone_flag) {
		const char *actual = "another type";
		for (int i = 0; i < PNS_NTYPES; i++)
			if (pns_types[i].clone_flag == type)
				actual = pns_types[i].name;
		return pns_fail(e, 0, "%s is a %s namespace, expected %s", path, actual,
				pns_types[t].name);
	}
	return pns_steal_fd(&fd);
}

unsigned long pns_ns_id(int fd)
{
	struct stat st;
	return fstat(fd, &st) == 0 ? (unsigned long)st.st_ino : 0;
}
