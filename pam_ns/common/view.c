/* The /etc/netns view (view.h): libc only, also built into pam_ns-init. */
#include "common/view.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "common/mountapi.h"


int pns_view_bind(int netns_dir, int etc_dir, const char *name)
{
	int tree = (int)syscall(SYS_open_tree, netns_dir, name,
				OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_SYMLINK_NOFOLLOW);
	if (tree < 0)
		return -1;
	/* No MOVE_MOUNT_T_SYMLINKS: the last component is not followed.
	 * mount(2) would follow /etc/resolv.conf to its target (a file of
	 * systemd-resolved or resolvconf, replaced by rename whenever they
	 * update it: each replacement would drop the view) and fails on a
	 * dangling link. */
	int rc = (int)syscall(SYS_move_mount, tree, "", etc_dir, name, MOVE_MOUNT_F_EMPTY_PATH);
	int saved = errno;
	close(tree);
	errno = saved;
	return rc < 0 ? -1 : 0;
}

bool pns_view_fits(mode_t entry, mode_t etc)
{
	return S_ISDIR(entry) == S_ISDIR(etc);
}

int pns_view_stale(int netns_dir, int etc_dir, const char *name)
{
	struct stat want, have;
	if (fstatat(netns_dir, name, &want, AT_SYMLINK_NOFOLLOW) < 0)
		return -1;
	/* The lookup crosses a mount on /etc/name (only links are not
	 * followed): a view in place shows the netns file. */
	if (fstatat(etc_dir, name, &have, AT_SYMLINK_NOFOLLOW) < 0)
		return 0;
	if (!pns_view_fits(want.st_mode, have.st_mode))
		return 0;	/* cannot cover it: skipped */
	return have.st_dev != want.st_dev || have.st_ino != want.st_ino;
}

int pns_view_apply(int netns_dir, int etc_dir, char *failed, size_t size)
{
	int rc = 0, err = 0;
	failed[0] = '\0';
	/* A directory stream of its own: netns_dir stays the caller's, at
	 * its offset, for the next call. */
	int fd = openat(netns_dir, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd < 0 ? NULL : fdopendir(fd);
	if (!d) {
		err = errno;
		if (fd >= 0)
			close(fd);
		errno = err;
		return -1;
	}
	struct dirent *de;
	while ((errno = 0, de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		int stale = pns_view_stale(netns_dir, etc_dir, de->d_name);
		if (stale == 0)
			continue;
		if (stale < 0 || pns_view_bind(netns_dir, etc_dir, de->d_name) < 0) {
			if (rc == 0) {
				err = errno;
				strncpy(failed, de->d_name, size - 1);
				failed[size - 1] = '\0';
			}
			rc = -1;
		}
	}
	if (rc == 0 && errno != 0) {
		err = errno;
		rc = -1;
	}
	closedir(d);
	errno = err;
	return rc;
}
